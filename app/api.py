"""flask-smorest customisation kept in one place: the Api, the error schema, the `writes` wrapper."""

from __future__ import annotations

import functools
import hashlib
import json

from flask import current_app, g, request
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint as SmorestBlueprint
from marshmallow import Schema, fields


class ErrorSchema(Schema):
    """The error body of API.md: status code, reason, translated message, stable code, details."""

    code = fields.Integer(required=True)
    status = fields.String(required=True)
    message = fields.String(required=True)
    error = fields.String(required=True)
    errors = fields.Dict()


class Api(SmorestApi):
    ERROR_SCHEMA = ErrorSchema


class Blueprint(SmorestBlueprint):
    """A Blueprint whose views document the error answers they can give."""


api = Api()


def bearer_security_scheme(spec_api: Api) -> None:
    spec_api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer"}
    )


def writes(view):
    """Run a write view as one transaction, honouring `Idempotency-Key` (API.md, DESIGN.md).

    The view's answer and every row it wrote are committed together; any error rolls all of it
    back. A replay with the same key and body returns the first answer and writes nothing; the
    same key with another body is 409 `conflict`.
    """
    from app.audit.service import record_write
    from app.db import session
    from app.idempotency.service import find_replay, remember

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("Idempotency-Key")
        fingerprint = _request_fingerprint()
        if key:
            replay = find_replay(session, key=key, principal=_principal(), fingerprint=fingerprint)
            if replay is not None:
                session.rollback()
                return replay
        try:
            response = current_app.make_response(view(*args, **kwargs))
            if response.status_code < 400:
                record_write(session, actor=_principal(), request=request, response=response)
                if key:
                    remember(
                        session,
                        key=key,
                        principal=_principal(),
                        fingerprint=fingerprint,
                        response=response,
                    )
                session.commit()
            else:
                session.rollback()
            return response
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
    salt = current_app.config["SECRET_KEY"]
    raw = f"{salt}|{request.remote_addr}|{request.headers.get('User-Agent', '')}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _request_fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(request.method.encode())
    digest.update(request.path.encode())
    digest.update(request.get_data(cache=True))
    return digest.hexdigest()


def json_response_body(response) -> str:
    return response.get_data(as_text=True)


def dumps(data) -> str:
    return json.dumps(data, separators=(",", ":"), sort_keys=True, default=str)
