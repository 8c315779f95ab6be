"""Reader endpoints. The sign-up, confirmation, preferences and unsubscribe answers carry
per-visitor data and are never cached; the archive of sent issues is a cached reader page.

The sign-up box sits on cached pages without a token: newsletters.js fetches ``form-token/`` (a CSRF
token, never cached) when the reader starts typing, the way the comment form does; without
JavaScript the box links to the uncached sign-up page.
"""

from __future__ import annotations

import json

from django.core import signing
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from nashra.editions.middleware import get_edition
from nashra.security.client import client_address

from . import links, mail, sending, subscribers
from .forms import SignupForm
from .models import Issue, NewsletterList, Subscriber


def _edition(request):
    edition = get_edition(request)
    if edition is None:
        raise Http404
    return edition


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _message(request, message, status=200, failed=False, title=None):
    if _wants_json(request):
        return JsonResponse({"ok": not failed, "message": str(message)}, status=status)
    return render(request, "newsletters/message.html", {
        "message": message, "failed": failed, "title": title or _("النشرات البريدية")}, status=status)


@never_cache
def form_token(request):
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    return JsonResponse({"csrf": get_token(request)})


@never_cache
def signup(request):
    edition = _edition(request)
    if request.method == "GET":
        form = SignupForm(initial={"email": request.GET.get("email", "")[:254]})
        return render(request, "newsletters/signup.html", {"form": form, "lists": subscribers.offered_lists(edition)})
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    wait = subscribers.rate_wait("address", client_address(request))
    if wait:
        return _too_many(request, wait)
    form = SignupForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            errors = [str(m) for problems in form.errors.values() for m in problems]
            return JsonResponse({"ok": False, "message": " ".join(errors)}, status=400)
        return render(request, "newsletters/signup.html", {
            "form": form, "lists": subscribers.offered_lists(edition)}, status=400)
    if (form.cleaned_data.get("website") or "").strip():  # a bot: answered like anyone, nothing sent
        return _message(request, _sent_message())
    email = form.cleaned_data["email"].casefold()
    wait = subscribers.rate_wait("email", email)
    if wait:
        return _too_many(request, wait)
    if not subscribers.offered_lists(edition).exists():
        return _message(request, _("لا نشرات بريدية لهذا الإصدار بعد."), status=404, failed=True)
    subscriber = subscribers.sign_up(edition, email)
    if subscriber is not None:
        sending.send_confirmation.enqueue(subscriber.pk)
    return _message(request, _sent_message())


def _sent_message() -> str:
    return _("أرسلنا إليك رسالة تأكيد. افتحها واضغط رابط التأكيد لتبدأ النشرات بالوصول إليك.")


def _too_many(request, wait: int):
    response = _message(request, _("محاولات اشتراك كثيرة في وقت قصير. يُرجى المحاولة لاحقًا."), status=429, failed=True)
    response["Retry-After"] = str(wait)
    return response


@never_cache
def confirm(request, token: str):
    """A GET only asks (mail scanners open links, and must not sign anyone up); the reader's POST confirms."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        content = links.read_confirm_token(token)
    except signing.SignatureExpired:
        return _message(request, _("انتهت صلاحية رابط التأكيد. اشترك مجددًا لتصلك رسالة تأكيد جديدة."),
                        status=400, failed=True, title=_("انتهت صلاحية الرابط"))
    except signing.BadSignature:
        return _message(request, _("رابط التأكيد غير صالح. انسخه كاملًا من الرسالة أو اشترك مجددًا."),
                        status=400, failed=True, title=_("رابط غير صالح"))
    found = Subscriber.objects.filter(pk=content.get("s"), email=content.get("e")).first()
    if found is None or found.edition_id != _edition(request).pk:
        return _message(request, _("هذا الاشتراك لم يعد موجودًا. اشترك مجددًا إن أردت."), status=404, failed=True)
    if request.method == "GET" and not found.confirmed:
        return render(request, "newsletters/confirm.html", {"subscriber": found})
    subscriber = subscribers.confirm(found.pk, found.email)
    return render(request, "newsletters/confirmed.html", {
        "subscriber": subscriber, "preferences_url": links.preferences_url(subscriber)})


def _subscriber(request, token: str) -> Subscriber:
    subscriber = Subscriber.objects.select_related("edition").filter(token=token).first()
    if subscriber is None or subscriber.edition_id != _edition(request).pk:
        raise Http404
    return subscriber


def _unknown_link(request):
    return _message(request, _("هذا الرابط غير صالح أو أن الاشتراك حُذف."), status=404, failed=True,
                    title=_("رابط غير صالح"))


# RFC 8058: the mail client posts «List-Unsubscribe=One-Click» with no token; the link's secret is the proof.
@csrf_exempt
@never_cache
def unsubscribe(request, token: str, list_id: int):
    try:
        subscriber = _subscriber(request, token)
    except Http404:
        return _unknown_link(request)
    newsletter = NewsletterList.objects.filter(pk=list_id, edition_id=subscriber.edition_id).first()
    if newsletter is None:
        return _unknown_link(request)
    if request.method == "POST":
        subscribers.unsubscribe(subscriber, newsletter.pk)
        return render(request, "newsletters/unsubscribed.html", {
            "newsletter": newsletter, "preferences_url": links.preferences_url(subscriber)})
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    # A GET only asks: link checkers in mail servers open links, and must not unsubscribe anyone.
    return render(request, "newsletters/unsubscribe.html", {
        "newsletter": newsletter, "preferences_url": links.preferences_url(subscriber)})


@never_cache
def preferences(request, token: str):
    try:
        subscriber = _subscriber(request, token)
    except Http404:
        return _unknown_link(request)
    lists = NewsletterList.objects.filter(edition_id=subscriber.edition_id).order_by("pk")
    saved = False
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "delete":
            subscribers.delete(subscriber)
            return _message(request, _("حُذف اشتراكك وكل بياناتك لدينا. لن تصلك منا رسائل بعد الآن."))
        ids = [int(v) for v in request.POST.getlist("lists") if v.isdigit()]
        subscribers.choose(subscriber, ids)
        saved = True
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    chosen = set(subscriber.subscriptions.values_list("newsletter_id", flat=True))
    return render(request, "newsletters/preferences.html", {
        "subscriber": subscriber, "lists": lists, "chosen": chosen, "saved": saved})


@never_cache
def export(request, token: str):
    try:
        subscriber = _subscriber(request, token)
    except Http404:
        return _unknown_link(request)
    body = json.dumps(subscribers.export(subscriber), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="newsletters.json"'
    return response


def archive(request):
    edition = _edition(request)
    issues = (Issue.objects.filter(newsletter__edition=edition, status=Issue.SENT)
              .select_related("newsletter").order_by("-sent_at", "-pk")[:100])
    return render(request, "newsletters/archive.html", {"issues": issues})


def issue_page(request, issue_id: int):
    edition = _edition(request)
    issue = Issue.objects.select_related("newsletter__edition__site").filter(
        pk=issue_id, newsletter__edition=edition, status=Issue.SENT).first()
    if issue is None:
        raise Http404
    return render(request, "newsletters/issue.html", {
        "issue": issue, "stories": mail.story_rows(issue, edition)})
