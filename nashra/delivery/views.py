"""The view-count beacon: ``/_b/?a=<article id>&r=<referrer hostname>`` → 204 (never cached).

``r`` is only the hostname of the page the reader came from (the script drops path and query);
it is handed to :mod:`nashra.core.readership` for the newsroom's numbers and stored nowhere here."""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from nashra.core import readership
from nashra.security.ratelimit import ratelimit

from .counts import record_view

MAX_ID = 2**63 - 1


@csrf_exempt
# A reader opens a few stories a minute; a script replaying the beacon to push a story
# up «الأكثر قراءة» gets 429s and its views stop counting (NASHRA_RATELIMIT_BEACON to tune).
@ratelimit("beacon", rate="30/m")
def beacon(request):
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    raw = request.GET.get("a", "")
    if raw.isascii() and raw.isdigit() and len(raw) <= 19 and 0 < int(raw) <= MAX_ID:
        record_view(int(raw))
        readership.viewed(int(raw), request.GET.get("r", "")[:300], request.get_host())
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
