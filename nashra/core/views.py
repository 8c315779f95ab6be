from django.db import connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader


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


def server_error(request):
    """Static Arabic page: rendered without context processors, so it works with the database down."""
    return HttpResponseServerError(loader.get_template("500.html").render())


def favicon(request):
    return HttpResponse(status=204)
