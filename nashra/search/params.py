"""Reading search parameters from a query string, the same for the page and the API.

Every value a reader can type is accepted in Arabic-Indic digits too. A value
that cannot be understood raises :class:`BadParam` with an Arabic message; the
query text itself is never rejected (the stemmer makes any text safe).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from nashra.arabic.digits import to_latin_digits
from nashra.articles.models import Author, SectionPage

from .services import MAX_PAGE


class BadParam(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SearchParams:
    q: str = ""
    section: SectionPage | None = None
    author: Author | None = None
    date_from: date | None = None
    date_to: date | None = None
    order: str = "relevance"
    page: int = 1

    @classmethod
    def parse(cls, data, edition) -> SearchParams:
        params = cls(q=str(data.get("q", "") or ""))
        if slug := data.get("section"):
            sections = SectionPage.objects.live().filter(slug=slug[:100])
            if edition is not None:
                sections = sections.filter(edition=edition)
            params.section = sections.first()
            if params.section is None:
                raise BadParam("unknown_section", _("لا يوجد قسم بهذا المعرّف في هذا الإصدار."))
        if slug := data.get("author"):
            params.author = Author.objects.filter(slug=slug[:140]).first()
            if params.author is None:
                raise BadParam("unknown_author", _("لا يوجد كاتب بهذا المعرّف."))
        params.date_from = _date(data.get("from"))
        params.date_to = _date(data.get("to"))
        if params.date_from and params.date_to and params.date_from > params.date_to:
            raise BadParam("bad_date_range", _("تاريخ البداية بعد تاريخ النهاية."))
        order = data.get("order") or "relevance"
        if order not in ("relevance", "newest"):
            raise BadParam("bad_order", _("ترتيب غير معروف؛ النتائج تُرتَّب «الأنسب أولًا» أو «الأحدث أولًا»."))
        params.order = order
        page = to_latin_digits(str(data.get("page") or "1"))
        if not (page.isascii() and page.isdigit() and len(page) <= 3 and 1 <= int(page) <= MAX_PAGE):
            raise BadParam("bad_page", _("رقم الصفحة يجب أن يكون من 1 إلى %(last)d.") % {"last": MAX_PAGE})
        params.page = int(page)
        return params


def _date(value) -> date | None:
    if not value:
        return None
    text = to_latin_digits(str(value)).strip()[:20]
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadParam("bad_date", _("التاريخ يُكتب على الشكل سنة-شهر-يوم، مثل 2025-12-09.")) from None
