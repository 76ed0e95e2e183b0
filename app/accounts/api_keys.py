"""API keys of operator companies: made and revoked by the company's administrator, shown once,
kept as a SHA-256 digest, acting for their company with their scopes only (docs/accounts.md)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.auth import API_KEY_PREFIX, token_digest
from app.accounts.models import ApiKey, User
from app.db import utcnow
from app.errors import Forbidden, NotFound

# 32 random bytes (256 bits), as for session tokens.
KEY_BYTES = 32
# How much of a key a list shows: the prefix and 8 characters, enough to tell keys apart.
SHOWN_CHARACTERS = len(API_KEY_PREFIX) + 8


@dataclass(frozen=True)
class NewKey:
    key: ApiKey
    secret: str


def _company_of(actor: User) -> int:
    if actor.operator_id is None:
        raise Forbidden()
    return actor.operator_id


def create_key(session: Session, actor: User, *, name: str, scopes: list[str]) -> NewKey:
    """A new key for the actor's company; the key itself is in the answer only."""
    secret = API_KEY_PREFIX + secrets.token_urlsafe(KEY_BYTES)
    key = ApiKey(
        operator_id=_company_of(actor),
        name=name.strip(),
        key_hash=token_digest(secret),
        key_prefix=secret[:SHOWN_CHARACTERS],
        scopes=sorted(set(scopes)),
        created_by=actor.id,
    )
    session.add(key)
    session.flush()
    return NewKey(key=key, secret=secret)


def company_keys(session: Session, actor: User) -> list[ApiKey]:
    """Every key of the actor's company, revoked ones too (newest first)."""
    return list(session.scalars(
        select(ApiKey).where(ApiKey.operator_id == _company_of(actor)).order_by(ApiKey.id.desc())
    ))


def revoke_key(session: Session, actor: User, key_id: int) -> ApiKey:
    """Revoke a key of the actor's company: the next request that sends it is 401. Another
    company's key does not exist for the actor; revoking a revoked key changes nothing."""
    key = session.get(ApiKey, key_id)
    if key is None or key.operator_id != _company_of(actor):
        raise NotFound("api_key")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        key.revoked_by = actor.id
    session.flush()
    return key


def key_dict(key: ApiKey) -> dict:
    return {
        "id": key.id,
        "name": key.name,
        "scopes": list(key.scopes),
        "prefix": key.key_prefix,
        "operator_id": key.operator_id,
        "created_at": key.created_at,
        "created_by": key.created_by,
        "revoked_at": key.revoked_at,
    }
