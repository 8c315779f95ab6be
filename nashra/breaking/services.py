"""Starting and ending breaking mode, and what it changes while it lasts.

Start: the story is flagged breaking (the ticker), becomes the lead pick of its edition's home page
and of the chosen sections (the leads it displaces are kept in the switch), its comments go to
review before publication, and, if asked, a push alert goes out. End (by hand or by the scheduler
when its time is up): each of these is put back as it was. Changes are announced with events
(``ArticlePublished`` with ``was_breaking`` purges the edition's pages with the ticker,
``PicksChanged`` each page whose lead changed); this app never imports delivery.

A live blog (any page type with ``breaking_lead_template``) changes nothing of its own: while its
switch is on, :func:`breaking_leads` puts it first in the ticker and on top of the home page and the
chosen sections (the editors' picks stay as they are, so there is nothing to restore), and it has no
comments to hold. Starting and ending announce ``EditionContentChanged`` (the whole edition).
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from nashra.articles.listings import BreakingLead
from nashra.articles.models import ArticlePage
from nashra.comments.models import CLOSED, INHERIT, PRE, ArticleCommentSettings
from nashra.core import events
from nashra.core.limits import year_in_range
from nashra.editions.resolve import resolve_edition
from nashra.editions.services import editions_for
from nashra.picks.models import LEAD, Pick

from .models import BreakingSwitch

#: ``BreakingSwitch.previous["kind"]`` of a switch that only leads (a live blog): nothing to restore.
LEAD_ONLY = "lead"

#: Who may switch breaking mode on a story of an edition: its editors and admins (superusers: all).
SWITCHING_ROLES = ("editor", "admin")


def switching_editions(user):
    return editions_for(user, SWITCHING_ROLES)


def may_switch(user, edition_id) -> bool:
    return switching_editions(user).filter(pk=edition_id).exists()


def supports_breaking(page) -> bool:
    """Articles, and the page types that say how they lead (``breaking_lead_template``: live blogs)."""
    return isinstance(page, ArticlePage) or bool(getattr(page, "breaking_lead_template", ""))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: str | None) -> datetime | None:
    return parse_datetime(value) if value else None


# --- picks ---------------------------------------------------------------------------------------------


def _pick_state(pick: Pick) -> dict:
    return {"edition": pick.edition_id, "section": pick.section_id, "article": pick.article_id,
            "slot": pick.slot, "sort_order": pick.sort_order, "expires_at": _iso(pick.expires_at),
            "created_by": pick.created_by_id}


def _take_lead(article, edition_id, section_id, user) -> list[dict]:
    """Make ``article`` the page's lead; return the picks it displaced (the old lead, and the story's
    own earlier pick on that page) so the end restores them."""
    page = Pick.objects.filter(edition_id=edition_id, section_id=section_id)
    displaced = list(page.filter(slot=LEAD) | page.filter(article=article))
    saved = [_pick_state(p) for p in displaced]
    Pick.objects.filter(pk__in=[p.pk for p in displaced]).delete()
    Pick.objects.create(edition_id=edition_id, section_id=section_id, article=article, slot=LEAD,
                        sort_order=0, created_by=user)
    return saved


def _restore_picks(switch: BreakingSwitch, pages: list[tuple[int, int | None]]) -> None:
    for edition_id, section_id in pages:
        Pick.objects.filter(edition_id=edition_id, section_id=section_id, article_id=switch.page_id,
                            slot=LEAD).delete()
    now = timezone.now()
    for state in switch.previous.get("picks", []):
        expires_at = _moment(state["expires_at"])
        if expires_at and expires_at <= now:
            continue  # it would have ended meanwhile
        try:
            with transaction.atomic():  # a lead set by hand meanwhile stays: the old one is not forced back
                Pick.objects.create(edition_id=state["edition"], section_id=state["section"],
                                    article_id=state["article"], slot=state["slot"], sort_order=state["sort_order"],
                                    expires_at=expires_at, created_by_id=state["created_by"])
        except IntegrityError:
            continue


# --- start ---------------------------------------------------------------------------------------------


def _check(page, user, sections, ends_at, now):
    if not may_switch(user, page.edition_id):
        raise ValidationError(_("لا يملك وضعَ العاجل إلا محررو إصدار هذا الخبر."))
    if not page.live or getattr(page, "published_at", True) is None:
        raise ValidationError(_("هذا الخبر غير منشور؛ انشره أولًا ثم شغّل وضع العاجل."))
    if BreakingSwitch.objects.active().filter(page=page).exists():
        raise ValidationError(_("وضع العاجل مشغّل لهذا الخبر بالفعل."))
    if ends_at is not None:
        if not year_in_range(ends_at):
            raise ValidationError(_("التاريخ خارج المدى المقبول."))
        if ends_at <= now:
            raise ValidationError(_("وقت الانتهاء مضى؛ اختر وقتًا في المستقبل أو اتركه فارغًا."))
    for section in sections:
        if section.edition_id != page.edition_id or section.pk != page.section_id:
            raise ValidationError(_("هذا الخبر ليس من قسم «%(section)s»؛ لا يتصدر إلا قسمه.")
                                  % {"section": section.title})


@transaction.atomic
def start(page, user, sections=(), ends_at=None, send_alert=False) -> BreakingSwitch:
    """Switch breaking mode on (an Arabic ``ValidationError`` says why not)."""
    if not supports_breaking(page):
        raise ValidationError(_("وضع العاجل للأخبار والتغطيات المباشرة وحدها."))
    page = type(page).objects.select_for_update().get(pk=page.pk)
    now = timezone.now()
    sections = list(sections)
    _check(page, user, sections, ends_at, now)
    if not isinstance(page, ArticlePage):
        return _start_lead(page, user, sections, ends_at, send_alert, now)
    override = ArticleCommentSettings.objects.filter(article=page).first()
    previous = {"is_breaking": page.is_breaking, "breaking_until": _iso(page.breaking_until),
                "comment_mode": override.mode if override else None, "picks": []}
    previous["picks"] += _take_lead(page, page.edition_id, None, user)
    for section in sections:
        previous["picks"] += _take_lead(page, page.edition_id, section.pk, user)
    if previous["comment_mode"] != CLOSED:  # closed comments stay closed; open ones go to review first
        ArticleCommentSettings.objects.update_or_create(article=page, defaults={"mode": PRE})
    ArticlePage.objects.filter(pk=page.pk).update(is_breaking=True, breaking_until=ends_at)
    switch = BreakingSwitch.objects.create(page=page, edition_id=page.edition_id, started_by=user, started_at=now,
                                           ends_at=ends_at, previous=previous)
    switch.sections.set(sections)
    if send_alert:
        switch.alert = _send_alert(page, user)
        switch.save(update_fields=["alert"])
    _announce(page, sections=[s.pk for s in sections])
    return switch


def _start_lead(page, user, sections, ends_at, send_alert, now) -> BreakingSwitch:
    switch = BreakingSwitch.objects.create(page=page, edition_id=page.edition_id, started_by=user, started_at=now,
                                           ends_at=ends_at, previous={"kind": LEAD_ONLY})
    switch.sections.set(sections)
    if send_alert:
        switch.alert = _send_alert(page, user)
        switch.save(update_fields=["alert"])
    # The ticker and the top stories are on every page of the edition.
    events.emit(events.EditionContentChanged(edition_id=page.edition_id, source="breaking"))
    return switch


def breaking_leads(edition_id) -> list[BreakingLead]:
    """The live blogs (not articles) of the edition in breaking mode, the latest switched on first
    (the reader lists ask: :func:`nashra.articles.listings.breaking_leads`)."""
    switches = (BreakingSwitch.objects.active().filter(edition_id=edition_id, previous__kind=LEAD_ONLY)
                .select_related("page").prefetch_related("sections").order_by("-started_at", "-pk"))
    leads = []
    for switch in switches:
        page = switch.page.specific
        if page.live and supports_breaking(page):
            leads.append(BreakingLead(page=page, since=switch.started_at, template=page.breaking_lead_template,
                                      section_ids=frozenset(s.pk for s in switch.sections.all())))
    return leads


def _send_alert(page, user):
    from nashra.push import sending
    from nashra.push.models import PushAlert

    alert = PushAlert.objects.create(edition_id=page.edition_id, section_id=page.section_id,
                                     title=(_("عاجل: ") + page.title)[:120], url=page.get_url_parts()[2] or "/",
                                     created_by=user)
    sending.send(alert)
    return alert


def _announce(page, sections) -> None:
    """The ticker is on every page of the edition: it was (or is now) breaking, so all of them go."""
    page.refresh_from_db()
    with events.coalesced():
        events.emit(events.ArticlePublished(article=page, old_url_path=page.url_path, old_section_id=page.section_id,
                                            old_edition_id=page.edition_id, was_breaking=True))
        events.emit(events.PicksChanged(edition_id=page.edition_id, section_id=None))
        for section_id in sections:
            events.emit(events.PicksChanged(edition_id=page.edition_id, section_id=section_id))


# --- end -----------------------------------------------------------------------------------------------


@transaction.atomic
def end(switch: BreakingSwitch, user=None) -> BreakingSwitch:
    """Switch breaking mode off and put back what it changed. ``user`` None: the scheduler."""
    switch = BreakingSwitch.objects.select_for_update().get(pk=switch.pk)
    if user is not None and not may_switch(user, switch.edition_id):
        raise ValidationError(_("لا يملك وضعَ العاجل إلا محررو إصدار هذا الخبر."))
    if switch.ended_at is not None:
        raise ValidationError(_("انتهى وضع العاجل لهذا الخبر بالفعل."))
    previous = switch.previous
    section_ids = list(switch.sections.values_list("pk", flat=True))
    if previous.get("kind") == LEAD_ONLY:
        return _end_lead(switch, user)
    _restore_picks(switch, [(switch.edition_id, None)] + [(switch.edition_id, s) for s in section_ids])
    mode = previous.get("comment_mode")
    if mode is None:
        ArticleCommentSettings.objects.filter(article_id=switch.page_id).delete()
    else:
        ArticleCommentSettings.objects.update_or_create(article_id=switch.page_id, defaults={"mode": mode or INHERIT})
    ArticlePage.objects.filter(pk=switch.page_id).update(
        is_breaking=bool(previous.get("is_breaking")), breaking_until=_moment(previous.get("breaking_until")))
    switch.ended_at = timezone.now()
    switch.ended_by = user
    switch.save(update_fields=["ended_at", "ended_by"])
    page = ArticlePage.objects.filter(pk=switch.page_id).first()
    if page is not None:
        _announce(page, sections=section_ids)
    return switch


def _end_lead(switch: BreakingSwitch, user) -> BreakingSwitch:
    switch.ended_at = timezone.now()
    switch.ended_by = user
    switch.save(update_fields=["ended_at", "ended_by"])
    events.emit(events.EditionContentChanged(edition_id=switch.edition_id, source="breaking"))
    return switch


def end_due_switches(now=None) -> int:
    """The scheduler's pass: end the switches whose time is up."""
    ended = 0
    for switch in BreakingSwitch.objects.due(now):
        try:
            end(switch)
        except ValidationError:  # ended by hand meanwhile
            continue
        ended += 1
    return ended


# --- the pages' lifetime -------------------------------------------------------------------------------


def page_ttl_limit(request, path: str) -> int | None:
    """While a switch of the request's edition is on, its home page and chosen sections are kept
    ``NASHRA_BREAKING_CACHE_TTL`` seconds at most (readers see the story's updates sooner)."""
    if path.count("/") > 2:  # a story, not the home page or a section's ("/", "/<section>/"): no query
        return None
    host = request.get_host().split(":")[0].lower()
    resolved = resolve_edition(host, request.get_port())
    if resolved is None:
        return None
    active = BreakingSwitch.objects.active().filter(edition__slug=resolved.slug)
    if path == "/":
        return settings.NASHRA_BREAKING_CACHE_TTL if active.exists() else None
    slugs = set(active.values_list("sections__slug", flat=True)) - {None}
    if slugs and path.strip("/").rsplit("/", 1)[-1] in slugs:
        return settings.NASHRA_BREAKING_CACHE_TTL
    return None
