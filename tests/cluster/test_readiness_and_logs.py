"""/readyz for load balancers, and log lines that carry the request id."""

import json
import logging

import pytest
from django.db import OperationalError
from django.test import Client

from nashra.cluster import views
from nashra.cluster.logs import JsonFormatter, RequestIdFilter, logging_config


@pytest.mark.django_db
def test_ready_when_database_and_cache_answer():
    response = Client().get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["cache"] == "ok"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_not_ready_when_the_primary_is_out_of_reach(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "error: OperationalError"


@pytest.mark.django_db
def test_cache_trouble_is_reported_without_pulling_the_host(monkeypatch):
    monkeypatch.setattr(views, "check_cache", lambda: "error: ConnectionError")
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"


@pytest.mark.django_db
def test_a_request_id_is_passed_through_or_made():
    client = Client()
    assert client.get("/healthz", HTTP_X_REQUEST_ID="lb-42.abc")["X-Request-ID"] == "lb-42.abc"
    made = client.get("/healthz")["X-Request-ID"]
    assert len(made) == 32 and made != client.get("/healthz")["X-Request-ID"]
    # A header that could forge log lines is replaced, not copied.
    assert client.get("/healthz", HTTP_X_REQUEST_ID='x"\n{"level"')["X-Request-ID"] != 'x"\n{"level"'


@pytest.mark.django_db
def test_log_lines_of_a_request_carry_its_id(caplog):
    caplog.set_level(logging.INFO, logger="nashra.requests")
    Client().get("/healthz", HTTP_X_REQUEST_ID="req-7")
    record = next(r for r in caplog.records if r.name == "nashra.requests")
    RequestIdFilter().filter(record)  # outside the request now: the id travels on the record itself
    line = json.loads(JsonFormatter().format(record))
    assert line["path"] == "/healthz" and line["status"] == 200 and line["method"] == "GET"
    assert line["request_id"] == "req-7" and "duration_ms" in line


def test_json_lines_hold_message_level_request_id_and_exception():
    from nashra.cluster.logs import request_id

    token = request_id.set("abc123")
    try:
        try:
            raise ValueError("عطل")
        except ValueError:
            record = logging.getLogger("nashra.test").makeRecord(
                "nashra.test", logging.ERROR, __file__, 1, "فشل %s", ("النشر",), __import__("sys").exc_info(),
                extra={"story": 12})
        RequestIdFilter().filter(record)
    finally:
        request_id.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "فشل النشر" and line["level"] == "ERROR" and line["request_id"] == "abc123"
    assert line["story"] == 12 and "ValueError" in line["exception"]


def test_the_log_format_setting_picks_json_or_text():
    assert logging_config("json", "INFO", False)["formatters"]["nashra"] == {"()": "nashra.cluster.logs.JsonFormatter"}
    assert "request_id" in logging_config("text", "INFO", False)["formatters"]["nashra"]["format"]
    assert logging_config("text", "INFO", True)["loggers"]["nashra.requests"]["level"] == "INFO"


def test_a_cache_that_does_not_answer_is_reported(monkeypatch):
    from django.core.cache import caches

    def down(*args, **kwargs):
        raise ConnectionError("refused")

    cache = caches["default"]
    if hasattr(cache, "client"):  # Redis: the ping fails
        monkeypatch.setattr(cache.client, "get_client", down)
    else:
        monkeypatch.setattr(cache, "set", down)
    assert views.check_cache() == "error: ConnectionError"


@pytest.mark.django_db
def test_djangos_own_not_found_line_carries_the_request_id(caplog):
    from nashra.cluster.logs import request_id

    seen = []

    class Keep(logging.Handler):
        def emit(self, record):
            RequestIdFilter().filter(record)
            seen.append(record)

    handler = Keep()
    logging.getLogger("django.request").addHandler(handler)
    try:
        Client().get("/no-such-page-at-all/", HTTP_X_REQUEST_ID="req-404")
    finally:
        logging.getLogger("django.request").removeHandler(handler)
    assert [r.request_id for r in seen if r.getMessage().startswith("Not Found")] == ["req-404"]
    assert request_id.get() == ""  # forgotten once the response was closed
