"""What the reader pages read of the picks, what the newsroom may change, and the changes themselves.

Each change emits :class:`nashra.core.events.PicksChanged` for the page it concerns; delivery purges
that page and the edition's kept lists (this app never imports delivery).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F, FilteredRelation, Max, Q
from django.utils import timezone

from nashra.articles import listings
from nashra.articles.models import ArticlePage
from nashra.core import events
from nashra.editions.services import editions_for

from .models import FEATURED, LEAD, MAX_FEATURED, Pick

#: Who sets the picks of an edition: its editors and its admins (superusers: every edition).
EDITING_ROLES = ("editor", "admin")


def editable_editions(user):
    """Editions whose picks ``user`` may see and change (a queryset); reporters get none."""
    return editions_for(user, EDITING_ROLES)


# --- the reader pages -----------------------------------------------------------------------------


def page_picks(edition_id, section_id=None, newest_id=None) -> listings.PagePicks:
    """The picks readers may see on one page, as card articles, with the story ``newest_id``, in one
    query: a pick counts while its story is live, still in the edition (and in the section, for a
    section page) and it has not expired — anything else falls back to the newest stories."""
    if edition_id is None:
        return listings.PagePicks()
    now = timezone.now()
    stories = listings.card_articles().filter(edition_id=edition_id)
    if section_id:
        stories = stories.filter(section_id=section_id)
    # The stories are named (the page's picks, a handful, and the newest story), not only joined to the picks:
    # joined only, SQLite (no statistics) walked every story of the edition looking for those with a pick —
    # 5 s a section page and 0.6 s the home page at 1 M stories, where naming them costs a lookup each.
    named = Pick.objects.filter(_on_page(edition_id, section_id, now)).order_by().values("article_id")
    joined = Q(pick__id__isnull=False)
    if newest_id:
        named = named.union(ArticlePage.objects.filter(pk=newest_id).order_by().values("pk"), all=True)
        joined |= Q(pk=newest_id)
    on_page = _on_page(edition_id, section_id, now, through="picks__")
    rows = list(
        stories.annotate(pick=FilteredRelation("picks", condition=on_page))
        .filter(joined, pk__in=named)
        .annotate(pick_slot=F("pick__slot"), pick_order=F("pick__sort_order"), pick_id=F("pick__id"),
                  pick_expires=F("pick__expires_at"))
        .order_by("pick_order", "pick_id")[: MAX_FEATURED + 2]
    )
    result = listings.PagePicks()
    for row in rows:
        if row.pk == newest_id:
            result.newest = row
        if row.pick_slot == LEAD and result.lead is None:
            result.lead = row
        elif row.pick_slot == FEATURED and len(result.featured) < MAX_FEATURED:
            result.featured.append(row)
        if row.pick_slot and row.pick_expires and (result.expires_at is None or row.pick_expires < result.expires_at):
            result.expires_at = row.pick_expires
    return result


def _on_page(edition_id, section_id, now, through: str = "") -> Q:
    """The picks of one page that have not expired (``through``: the path from the queried model)."""
    return Q(**{f"{through}edition_id": edition_id}) & (
        Q(**{f"{through}section_id": section_id}) if section_id else Q(**{f"{through}section_id__isnull": True})
    ) & (Q(**{f"{through}expires_at__isnull": True}) | Q(**{f"{through}expires_at__gt": now}))


# --- the newsroom's changes -----------------------------------------------------------------------


def _changed(edition_id, section_id) -> None:
    events.emit(events.PicksChanged(edition_id=edition_id, section_id=section_id))


def page_of(edition, section=None):
    """The picks of one page, in the order readers see them (the lead first)."""
    picks = Pick.objects.filter(edition=edition)
    picks = picks.filter(section=section) if section is not None else picks.filter(section__isnull=True)
    return picks.select_related("article", "created_by").order_by("slot", "sort_order", "pk")


def drop_expired(edition_id, section_id) -> int:
    """Remove the page's expired picks (they no longer hold a place: a new lead may replace one)."""
    picks = Pick.objects.filter(edition_id=edition_id, section_id=section_id, expires_at__lte=timezone.now())
    deleted, _detail = picks.delete()
    return deleted


@transaction.atomic
def add_pick(pick: Pick) -> Pick:
    """Validate (Arabic ``ValidationError``) and save a new pick at the end of its slot."""
    drop_expired(pick.edition_id, pick.section_id)
    pick.full_clean(validate_constraints=False)  # clean() says it in words; the constraints stay the last guard
    last = pick.page_picks().filter(slot=pick.slot).aggregate(last=Max("sort_order"))["last"]
    pick.sort_order = 0 if last is None else last + 1
    pick.save()
    _changed(pick.edition_id, pick.section_id)
    return pick


@transaction.atomic
def set_expiry(pick: Pick, expires_at) -> Pick:
    pick.expires_at = expires_at
    pick.full_clean(validate_constraints=False, exclude=["article"])  # the story was checked when picked
    pick.save(update_fields=["expires_at"])
    _changed(pick.edition_id, pick.section_id)
    return pick


@transaction.atomic
def remove_pick(pick: Pick) -> None:
    edition_id, section_id = pick.edition_id, pick.section_id
    pick.delete()
    _changed(edition_id, section_id)


@transaction.atomic
def move_pick(pick: Pick, step: int) -> bool:
    """Swap the pick with its neighbour in its slot (``step`` -1: earlier, 1: later); False at an end."""
    siblings = list(pick.page_picks().filter(slot=pick.slot).select_for_update().order_by("sort_order", "pk"))
    ordered = sorted([*siblings, pick], key=lambda p: (p.sort_order, p.pk))
    index = ordered.index(pick)
    target = index + step
    if not 0 <= target < len(ordered):
        return False
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for position, item in enumerate(ordered):
        if item.sort_order != position:
            Pick.objects.filter(pk=item.pk).update(sort_order=position)
    _changed(pick.edition_id, pick.section_id)
    return True


def expire_due_picks(now=None) -> int:
    """The scheduler's pass: delete the picks whose time is up and announce their pages, so the cached
    home and section pages drop them within one pass (readers' queries already leave them out)."""
    now = now or timezone.now()
    due = list(Pick.objects.filter(expires_at__lte=now).values_list("pk", "edition_id", "section_id"))
    if not due:
        return 0
    with transaction.atomic():
        Pick.objects.filter(pk__in=[pk for pk, _e, _s in due]).delete()
        with events.coalesced():
            for _pk, edition_id, section_id in due:
                _changed(edition_id, section_id)
    return len(due)
