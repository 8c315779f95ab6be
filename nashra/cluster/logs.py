"""JSON log lines (``NASHRA_LOG_FORMAT=json``), each with the request id of the request that logged it."""

from __future__ import annotations

import contextvars
import json
import logging
from datetime import UTC, datetime

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("nashra_request_id", default="")

# Attributes every LogRecord has; anything else was passed through ``extra=`` and goes in the line.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "request_id"}


def forget_request_id(**kwargs) -> None:
    """After a response is closed: what this thread logs next belongs to no request."""
    request_id.set("")


class RequestIdFilter(logging.Filter):
    """Puts the current request id on every record (empty outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", ""):  # a record may carry its own (the access line does)
            record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, extras, exception."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or request_id.get(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(fmt: str, level: str, access_log: bool) -> dict:
    """The LOGGING setting: plain text (the default) or JSON lines, both with the request id."""
    formatter = ({"()": "nashra.cluster.logs.JsonFormatter"} if fmt == "json"
                 else {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"})
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "nashra.cluster.logs.RequestIdFilter"}},
        "formatters": {"nashra": formatter},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "nashra",
                                 "filters": ["request_id"]}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {"nashra.requests": {"level": "INFO" if access_log else "WARNING"}},
    }
