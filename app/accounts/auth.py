"""Who is calling: bearer tokens in, `g.user` out, and the role checks routes declare."""

from __future__ import annotations

import functools
import hashlib

from flask import g, request
from sqlalchemy import bindparam, select
from sqlalchemy.orm import joinedload

from app import db
from app.accounts.models import FULL_SCOPE, ROLES, AccessToken
from app.db import utcnow
from app.errors import DomainError, Forbidden

# All that a token of scope `mfa_enrolment` may reach: who am I, enrol TOTP, log out.
MFA_ENROLMENT_ENDPOINTS = frozenset(
    {"accounts.Me", "accounts.MfaEnrol", "accounts.MfaConfirm", "accounts.Logout"}
)


# Built once: every officer's request runs it, and building it cost more than running it.
_TOKEN_WITH_USER = (
    select(AccessToken)
    .options(joinedload(AccessToken.user))
    .where(AccessToken.token_hash == bindparam("digest"))
)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def load_user() -> None:
    """Before each request: resolve `Authorization: Bearer` to a live, unrevoked token's user.

    This is also the one place that confines a user who must enrol MFA (officers, supervisors,
    admins logged in with the password only) to the enrolment endpoints: 403 `mfa_required`.
    """
    g.user = None
    g.token = None
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return
    found = db.session.scalar(_TOKEN_WITH_USER, {"digest": token_digest(token.strip())})
    if (
        found is None
        or found.revoked_at is not None
        or found.expires_at <= utcnow()
        or not found.user.active
    ):
        raise DomainError("unauthorized", 401, "accounts.token_invalid")
    if found.scope != FULL_SCOPE and request.endpoint not in MFA_ENROLMENT_ENDPOINTS:
        raise DomainError("mfa_required", 403, "accounts.mfa_required")
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


def user_admins_only(view):
    """Admins, and operator company administrators (for their own company's users)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        user = current_user()
        if user is None:
            raise DomainError("unauthorized", 401, "errors.unauthorized")
        if not (user.has_role("admin") or user.manages_company):
            raise Forbidden()
        return view(*args, **kwargs)

    return wrapper


def login_required(view):
    """Any logged-in user may call the view."""
    return roles_required(*ROLES)(view)
