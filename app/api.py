"""flask-smorest customisation in one place: the Api, the JSON provider, the error schema, the
`writes` wrapper."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
from decimal import Decimal

import orjson
from flask import current_app, g, request
from flask.json.provider import DefaultJSONProvider
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint as SmorestBlueprint
from marshmallow import Schema, fields
from marshmallow import fields as ma_fields
from sqlalchemy.exc import IntegrityError


class JSONProvider(DefaultJSONProvider):
    """Times and dates as ISO 8601, as the schemas write them, also inside the free-form parts
    of an answer (a stamp's custody chain): Flask's default is the HTTP date format, which drops
    the fraction of a second and reads differently from every other time in the API."""

    sort_keys = False

    @staticmethod
    def default(value):
        if isinstance(value, dt.date):  # datetimes too
            return value.isoformat()
        if isinstance(value, tuple):  # named tuples (rows): arrays, as the standard library
            return list(value)
        return DefaultJSONProvider.default(value)

    def dumps(self, obj, **kwargs) -> str:
        # Answers are written by orjson (a stamp's chain with a hundred scans: 0.5 ms less):
        # the same JSON, compact and UTF-8; times and dates in the same ISO 8601 form. An
        # indented answer (Flask's debug mode) is left to the standard library.
        if kwargs.get("indent") or set(kwargs) - {"separators"}:
            return super().dumps(obj, **kwargs)
        return orjson.dumps(obj, default=self.default, option=orjson.OPT_NON_STR_KEYS).decode()


class ReadyList(fields.List):
    """A list documented like `fields.List(inner)` whose items the view already made
    JSON-ready, exactly as `inner` would dump them: for long lists on busy answers (a stamp's
    scan history), where marshmallow's work per field is most of the answer's cost."""

    def _serialize(self, value, attr, obj, **kwargs):
        return value


class Ready(dict):
    """An answer the view already built JSON-ready, exactly as its `ReadySchema` would dump it
    (dates and times left to the JSON provider, which writes them as ISO text; decimals as
    decimal strings; `flat_dumper` for flat parts)."""


class ReadySchema(Schema):
    """A schema that documents an answer and passes a `Ready` one through untouched: for the
    busiest answer (a verification), where marshmallow's dump cost more than the database.
    Each view that builds a `Ready` answer has a test that the schema's own dump of it is
    the same."""

    def dump(self, obj, *, many=None):
        if isinstance(obj, Ready):
            return obj
        return super().dump(obj, many=many)


_MISSING = object()
_CONVERT = {  # how marshmallow dumps each field type, for `flat_dumper`
    fields.Integer: int,
    fields.Float: float,
    fields.String: str,
    fields.Boolean: bool,
    fields.Decimal: lambda value: str(Decimal(value)),  # with as_string=True only
    fields.DateTime: None,  # the JSON provider writes dates and times as ISO 8601, as they do
    fields.Date: None,
    fields.Dict: None,
}


def flat_dumper(schema: type[Schema]):
    """`schema().dump` for one object of a flat schema (no nesting), without marshmallow's
    per-field machinery: for the parts of a `Ready` answer. Only the declared fields, in their
    order; an attribute the object lacks is left out, None stays None; times and dates are left
    to the JSON provider. A field type it cannot dump as marshmallow would is refused here,
    when the dumper is built."""
    plan = []
    for name, field in schema().dump_fields.items():
        kind = type(field)
        if kind not in _CONVERT or (kind is fields.Decimal and not field.as_string):
            raise TypeError(f"flat_dumper: {schema.__name__}.{name} is a {kind.__name__}")
        plan.append((name, field.attribute or name, _CONVERT[kind]))

    def dump(obj) -> dict:
        read = obj.get if isinstance(obj, dict) else functools.partial(getattr, obj)
        answer = {}
        for name, attribute, convert in plan:
            value = read(attribute, _MISSING)
            if value is _MISSING:
                continue
            answer[name] = value if value is None or convert is None else convert(value)
        return answer

    return dump


class ErrorSchema(Schema):
    """The error body of API.md: status code, reason, translated message, stable code, details."""

    code = fields.Integer(required=True)
    status = fields.String(required=True)
    message = fields.String(required=True)
    error = fields.String(required=True)
    errors = fields.Dict()
    request_id = fields.String(metadata={"description": "the X-Request-Id of the answer"})


class Api(SmorestApi):
    ERROR_SCHEMA = ErrorSchema

    def _init_spec(self, *args, **kwargs):
        super()._init_spec(*args, **kwargs)
        self.ma_plugin.converter.add_attribute_function(_document_decimals)


def _document_decimals(self, field, ret, **kwargs) -> dict:
    """Document Decimal fields as they travel: ranges as numbers (`"maximum": 100`, not the
    string apispec takes from Decimal bounds), and `as_string` values as decimal strings."""
    if not isinstance(field, ma_fields.Number):
        return {}
    changes: dict = {
        name: float(ret[name])
        for name in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        if isinstance(ret.get(name), (Decimal, str))
    }
    if getattr(field, "as_string", False):
        changes.update(type="string", format="decimal")
    return changes


class Blueprint(SmorestBlueprint):
    """A Blueprint whose views document the error answers they can give."""

    def arguments(self, schema, **kwargs):
        # Given a Schema class, webargs builds an instance on every request (a deep copy of
        # every field: a sixth of a verification's CPU); our schemas keep no per-request state,
        # so each route's instance is built once, here.
        return super().arguments(schema() if isinstance(schema, type) else schema, **kwargs)


api = Api()


def writes(view=None, *, sensitive: bool = False, audit: bool = True, one_row: bool = False):
    """Run a write view as one transaction, honouring `Idempotency-Key` (API.md, DESIGN.md).

    The view's answer, every row it wrote and its audit record are committed together; any
    error rolls all of it back. A replay with the same key and body returns the first answer
    and writes nothing; the same key with another body is 409 `conflict`; two requests racing
    with one key both get the answer of the one that committed first.

    `@writes(sensitive=True)` is for answers that must not be stored (a TOTP secret, recovery
    codes): the view ignores `Idempotency-Key` and its body digest is left out of the audit.

    `@writes(audit=False)` is only for anonymous consumer scans: the `scans` table is itself the
    append-only record of every scan, and chaining each one into the audit trail would serialise
    the busiest endpoint on the chain's lock (docs/accounts.md, docs/BENCHMARKS.md).

    `@writes(audit=False, one_row=True)` is for a view that writes one row with one statement
    (a consumer's scan). When there is no Idempotency-Key to record beside that row, nothing
    else to keep atomic with it and no transaction begun yet, the request runs in autocommit
    on PostgreSQL (`autocommit_request`): the INSERT is its own transaction, as atomic as in
    BEGIN ... COMMIT, and its reads see what READ COMMITTED would have shown them anyway.
    """
    if view is None:
        return functools.partial(writes, sensitive=sensitive, audit=audit, one_row=one_row)

    from app.audit.service import record_write
    from app.db import autocommit_request, session
    from app.idempotency import service as idempotency

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = None if sensitive else request.headers.get("Idempotency-Key")
        fingerprint = _request_fingerprint() if key else None
        if key:
            replay = idempotency.find_replay(
                session, key=key, principal=_principal(), fingerprint=fingerprint
            )
            if replay is not None:
                session.rollback()
                return replay
        elif one_row and not audit:
            autocommit_request(session(), current_app.extensions["autocommit_engine"])
        try:
            response = current_app.make_response(view(*args, **kwargs))
            if response.status_code >= 400:
                session.rollback()
                return response
            if audit:
                record_write(
                    session,
                    actor=_principal(),
                    action=f"{request.method} {request.path}",
                    response=response,
                    body_digest=None if sensitive else _body_digest(),
                )
            if key:
                idempotency.remember(
                    session,
                    key=key,
                    principal=_principal(),
                    fingerprint=fingerprint,
                    response=response,
                )
            session.commit()
            return response
        except IntegrityError:
            session.rollback()
            replay = key and idempotency.find_replay(
                session, key=key, principal=_principal(), fingerprint=fingerprint
            )
            if replay:
                session.rollback()
                return replay
            raise
        except BaseException:
            session.rollback()
            raise

    return wrapper


def _principal() -> str:
    """Who is writing: the logged-in user, or an anonymous client hash."""
    user = getattr(g, "user", None)
    if user is not None:
        return f"user:{user.id}"
    return f"anon:{client_hash()}"


def client_hash() -> str:
    """A salted hash of the client's address and user agent: enough to group, not to identify."""
    environ = request.environ
    return _client_hash(
        current_app.config["SECRET_KEY"],
        environ.get("REMOTE_ADDR"),
        environ.get("HTTP_USER_AGENT", ""),
    )


@functools.lru_cache(maxsize=4096)  # a phone scans many stamps in a row
def _client_hash(salt: str, address: str | None, user_agent: str) -> str:
    return hashlib.sha256(f"{salt}|{address}|{user_agent}".encode()).hexdigest()[:32]


def _request_fingerprint() -> str:
    """What makes two requests "the same" for Idempotency-Key: method, path and body."""
    body = request.get_data(cache=True)
    return _keyed_digest(request.method.encode(), request.path.encode(), body)


def _body_digest() -> str:
    return _keyed_digest(request.get_data(cache=True))


def _keyed_digest(*parts: bytes) -> str:
    """HMAC-SHA256 under SECRET_KEY: bodies may hold passwords, and a bare hash of a short
    password can be brute-forced from a copy of the database."""
    mac = hmac.new(current_app.config["SECRET_KEY"].encode(), digestmod=hashlib.sha256)
    for part in parts:
        mac.update(len(part).to_bytes(8, "big"))
        mac.update(part)
    return mac.hexdigest()
