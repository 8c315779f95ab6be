"""Issues that assemble themselves: the day's digest (the home page's picks first, then the newest
stories of the last day) and a section's weekly (its newest stories of the week)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from nashra.arabic import dates as arabic_dates
from nashra.articles.models import ArticlePage
from nashra.picks.models import Pick

from .models import SECTION_WEEKLY, Issue, IssueStory

DIGEST_SIZE = 10


def chosen_stories(newsletter, now=None) -> list[ArticlePage]:
    now = now or timezone.now()
    edition = newsletter.edition
    days = 7 if newsletter.kind == SECTION_WEEKLY else 1
    recent = (ArticlePage.objects.live().filter(edition=edition, published_at__gt=now - timedelta(days=days))
              .order_by("-published_at", "-pk"))
    if newsletter.kind == SECTION_WEEKLY and newsletter.section_id:
        recent = recent.filter(section_id=newsletter.section_id)
        picked = []
    else:
        picks = (Pick.objects.filter(edition=edition, section__isnull=True).select_related("article")
                 .order_by("slot", "sort_order", "pk"))
        picked = [p.article for p in picks if p.article.live and not p.is_expired(now)]
    stories, seen = [], set()
    for article in [*picked, *recent[:DIGEST_SIZE * 2]]:
        if article.pk not in seen and len(stories) < DIGEST_SIZE:
            seen.add(article.pk)
            stories.append(article)
    return stories


def set_stories(issue, articles) -> None:
    IssueStory.objects.filter(issue=issue).delete()
    IssueStory.objects.bulk_create([IssueStory(issue=issue, article=a, position=i) for i, a in enumerate(articles)])


def default_subject(newsletter, now=None) -> str:
    now = now or timezone.now()
    style = newsletter.edition.date_style
    day = arabic_dates.long_date(now.astimezone(ZoneInfo(style.time_zone)).date(), style)
    return _("%(name)s — %(day)s") % {"name": newsletter.name, "day": day}


def assemble(newsletter, now=None, user=None) -> Issue | None:
    """A draft issue of ``newsletter`` with the stories of the day (None when there is no news)."""
    stories = chosen_stories(newsletter, now)
    if not stories:
        return None
    issue = Issue.objects.create(newsletter=newsletter, subject=default_subject(newsletter, now), created_by=user)
    set_stories(issue, stories)
    return issue
