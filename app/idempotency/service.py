"""Replay lookup and storage for Idempotency-Key; records are kept at least 24 hours."""

from __future__ import annotations

import datetime as dt

from flask import Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import Conflict, Invalid
from app.idempotency.models import IdempotencyRecord

RETENTION = dt.timedelta(hours=48)
MAX_KEY_LENGTH = 200


def find_replay(session: Session, *, key: str, principal: str, fingerprint: str) -> Response | None:
    """The stored first answer for this key, or None when the key is new.

    The same key with a different request (method, path or body) is a conflict.
    """
    if not key or len(key) > MAX_KEY_LENGTH:
        raise Invalid("errors.validation_failed",
                      errors={"Idempotency-Key": ["1 to 200 characters"]})
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
