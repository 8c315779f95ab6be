"""The answer to a locked-out newsroom login (django-axes ``AXES_LOCKOUT_CALLABLE``)."""

from __future__ import annotations

import math

from django.conf import settings
from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext, ngettext


def lockout_message(minutes: int) -> str:
    return ngettext(
        "تجاوزت عدد محاولات الدخول المسموح بها؛ أُوقف الدخول إلى هذا الحساب أو من هذا العنوان مؤقتًا. "
        "حاول مجددًا بعد %(minutes)s دقيقة، أو اطلب من المسؤول رفع الإيقاف.",
        "تجاوزت عدد محاولات الدخول المسموح بها؛ أُوقف الدخول إلى هذا الحساب أو من هذا العنوان مؤقتًا. "
        "حاول مجددًا بعد %(minutes)s دقيقة، أو اطلب من المسؤول رفع الإيقاف.",
        minutes,
    ) % {"minutes": minutes}


def lockout_minutes() -> int:
    cool_off = getattr(settings, "AXES_COOLOFF_TIME", None)
    seconds = cool_off.total_seconds() if hasattr(cool_off, "total_seconds") else float(cool_off or 0) * 3600
    return max(1, math.ceil(seconds / 60))


def lockout_response(request, original_response=None, credentials=None, *args, **kwargs) -> HttpResponse:
    """429 with an Arabic page (or JSON for API clients) and ``Retry-After``."""
    minutes = lockout_minutes()
    message = lockout_message(minutes)
    if "application/json" in request.headers.get("Accept", ""):
        from django.http import JsonResponse

        response = JsonResponse({"error": message, "code": "locked_out"}, status=429,
                                json_dumps_params={"ensure_ascii": False})
    else:
        title = escape(gettext("أُوقف الدخول مؤقتًا"))
        body = (
            '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>{escape(message)}</p></main></body></html>"
        )
        response = HttpResponse(body, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response
