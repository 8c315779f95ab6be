"""«تنبيه عاجل» in the newsroom: send a breaking-news alert to the edition's subscribers, and see the
alerts sent with what became of them. Editors and admins of the edition only."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from nashra.articles.models import ArticlePage, SectionPage
from nashra.editions.services import editions_for

from . import sending
from .forms import AlertForm
from .models import PushAlert, PushSubscription

SENDING_ROLES = ("editor", "admin")


def sending_editions(user):
    return editions_for(user, SENDING_ROLES)


def _edition(request, editions):
    wanted = request.GET.get("edition", "")
    if wanted and not wanted.isdigit():
        raise Http404
    edition = (editions.filter(pk=int(wanted)) if wanted else editions.order_by("slug")).select_related("site").first()
    if edition is None:
        raise PermissionDenied
    return edition


def _form(edition, data=None):
    articles = list(ArticlePage.objects.live().filter(edition=edition).order_by("-published_at")[:30])
    sections = SectionPage.objects.filter(edition=edition).order_by("nav_order", "path")
    return AlertForm(data, articles=articles, sections=sections, host=edition.site.hostname)


def alerts_page(request):
    editions = sending_editions(request.user)
    if not editions.exists():
        raise PermissionDenied
    edition = _edition(request, editions)
    form = _form(edition, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        article = data["article_page"]
        section = SectionPage.objects.filter(pk=data["section"], edition=edition).first() if data["section"] else None
        alert = PushAlert.objects.create(
            edition=edition, section=section, title=data["title"], body=data["body"],
            url=data["url"] or article.get_url_parts()[2], created_by=request.user,
            image_url=_image_url(article))
        sending.send(alert)
        messages.success(request, _("أُرسل التنبيه «%(title)s» إلى طابور الإرسال.") % {"title": alert.title})
        return redirect(f"{reverse('push_alerts')}?{urlencode({'edition': edition.pk})}")
    return render(request, "push/admin/alerts.html", {
        "editions": editions.order_by("slug"), "edition": edition, "form": form,
        "alerts": PushAlert.objects.filter(edition=edition).select_related("section", "created_by")[:30],
        "subscribers": PushSubscription.objects.filter(edition=edition).count(),
    }, status=400 if request.method == "POST" else 200)


def _image_url(article) -> str:
    if article is None or article.lead_image is None:
        return ""
    return article.lead_image.get_rendition("fill-720x360|format-jpeg").url
