import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _


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


# Seconds a reader's browser (and a CDN) is told to wait when the database cannot be reached.
RETRY_AFTER_SECONDS = 30


def database_unavailable(exc: BaseException | None) -> bool:
    """Is ``exc`` (or what caused it) the database being out of reach, rather than a bug?"""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        if isinstance(exc, DatabaseError) and "connection" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def server_error(request):
    """Static Arabic page: rendered without context processors, so it works with the database down.

    Django calls this inside the ``except`` that caught the error: when the database is out of reach
    the answer is 503 with ``Retry-After`` (a temporary state, as ``/healthz`` and the API say), not 500.
    """
    if database_unavailable(sys.exc_info()[1]):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


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
