"""«مكتب الوكالات» in the newsroom: the wire queue of an edition, an item's preview with «استخدام»,
and the sources screen with each source's health line.

The queue is for an edition's reporters, editors and admins; another edition's queue or item, asked
for by id, is refused (403). Sources are network-wide: superusers add and change them, an edition's
admins see the health lines of the sources that feed their edition.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nashra.articles.models import SectionPage
from nashra.editions.newsroom_time import zone_hint
from nashra.editions.services import editions_for

from . import services
from .drafting import article_dateline, make_draft
from .models import FOLDER, URL, WireItem, WireSource

QUEUE_ROLES = ("reporter", "editor", "admin")
SOURCE_ROLES = ("admin",)
HOURS = [("", gettext_lazy("كل الأوقات")), ("1", gettext_lazy("آخر ساعة")), ("6", gettext_lazy("آخر 6 ساعات")),
         ("24", gettext_lazy("آخر 24 ساعة")), ("72", gettext_lazy("آخر 3 أيام"))]


def queue_editions(user):
    return editions_for(user, QUEUE_ROLES)


def _edition(request, editions):
    edition_id = request.GET.get("edition", "")
    if edition_id:
        if not edition_id.isdigit():
            raise Http404
        edition = editions.filter(pk=int(edition_id)).first()
        if edition is None:
            raise PermissionDenied
        return edition
    edition = editions.order_by("slug").first()
    if edition is None:
        raise PermissionDenied
    return edition


def wire_queue(request):
    editions = queue_editions(request.user)
    edition = _edition(request, editions)
    agency = request.GET.get("agency", "")[:40]
    hours = request.GET.get("hours", "")
    words = request.GET.get("q", "")[:200]
    rows = services.queue(edition, agency=agency, hours=int(hours) if hours in dict(HOURS) and hours else None,
                          words=words)
    with timezone.override(edition.date_style.tz):
        return render(request, "wire/admin/queue.html", {
            "editions": editions.order_by("slug"), "edition": edition, "rows": rows,
            "agencies": services.agencies_for(edition), "agency": agency, "hours": hours, "hour_choices": HOURS,
            "q": words, "zone_hint": zone_hint(zone=edition.time_zone),
        })


def _item_for(request, item_id: int, editions):
    item = get_object_or_404(WireItem.objects.select_related("source"), pk=item_id)
    allowed = editions.filter(wire_sources=item.source_id)
    edition_id = request.GET.get("edition", "") or request.POST.get("edition", "")
    if edition_id.isdigit():
        allowed = allowed.filter(pk=int(edition_id))
    edition = allowed.order_by("slug").first()
    if edition is None:
        raise PermissionDenied  # the item feeds none of the user's editions
    return item, edition


class UseForm(forms.Form):
    section = forms.ModelChoiceField(queryset=SectionPage.objects.none(), label=gettext_lazy("القسم"),
                                     error_messages={"required": gettext_lazy("اختر قسمًا."),
                                                     "invalid_choice": gettext_lazy("هذا القسم ليس من الإصدار.")})

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = SectionPage.objects.filter(edition=edition).order_by("nav_order", "path")


def wire_item(request, item_id: int):
    editions = queue_editions(request.user)
    item, edition = _item_for(request, item_id, editions)
    form = UseForm(request.POST or None, edition=edition)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            section = form.cleaned_data["section"]
            if not section.permissions_for_user(request.user).can_add_subpage():
                raise PermissionDenied
            warnings = []
            article = make_draft(item, section, request.user, warnings)
            for warning in warnings:
                messages.warning(request, warning)
            messages.success(request, _("أُنشئت مسودة «%(title)s» من خبر الوكالة.") % {"title": article.title})
            return redirect("wagtailadmin_pages:edit", article.pk)
        status = 400
    cluster = []
    if item.cluster:
        cluster = list(WireItem.objects.filter(cluster=item.cluster, source__editions=edition)
                       .exclude(pk=item.pk).select_related("source").distinct()[:20])
    with timezone.override(edition.date_style.tz):
        return render(request, "wire/admin/item.html", {
            "item": item, "edition": edition, "form": form, "dateline": article_dateline(item),
            "drafts": item.drafts.select_related("article").order_by("-created_at"), "cluster": cluster,
            "queue_url": f"{reverse('wire_queue')}?{urlencode({'edition': edition.pk})}",
        }, status=status)


# --- sources ----------------------------------------------------------------------------------------

class SourceForm(forms.ModelForm):
    url = forms.URLField(label=gettext_lazy("الرابط"), max_length=500, required=False, assume_scheme="https")

    class Meta:
        model = WireSource
        fields = ["name", "kind", "url", "folder", "agency", "credit", "editions", "interval_minutes",
                  "encoding", "enabled"]
        widgets = {"editions": forms.CheckboxSelectMultiple}

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == URL:
            url = data.get("url") or ""
            if not url.startswith(("http://", "https://")):
                self.add_error("url", _("أدخل رابطًا يبدأ بـ http أو https."))
        elif kind == FOLDER and not services.allowed_folder(data.get("folder") or ""):
            self.add_error("folder", _("المجلد غير موجود أو خارج مجلدات الاستلام المسموح بها."))
        interval = data.get("interval_minutes")
        if interval is not None and not 1 <= interval <= 1440:
            self.add_error("interval_minutes", _("الفاصل بين دقيقة و1440 دقيقة."))
        return data


def _source_editions(user):
    return editions_for(user, SOURCE_ROLES)


def wire_sources(request):
    editions = _source_editions(request.user)
    if not editions.exists():
        raise PermissionDenied
    sources = WireSource.objects.prefetch_related("editions").order_by("name")
    if not request.user.is_superuser:
        sources = sources.filter(editions__in=editions).distinct()
    if request.method == "POST":
        source_id = request.POST.get("source", "")
        source = get_object_or_404(sources, pk=int(source_id) if source_id.isdigit() else 0)
        new = services.poll_source(source)
        messages.success(request, _("قُرئ المصدر «%(name)s»: %(count)s خبر جديد.") % {"name": source.name,
                                                                                 "count": new})
        return redirect("wire_sources")
    return render(request, "wire/admin/sources.html", {"sources": sources, "can_edit": request.user.is_superuser})


def wire_source_edit(request, source_id: int | None = None):
    if not request.user.is_superuser:
        raise PermissionDenied  # sources are the network's, not one edition's
    source = get_object_or_404(WireSource, pk=source_id) if source_id else None
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("حُفظ المصدر «%(name)s».") % {"name": form.instance.name})
        return redirect("wire_sources")
    return render(request, "wire/admin/source_form.html", {"form": form, "source": source},
                  status=400 if request.method == "POST" else 200)
