"""Account verbs: create users, log in (password + TOTP), issue and revoke tokens."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.auth import token_digest
from app.accounts.models import MFA_REQUIRED_ROLES, ROLES, AccessToken, User
from app.db import utcnow
from app.errors import Conflict, DomainError, Invalid

_hasher = PasswordHasher()
# Verifying against this keeps the time of an unknown-email login the same as a known one.
_DUMMY_HASH = _hasher.hash("not-a-real-password")
MIN_PASSWORD_LENGTH = 10
LOCKOUT_THRESHOLD = 5
LOCKOUT_DURATION = dt.timedelta(minutes=15)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    roles: list[str],
    operator_id: int | None = None,
    full_name: str = "",
    totp_secret: str | None = None,
    company_admin: bool = False,
) -> User:
    """Create a user; operator users must name their company, other roles must not."""
    email = email.strip().lower()
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise Invalid("accounts.unknown_role", errors={"roles": unknown or ["required"]})
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid("accounts.password_too_short", minimum=MIN_PASSWORD_LENGTH)
    if ("operator" in roles) != (operator_id is not None):
        raise Invalid("accounts.operator_binding")
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict("accounts.email_taken")
    user = User(
        email=email,
        full_name=full_name,
        password_hash=hash_password(password),
        roles=list(roles),
        operator_id=operator_id,
        company_admin=company_admin,
        totp_secret=totp_secret,
        mfa_enabled=totp_secret is not None,
    )
    session.add(user)
    session.flush()
    return user


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: dt.datetime
    user: User


def login(
    session: Session, *, email: str, password: str, otp: str | None, ttl: dt.timedelta
) -> IssuedToken:
    """Check password and (where enrolled or required) the TOTP code; issue a bearer token.

    Failures never reveal whether the email exists; repeated failures lock the account for a
    while (the lock is reported the same way as a wrong password).
    """
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    now = utcnow()
    if user is None:
        _verify(_DUMMY_HASH, password)
        raise DomainError("unauthorized", 401, "accounts.login_failed")
    if user.locked_until is not None and user.locked_until > now:
        _verify(_DUMMY_HASH, password)
        raise DomainError("unauthorized", 401, "accounts.login_failed")
    if not _verify(user.password_hash, password) or not user.active:
        _count_failure(user, now)
        raise DomainError("unauthorized", 401, "accounts.login_failed")
    if user.mfa_enabled:
        if not otp or not pyotp.TOTP(user.totp_secret).verify(otp.strip(), valid_window=1):
            _count_failure(user, now)
            raise DomainError("unauthorized", 401, "accounts.otp_required_or_wrong")
    user.failed_logins = 0
    user.locked_until = None
    token = secrets.token_urlsafe(32)
    expires_at = now + ttl
    session.add(AccessToken(token_hash=token_digest(token), user=user, expires_at=expires_at))
    session.flush()
    return IssuedToken(token=token, expires_at=expires_at, user=user)


def mfa_pending(user: User) -> bool:
    """Officers, supervisors and admins must enrol TOTP before they can do anything else."""
    return bool(MFA_REQUIRED_ROLES.intersection(user.roles)) and not user.mfa_enabled


def revoke_token(token: AccessToken) -> None:
    token.revoked_at = utcnow()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(user: User, now: dt.datetime) -> None:
    user.failed_logins += 1
    if user.failed_logins >= LOCKOUT_THRESHOLD:
        user.locked_until = now + LOCKOUT_DURATION
        user.failed_logins = 0
