"""Domain errors, defined once, and their mapping to the API's error body (API.md, Errors)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from flask import Flask, current_app, jsonify
from sqlalchemy.exc import DataError, IntegrityError
from werkzeug.exceptions import HTTPException

from app.i18n import current_language, translate
from app.operations import observe


class DomainError(Exception):
    """An error a client caused: a stable `error` code, an HTTP status and a translated message."""

    def __init__(
        self,
        error: str,
        status: int,
        message_key: str,
        errors: dict[str, Any] | None = None,
        **params: Any,
    ) -> None:
        super().__init__(f"{error}: {message_key}")
        self.error = error
        self.status = status
        self.message_key = message_key
        self.errors = errors
        self.params = params


class NotFound(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    def __init__(self, what: str = "resource", **params: Any) -> None:
        super().__init__("not_found", 404, "errors.not_found", what=what, **params)


class Conflict(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    def __init__(self, message_key: str = "errors.conflict", **params: Any) -> None:
        super().__init__("conflict", 409, message_key, **params)


class Forbidden(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    def __init__(self, message_key: str = "errors.forbidden", **params: Any) -> None:
        super().__init__("forbidden", 403, message_key, **params)


class Invalid(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    """Input that is well formed but not acceptable (impossible dates, overlapping ranges...)."""

    def __init__(self, message_key: str, errors: dict | None = None, **params: Any) -> None:
        super().__init__("validation_failed", 422, message_key, errors=errors, **params)


# The stable `error` string for errors raised by Flask, werkzeug or flask-smorest themselves.
_ERROR_BY_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    428: "precondition_required",
    429: "rate_limited",
}


def error_body(status: int, error: str, message: str, errors: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": status,
        "status": HTTPStatus(status).phrase,
        "message": message,
        "error": error,
    }
    if errors:
        body["errors"] = errors
    request_id = observe.request_id()
    if request_id:  # what a user's report quotes, to find the log line (docs/operations.md)
        body["request_id"] = request_id
    return body


def _domain_error_response(exc: DomainError):
    message = translate(exc.message_key, current_language(), **exc.params)
    response = jsonify(error_body(exc.status, exc.error, message, exc.errors))
    response.status_code = exc.status
    return response


def http_exception_response(exc: HTTPException):
    """flask-smorest and werkzeug errors in the API's body, with a translated message."""
    status = exc.code or 500
    error = _ERROR_BY_STATUS.get(status, "error")
    data = getattr(exc, "data", None) or {}
    errors = data.get("messages") if isinstance(data, dict) else None
    message = translate(f"errors.{error}", current_language())
    response = jsonify(error_body(status, error, message, errors))
    response.status_code = status
    if status == 429:
        response.headers["Retry-After"] = str(_retry_after_s(exc))
    for name, value in (exc.get_headers() if hasattr(exc, "get_headers") else []):
        if name.lower() in {"retry-after", "allow", "www-authenticate"}:
            response.headers[name] = value
    return response


def _integrity_error_response(exc: IntegrityError):
    """A uniqueness or reference the services did not foresee (usually a race): 409, not 500."""
    current_app.logger.warning("integrity error answered as conflict: %s", exc.orig)
    return _domain_error_response(Conflict())


def _out_of_range_response(exc: Exception):
    """A number too large for the database (an id of 30 digits): the client's error, not ours."""
    current_app.logger.info("value out of range answered as 422: %s", exc)
    return _domain_error_response(Invalid("errors.validation_failed"))


def _unexpected_response(exc: Exception):
    """Never a stack trace to a client: the details go to the log only."""
    current_app.logger.exception("unhandled error")
    message = translate("errors.internal_error", current_language())
    response = jsonify(error_body(500, "internal_error", message))
    response.status_code = 500
    return response


def _retry_after_s(exc: HTTPException) -> int:
    """Seconds to wait; Flask-Limiter refines it to the window's real reset when it adds headers."""
    retry_after = getattr(exc, "retry_after", None)
    if retry_after is not None:
        return int(retry_after)
    breached = getattr(exc, "limit", None)
    return int(breached.limit.get_expiry()) if breached is not None else 60


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(DomainError, _domain_error_response)
    app.register_error_handler(HTTPException, http_exception_response)
    app.register_error_handler(IntegrityError, _integrity_error_response)
    app.register_error_handler(DataError, _out_of_range_response)  # PostgreSQL
    app.register_error_handler(OverflowError, _out_of_range_response)  # SQLite
    app.register_error_handler(Exception, _unexpected_response)
