"""``/api/v1/prayer-times/?city=SLUG&date=YYYY-MM-DD`` (BRIEF §4.4).

Built from :mod:`nashra.api.views`' pieces (JSON response, 405 for writes,
``ApiError`` for the edition): prayer-specific errors carry their own Arabic
message, so they are answered here as ``{"error", "code"}`` with 400/404.
"""

from __future__ import annotations

import logging

from django.views.decorators.csrf import csrf_exempt

from nashra.api.views import SAFE_METHODS, ApiError, error_response, json_response
from nashra.arabic import hijri
from nashra.editions.middleware import get_edition
from nashra.security.ratelimit import ratelimit

from . import services
from .services import PrayerError

logger = logging.getLogger(__name__)


def _payload(request) -> dict:
    edition = get_edition(request)
    if edition is None and request.GET.get("edition"):
        raise ApiError("unknown_edition", 404)
    config = services.config_for(edition)
    place = services.get_city(request.GET.get("city") or config.city_slug)
    day = services.parse_day(request.GET.get("date"), services.local_today(place))
    times = services.day_times(place, day, config)
    try:
        hijri_text = hijri.format_hijri(hijri.to_hijri(day, edition.hijri_overrides if edition else None))
    except ValueError:
        hijri_text = None
    return {
        "city": {"slug": place.slug, "name": place.name_ar, "country": place.country, "time_zone": place.tz},
        "date": day.isoformat(),
        "method": {"slug": times.method.slug, "name": times.method.name_ar},
        "asr_school": times.asr_school,
        "hijri": hijri_text,
        **times.as_hhmm(),
    }


@csrf_exempt
@ratelimit("api", rate="120/m")
def prayer_times_api(request):
    if request.method not in SAFE_METHODS:
        return error_response("method_not_allowed", 405)
    try:
        return json_response(_payload(request))
    except PrayerError as exc:
        return json_response({"error": exc.message, "code": exc.code}, status=exc.status)
    except ApiError as exc:
        return error_response(exc.code, exc.status)
    except Exception:
        logger.exception("API %s: unexpected error", request.path)
        return error_response("server_error", 500)
