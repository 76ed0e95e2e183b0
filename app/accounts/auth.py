"""Who is calling: bearer tokens in, `g.user` out, and the role checks routes declare."""

from __future__ import annotations

import functools
import hashlib

from flask import g, request
from sqlalchemy import select

from app import db
from app.accounts.models import ROLES, AccessToken
from app.db import utcnow
from app.errors import DomainError, Forbidden


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def load_user() -> None:
    """Before each request: resolve `Authorization: Bearer` to a live, unrevoked token's user."""
    g.user = None
    g.token = None
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return
    found = db.session.scalar(
        select(AccessToken).where(AccessToken.token_hash == token_digest(token.strip()))
    )
    if (
        found is None
        or found.revoked_at is not None
        or found.expires_at <= utcnow()
        or not found.user.active
    ):
        raise DomainError("unauthorized", 401, "accounts.token_invalid")
    g.user = found.user
    g.token = found


def current_user():
    return getattr(g, "user", None)


def roles_required(*roles: str):
    """Only users holding one of `roles` may call the view (401 anonymous, 403 otherwise)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            user = current_user()
            if user is None:
                raise DomainError("unauthorized", 401, "errors.unauthorized")
            if not user.has_role(*roles):
                raise Forbidden()
            return view(*args, **kwargs)

        return wrapper

    return decorator


def login_required(view):
    """Any logged-in user may call the view."""
    return roles_required(*ROLES)(view)
