"""«اختيارات المحررين» in the newsroom: one screen per page (an edition's home page or one of its
sections) listing its picks, with forms to add one, re-time, reorder or remove them.

Only the editors and admins of an edition (and superusers) reach its picks: another edition's, asked
for by id, is refused (403) like a reporter is. Times are read and shown in the edition's zone.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from nashra.articles.models import SectionPage
from nashra.editions.newsroom_time import zone_hint

from . import services
from .forms import AddPickForm, ExpiryForm
from .models import Pick


def _chosen(request, editions):
    """(edition, section or None) the request's URL names (forms post back to it), within ``editions``."""
    params = request.GET
    edition_id = params.get("edition", "")
    if edition_id:
        if not edition_id.isdigit():
            raise Http404
        edition = editions.select_related("site").filter(pk=int(edition_id)).first()
        if edition is None:
            raise PermissionDenied  # another edition's picks, or none
    else:
        edition = editions.select_related("site").order_by("slug").first()
    section_id = params.get("section", "")
    section = None
    if section_id:
        if not section_id.isdigit():
            raise Http404
        section = SectionPage.objects.filter(pk=int(section_id), edition=edition).first()
        if section is None:
            raise Http404
    return edition, section


def _page_url(edition, section) -> str:
    query = {"edition": edition.pk, **({"section": section.pk} if section else {})}
    return f"{reverse('picks_admin')}?{urlencode(query)}"


def _errors(exc: ValidationError) -> list[str]:
    return [str(message) for message in exc.messages]


def picks_page(request):
    editions = services.editable_editions(request.user)
    if not editions.exists():
        raise PermissionDenied
    edition, section = _chosen(request, editions)
    with timezone.override(edition.date_style.tz):
        if request.method == "POST":
            return _post(request, edition, section)
        return _show(request, editions, edition, section, AddPickForm(edition=edition, section=section))


def _show(request, editions, edition, section, form, status=200):
    now = timezone.now()
    rows = []
    for pick in services.page_of(edition, section):
        article = pick.article
        if pick.is_expired(now):
            state = _("انتهى")
        elif not article.live:
            state = _("لا يظهر: الخبر غير منشور")
        elif article.edition_id != edition.pk or (section is not None and article.section_id != section.pk):
            state = _("لا يظهر: الخبر نُقل من هذه الصفحة")
        else:
            state = _("يظهر")
        rows.append({"pick": pick, "state": state, "expiry_form": ExpiryForm(
            initial={"expires_at": pick.expires_at}, prefix=f"p{pick.pk}")})
    return render(request, "picks/admin/picks.html", {
        "editions": editions.order_by("slug"), "edition": edition, "section": section,
        "sections": SectionPage.objects.filter(edition=edition).order_by("nav_order", "path"),
        "rows": rows, "form": form, "page_url": _page_url(edition, section),
        "zone_hint": zone_hint(zone=edition.time_zone),
    }, status=status)


def _post(request, edition, section):
    action = request.POST.get("action", "")
    if action == "add":
        form = AddPickForm(request.POST, edition=edition, section=section)
        if form.is_valid():
            pick = Pick(edition=edition, section=section, article=form.cleaned_data["article"],
                        slot=form.cleaned_data["slot"], expires_at=form.cleaned_data["expires_at"],
                        created_by=request.user)
            try:
                services.add_pick(pick)
            except ValidationError as exc:
                for field, problems in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, problems)
            except IntegrityError:  # another editor picked at the same moment
                form.add_error(None, _("تغيّرت اختيارات هذه الصفحة للتو؛ راجعها وأعد المحاولة."))
            else:
                messages.success(request, _("اختير «%(title)s» للصفحة.") % {"title": pick.article.title})
                return redirect(_page_url(edition, section))
        editions = services.editable_editions(request.user)
        return _show(request, editions, edition, section, form, status=400)
    pick_id = request.POST.get("pick", "")
    pick = None
    if pick_id.isdigit():
        pick = services.page_of(edition, section).filter(pk=int(pick_id)).first()
    if pick is None:
        messages.error(request, _("هذا الاختيار لم يعد موجودًا في هذه الصفحة."))
        return redirect(_page_url(edition, section))
    if action == "remove":
        services.remove_pick(pick)
        messages.success(request, _("أُزيل «%(title)s» من اختيارات الصفحة.") % {"title": pick.article.title})
    elif action in ("up", "down"):
        services.move_pick(pick, -1 if action == "up" else 1)
    elif action == "expiry":
        form = ExpiryForm(request.POST, prefix=f"p{pick.pk}")
        if not form.is_valid():
            messages.error(request, " ".join(m for problems in form.errors.values() for m in problems))
        else:
            try:
                services.set_expiry(pick, form.cleaned_data["expires_at"])
            except ValidationError as exc:
                messages.error(request, " ".join(_errors(exc)))
            else:
                messages.success(request, _("حُفظ وقت انتهاء «%(title)s».") % {"title": pick.article.title})
    else:
        messages.error(request, _("طلب غير مفهوم."))
    return redirect(_page_url(edition, section))
