"""«النشرات البريدية» in the newsroom: per edition, its lists and issues; compose an issue from
chosen stories or let the digest assemble itself, preview it, send a test to oneself, schedule it
(a time typed in the edition's zone) or send it now.

Editors and admins of an edition (and superusers) only: another edition's list or issue, asked for
by id, is refused (403) as a reporter is.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from nashra.articles import listings
from nashra.editions.services import editions_for

from . import digest, mail, sending
from .forms import ComposeForm, ListForm, ScheduleForm
from .models import Issue, NewsletterList, Subscriber

EDITING_ROLES = ("editor", "admin")
CHOOSER_SIZE = 60


def editable_editions(user):
    return editions_for(user, EDITING_ROLES)


def _edition(request):
    editions = editable_editions(request.user)
    if not editions.exists():
        raise PermissionDenied
    edition_id = request.GET.get("edition", "")
    if edition_id:
        if not edition_id.isdigit():
            raise Http404
        edition = editions.select_related("site").filter(pk=int(edition_id)).first()
        if edition is None:
            raise PermissionDenied
        return editions, edition
    return editions, editions.select_related("site").order_by("slug").first()


def _issue(request, issue_id):
    issue = Issue.objects.select_related("newsletter__edition__site").filter(pk=issue_id).first()
    if issue is None:
        raise Http404
    if not editable_editions(request.user).filter(pk=issue.newsletter.edition_id).exists():
        raise PermissionDenied
    return issue


def _home_url(edition) -> str:
    return f"{reverse('newsletters_admin')}?edition={edition.pk}"


def _story_choices(edition):
    stories = listings.card_articles(with_section=False).filter(edition_id=edition.pk)[:CHOOSER_SIZE]
    return [(a.pk, a.title) for a in stories]


def home(request):
    editions, edition = _edition(request)
    list_form = ListForm(edition=edition)
    compose_form = ComposeForm(choices=_story_choices(edition))
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "add_list":
            list_form = ListForm(request.POST, edition=edition)
            if list_form.is_valid():
                newsletter = list_form.save(commit=False)
                newsletter.edition = edition
                newsletter.save()
                messages.success(request, _("أُنشئت النشرة «%(name)s».") % {"name": newsletter.name})
                return redirect(_home_url(edition))
            status = 400
        elif action == "compose":
            newsletter = NewsletterList.objects.filter(edition=edition, pk=_int(request.POST.get("newsletter"))).first()
            compose_form = ComposeForm(request.POST, choices=_story_choices(edition))
            if newsletter is None:
                messages.error(request, _("اختر نشرة من نشرات هذا الإصدار."))
                status = 400
            elif compose_form.is_valid():
                issue = _compose(request, newsletter, compose_form.cleaned_data)
                if issue is not None:
                    return redirect("newsletters_admin_issue", issue.pk)
                messages.error(request, _("لا أخبار منشورة اليوم تُجمع في العدد؛ اختر الأخبار بنفسك."))
                status = 400
            else:
                status = 400
        else:
            messages.error(request, _("طلب غير مفهوم."))
            return redirect(_home_url(edition))
    lists = NewsletterList.objects.filter(edition=edition).order_by("pk")
    return render(request, "newsletters/admin/home.html", {
        "editions": editions.order_by("slug"), "edition": edition, "lists": lists,
        "subscribers": Subscriber.objects.filter(edition=edition, confirmed_at__isnull=False,
                                                 suppressed_at__isnull=True).count(),
        "issues": Issue.objects.filter(newsletter__edition=edition).select_related("newsletter")[:50],
        "list_form": list_form, "compose_form": compose_form,
    }, status=status)


def _int(value) -> int:
    return int(value) if isinstance(value, str) and value.isdigit() else 0


def _compose(request, newsletter, data):
    if data["auto"]:
        issue = digest.assemble(newsletter, user=request.user)
        if issue is not None and data["subject"].strip():
            issue.subject = data["subject"].strip()
            issue.save(update_fields=["subject"])
        return issue
    chosen = {a.pk: a for a in listings.card_articles(with_section=False).filter(
        edition_id=newsletter.edition_id, pk__in=data["stories"])}
    issue = Issue.objects.create(newsletter=newsletter, subject=data["subject"].strip(), created_by=request.user)
    digest.set_stories(issue, [chosen[pk] for pk in data["stories"] if pk in chosen])
    return issue


def issue_page(request, issue_id: int):
    issue = _issue(request, issue_id)
    edition = issue.newsletter.edition
    schedule_form = ScheduleForm()
    status = 200
    with timezone.override(edition.date_style.tz):
        if request.method == "POST":
            action = request.POST.get("action", "")
            if issue.status not in (Issue.DRAFT, Issue.SCHEDULED):
                messages.error(request, _("هذا العدد أُرسل أو يُرسل الآن؛ لا يُغيَّر."))
                return redirect("newsletters_admin_issue", issue.pk)
            if action == "test":
                if not request.user.email:
                    messages.error(request, _("لا بريد إلكتروني في حسابك؛ أضفه لتصلك نسخة التجربة."))
                else:
                    sending.send_test.enqueue(issue.pk, request.user.email)
                    messages.success(request, _("أُرسلت نسخة تجربة إلى %(email)s.") % {"email": request.user.email})
                return redirect("newsletters_admin_issue", issue.pk)
            if action == "send":
                sending.start(issue)
                messages.success(request, _("بدأ إرسال العدد."))
                return redirect("newsletters_admin_issue", issue.pk)
            if action == "schedule":
                schedule_form = ScheduleForm(request.POST)
                if schedule_form.is_valid() and schedule_form.cleaned_data["send_at"] <= timezone.now():
                    schedule_form.add_error("send_at", _("الموعد مضى؛ اختر وقتًا في المستقبل أو أرسل الآن."))
                if schedule_form.is_valid():
                    Issue.objects.filter(pk=issue.pk).update(status=Issue.SCHEDULED,
                                                             send_at=schedule_form.cleaned_data["send_at"])
                    messages.success(request, _("جُدول العدد."))
                    return redirect("newsletters_admin_issue", issue.pk)
                status = 400
            elif action == "unschedule":
                Issue.objects.filter(pk=issue.pk).update(status=Issue.DRAFT, send_at=None)
                return redirect("newsletters_admin_issue", issue.pk)
            else:
                messages.error(request, _("طلب غير مفهوم."))
                return redirect("newsletters_admin_issue", issue.pk)
        counts = {row: issue.deliveries.filter(status=row).count() for row in ("sent", "bounced", "failed")}
        return render(request, "newsletters/admin/issue.html", {
            "issue": issue, "edition": edition, "stories": issue.ordered_stories(), "schedule_form": schedule_form,
            "counts": counts, "home_url": _home_url(edition), "time_zone": edition.time_zone,
            "waiting": sending.recipients(issue).count(),
        }, status=status)


def preview(request, issue_id: int):
    """The issue's HTML part as readers will get it (links to preferences left out)."""
    issue = _issue(request, issue_id)
    message = mail.test_message(issue, request.user.email or "preview@localhost")
    html = message.alternatives[0][0]
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    # Mail HTML keeps its styles inline (as mail clients need): this answer alone may use them.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
    return response
