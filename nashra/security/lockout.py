"""Newsroom login lockout (django-axes): how long it lasts, the answer, the owner's warning.

Locks are per (account, address) and per address, never per account alone, so a stranger
cannot lock an editor out. The wait grows instead: each failure from an address while it is
locked doubles the next wait (counted from axes' failure log over the last day).
"""

from __future__ import annotations

import logging
import math
from datetime import timedelta

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, ngettext

logger = logging.getLogger(__name__)
HISTORY = timedelta(days=1)


def cool_off(request=None) -> timedelta:
    """The current wait for ``request``'s address: the first wait doubled per failure while locked."""
    first = settings.NASHRA_LOCKOUT_FIRST
    longest = settings.NASHRA_LOCKOUT_LONGEST
    address = getattr(request, "axes_ip_address", None)
    if not address:
        return first
    from axes.models import AccessFailureLog

    repeated = AccessFailureLog.objects.filter(
        ip_address=address, locked_out=True, attempt_time__gte=timezone.now() - HISTORY).count()
    # The lock itself is logged as locked too: the first one does not double.
    doublings = min(max(repeated - 1, 0), 32)
    return min(first * (2 ** doublings), longest)


@receiver(user_locked_out)
def warn_the_account_owner(sender, request=None, username=None, ip_address=None, **kwargs):
    """One e-mail per account and address per day: someone is guessing your password."""
    user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username or ""}).first()
    if user is None or not user.email or not user.is_active:
        return
    if not cache.add(f"security:lockout-mail:{user.pk}:{ip_address}", 1, int(HISTORY.total_seconds())):
        return
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    body = gettext(
        "مرحبًا %(name)s،\n\nأُدخلت كلمة سر خاطئة لحسابك في غرفة الأخبار عدة مرات من العنوان %(address)s، "
        "فأوقفنا المحاولات من هذا العنوان مؤقتًا. حسابك نفسه لم يُوقف: يمكنك الدخول كالمعتاد من جهازك.\n\n"
        "إن لم تكن أنت، فغيّر كلمة السر وفعّل التحقق بخطوتين: %(url)s\n"
    ) % {"name": user.get_full_name() or user.get_username(), "address": ip_address or "?",
         "url": f"{base}/{settings.NASHRA_ADMIN_PATH}/account/"}
    try:
        send_mail(gettext("محاولات دخول فاشلة إلى حسابك في نشرة"), body, None, [user.email])
    except OSError:  # a mail server down must not turn a refused login into a 500
        logger.warning("could not send the lockout warning to %s", user.email)


def lockout_message(minutes: int) -> str:
    return ngettext(
        "تجاوزت عدد محاولات الدخول المسموح بها؛ أُوقفت محاولات الدخول من هذا العنوان مؤقتًا. "
        "حاول مجددًا بعد دقيقة واحدة، أو اطلب من المسؤول رفع الإيقاف.",
        "تجاوزت عدد محاولات الدخول المسموح بها؛ أُوقفت محاولات الدخول من هذا العنوان مؤقتًا. "
        "حاول مجددًا بعد %(minutes)s دقيقة، أو اطلب من المسؤول رفع الإيقاف.",
        minutes,
    ) % {"minutes": minutes}


def lockout_minutes(request=None) -> int:
    return max(1, math.ceil(cool_off(request).total_seconds() / 60))


def lockout_response(request, original_response=None, credentials=None, *args, **kwargs) -> HttpResponse:
    """429 with an Arabic page (or JSON for API clients) and ``Retry-After``."""
    minutes = lockout_minutes(request)
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
