"""Replay lookup and storage for Idempotency-Key; records are kept at least 24 hours."""

from __future__ import annotations

import datetime as dt

from flask import Response
from sqlalchemy import delete, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import Conflict, InProgress, Invalid
from app.idempotency.models import IdempotencyRecord

RETENTION = dt.timedelta(hours=48)
MAX_KEY_LENGTH = 200
# The first key of the advisory locks on Idempotency-Keys (app.stamps.ranges has the others).
KEY_LOCK_CLASS = 17_002
LOCK_NOT_AVAILABLE = "55P03"
IN_PROGRESS_RETRY_AFTER_S = 2


def check_key(key: str) -> None:
    """1 to MAX_KEY_LENGTH characters, or 422."""
    if not key or len(key) > MAX_KEY_LENGTH:
        raise Invalid("errors.validation_failed",
                      errors={"Idempotency-Key": ["1 to 200 characters"]})


def claim(session: Session, *, key: str, principal: str, wait_ms: int) -> None:
    """Hold the key for this transaction before looking for its stored answer, so that of two
    requests with one key the second waits for the first to commit (or roll back) and then
    finds its answer, instead of running the view again and being refused what the first did.
    A request that waits longer than `wait_ms` is answered 409 `conflict` with
    Retry-After ("in progress"); its retry gets the first answer.

    PostgreSQL: a transaction-scoped advisory lock on (principal, key), taken under a
    `lock_timeout` of `wait_ms` that is put back once held. SQLite: the transaction that
    looks the key up began IMMEDIATE (app/db.py) and holds the database's write lock until it
    commits, which already claims every key."""
    if session.get_bind().dialect.name != "postgresql":
        return
    previous = session.scalar(text("SELECT current_setting('lock_timeout')"))
    session.execute(text("SELECT set_config('lock_timeout', :wait, true)"),
                    {"wait": f"{max(wait_ms, 1)}ms"})
    try:
        session.execute(text("SELECT pg_advisory_xact_lock(:kind, hashtext(:claimed))"),
                        {"kind": KEY_LOCK_CLASS, "claimed": f"{principal}\n{key}"})
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        session.rollback()
        raise InProgress("errors.idempotency_in_progress",
                         retry_after_s=IN_PROGRESS_RETRY_AFTER_S) from None
    session.execute(text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": previous})


def find_replay(session: Session, *, key: str, principal: str, fingerprint: str) -> Response | None:
    """The stored first answer for this key, or None when the key is new.

    The same key with a different request (method, path or body) is a conflict.
    """
    check_key(key)
    record = session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.principal == principal, IdempotencyRecord.key == key
        )
    )
    if record is None:
        return None
    if record.fingerprint != fingerprint:
        raise Conflict("errors.idempotency_mismatch")
    response = Response(record.body, status=record.status_code, content_type=record.content_type)
    response.headers["Idempotent-Replayed"] = "true"
    if record.location:
        response.headers["Location"] = record.location
    return response


def remember(
    session: Session, *, key: str, principal: str, fingerprint: str, response: Response
) -> None:
    """Store the answer in the same transaction as the write it answers."""
    session.add(
        IdempotencyRecord(
            principal=principal,
            key=key,
            fingerprint=fingerprint,
            status_code=response.status_code,
            content_type=response.content_type or "application/json",
            body=response.get_data(as_text=True),
            location=response.headers.get("Location"),
        )
    )
    session.flush()


def purge_expired(session: Session, now: dt.datetime | None = None) -> int:
    """Delete records older than the retention period; returns how many."""
    cutoff = (now or utcnow()) - RETENTION
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    return result.rowcount or 0
