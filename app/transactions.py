"""One transaction per write request: the `writes` wrapper (commit with the audit record,
roll back on any error, `Idempotency-Key` replay) and the anonymous client hash."""

from __future__ import annotations

import functools
import hashlib
import hmac
import ipaddress

from flask import current_app, g, request
from sqlalchemy.exc import IntegrityError


def writes(view=None, *, sensitive: bool = False, audit: bool = True, one_row: bool = False):
    """Run a write view as one transaction, honouring `Idempotency-Key` (API.md, DESIGN.md).

    The view's answer, every row it wrote and its audit record are committed together; any
    error rolls all of it back. A replay with the same key and body returns the first answer
    and writes nothing; the same key with another body is 409 `conflict`; two requests racing
    with one key both get the answer of the one that committed first: the key is claimed
    before the view runs (`idempotency.claim`), and the second waits for the first's answer
    (at most IDEMPOTENCY_WAIT_MS, then 409 `conflict` "in progress" with Retry-After).

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
    from app.db import session
    from app.db_fast import autocommit_request
    from app.idempotency import service as idempotency

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = None if sensitive else request.headers.get("Idempotency-Key")
        fingerprint = _request_fingerprint() if key else None
        if key:
            idempotency.check_key(key)
            idempotency.claim(session, key=key, principal=_principal(),
                              wait_ms=current_app.config["IDEMPOTENCY_WAIT_MS"])
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
    """Who is writing: an operator's API key, the logged-in user, or an anonymous client hash."""
    key = getattr(g, "api_key", None)
    if key is not None:
        return f"api_key:{key.id}"
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


def client_network() -> str:
    """A salted hash of the client's network (IPv4 /24, IPv6 /48): a phone that changes its
    user agent, or a script that invents one per request, is still one network
    (docs/stamps.md, "Anonymous positions")."""
    return _client_network(current_app.config["SECRET_KEY"], request.environ.get("REMOTE_ADDR"))


@functools.lru_cache(maxsize=4096)
def _client_network(salt: str, address: str | None) -> str:
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        network = address or ""  # not an address (a Unix socket): itself
    else:
        prefix = 24 if ip.version == 4 else 48
        network = str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))
    return hashlib.sha256(f"{salt}|net|{network}".encode()).hexdigest()[:32]


@functools.lru_cache(maxsize=4096)  # a phone scans many stamps in a row
def _client_hash(salt: str, address: str | None, user_agent: str) -> str:
    return hashlib.sha256(f"{salt}|{address}|{user_agent}".encode()).hexdigest()[:32]


def _request_fingerprint() -> str:
    """What makes two requests "the same" for Idempotency-Key: method, path and body."""
    return _keyed_digest(request.method.encode(), request.path.encode(), *_body_parts())


def _body_digest() -> str:
    return _keyed_digest(*_body_parts())


def _body_parts() -> list[bytes]:
    """The body as the view reads it. A multipart form by its fields and files, not its bytes:
    a client retrying a form builds it again with a new boundary."""
    if request.mimetype != "multipart/form-data":
        return [request.get_data(cache=True)]
    parts = []
    for name, value in sorted(request.form.items(multi=True)):
        parts += [b"field", name.encode(), value.encode()]
    for name, upload in sorted(request.files.items(multi=True), key=lambda item: item[0]):
        content = upload.stream.read()
        upload.stream.seek(0)
        parts += [b"file", name.encode(), content]
    return parts


def _keyed_digest(*parts: bytes) -> str:
    """HMAC-SHA256 under SECRET_KEY: bodies may hold passwords, and a bare hash of a short
    password can be brute-forced from a copy of the database."""
    mac = hmac.new(current_app.config["SECRET_KEY"].encode(), digestmod=hashlib.sha256)
    for part in parts:
        mac.update(len(part).to_bytes(8, "big"))
        mac.update(part)
    return mac.hexdigest()
