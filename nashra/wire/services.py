"""Polling the sources, storing their items (deduplicated, clustered) and the health line.

``poll_due_sources`` runs on every scheduler pass (``nashra scheduler``): each source whose interval
is up is read with a deadline; a source that fails is recorded in its health line in Arabic and the
others go on. Items are unique per (source, agency id): polling the same files again adds nothing, a
newer version updates the item and flags the drafts made from it.
"""

from __future__ import annotations

import hashlib
import logging
import operator
from datetime import timedelta
from functools import reduce
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from . import minhash
from .errors import WireError
from .fetch import fetch
from .messages import describe
from .models import FOLDER, WireDraft, WireItem, WireSource
from .parsers import MAX_DOCUMENT_BYTES, WireStory, parse_document

log = logging.getLogger(__name__)
BATCH = 500
#: Pictures sent with the items in a drop folder: read when an item is used, never parsed as news.
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp"}


# --- text keys ------------------------------------------------------------------------------------

def query_keys(words: str) -> list[tuple[str, ...]]:
    """The keys each word of a desk filter may have: its own and the other readings the site's search tries
    («طالب»: the student, or «demanded» — stored under the verb's key), at most eight words."""
    from nashra.search.services import get_stemmer

    parts = get_stemmer().query_terms(words or "")
    groups = [(stem,) for part in parts if part.is_phrase for stem in part.stems]
    groups += [(*part.stems, *part.alternatives) for part in parts if not part.is_phrase and not part.optional]
    return list(dict.fromkeys(groups))[:8]


# --- clustering -----------------------------------------------------------------------------------

def recent_index() -> minhash.ClusterIndex:
    """The sketches of the last ``NASHRA_WIRE_CLUSTER_HOURS`` hours: a new item is compared with them."""
    index = minhash.ClusterIndex()
    since = timezone.now() - timedelta(hours=settings.NASHRA_WIRE_CLUSTER_HOURS)
    rows = WireItem.objects.filter(received_at__gte=since).exclude(sketch="").order_by("pk")
    for source_id, guid, cluster, sketch in rows.values_list("source_id", "guid", "cluster", "sketch").iterator(
            chunk_size=2000):
        name = cluster_name(source_id, guid)
        index.add(name, minhash.decode(sketch), cluster or name)
    return index


# --- ingest ---------------------------------------------------------------------------------------

def cluster_name(source_id: int, guid: str) -> int:
    """A new cluster's id, known before the item is stored (no second write to name it by its pk)."""
    digest = hashlib.blake2b(f"{source_id}:{guid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # fits a signed 64-bit column


def _fields(story: WireStory, source: WireSource, stemmer) -> dict:
    stems = [term.stem for term in stemmer.terms(f"{story.title}\n{story.body}")]
    keys = " ".join(sorted(set(stems)))
    return {
        "version": story.version, "content_hash": story.content_hash(), "format": story.format,
        "title": story.title[:300], "body": story.body, "dateline": story.dateline[:120],
        "byline": story.byline[:200], "credit": (source.credit or story.credit)[:40],
        "link": story.link[:500] if story.link.startswith(("http://", "https://")) else "",
        "published_at": story.published, "images": [list(image) for image in story.images],
        "sketch": minhash.encode(minhash.sketch_words(stems)),
        "search_keys": f" {keys} " if keys else "",
    }


def ingest(source: WireSource, stories: list[WireStory], index: minhash.ClusterIndex | None = None,
           now=None) -> tuple[int, int]:
    """Store ``stories`` of ``source``: (new items, updated items)."""
    now = now or timezone.now()
    newest: dict[str, WireStory] = {}
    for story in stories:  # a feed may list one story twice: its highest version counts
        kept = newest.get(story.guid[:300])
        if kept is None or story.version >= kept.version:
            newest[story.guid[:300]] = story
    from nashra.search.services import get_stemmer

    stemmer = get_stemmer()  # once: it asks the shared cache for the lexicon's version
    created = updated = 0
    guids = list(newest)
    for start in range(0, len(guids), BATCH):
        chunk = guids[start:start + BATCH]
        existing = {item.guid: item for item in WireItem.objects.filter(source=source, guid__in=chunk)}
        fresh = []
        for guid in chunk:
            story = newest[guid]
            item = existing.get(guid)
            if item is None:
                fresh.append(WireItem(source=source, guid=guid, received_at=now, **_fields(story, source, stemmer)))
            elif story.version > item.version or (story.version == item.version
                                                  and story.content_hash() != item.content_hash):
                _update(item, story, source, now)
                updated += 1
        if fresh:
            index = index if index is not None else recent_index()
            for item in fresh:
                name = cluster_name(source.pk, item.guid)
                item.cluster = index.assign(name, minhash.decode(item.sketch))
            # ignore_conflicts: two scheduler processes reading one source at once must not crash either
            WireItem.objects.bulk_create(fresh, batch_size=BATCH, ignore_conflicts=True)
            created += len(fresh)
    return created, updated


def _update(item: WireItem, story: WireStory, source: WireSource, now) -> None:
    """A newer version: the queue shows the new text, drafts made from the old one are flagged."""
    from nashra.search.services import get_stemmer

    for name, value in _fields(story, source, get_stemmer()).items():
        setattr(item, name, value)
    item.updated_at = now
    with transaction.atomic():
        item.save()
        WireDraft.objects.filter(item=item).update(outdated=True)


# --- polling --------------------------------------------------------------------------------------

def allowed_folder(folder: str) -> Path | None:
    """``folder`` resolved, when it lies inside one of ``NASHRA_WIRE_DROP_ROOTS``; otherwise None."""
    if not folder:
        return None
    path = Path(folder).resolve()
    for root in settings.NASHRA_WIRE_DROP_ROOTS:
        root = Path(root).resolve()
        if path == root or root in path.parents:
            return path if path.is_dir() else None
    return None


def _poll_url(source: WireSource, index, now) -> tuple[int, list[WireError]]:
    got = fetch(source.url, etag=source.etag, last_modified=source.last_modified,
                timeout=settings.NASHRA_WIRE_TIMEOUT, max_bytes=MAX_DOCUMENT_BYTES,
                allow_loopback=settings.NASHRA_WIRE_ALLOW_LOOPBACK)
    if got.status == 304:
        return 0, []
    result = parse_document(got.body, encoding=source.encoding)
    created, _updated = ingest(source, result.stories, index, now)
    source.etag, source.last_modified = got.etag[:300], got.last_modified[:100]
    return created, result.problems


def _poll_folder(source: WireSource, index, now) -> tuple[int, list[WireError]]:
    folder = allowed_folder(source.folder)
    if folder is None:
        raise WireError("folder")
    state = dict(source.folder_state or {})
    created, problems, pending = 0, [], []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.suffix.lower() not in IMAGE_SUFFIXES):
        stat = path.stat()
        mark = f"{int(stat.st_mtime)}:{stat.st_size}"
        if state.get(path.name) == mark:
            continue
        state[path.name] = mark  # a bad file is reported once, not on every pass
        try:
            if stat.st_size > MAX_DOCUMENT_BYTES:
                raise WireError("too_large", limit_mb=MAX_DOCUMENT_BYTES // (1024 * 1024))
            result = parse_document(path.read_bytes(), encoding=source.encoding, name=path.stem)
        except WireError as exc:
            exc.params.setdefault("file", path.name)
            problems.append(exc)
            continue
        problems.extend(result.problems)
        pending.extend(result.stories)
        if len(pending) >= BATCH:  # one-item files (NITF, 7901) are stored a batch at a time
            created += ingest(source, pending, index, now)[0]
            pending = []
    if pending:
        created += ingest(source, pending, index, now)[0]
    source.folder_state = {name: mark for name, mark in state.items() if (folder / name).exists()}
    return created, problems


def poll_source(source: WireSource, index=None, now=None) -> int:
    """Read one source now and write its health line; never raises. Returns the new items."""
    now = now or timezone.now()
    index = index if index is not None else recent_index()
    created, problems, error = 0, [], None
    try:
        if source.kind == FOLDER:
            created, problems = _poll_folder(source, index, now)
        elif source.url:
            created, problems = _poll_url(source, index, now)
        else:
            raise WireError("no_location")
    except WireError as exc:
        error = exc
    except Exception:  # a bug must not stop the other sources; the log has the trace
        log.exception("wire source %s failed", source.pk)
        error = WireError("unexpected")
    _record(source, now, created, error or (problems[-1] if problems else None), failed=error is not None)
    return created


def _record(source: WireSource, now, created: int, error: WireError | None, failed: bool) -> None:
    today = timezone.localdate(now)
    if source.items_day != today:
        source.items_day, source.items_today = today, 0
    source.items_today += created
    source.last_polled_at = now
    if not failed:
        source.last_success_at = now
    if error is not None:
        message = describe(error)
        if error.params.get("file"):
            message = f"{error.params['file']}: {message}"
        source.last_error, source.last_error_at = message[:500], now
    elif not failed:
        source.last_error = ""
    source.save(update_fields=["items_day", "items_today", "last_polled_at", "last_success_at", "last_error",
                               "last_error_at", "etag", "last_modified", "folder_state"])


def due_sources(now=None):
    now = now or timezone.now()
    sources = WireSource.objects.filter(enabled=True)
    return [s for s in sources if s.last_polled_at is None
            or s.last_polled_at + timedelta(minutes=max(1, s.interval_minutes)) <= now]


#: A poll queued this long ago that never finished (its worker died) is queued again.
QUEUED_TIMEOUT = timedelta(minutes=15)


def poll_due_sources(now=None) -> int:
    """The scheduler's pass: queue a poll on the background-task queue for every due source that has
    none queued or running; returns how many were queued. Each runs in a worker with its own deadline."""
    now = now or timezone.now()
    queued = 0
    for source in due_sources(now):
        free = Q(queued_at__isnull=True) | Q(queued_at__lt=now - QUEUED_TIMEOUT)
        if WireSource.objects.filter(free, pk=source.pk).update(queued_at=now):
            poll_source_task.enqueue(source.pk)
            queued += 1
    return queued


@task()
def poll_source_task(source_id: int) -> int:
    """One source's poll in a worker (its health line says what happened); frees the source for the next."""
    source = WireSource.objects.filter(pk=source_id, enabled=True).first()
    try:
        return poll_source(source) if source is not None else 0
    finally:
        WireSource.objects.filter(pk=source_id).update(queued_at=None)


# --- the queue ------------------------------------------------------------------------------------

def queue(edition, agency: str = "", hours: int | None = None, words: str = "", limit: int = 50):
    """Rows of the edition's wire queue, newest first: one row per cluster with its items."""
    items = WireItem.objects.filter(source__editions=edition).select_related("source")
    if agency:
        items = items.filter(Q(credit=agency) | Q(source__credit=agency))
    if hours:
        items = items.filter(received_at__gte=timezone.now() - timedelta(hours=hours))
    for keys in query_keys(words):
        items = items.filter(reduce(operator.or_, (Q(search_keys__contains=f" {key} ") for key in keys)))
    rows, by_cluster = [], {}
    for item in items.order_by("-received_at", "-pk")[: limit * 10]:
        key = item.cluster or item.pk
        if key in by_cluster:
            by_cluster[key]["items"].append(item)
            continue
        if len(rows) >= limit:
            continue
        row = {"item": item, "items": [item]}
        by_cluster[key] = row
        rows.append(row)
    return rows


def agencies_for(edition) -> list[str]:
    return sorted(set(WireSource.objects.filter(editions=edition).values_list("credit", flat=True)))
