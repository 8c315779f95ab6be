"""Reader endpoints. None of these responses may be cached: they carry per-visitor data.

The article page itself (cached) carries no token: comments.js fetches
``form-token/`` for a CSRF token and a fresh security-code challenge.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from nashra.arabic.digits import to_digits
from nashra.articles.models import ArticlePage
from nashra.editions.middleware import get_edition
from nashra.security.client import client_address

from . import captcha, services
from .forms import CommentForm
from .models import Comment, CommentSettings


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "") or request.headers.get("X-Requested-With") == (
        "fetch"
    )


def _in_edition_digits(request, text: str) -> str:
    edition = get_edition(request)
    return to_digits(text, edition.digits) if edition is not None else text


def _too_many(request, wait: int):
    message = _in_edition_digits(request, services.rate_message(max(1, wait // 60)))
    if _wants_json(request):
        resp = JsonResponse({"ok": False, "message": message}, status=429)
    else:
        resp = render(request, "comments/message.html", {"message": message, "failed": True}, status=429)
    resp["Retry-After"] = str(wait)
    return resp


def _article(request, article_id: int) -> ArticlePage:
    edition = get_edition(request)
    article = ArticlePage.objects.live().filter(pk=article_id).select_related("edition").first()
    if article is None or edition is None or article.edition_id != edition.pk:
        raise Http404
    return article


def _challenge(form=None) -> dict:
    """A new security code; or, when the reader's answer was right but another field failed, the same
    code with their answer filled in (``captcha_kept``), so they are not told a right code was wrong."""
    if form is not None and form.kept_challenge:
        cid, data, answer = form.kept_challenge
        return {"captcha_id": cid, "question": captcha.question(data), "captcha_kept": True,
                "captcha_answer": answer, "captcha_image_url": reverse("comments:captcha", args=[cid])}
    ch = captcha.new_challenge()
    return {"captcha_id": ch["id"], "question": ch["question"],
            "captcha_image_url": reverse("comments:captcha", args=[ch["id"]])}


@never_cache
def form_token(request):
    """Per-visitor bits for the cached article page: CSRF token and a fresh challenge."""
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    wait = services.check_and_hit("token", client_address(request))
    if wait:
        return _too_many(request, wait)
    return JsonResponse({"csrf": get_token(request), **_challenge()})


@never_cache
def captcha_image(request, cid: str):
    data = captcha.get_challenge(cid)
    if data is None:
        raise Http404
    return HttpResponse(captcha.render_png(data), content_type="image/png")


@never_cache
def new_comment(request, article_id: int):
    article = _article(request, article_id)
    state = services.comment_mode(article, article.edition)
    max_length = state.settings.max_length
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET" or not state.open:
        if not state.open and request.method == "POST" and _wants_json(request):
            return JsonResponse({"ok": False, "message": str(services.MSG_CLOSED)}, status=403)
        form = CommentForm(max_length=max_length, digits=_digits_of(article))
        status = 403 if (request.method == "POST" and not state.open) else 200
        return _form_page(request, article, form, state, status=status)

    ip = client_address(request)
    wait = services.rate_limited("address", ip)
    if wait:
        return _too_many(request, wait)
    form = CommentForm(request.POST, max_length=max_length, digits=_digits_of(article))
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse({"ok": False, "message": gettext("يُرجى تصحيح الأخطاء المشار إليها."),
                                 "errors": _errors(form), **_challenge(form)}, status=400)
        return _form_page(request, article, form, state, status=400)
    email = form.cleaned_data["email"].casefold()
    wait = services.check_and_hit("address", ip) or services.check_and_hit("email", email)
    if wait:
        return _too_many(request, wait)
    outcome = services.submit_comment(
        article, name=form.cleaned_data["name"], email=email, title=form.cleaned_data["title"],
        text=form.cleaned_data["text"], ip=ip, user_agent=request.headers.get("User-Agent", ""),
    )
    if outcome.comment is None:  # closed meanwhile
        return JsonResponse({"ok": False, "message": outcome.message}, status=403) if _wants_json(request) else (
            _form_page(request, article, form, state, status=403))
    if _wants_json(request):
        payload = {"ok": True, "message": outcome.message, "published": outcome.published}
        if outcome.published:
            c = outcome.comment
            payload["comment"] = {"id": c.pk, "name": c.name, "title": c.title, "text": c.text}
        return JsonResponse(payload, status=201)
    return render(request, "comments/message.html", {
        "message": outcome.message, "article": article, "failed": False,
    })


def _errors(form) -> dict:
    return {field: [str(e) for e in errs] for field, errs in form.errors.items()}


def _digits_of(article) -> str:
    return getattr(article.edition, "digits", None) or "latin"


def _form_page(request, article, form, state, status=200):
    return render(request, "comments/new.html", {
        "article": article, "form": form, "comments_open": state.open, "max_length": state.settings.max_length,
        "form_settings": state.settings,
        "challenge": _challenge(form if form.is_bound else None) if state.open else None,
    }, status=status)


@never_cache
def report_comment(request, comment_id: int):
    edition = get_edition(request)
    comment = get_object_or_404(
        Comment.objects.select_related("article"), pk=comment_id, status=Comment.APPROVED,
        edition_id=getattr(edition, "pk", None),
    )
    if request.method == "GET":
        return render(request, "comments/report.html", {"comment": comment})
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    ip = client_address(request)
    wait = services.check_and_hit("report", ip)
    if wait:
        return _too_many(request, wait)
    services.report(comment, ip=ip, reason=request.POST.get("reason", "")[:300])
    message = gettext("شكرًا لك، وصل بلاغك إلى فريق الإشراف.")
    if _wants_json(request):
        return JsonResponse({"ok": True, "message": message})
    return render(request, "comments/message.html", {"message": message, "article": comment.article})


def _text_page(request, field: str, heading: str):
    edition = get_edition(request)
    if edition is None:
        raise Http404
    cs = CommentSettings.for_edition(edition)
    return render(request, "comments/text_page.html", {"heading": heading, "text": getattr(cs, field)})


def rules(request):
    return _text_page(request, "rules_text", gettext("شروط النشر"))


def terms(request):
    return _text_page(request, "terms_text", gettext("شروط الاستخدام"))


