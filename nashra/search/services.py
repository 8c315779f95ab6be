"""Indexing and searching published articles with Nashra's Arabic stemmer.

Index time and query time run the same pipeline (:mod:`nashra.arabic.stemmer`):
stop-words dropped on the unfolded spelling, letters folded, clitics and
suffixes stripped, broken plurals mapped through the lexicon (built-in plus
the editors' :class:`~.models.PluralEntry` rows). The stems go to the backend
table of the database in use (:mod:`.backends`); snippets are cut from the
original text, so readers see their words highlighted as the article spells them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from nashra.arabic.index_stems import index_stems
from nashra.arabic.search_query import QueryPart
from nashra.arabic.stemmer import Stemmer
from nashra.articles.models import ArticlePage

from . import backends
from .documents import IndexedArticle, load_documents
from .highlight import highlight, snippet
from .models import PluralEntry, SearchDocument
from .pg_vectors import tsvector_text
from .side_by_side import write_batches

MAX_QUERY_CHARS = 1000  # longer input is cut: 32 ANDed parts already find next to nothing
MAX_PAGE = 50
PAGE_SIZE = 20
BATCH = 500
#: Columns of a result on the search pages (title, link, section, date, snippet source).
HIT_FIELDS = ("title", "url_path", "live", "subtitle", "body", "published_at", "edition_id", "section_id",
              "section__title", "section__url_path")
LEXICON_VERSION_KEY = "nashra-search:lexicon-version"
_TAG_RE = re.compile(r"<[^>]*>")

_stemmer_cache: dict[str, object] = {}


# --- The stemmer with the editors' lexicon ------------------------------------------


def get_stemmer() -> Stemmer:
    """The stemmer with the database lexicon, rebuilt when an editor changes an entry.

    The version lives in the shared cache so every process notices a change.
    """
    version = _lexicon_version()
    if _stemmer_cache.get("version") != version or "stemmer" not in _stemmer_cache:
        pairs = list(PluralEntry.objects.values_list("plural", "singular"))
        _stemmer_cache.update(version=version, stemmer=Stemmer(pairs))
    return _stemmer_cache["stemmer"]


def _lexicon_version() -> int:
    try:
        return cache.get(LEXICON_VERSION_KEY, 0)
    except Exception:  # Redis down: search keeps working with the stemmer it has
        return _stemmer_cache.get("version", 0)


def lexicon_changed() -> None:
    _stemmer_cache.clear()
    try:
        cache.incr(LEXICON_VERSION_KEY)
    except ValueError:  # no version stored yet
        cache.set(LEXICON_VERSION_KEY, 1, None)
    except Exception:  # cache down: other processes pick the entry up on restart
        pass


# --- Indexing ---------------------------------------------------------------------


def plain_text(body_html: str) -> str:
    """Article body as text: tags become spaces (so «</p><p>» never glues two words)."""
    return html.unescape(_TAG_RE.sub(" ", body_html or ""))


def _stems(stemmer: Stemmer, text: str) -> str:
    """The stems of ``text`` in order, space-separated: exactly ``Stemmer.terms`` minus the offsets.

    Indexing needs no offsets; :func:`nashra.arabic.index_stems.index_stems` skips them and looks
    each word up once per process (import: ~0.6 s of 3,000 articles' 2.9 s before it).
    """
    return index_stems(stemmer, text)


def index_articles(article_ids: Iterable[int], known_stems: Mapping[str, str] | None = None) -> int:
    """(Re)index these articles: live ones are written, others removed. Returns how many were written.
    ``known_stems``: texts whose stems were worked out already (an import's helper process: text → stems, on
    PostgreSQL their tsvector text)."""
    ids = sorted(set(article_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        # One transaction per chunk: a chunk is never half-indexed, and SQLite's FTS5 keeps the new
        # rows in memory until the commit and writes one segment; in autocommit it wrote one per row
        # (3,000 of bench/import_articles.py's articles, timed per phase: 1.2 s of index writes → 0.3 s).
        with transaction.atomic():
            documents = load_documents(chunk)
            remove_articles(chunk)  # old stems first: an edit may change the SQLite recency key
            _write(documents, known_stems or {})
        written += len(documents)
    return written


def index_article(article) -> None:
    index_articles([article.pk])


def remove_article(article_id: int) -> None:
    remove_articles([article_id])


def remove_articles(article_ids: Iterable[int]) -> None:
    ids = list(article_ids)
    backends.delete(ids)
    SearchDocument.objects.filter(article_id__in=ids).delete()


def _write(documents: Sequence[IndexedArticle], known: Mapping[str, str] | None = None) -> None:
    if not documents:
        return
    stemmer = get_stemmer()
    known = known or {}
    # On PostgreSQL the hints are tsvector text (:mod:`.import_hints`): a row with one is written as vectors (its
    # other fields written out here); any other row as stems, for the server to parse (cheaper than writing them
    # out here: `time nashra reindex` of 40,000 articles, by hand, 17.9 s written out here against 12.6 s).
    vectors = backends.vendor() == "postgresql"

    def stems(text: str) -> str:
        found = None if vectors else known.get(text)
        return _stems(stemmer, text) if found is None else found

    def vector(text: str) -> str:
        found = known.get(text)
        return tsvector_text(_stems(stemmer, text)) if found is None else found

    def row(d: IndexedArticle) -> backends.Row:
        body, authors = plain_text(d.body), tuple(a for a, _ in d.authors)
        if vectors and (d.title in known or body in known):
            return backends.Row(d.article_id, vector(d.title), vector(d.meta_text()), vector(body),
                                d.edition_id, d.section_id, d.published_ts, authors, as_vectors=True)
        return backends.Row(d.article_id, stems(d.title), _stems(stemmer, d.meta_text()), stems(body),
                            d.edition_id, d.section_id, d.published_ts, authors)

    backends.write_documents([(d.article_id, d.edition_id, d.section_id, d.published_ts) for d in documents])
    backends.write([row(d) for d in documents])


def reindex(edition=None, progress: Callable[[int], None] | None = None, *, from_empty: bool = False) -> int:
    """Rebuild the index (of one edition, or all). ``progress`` gets the count of each batch.

    In place by default: each batch of articles is taken out and written again in one transaction, so a
    search during the rebuild (after an upgrade that changed the keys, say) still finds every article, by
    its old keys until its batch comes; having rewritten a fifth of the index or more, it rebuilds
    PostgreSQL's indexes of the stems (:func:`.backends.compact`). ``from_empty`` empties the index first:
    quicker (no old rows to delete, no index to rebuild), but searches find nothing until it ends — for a
    new server or a database restored without its index."""
    if from_empty and edition is None:
        backends.clear()
        SearchDocument.objects.all().delete()
    elif from_empty:
        remove_articles(SearchDocument.objects.filter(edition_id=edition.pk).values_list("article_id", flat=True))
    queryset = ArticlePage.objects.live().filter(published_at__isnull=False).order_by("pk")
    if edition is not None:
        queryset = queryset.filter(edition=edition)
    ids = list(queryset.values_list("pk", flat=True))
    total = write_batches([ids[start:start + BATCH] for start in range(0, len(ids), BATCH)], index_articles, progress)
    if not from_empty:
        # What the index held besides: articles since unpublished, deleted or moved to another edition
        # without the index being told (a restored database), or published during the rebuild. Indexed
        # again, each is taken out or written as it is now.
        indexed = SearchDocument.objects.all() if edition is None else SearchDocument.objects.filter(
            edition_id=edition.pk)
        left_over = set(indexed.values_list("article_id", flat=True)).difference(ids)
        if left_over:
            index_articles(left_over)
        if total * 5 >= SearchDocument.objects.count():  # a fifth of the rows dead: autovacuum's own mark
            backends.compact()
    if edition is None:
        from .versioning import record_built

        record_built()
    return total


# --- Searching --------------------------------------------------------------------


@dataclass
class Hit:
    article: ArticlePage
    title_html: str
    snippet_html: str


@dataclass
class SearchResults:
    query: str
    parts: list[QueryPart]
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    has_next: bool = False
    #: ``None`` or why nothing was searched: "empty" (no query) or "nothing_searchable".
    problem: str | None = None

    @property
    def stems(self) -> set[str]:
        return {s for p in self.parts for s in (*p.stems, *p.alternatives)}


def day_start_ts(day: date | None, edition=None, *, next_day: bool = False) -> int | None:
    """Epoch seconds of local midnight of ``day`` in the edition's time zone."""
    if day is None:
        return None
    zone = _zone(edition)
    try:
        if next_day:
            day = day + timedelta(days=1)
        return int(datetime.combine(day, time.min, tzinfo=zone).timestamp())
    except (OverflowError, ValueError):  # 9999-12-31 + 1 day: no upper bound
        return None


def _zone(edition):
    from zoneinfo import ZoneInfo

    if edition is None or not edition.time_zone:
        return timezone.get_current_timezone()
    try:
        return ZoneInfo(edition.time_zone)
    except (KeyError, ValueError):
        return timezone.get_current_timezone()


def search(
    edition, query: str, *, section=None, author=None, date_from: date | None = None,
    date_to: date | None = None, order: str = "relevance", page: int = 1, limit: int = PAGE_SIZE,
    live_only: bool = True, summary: bool = False,
) -> SearchResults:
    """Search ``edition``'s articles (all editions when ``None``, for the newsroom).

    ``summary`` prefetches what the API's ``article_summary`` reads (authors, tags,
    renditions); the HTML pages need only the article row and its section.
    Never raises on the query text: anything that leaves no searchable word
    returns no hits with ``problem`` set, so callers can explain it.
    """
    query = (query or "")[:MAX_QUERY_CHARS]
    stemmer = get_stemmer()
    parts = stemmer.query_terms(query)
    result = SearchResults(query=query, parts=parts, page=max(1, min(page, MAX_PAGE)))
    if not query.strip():
        result.problem = "empty"
        return result
    if not parts:
        result.problem = "nothing_searchable"
        return result
    filters = backends.Filters(
        edition_id=edition.pk if edition is not None else None,
        section_id=section.pk if section is not None else None,
        author_id=author.pk if author is not None else None,
        ts_from=day_start_ts(date_from, edition),
        ts_to=day_start_ts(date_to, edition, next_day=True),
    )
    ids = backends.match(
        parts, filters, order="newest" if order == "newest" else "relevance",
        now_ts=int(timezone.now().timestamp()), offset=(result.page - 1) * limit, limit=limit + 1,
    )
    result.has_next = len(ids) > limit and result.page < MAX_PAGE
    ids = ids[:limit]
    articles = _load(ids, live_only, summary)
    stems = result.stems
    for article_id in ids:
        article = articles.get(article_id)
        if article is None:
            continue  # unpublished since it was indexed, in another process's transaction
        result.hits.append(Hit(
            article,
            highlight(article.title, stems, stemmer),
            snippet(plain_text(article.body) or article.subtitle, stems, stemmer),
        ))
    return result


def _load(ids: list[int], live_only: bool, summary: bool) -> dict[int, ArticlePage]:
    from nashra.api.serializers import with_summary_relations

    # Not ``live_articles()``: its ordering and prefetches cost more than the 20 rows (hits come in
    # match order, so no ORDER BY either). The pages read only what a result shows; building full
    # Wagtail page objects (every column of wagtailcore_page) took as long as the index query.
    queryset = ArticlePage.objects.filter(pk__in=ids).select_related("section").order_by()
    if live_only:
        queryset = queryset.filter(live=True, published_at__isnull=False)
    if summary:
        queryset = with_summary_relations(queryset)
    else:
        queryset = queryset.only(*HIT_FIELDS)
    return {a.pk: a for a in queryset}


def suggestions(results: SearchResults, count: int = 6) -> list[str]:
    """Words to try when nothing was found: the query's words alone, then lexicon pairs.

    The lexicon words show readers that plural and singular find each other
    («مدارس» finds «مدرسة»), which is the commonest doubt when a search fails.
    """
    out: list[str] = []
    if len(results.parts) > 1:
        out.extend(" ".join(p.originals) for p in results.parts)
    stems = results.stems
    lexicon = lexicon_pairs()
    related = [w for plural, singular in lexicon if stems & {plural[1], singular[1]} for w in (plural[0], singular[0])]
    out.extend(related)
    if len(out) < count:
        out.extend(w for plural, _ in lexicon[:: max(1, len(lexicon) // count)] for w in [plural[0]])
    seen: list[str] = []
    for word in out:
        if word not in seen and word != results.query:
            seen.append(word)
    return seen[:count]


def lexicon_pairs() -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """((plural, its stem), (singular, its stem)) in their written spelling, built-in then editors'."""
    key = ("pairs", _lexicon_version())
    if key not in _stemmer_cache:
        from nashra.arabic.lexicon_data import read_data
        from nashra.arabic.lexicon_data import rows as data_rows

        stemmer = get_stemmer()
        rows = [r[:2] for r in data_rows(read_data("broken_plurals.tsv")) if len(r) >= 2]
        rows += list(PluralEntry.objects.values_list("plural", "singular"))
        _stemmer_cache[key] = [((p, stemmer.stem(p)), (s, stemmer.stem(s))) for p, s in rows]
    return _stemmer_cache[key]
