"""Articles out of an old site's saved pages (``nashra import-pages``).

:func:`extract_page` / :func:`extract_file` turn one saved page — HTML, or a
text capture of a rendered page — into an :class:`ExtractedArticle` (title,
subtitle, lead image caption, dateline, byline, publication time, body
paragraphs) or a :class:`Rejection` saying why it is not one (empty, binary,
a section index …). Modules, from the bottom up:

- :mod:`.text` — cleaned lines and the folded form every Arabic rule matches on;
- :mod:`.stamps` — Arabic date stamps (Egyptian / Levantine / Maghrebi months);
- :mod:`.rules` — what a line is: boilerplate, dateline «مدينة ـ اسم», paragraph …;
- :mod:`.blocks` — bytes → text (encodings), HTML or text → blocks and meta data;
- :mod:`.extract` — blocks → the article.

Pure Python: nothing in this package imports Django; the management command
hands the records to :func:`nashra.importing.services.import_records`.
"""

from .blocks import Rejection, decode
from .extract import ExtractedArticle, extract_file, extract_page

__all__ = ["ExtractedArticle", "Rejection", "decode", "extract_file", "extract_page"]
