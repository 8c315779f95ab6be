"""The reader side of web push, on each edition's own host: the service worker (it must be served from
the host whose pages it controls), the public key, and subscribing / unsubscribing.

Subscribing is a JSON POST from our own script on a cached page (which carries no CSRF token): it is
accepted only from a same-origin fetch (``Sec-Fetch-Site``/``Origin``), with a size cap, a rate limit
per address, and an endpoint on a known push service (nashra.push.endpoints). Nothing about the
reader is kept but the browser's subscription and the topics it chose.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from nashra.editions.middleware import get_edition
from nashra.security.ratelimit import limit

from . import endpoints, vapid
from .models import BREAKING, PushSubscription, section_topic

MAX_BODY = 4096
SERVICE_WORKER = Path(__file__).parent / "static" / "push" / "sw.js"
MESSAGES = {
    "shape": lambda: _("طلب الاشتراك غير مكتمل."),
    "endpoint": lambda: _("عنوان خدمة التنبيهات غير صالح."),
    "service": lambda: _("خدمة التنبيهات في هذا المتصفح غير معروفة لنا."),
    "keys": lambda: _("مفاتيح الاشتراك غير صالحة."),
}


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def _same_origin(request) -> bool:
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("Origin")
    return origin is not None and urlsplit(origin).netloc == request.get_host()


def _read(request):
    if get_edition(request) is None:
        return None, _error(_("لا إصدار على هذا العنوان."), 404)
    if not _same_origin(request):
        return None, _error(_("طلب من خارج الموقع."), 403)
    refused = limit(request, "push", rate="10/m")  # NASHRA_RATELIMIT_PUSH overrides
    if refused is not None:
        return None, refused
    if len(request.body) > MAX_BODY:
        return None, _error(_("الطلب أكبر من المسموح."), 413)
    try:
        return json.loads(request.body.decode("utf-8")), None
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, _error(MESSAGES["shape"]())


def _topics(edition, asked) -> list[str]:
    topics = [BREAKING]
    if isinstance(asked, list):
        from nashra.articles.models import SectionPage

        wanted = {int(t) for t in asked if isinstance(t, int) or (isinstance(t, str) and t.isdigit())}
        ids = SectionPage.objects.filter(edition=edition, pk__in=list(wanted)[:50]).values_list("pk", flat=True)
        topics = [section_topic(pk) for pk in sorted(ids)] or topics
    return topics


@csrf_exempt  # a cached page has no token; same-origin, JSON-only and rate-limited instead (see above)
@require_POST
def subscribe(request):
    data, refused = _read(request)
    if refused is not None:
        return refused
    try:
        found = endpoints.parse(data.get("subscription") if isinstance(data, dict) else None,
                                settings.NASHRA_PUSH_SERVICES, settings.NASHRA_PUSH_PLAIN_HTTP_HOSTS)
    except endpoints.BadSubscription as exc:
        return _error(MESSAGES[str(exc)]())
    edition = get_edition(request)
    topics = _topics(edition, data.get("sections"))
    PushSubscription.objects.update_or_create(
        endpoint=found.endpoint,
        defaults={"edition": edition, "p256dh": found.p256dh, "auth": found.auth, "topics": topics})
    return JsonResponse({"ok": True, "message": _("فُعّلت التنبيهات العاجلة على هذا الجهاز.")},
                        status=201, json_dumps_params={"ensure_ascii": False})


@csrf_exempt
@require_POST
def unsubscribe(request):
    data, refused = _read(request)
    if refused is not None:
        return refused
    endpoint = data.get("endpoint") if isinstance(data, dict) else None
    if not isinstance(endpoint, str):
        return _error(MESSAGES["shape"]())
    PushSubscription.objects.filter(endpoint=endpoint, edition=get_edition(request)).delete()
    return JsonResponse({"ok": True, "message": _("أُوقفت التنبيهات على هذا الجهاز.")},
                        json_dumps_params={"ensure_ascii": False})


@require_GET
def public_key(request):
    response = JsonResponse({"key": vapid.application_server_key()})
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def service_worker(request):
    """The worker script from this host's root, so its scope is the whole edition."""
    response = HttpResponse(SERVICE_WORKER.read_bytes(), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "public, max-age=300"  # a new worker reaches readers within minutes
    return response
