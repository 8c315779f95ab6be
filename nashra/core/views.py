import sys

from django.db import connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _

from . import outages


def healthz(request):
    """200 when the app can serve: the database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # any database failure means «cannot serve»
        return JsonResponse({"status": "error", "database": str(exc.__class__.__name__)}, status=503)
    return JsonResponse({"status": "ok"})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def _wants_json(request) -> bool:
    accept = request.headers.get("Accept", "")
    return request.path.startswith("/api/") or ("application/json" in accept and "text/html" not in accept)


def _refusal(request, status: int, heading: str, message: str):
    """An Arabic answer for a refused request: JSON for API clients, an RTL page for readers."""
    if _wants_json(request):
        response = JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})
    else:
        response = render(request, "error_notice.html", {"heading": heading, "message": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    return _refusal(request, 400, _("طلب غير صالح"),
                    _("تعذّر فهم هذا الطلب. تحقّق من الرابط أو من البيانات المرسلة ثم أعد المحاولة."))


def permission_denied(request, exception=None):
    return _refusal(request, 403, _("غير مسموح"), _("ليست لديك صلاحية الوصول إلى هذه الصفحة."))


def csrf_failure(request, reason=""):
    """Django's CSRF failure page is English HTML; a reader (or an API client) gets Arabic instead."""
    return _refusal(request, 403, _("انتهت صلاحية النموذج"),
                    _("لم نتمكن من التحقق من مصدر هذا النموذج. حدّث الصفحة ثم أرسله من جديد."))


# Seconds a reader's browser (and a CDN) is told to wait when a backing service cannot be reached.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Static Arabic page: rendered without context processors, so it works with the database down.

    Django calls this inside the ``except`` that caught the error. When the database or the media store
    is out of reach (``nashra.core.outages``) the answer is 503 with ``Retry-After``, a temporary state
    as ``/healthz`` and the API say, and says what to do: send it again in a moment. A request that
    asked for JSON (the comment form's script, the API) gets the same message as JSON.
    """
    service = outages.unavailable(sys.exc_info()[1])
    if service is None:
        if _wants_json(request):
            message = _("حدث خطأ غير متوقع في الخادم.")
            return JsonResponse({"ok": False, "error": message, "message": message}, status=500,
                                json_dumps_params={"ensure_ascii": False})
        return HttpResponseServerError(loader.get_template("500.html").render())
    if service == outages.STORAGE:
        heading = _("تعذّر حفظ الملف الآن")
        message = _("خدمة تخزين الملفات لا تستجيب أو امتلأت. لم يُقبل هذا الطلب؛ أعد إرساله بعد قليل.")
    else:
        heading = _("الموقع مشغول للحظات")
        message = _("لم نتمكن من تحميل هذه الصفحة الآن. يُرجى إعادة المحاولة بعد نصف دقيقة.")
    if _wants_json(request) or request.headers.get("X-Requested-With") == "fetch":
        response = JsonResponse({"ok": False, "error": message, "message": message}, status=503,
                                json_dumps_params={"ensure_ascii": False})
    else:
        response = HttpResponse(loader.get_template("503.html").render({"heading": heading, "message": message}),
                                status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def favicon(request):
    return HttpResponse(status=204)


def _javascript_catalog():
    from django.views.decorators.cache import cache_control
    from django.views.i18n import JavaScriptCatalog

    # nashra.core has no locale folder of its own, so the catalogue holds Nashra's djangojs.po (from
    # LOCALE_PATHS) and nothing of Django's admin strings. Public for an hour: the same bytes for
    # every reader of every edition, and a deploy changes them at most.
    return cache_control(public=True, max_age=3600)(JavaScriptCatalog.as_view(packages=["nashra.core"]))


javascript_catalog = _javascript_catalog()
