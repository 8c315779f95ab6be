"""``/api/v1/search/?q=``: the search page's results as JSON (BRIEF §4.4).

Each result is the ``articles/`` summary (``id``, ``external_id``, ``title``,
``url``, ``published_at`` …) plus ``snippet``, HTML with the reader's words in
``<mark>`` and everything else escaped. A query with nothing searchable is not
an error: the answer has no results and an Arabic ``message`` saying why.
Bad filter values get a 400 with an Arabic ``error`` and a stable ``code``.
"""

from __future__ import annotations

from django.views.decorators.csrf import csrf_exempt

from nashra.api import serializers
from nashra.api.views import SAFE_METHODS, api_view, json_response, parse_limit, require_edition
from nashra.security.ratelimit import ratelimit

from .did_you_mean import suggested_query
from .params import BadParam, SearchParams
from .services import search
from .views import MESSAGES


@csrf_exempt
@ratelimit("api", rate="120/m")
def search_api(request):
    # Parameter errors carry search-specific codes, which ``api_view``'s table does not
    # know, so they are answered here before the shared wrapper runs.
    if request.method in SAFE_METHODS:
        try:
            from nashra.editions.middleware import get_edition

            SearchParams.parse(request.GET, get_edition(request))
        except BadParam as exc:
            response = json_response({"error": exc.message, "code": exc.code}, status=400)
            return response
    return _search_api(request)


@api_view
def _search_api(request):
    edition = require_edition(request)
    params = SearchParams.parse(request.GET, edition)
    limit = parse_limit(request.GET.get("limit"))
    results = search(
        edition, params.q, section=params.section, author=params.author, date_from=params.date_from,
        date_to=params.date_to, order=params.order, page=params.page, limit=limit,
        summary=True,
    )
    items = []
    for hit in results.hits:
        data = serializers.article_summary(hit.article, request)
        data["snippet"] = str(hit.snippet_html)
        data["title_html"] = str(hit.title_html)
        items.append(data)
    next_url = None
    if results.has_next:
        query = request.GET.copy()
        query["page"] = str(results.page + 1)
        next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    problem = results.problem or (None if results.hits else "no_results")
    return {
        "query": results.query,
        "suggestion": suggested_query(edition, params) if problem == "no_results" else None,
        "results": items,
        "next": next_url,
        "message": MESSAGES.get(problem) if problem else None,
    }
