"""JSON API v1: thin views over :mod:`nashra.api.serializers`.

Each view picks the edition, validates the query string, fetches and shapes;
nothing else. Every answer is JSON (UTF-8, Arabic unescaped): a bad request
raises :class:`ApiError`, which :func:`api_view` turns into
``{"error": <Arabic message>, "code": …}`` with the right status, so clients
never see an HTML error page from ``/api/``.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC
from functools import wraps

from django.db import DatabaseError
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from nashra.arabic.digits import to_latin_digits
from nashra.articles.listings import PAGE_SIZE, Cursor, keyset_page
from nashra.editions.middleware import get_edition
from nashra.security.ratelimit import ratelimit

from . import serializers

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = PAGE_SIZE
MAX_LIMIT = 100
MAX_ID = 2**63 - 1  # BigAutoField
SAFE_METHODS = ("GET", "HEAD")
CACHE_CONTROL = "public, max-age=60"

_LIMIT = re.compile(r"[0-9]{1,3}")
_ID = re.compile(r"[0-9]{1,19}")


class ApiError(Exception):
    def __init__(self, code: str, status: int):
        super().__init__(code)
        self.code = code
        self.status = status


def json_response(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(
        data,
        status=status,
        content_type="application/json; charset=utf-8",
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )
    response["Cache-Control"] = CACHE_CONTROL if status == 200 else "no-store"
    return response


def error_response(code: str, status: int) -> JsonResponse:
    response = json_response(serializers.error_payload(code), status=status)
    if status == 405:
        response["Allow"] = ", ".join(SAFE_METHODS)
    return response


def api_view(view):
    """GET/HEAD only; the view returns a dict or raises :class:`ApiError`.

    CSRF-exempt because nothing here changes state, so that a POST is told
    «405, GET only» in JSON rather than Django's HTML 403 page.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            return error_response("method_not_allowed", 405)
        try:
            return json_response(view(request, *args, **kwargs))
        except ApiError as exc:
            return error_response(exc.code, exc.status)
        except DatabaseError:
            logger.exception("API %s: database error", request.path)
            return error_response("unavailable", 503)
        except Exception:
            logger.exception("API %s: unexpected error", request.path)
            return error_response("server_error", 500)

    return wrapper


# --- Query-string parsing ---------------------------------------------------------


def require_edition(request):
    edition = get_edition(request)
    if edition is None:
        raise ApiError("unknown_edition" if request.GET.get("edition") else "no_edition", 404)
    return edition


def parse_limit(value: str | None) -> int:
    """1–100, default 20; Arabic-Indic digits accepted like everywhere readers type numbers."""
    if value is None or value == "":
        return DEFAULT_LIMIT
    value = to_latin_digits(value)
    if not _LIMIT.fullmatch(value) or not 1 <= int(value) <= MAX_LIMIT:
        raise ApiError("bad_limit", 400)
    return int(value)


def parse_cursor(value: str | None) -> Cursor | None:
    """A ``next`` link's cursor; anything else is a 400 (never «start again»)."""
    if not value:
        return None
    try:
        cursor = Cursor.decode(value)
    except (ValueError, OverflowError):  # well-formed but impossible dates
        cursor = None
    if cursor is None or not 0 < cursor.article_id <= MAX_ID:
        raise ApiError("bad_cursor", 400)
    if timezone.is_naive(cursor.published_at):
        cursor = Cursor(cursor.published_at.replace(tzinfo=UTC), cursor.article_id)
    return cursor


def parse_id(value: str) -> int:
    if not _ID.fullmatch(value) or not 0 < int(value) <= MAX_ID:
        raise ApiError("article_not_found", 404)
    return int(value)


def next_page_url(request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    params = request.GET.copy()
    params["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


# --- Endpoints ----------------------------------------------------------------------


@ratelimit("api", rate="120/m")
@api_view
def article_list(request):
    edition = require_edition(request)
    section = None
    if slug := request.GET.get("section"):
        section = serializers.edition_section(edition, slug)
        if section is None:
            raise ApiError("unknown_section", 404)
    limit = parse_limit(request.GET.get("limit"))
    cursor = parse_cursor(request.GET.get("cursor"))
    page = keyset_page(serializers.edition_articles(edition, section), cursor, size=limit)
    return serializers.article_page(page, request, next_page_url(request, page.next_cursor))


@ratelimit("api", rate="120/m")
@api_view
def article_detail(request, article_id: str):
    edition = require_edition(request)
    article = serializers.edition_article(edition, parse_id(article_id))
    if article is None:
        raise ApiError("article_not_found", 404)
    return serializers.article_detail(article, request)


@ratelimit("api", rate="120/m")
@api_view
def section_list(request):
    edition = require_edition(request)
    return serializers.section_list(serializers.edition_sections(edition), request)


@csrf_exempt
def endpoint_not_found(request, *args, **kwargs):
    """Anything else under ``/api/v1/``: a JSON 404, not the reader site's HTML page."""
    return error_response("not_found", 404)
