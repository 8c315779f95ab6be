"""«وضع عاجل» in the newsroom: a form to switch it on for one story, the edition's active switches
(each with «إنهاء»), and the log of every switch (who, when, what). Only the editors and admins of
the story's edition reach these; times are read and shown in the edition's zone."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from nashra.articles.models import ArticlePage

from . import services
from .forms import StartForm
from .models import BreakingSwitch

LOG_SIZE = 50


def _list_url(edition_id) -> str:
    return f"{reverse('breaking_admin')}?{urlencode({'edition': edition_id})}"


def _alerts_available() -> bool:
    from django.apps import apps

    return apps.is_installed("nashra.push")


def start_page(request, page_id):
    found = Page.objects.filter(pk=page_id).first()
    page = found.specific if found is not None else None
    if page is None or not services.supports_breaking(page) or not getattr(page, "edition_id", None):
        raise Http404
    if not services.may_switch(request.user, page.edition_id):
        raise PermissionDenied
    with timezone.override(page.edition.date_style.tz):
        form = StartForm(request.POST or None, page=page, alerts_available=_alerts_available())
        status = 200
        if request.method == "POST":
            status = 400
            if form.is_valid():
                data = form.cleaned_data
                try:
                    services.start(page, request.user, sections=data["sections"], ends_at=data["ends_at"],
                                   send_alert=data.get("send_alert", False))
                except ValidationError as exc:
                    form.add_error(None, exc)
                else:
                    messages.success(request, _("شُغّل وضع العاجل لـ«%(title)s».") % {"title": page.title})
                    return redirect(_list_url(page.edition_id))
        active = BreakingSwitch.objects.active().filter(page=page).first()
        return render(request, "breaking/admin/start.html",
                      {"page": page, "form": form, "active": active,
                       "leads_only": not isinstance(page, ArticlePage)}, status=status)


def switches_page(request):
    editions = services.switching_editions(request.user).order_by("slug")
    if not editions.exists():
        raise PermissionDenied
    wanted = request.GET.get("edition", "")
    if wanted and not wanted.isdigit():
        raise Http404
    edition = editions.filter(pk=int(wanted)).first() if wanted else editions.first()
    if edition is None:
        raise PermissionDenied
    switches = BreakingSwitch.objects.filter(edition=edition).select_related(
        "page", "started_by", "ended_by").prefetch_related("sections")
    with timezone.override(edition.date_style.tz):
        return render(request, "breaking/admin/switches.html", {
            "editions": editions, "edition": edition,
            "active": [s for s in switches.filter(ended_at__isnull=True)],
            "log": list(switches[:LOG_SIZE]),
        })


@require_POST
def end_switch(request, switch_id):
    switch = get_object_or_404(BreakingSwitch, pk=switch_id)
    if not services.may_switch(request.user, switch.edition_id):
        raise PermissionDenied
    try:
        services.end(switch, request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("انتهى وضع العاجل وأُعيد كل ما غيّره."))
    return redirect(_list_url(switch.edition_id))
