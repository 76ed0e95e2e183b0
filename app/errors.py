"""Domain errors, defined once, and their mapping to the API's error body (API.md, Errors)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from http import HTTPStatus
from typing import Any, ClassVar

from flask import Flask, current_app, jsonify
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from werkzeug.exceptions import HTTPException

from app.i18n import catalogue, current_language, format_number, translate
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
        # Top-level fields of the answer beside `error` and `message` (a limit's figures).
        self.body: dict[str, Any] = {}


class _CodedError(DomainError):
    """A DomainError of one stable `error` code of API.md: `answer` is (error, HTTP status,
    default message key or None when the raiser must name one); `errors` are the field
    details, `params` the message's placeholders."""

    answer: ClassVar[tuple[str, int, str | None]]

    def __init__(
        self, message_key: str | None = None, errors: dict | None = None, **params: Any
    ) -> None:
        error, status, default_key = self.answer
        if (message_key or default_key) is None:
            raise TypeError(f"{type(self).__name__} needs a message key")
        super().__init__(error, status, message_key or default_key, errors=errors, **params)


class NotFound(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    def __init__(
        self, what: str = "resource", *, message_key: str = "errors.not_found", **params: Any
    ) -> None:
        super().__init__("not_found", 404, message_key, what=what, **params)


class Conflict(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    answer = ("conflict", 409, "errors.conflict")


class Forbidden(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    answer = ("forbidden", 403, "errors.forbidden")


class Invalid(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    """Input that is well formed but not acceptable (impossible dates, overlapping ranges...)."""

    answer = ("validation_failed", 422, None)


class ReasonsRequired(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    """A decision the law wants reasoned came without its grounds (Art. 12(3)): a field error
    of its own code, as API.md names it for review decisions."""

    answer = ("reasons_required", 422, None)


class Unauthorized(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    """No valid credentials: not logged in, a bad token, a refused login."""

    answer = ("unauthorized", 401, "errors.unauthorized")


class MfaRequired(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    """A session that must first enrol its second factor (docs/accounts.md)."""

    answer = ("mfa_required", 403, None)


class DeadlinePassed(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    """An act the law allowed only until a date that has passed (Art. 251, 291)."""

    answer = ("deadline_passed", 409, None)


class PayloadTooLarge(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    answer = ("payload_too_large", 413, "errors.payload_too_large")


class UnsupportedMediaType(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    answer = ("unsupported_media_type", 415, "errors.unsupported_media_type")


class BadRequest(_CodedError):  # noqa: N818 - the names of CONVENTIONS.md
    """A body that is not what the endpoint reads at all (not JSON, not an EPCIS document)."""

    answer = ("bad_request", 400, "errors.bad_request")


class LimitExceeded(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    """More than the service does in one request: 422 for what is asked of it (a PDF sheet of
    too many codes), 413 for what is sent to it (an EPCIS document of too many events); 409
    for a stamp order above its limit, the limit's figures in `body` (top-level fields)."""

    def __init__(
        self, message_key: str, *, status: int = 422, body: dict | None = None, **params: Any
    ) -> None:
        super().__init__("limit_exceeded", status, message_key, **params)
        self.body = dict(body or {})


class Unavailable(DomainError):  # noqa: N818 - the names of CONVENTIONS.md
    """503: the server lacks something it needs to answer; `error` names it (a signing key)."""

    def __init__(self, error: str, message_key: str, **params: Any) -> None:
        super().__init__(error, 503, message_key, **params)


# What each kind of refusal a rule can give is answered as: the kind is the answer's `error`.
_REFUSALS: dict[str, type[DomainError]] = {
    "validation_failed": Invalid,
    "conflict": Conflict,
    "deadline_passed": DeadlinePassed,
    "forbidden": Forbidden,
    "reasons_required": ReasonsRequired,
}


def unknown_reference(field: str) -> Invalid:
    """A body names a record that does not exist (`operator_id`, `product_id`, a premises...):
    422 `validation_failed` on that field. Not 404, which says the URL names nothing, and not
    409, which says the state is in the way."""
    return Invalid("errors.unknown_reference", errors={field: ["errors.unknown_reference"]},
                   field=field)


def refused(
    kind: str, message_key: str, /, errors: dict[str, Any] | None = None, **params: Any
) -> DomainError:
    """The API error for a refusal of the rules (seizures `Refusal`, custody `CustodyError`,
    EPCIS `EventRefusedError`): rules name the kind of a refusal (`validation_failed`,
    `conflict`, `deadline_passed`, `forbidden`) and never an HTTP status; this is the one place
    that maps it to the answer. `params` may use any name (a refusal's `kind` of disposal)."""
    return _REFUSALS[kind](message_key, errors=errors, **params)


class InProgress(Conflict):
    """The same request (its Idempotency-Key) is still being answered: 409 `conflict` with
    Retry-After; the retry gets the first answer."""

    def __init__(self, message_key: str, retry_after_s: int, **params: Any) -> None:
        super().__init__(message_key, **params)
        self.retry_after_s = retry_after_s


class ServiceBusy(DomainError):  # noqa: N818 - as the other subclasses
    """Work this process takes one at a time is under way: try again after `retry_after_s`
    (503 `busy`, with Retry-After)."""

    def __init__(self, message_key: str, retry_after_s: int, **params: Any) -> None:
        super().__init__("busy", 503, message_key, **params)
        self.retry_after_s = retry_after_s


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
    language = current_language()
    message = translate(exc.message_key, language, **exc.params)
    response = jsonify(exc.body | error_body(exc.status, exc.error, message,
                                             _translated_fields(exc.errors, language,
                                                                exc.params)))
    response.status_code = exc.status
    if isinstance(exc, ServiceBusy | InProgress):
        response.headers["Retry-After"] = str(exc.retry_after_s)
    return response


def _translated_fields(errors: Any, language: str, params: dict[str, Any]) -> Any:
    """Field details in the client's language, like the message: a detail that is a message key
    (`{"password": ["accounts.password_common"]}`, with the error's params) or one of
    marshmallow's messages (`validation.*`, its placeholders taken from the text), at any depth
    (`{"json": {"items": {"0": {"value_eur": [...]}}}}`); any other detail (a value, a code) as
    it is."""
    if isinstance(errors, dict):
        return {field: _translated_fields(details, language, params)
                for field, details in errors.items()}
    if isinstance(errors, list):
        return [_translated_fields(detail, language, params) for detail in errors]
    if isinstance(errors, str):
        if errors in catalogue():
            return translate(errors, language, **params)
        return _translated_validation(errors, language)
    return errors


@cache
def _validation_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """marshmallow's English messages (the `validation.*` texts) as patterns, the most specific
    first ("greater than or equal to {min}" before "greater than {min}")."""
    patterns = []
    for key, texts in catalogue().items():
        if key.startswith("validation."):
            parts = re.split(r"\{(\w+)\}", texts["en"])
            body = "".join(
                re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
                for index, part in enumerate(parts)
            )
            literal = len("".join(parts[::2]))
            patterns.append((literal, re.compile(f"^{body}$"), key))
    patterns.sort(key=lambda entry: -entry[0])
    return tuple((pattern, key) for _literal, pattern, key in patterns)


def _translated_validation(detail: str, language: str) -> str:
    if language == "en":
        return detail  # marshmallow's own words
    for pattern, key in _validation_patterns():
        found = pattern.match(detail)
        if found:
            return translate(key, language, **{
                name: _number(value, language) for name, value in found.groupdict().items()
            })
    return detail


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _number(value: str, language: str) -> str:
    """A bound marshmallow printed ("0", "1000000000.0") as the language writes numbers."""
    return format_number(Decimal(value), language) if _NUMBER.fullmatch(value) else value


def http_exception_response(exc: HTTPException):
    """flask-smorest and werkzeug errors in the API's body, with a translated message."""
    status = exc.code or 500
    error = _ERROR_BY_STATUS.get(status, "error")
    data = getattr(exc, "data", None) or {}
    errors = data.get("messages") if isinstance(data, dict) else None
    language = current_language()
    message = translate(f"errors.{error}", language)
    response = jsonify(error_body(status, error, message, _translated_fields(errors, language, {})))
    response.status_code = status
    if status == 429:
        response.headers["Retry-After"] = str(_retry_after_s(exc))
    for name, value in (exc.get_headers() if hasattr(exc, "get_headers") else []):
        if name.lower() in {"retry-after", "allow", "www-authenticate"}:
            response.headers[name] = value
    return response


# PostgreSQL's SQLSTATE of a row refused by an EXCLUDE constraint (ranges that overlap).
EXCLUSION_VIOLATION = "23P01"
# Waits a client may simply retry: PostgreSQL's deadlock_detected, lock_not_available and
# serialization_failure; SQLite's busy database past its timeout.
_RETRYABLE_SQLSTATES = frozenset({"40P01", "55P03", "40001"})
BUSY_RETRY_AFTER_S = 1


def _sqlstate(exc) -> str | None:
    return getattr(exc.orig, "sqlstate", None)  # psycopg's; sqlite3 has none


def _integrity_error_response(exc: IntegrityError):
    """A uniqueness or reference the services did not foresee (usually a race): 409, not 500;
    ranges refused by the exclusion constraints (docs/stamps.md, "Range writes") say so."""
    current_app.logger.warning("integrity error answered as conflict: %s", exc.orig)
    overlap = _sqlstate(exc) == EXCLUSION_VIOLATION
    return _domain_error_response(Conflict("errors.ranges_overlap" if overlap else None))


def _operational_error_response(exc: OperationalError):
    """A wait the database gave up (a deadlock, a lock timeout, SQLite busy past its timeout):
    503 `busy` with Retry-After, nothing written; any other failure is ours (500)."""
    if _sqlstate(exc) in _RETRYABLE_SQLSTATES or "database is locked" in str(exc.orig):
        current_app.logger.warning("database wait answered as busy: %s", exc.orig)
        return _domain_error_response(ServiceBusy("errors.busy", BUSY_RETRY_AFTER_S))
    return _unexpected_response(exc)


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
    app.register_error_handler(OperationalError, _operational_error_response)
    app.register_error_handler(DataError, _out_of_range_response)  # PostgreSQL
    app.register_error_handler(OverflowError, _out_of_range_response)  # SQLite
    app.register_error_handler(Exception, _unexpected_response)
