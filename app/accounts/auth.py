"""Who is calling: bearer tokens in, `g.user` out, and the role checks routes declare."""

from __future__ import annotations

import functools
import hashlib

from flask import g, request
from sqlalchemy import bindparam, select

from app import db
from app.accounts.models import FULL_SCOPE, ROLES, AccessToken, User
from app.db import utcnow
from app.db_fast import HotStatement, attach, entity_columns
from app.errors import Forbidden, MfaRequired, Unauthorized

# All that a token of scope `mfa_enrolment` may reach: who am I, enrol TOTP, log out.
MFA_ENROLMENT_ENDPOINTS = frozenset(
    {"accounts.Me", "accounts.MfaEnrol", "accounts.MfaConfirm", "accounts.Logout"}
)


# Every authenticated request runs it: one prepared statement, the token and its user made
# persistent instances without the ORM's query machinery (app.db_fast.attach).
_TOKEN_WITH_USER = HotStatement(
    select(*entity_columns(AccessToken, "token_"), *entity_columns(User, "user_"))
    .join(User, User.id == AccessToken.user_id)
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
    session = db.session()
    row = _TOKEN_WITH_USER.first(session.connection(), {"digest": token_digest(token.strip())})
    if (
        row is None
        or row.token_revoked_at is not None
        or row.token_expires_at <= utcnow()
        or not row.user_active
    ):
        raise Unauthorized("accounts.token_invalid")
    if row.token_scope != FULL_SCOPE and request.endpoint not in MFA_ENROLMENT_ENDPOINTS:
        raise MfaRequired("accounts.mfa_required")
    g.user = attach(session, User, row, "user_")
    g.token = attach(session, AccessToken, row, "token_")


def current_user():
    return getattr(g, "user", None)


def roles_required(*roles: str):
    """Only users holding one of `roles` may call the view (401 anonymous, 403 otherwise)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            user = current_user()
            if user is None:
                raise Unauthorized()
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
            raise Unauthorized()
        if not (user.has_role("admin") or user.manages_company):
            raise Forbidden()
        return view(*args, **kwargs)

    return wrapper


def login_required(view):
    """Any logged-in user may call the view."""
    return roles_required(*ROLES)(view)
