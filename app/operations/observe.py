"""Every request's id, duration, metrics and access log line, kept by one WSGI middleware."""

from __future__ import annotations

import logging
import os
import re
import time

from flask import Response, g, has_request_context, request

from app.operations import metrics

REQUEST_ID = "banderola.request_id"
ROUTE = "banderola.route"
USER = "banderola.user"
METRICS_AUTHORIZATION = "banderola.metrics_authorization"
METRICS_PATH = "/metrics"

# A client's own id is echoed when it could not smuggle anything into a log line or a header:
# letters, digits and a few separators (UUIDs, hex, ULIDs, "phone-1234.5"), at most 128.
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\Z").match

access_log = logging.getLogger("banderola.access")


def request_id() -> str | None:
    """The id of the request being answered (None outside a request, or outside the
    middleware, as in a unit test calling a view's function directly)."""
    if not has_request_context():
        return None
    return request.environ.get(REQUEST_ID)


def note_route_and_user(response: Response) -> Response:
    """After each request: the route template (never the raw path, which may hold a serial)
    and the user, for the middleware's metrics and log line."""
    environ = request.environ
    rule = request.url_rule
    environ[ROUTE] = rule.rule if rule is not None else None
    user = getattr(g, "user", None)
    if user is not None:
        environ[USER] = user.id
    return response


class RequestObserver:
    """WSGI middleware: an `X-Request-Id` on every answer (the client's when sane, else a new
    one), the request counted and timed in the metrics, and a JSON access line when the
    `banderola.access` logger is enabled (LOG_FORMAT=json).

    The metrics token is a bearer token of its own, not an access token: for `/metrics` the
    `Authorization` header is moved aside before the accounts' bearer lookup could refuse it,
    and the metrics view reads it from there."""

    def __init__(self, wsgi_app) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        given = environ.get("HTTP_X_REQUEST_ID")
        identifier = given if given and _SANE_ID(given) else os.urandom(16).hex()
        environ[REQUEST_ID] = identifier
        if environ.get("PATH_INFO") == METRICS_PATH:
            environ[METRICS_AUTHORIZATION] = environ.pop("HTTP_AUTHORIZATION", "")
        status = ["500"]  # an exception that escapes the application
        header = ("X-Request-Id", identifier)

        def start(status_line, headers, exc_info=None):
            status[0] = status_line[:3]
            headers.append(header)
            return start_response(status_line, headers, exc_info)

        try:
            return self.wsgi_app(environ, start)
        finally:
            duration_s = time.perf_counter() - started
            route = environ.get(ROUTE)
            metrics.observe_request(environ.get("REQUEST_METHOD", ""), route, status[0],
                                    duration_s)
            if access_log.isEnabledFor(logging.INFO):
                _log_access(environ, identifier, route, status[0], duration_s)


def _log_access(environ, identifier: str, route: str | None, status: str,
                duration_s: float) -> None:
    user = environ.get(USER)
    access_log.log(
        logging.ERROR if int(status) >= 500 else logging.INFO,
        "request",
        extra={
            "request_id": identifier,
            "fields": {
                "method": environ.get("REQUEST_METHOD"),
                "route": route,
                "status": int(status),
                "duration_ms": round(duration_s * 1000, 2),
                "user": f"user:{user}" if user is not None else "anonymous",
            },
        },
    )
