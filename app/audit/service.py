"""Appending to and verifying the audit hash chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.audit.models import AuditRecord
from app.db import utcnow

GENESIS = "0" * 64
# Serialises appends on PostgreSQL so that two transactions never chain to the same record.
_ADVISORY_LOCK_ID = 251_284_291


def record_hash(prev_hash: str, at: str, actor: str, action: str, data: dict) -> str:
    payload = json.dumps(
        {"prev": prev_hash, "at": at, "actor": actor, "action": action, "data": data},
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def append(session: Session, *, actor: str, action: str, data: dict) -> AuditRecord:
    """Add a record chained to the newest one, inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _ADVISORY_LOCK_ID})
    prev_hash = session.scalar(
        select(AuditRecord.hash).order_by(AuditRecord.id.desc()).limit(1)
    ) or GENESIS
    at = utcnow().replace(microsecond=0)
    record = AuditRecord(
        at=at,
        actor=actor,
        action=action,
        data=data,
        prev_hash=prev_hash,
        hash=record_hash(prev_hash, at.isoformat(), actor, action, data),
    )
    session.add(record)
    session.flush()
    return record


def record_write(
    session: Session, *, actor: str, action: str, response, body_digest: str | None
) -> AuditRecord:
    """Audit an API write: who, what (method, path, keyed body digest) and what it answered."""
    data: dict = {"status": response.status_code}
    if body_digest is not None:
        data["body_hmac"] = body_digest
    if response.is_json:
        answer = response.get_json(silent=True)
        if isinstance(answer, dict) and "id" in answer:
            data["id"] = answer["id"]
    return append(session, actor=actor, action=action, data=data)


@dataclass(frozen=True)
class ChainBreak:
    record_id: int
    reason: str


def verify_chain(session: Session) -> tuple[int, ChainBreak | None]:
    """Re-walk the chain; returns how many records were checked and the first break, if any."""
    prev_hash = GENESIS
    checked = 0
    for record in session.scalars(select(AuditRecord).order_by(AuditRecord.id)):
        checked += 1
        if record.prev_hash != prev_hash:
            return checked, ChainBreak(record.id, "previous hash does not match")
        expected = record_hash(
            prev_hash, record.at.isoformat(), record.actor, record.action, record.data
        )
        if record.hash != expected:
            return checked, ChainBreak(record.id, "content does not match its hash")
        prev_hash = record.hash
    return checked, None
