"""Who is calling: bearer tokens in, `g.user` out, and the role checks routes declare."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

from flask import current_app, g, request
from sqlalchemy import bindparam, select

from app import db
from app.accounts.models import FULL_SCOPE, ROLES, AccessToken, ApiKey, User
from app.accounts.rules import company_permits, key_permits
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


# What every API key starts with: a key is told from a user's token at a glance (and by secret
# scanners) and is looked up among keys only.
API_KEY_PREFIX = "bik_"

_LIVE_KEY = HotStatement(
    select(*entity_columns(ApiKey, "key_")).where(ApiKey.key_hash == bindparam("digest"))
)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class KeyHolder:
    """Who calls with an API key: the key's company, as an operator without a person (no user
    id) and without a company role: the key's scopes say what it may reach."""

    key_id: int
    operator_id: int
    scopes: tuple[str, ...]
    id: None = None
    roles: tuple[str, ...] = ("operator",)
    company_role: None = None
    active: bool = True
    manages_company: bool = False

    def has_role(self, *roles: str) -> bool:
        return "operator" in roles


def _view_method():
    """The function that will answer this request (a MethodView's method), or None."""
    view = current_app.view_functions.get(request.endpoint or "")
    view_class = getattr(view, "view_class", None)
    if view_class is None:
        return view
    return getattr(view_class, request.method.lower(), None)


def _load_key(session, key: str) -> None:
    """An API key: live, and only on an operation open to one of its scopes (403 elsewhere)."""
    row = _LIVE_KEY.first(session.connection(), {"digest": token_digest(key)})
    if row is None or row.key_revoked_at is not None:
        raise Unauthorized("accounts.token_invalid")
    scope = getattr(_view_method(), "api_key_scope", None)
    if scope is None or not key_permits(row.key_scopes, scope):
        raise Forbidden("accounts.api_key_scope")
    g.api_key = attach(session, ApiKey, row, "key_")
    g.user = KeyHolder(key_id=row.key_id, operator_id=row.key_operator_id,
                       scopes=tuple(row.key_scopes))


def load_user() -> None:
    """Before each request: resolve `Authorization: Bearer` to a live, unrevoked token's user.

    This is also the one place that confines a user who must enrol MFA (officers, supervisors,
    admins logged in with the password only) to the enrolment endpoints: 403 `mfa_required`.
    """
    g.user = None
    g.token = None
    g.api_key = None
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return
    session = db.session()
    if token.strip().startswith(API_KEY_PREFIX):
        _load_key(session, token.strip())
        return
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


def company_action(action: str, *, key_scope: str | None = None):
    """Operator users may call the view only when their company role permits `action`
    (`rules.company_permits`); API keys reach it only when `key_scope` is one of their scopes
    (checked by `load_user`). Customs staff pass: their roles are checked by `roles_required`.
    Place it under `roles_required`."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            user = current_user()
            if user is None:
                raise Unauthorized()
            if (
                getattr(g, "api_key", None) is None
                and user.has_role("operator")
                and not user.has_role("admin", "officer", "supervisor")
                and not company_permits(user.company_role, action)
            ):
                raise Forbidden("accounts.company_role_forbidden", action=action)
            return view(*args, **kwargs)

        # Read by load_user through every decorator above (functools.wraps copies __dict__).
        wrapper.api_key_scope = key_scope
        return wrapper

    return decorator


def login_required(view):
    """Any logged-in user may call the view."""
    return roles_required(*ROLES)(view)
