"""Log lines as JSON objects, one a line, each with the id of the request it belongs to."""

from __future__ import annotations

import datetime as dt
import logging
import sys

import orjson
from flask.logging import default_handler

from app.operations.observe import request_id

TEXT_FORMAT = "[%(asctime)s] %(levelname)s %(request_id)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """`{"time", "level", "request_id", ..., "logger", "message"}`: the record's `fields`
    (an access line's method, route, status, duration and user) between the id and the logger,
    and the traceback as `exception` when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "request_id": getattr(record, "request_id", None) or request_id(),
            **getattr(record, "fields", {}),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class _RequestIdFilter(logging.Filter):
    """Gives text records a `request_id` attribute for TEXT_FORMAT ("-" outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = request_id() or "-"
        return True


def configure(log_format: str, app_logger: logging.Logger) -> None:
    """LOG_FORMAT `json`: every record of the process (the application's errors, the access
    lines of `banderola.access`) as one JSON object a line on stderr. `text`: the access lines
    are left to the server (gunicorn's, with the request id: ops/gunicorn.conf.py) and the
    application's own records name their request. Safe to call again."""
    if log_format == "json":
        app_logger.removeHandler(default_handler)
        root = logging.getLogger()
        if not any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(JsonFormatter())
            root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger("banderola.access").setLevel(logging.INFO)
        logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugins, at every start
    elif log_format == "text":
        default_handler.setFormatter(logging.Formatter(TEXT_FORMAT))
        if not any(isinstance(f, _RequestIdFilter) for f in default_handler.filters):
            default_handler.addFilter(_RequestIdFilter())
    else:
        raise RuntimeError(f"LOG_FORMAT must be json or text, not {log_format!r}")
