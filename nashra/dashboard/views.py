"""«لوحة الأرقام»: one edition's numbers in the newsroom, refreshed every 30 s, each chart in CSV.

Any newsroom role of an edition sees that edition's numbers (superusers: every edition); the
comments panel is for those who moderate them. ``?part=panels`` returns only the panels (what the
page's script fetches), ``?export=<name>`` one chart's data as CSV, ``?date=YYYY-MM-DD`` the
24 hours and 30 days that end with that local day.
"""

from __future__ import annotations

import csv
import io
import time
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from nashra.arabic.digits import to_digits
from nashra.comments.admin_views import moderated_editions
from nashra.editions.newsroom_time import zone_hint
from nashra.editions.services import editions_for

from . import charts, queries, referrers
from .models import TopStory

KIND_LABELS = {
    "direct": gettext_lazy("مباشر"), "search": gettext_lazy("محركات البحث"),
    "social": gettext_lazy("التواصل الاجتماعي"), "internal": gettext_lazy("من مواقع الشبكة"),
    "other": gettext_lazy("مواقع أخرى"),
}
WINDOWS = [(TopStory.FIVE, gettext_lazy("آخر خمس دقائق")), (TopStory.HOUR, gettext_lazy("آخر ساعة")),
           (TopStory.TODAY, gettext_lazy("اليوم"))]
EXPORTS = ("hours", "days", "top5", "top60", "today", "running", "sections", "authors", "moderation", "rules",
           "searches", "empty")
REFRESH_SECONDS = 30
# With Arabic-Indic digits the group and decimal separators are Arabic too (١٢٬٣٤٥ and ٧٥٫٠).
ARABIC_SEPARATORS = str.maketrans({",": "\u066c", ".": "\u066b"})


class Problem(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message, self.status = message, status


class Numbers:
    """Formats numbers, times and shares for one edition (its digits and its zone)."""

    def __init__(self, edition):
        self.edition, self.zone = edition, ZoneInfo(edition.time_zone)

    def _digits(self, text: str) -> str:
        if self.edition.digits != "latin":
            text = text.translate(ARABIC_SEPARATORS)
        return to_digits(text, self.edition.digits)

    def n(self, value: int | float) -> str:
        return self._digits(f"{value:,}")

    def share(self, value: float) -> str:
        return _("%(value)s٪") % {"value": self._digits(f"{value * 100:.1f}")}

    def clock(self, ts: int, pattern: str = "%H:%M") -> str:
        return to_digits(datetime.fromtimestamp(ts, self.zone).strftime(pattern), self.edition.digits)


def _edition(request, editions):
    wanted = request.GET.get("edition", "")
    if wanted and not (wanted.isascii() and wanted.isdigit() and len(wanted) < 19):
        raise Problem(_("رقم الإصدار غير صالح."), 404)
    edition = (editions.filter(pk=int(wanted)) if wanted else editions.order_by("slug")).select_related("site").first()
    if edition is None:
        raise Problem(_("هذا الإصدار ليس من إصداراتك، فلا تظهر لك أرقامه."), 403)
    return edition


def _end(request, edition, now: int) -> tuple[int, str]:
    """The moment the charts end at: now, or the end of the local day ``?date=`` names."""
    raw = request.GET.get("date", "").strip()
    if not raw:
        return now, ""
    try:
        day = date.fromisoformat(to_digits(raw, "latin"))
    except ValueError:
        raise Problem(_("التاريخ غير مفهوم؛ اكتبه هكذا: 2026-12-04.")) from None
    end = queries.local_days(edition, now, 1)[0][1]  # end of today, local
    start_of_day = int(datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(edition.time_zone)).timestamp())
    if start_of_day >= end:
        raise Problem(_("هذا التاريخ لم يأتِ بعد؛ اختر اليوم أو يومًا قبله."))
    return min(now, start_of_day + 86400 - 1), day.isoformat()


def _story_rows(stories, fmt: Numbers):
    return [{
        "story": s, "views": fmt.n(s.views), "share": fmt.share(s.share),
        "kind": KIND_LABELS[s.main_kind] if s.views else "",
        "mix": " · ".join(f"{KIND_LABELS[c]} {fmt.n(s.kinds[c])}" for c in referrers.COLUMNS if s.kinds.get(c)),
        "spark": charts.sparkline(s.curve, _("منحنى مشاهدات «%(title)s»") % {"title": s.title}),
    } for s in stories]


def panels(edition, user, now: int, end: int) -> dict:
    fmt = Numbers(edition)
    hours = queries.hours_24(edition, end)
    days = queries.days_30(edition, end)
    hour_ticks = [(i, fmt.clock(p.start)) for i, p in enumerate(hours) if i % 4 == 1]  # never cut at an edge
    day_ticks = [(i, fmt.clock(p.start, "%d/%m")) for i, p in enumerate(days) if i % 6 == 2]
    context = {
        "edition": edition, "fmt": fmt,
        "hours": [(fmt.clock(p.start), fmt.n(p.views), fmt.n(p.week_before)) for p in hours],
        "hours_total": fmt.n(sum(p.views for p in hours)),
        "hours_chart": charts.bars(
            [p.views for p in hours], [p.week_before for p in hours],
            _("المشاهدات في كل ساعة من آخر أربع وعشرين ساعة، والخط المتقطع: الساعات نفسها قبل أسبوع"), hour_ticks),
        "hours_empty": not any(p.views or p.week_before for p in hours),
        "days": [(fmt.clock(p.start, "%Y-%m-%d"), fmt.n(p.views), fmt.n(p.week_before)) for p in days],
        "days_chart": charts.bars([p.views for p in days], [p.week_before for p in days],
                                  _("المشاهدات في كل يوم من آخر ثلاثين يومًا، والخط المتقطع: قبل أسبوع"), day_ticks),
        "days_empty": not any(p.views or p.week_before for p in days),
        "windows": [(window, label, _story_rows(queries.top_stories(edition, window, now), fmt))
                    for window, label in WINDOWS],
        "running": _story_rows(queries.running_stories(edition, now), fmt),
        "publishing": {name: [(label, fmt.n(t), fmt.n(w)) for label, t, w in rows]
                       for name, rows in queries.publishing(edition, now).items()},
        "searches": {name: [(q, fmt.n(s), fmt.n(e)) for q, s, e in rows]
                     for name, rows in queries.searches(edition, now).items()},
        "updated": fmt.clock(now, "%H:%M:%S"),
    }
    if moderated_editions(user).filter(pk=edition.pk).exists():
        m = queries.moderation(edition, now)
        context["moderation"] = {
            "waiting": fmt.n(m.waiting),
            "median": fmt.n(round(m.median_wait_minutes)) if m.median_wait_minutes is not None else None,
            "hours": [(fmt.clock(h), fmt.n(a), fmt.n(r)) for h, a, r in m.per_hour],
            "chart": charts.stacked([(a, r) for _h, a, r in m.per_hour],
                                    _("التعليقات المقبولة والمرفوضة في كل ساعة من آخر أربع وعشرين ساعة"),
                                    [(i, fmt.clock(h)) for i, (h, _a, _r) in enumerate(m.per_hour) if i % 4 == 1]),
            "rules": [(label or _("بلا شرط محدد"), fmt.n(n)) for label, n in m.per_rule],
            "held": [(label, fmt.n(n)) for label, n in m.held],
        }
    return context


@never_cache
def dashboard(request):
    editions = editions_for(request.user)
    if not editions.exists():
        return render(request, "dashboard/message.html", {"message": _(
            "لست عضوًا في غرفة أخبار أي إصدار بعد، فلا أرقام تعرضها هذه اللوحة. اطلب من مدير الإصدار إضافتك.")},
            status=403)
    now = int(time.time())
    try:
        edition = _edition(request, editions)
        with timezone.override(ZoneInfo(edition.time_zone)):
            end, chosen = _end(request, edition, now)
            if request.GET.get("export"):
                return export(request, edition, now, end, request.GET["export"])
            context = panels(edition, request.user, now, end)
            context.update(editions=editions.order_by("slug"), chosen_date=chosen, zone=zone_hint(),
                           refresh=REFRESH_SECONDS)
            template = "dashboard/panels.html" if request.GET.get("part") == "panels" else "dashboard/page.html"
            return render(request, template, context)
    except Problem as problem:
        return render(request, "dashboard/message.html", {"message": problem.message, "editions": editions},
                      status=problem.status)


def export(request, edition, now: int, end: int, name: str) -> HttpResponse:
    if name not in EXPORTS:
        raise Problem(_("لا يوجد جدول بهذا الاسم للتصدير."))
    fmt = Numbers(edition)
    clock = lambda ts: datetime.fromtimestamp(ts, fmt.zone).isoformat()  # noqa: E731 — ISO with offset in CSV
    kinds = [str(KIND_LABELS[c]) for c in referrers.COLUMNS]
    if name == "hours":
        header, rows = [_("بداية الساعة"), _("المشاهدات"), _("قبل أسبوع")], [
            (clock(p.start), p.views, p.week_before) for p in queries.hours_24(edition, end)]
    elif name == "days":
        header, rows = [_("اليوم"), _("المشاهدات"), _("قبل أسبوع")], [
            (clock(p.start)[:10], p.views, p.week_before) for p in queries.days_30(edition, end)]
    elif name in ("top5", "top60", "today"):
        window = {"top5": TopStory.FIVE, "top60": TopStory.HOUR, "today": TopStory.TODAY}[name]
        header = [_("الترتيب"), _("الخبر"), _("الرابط"), _("المشاهدات"), _("النسبة من مشاهدات الإصدار")] + kinds
        rows = [(i, s.title, s.url, s.views, f"{s.share:.4f}", *[s.kinds[c] for c in referrers.COLUMNS])
                for i, s in enumerate(queries.top_stories(edition, window, now), 1)]
    elif name == "running":
        header, rows = [_("الخبر"), _("الدقيقة"), _("المشاهدات")], []
        for story in queries.running_stories(edition, now):
            start = now // 60 * 60 - (len(story.curve) - 1) * 60
            rows += [(story.title, clock(start + i * 60), v) for i, v in enumerate(story.curve)]
    elif name in ("sections", "authors"):
        label = _("القسم") if name == "sections" else _("الكاتب")
        header, rows = [label, _("اليوم"), _("آخر سبعة أيام")], queries.publishing(edition, now)[name]
    elif name in ("searches", "empty"):
        header, rows = [_("البحث"), _("مرات البحث"), _("بلا نتائج")], queries.searches(edition, now)[
            "top" if name == "searches" else "empty"]
    else:  # the comments' numbers: for those who moderate them
        if not moderated_editions(request.user).filter(pk=edition.pk).exists():
            raise Problem(_("أرقام التعليقات لمن يراجعها فقط."), 403)
        m = queries.moderation(edition, now)
        if name == "moderation":
            header, rows = [_("بداية الساعة"), _("مقبولة"), _("مرفوضة")], [(clock(h), a, r) for h, a, r in m.per_hour]
        else:
            header, rows = [_("الشرط"), _("المرفوضة في سبعة أيام")], m.per_rule
    out = io.StringIO()
    out.write("\ufeff")  # so spreadsheet programs read the Arabic as UTF-8
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{edition.slug}-{name}.csv"'
    return response
