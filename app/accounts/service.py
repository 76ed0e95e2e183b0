"""Account verbs: users, log in (password + TOTP or a recovery code), tokens, MFA enrolment."""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.accounts import rules
from app.accounts.auth import token_digest
from app.accounts.models import (
    COMPANY_ROLES,
    FULL_SCOPE,
    MFA_ENROLMENT_SCOPE,
    MFA_REQUIRED_ROLES,
    ROLES,
    AccessToken,
    RecoveryCode,
    User,
)
from app.db import utcnow
from app.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, unknown_reference
from app.registry.models import Operator

_hasher = PasswordHasher()
# Recovery codes carry ~50 random bits: a lighter Argon2 (OWASP minimum) is enough and keeps a
# recovery login, which may try all ten, well under a second.
_code_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
# Verifying against these keeps the time of a refused login the same whatever was wrong: an
# unknown email, a locked account, a wrong password or a wrong code (docs/accounts.md).
_DUMMY_HASH = _hasher.hash("not-a-real-password")
_DUMMY_CODE_HASH = _code_hasher.hash("not-a-real-code")
LOCKOUT_THRESHOLD = 5
LOCKOUT_DURATION = dt.timedelta(minutes=15)
# TOTP as every authenticator app expects it (RFC 6238 defaults): SHA-1, 6 digits, 30 s steps;
# one step of clock drift is accepted either side.
TOTP_DIGITS = 6
TOTP_PERIOD_S = 30
TOTP_DRIFT_STEPS = 1
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(password: str, *, email: str | None, field: str = "password") -> None:
    """Refuse a new password that breaks the policy (`rules.password_problems`): 422
    `validation_failed` naming every problem under `field`. Every way of setting a password
    calls it."""
    problems = rules.password_problems(password, email=email)
    if problems:
        raise Invalid(problems[0], errors={field: problems}, **rules.POLICY)


def check_roles(roles: list[str], operator_id: int | None, company_role: str | None) -> None:
    """Known roles; operator users (and only they) belong to one company and hold a role in it."""
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise Invalid("accounts.unknown_role", errors={"roles": unknown or ["required"]})
    if ("operator" in roles) != (operator_id is not None):
        raise Invalid("accounts.operator_binding")
    if ("operator" in roles) != (company_role is not None):
        raise Invalid("accounts.operator_binding")
    if company_role is not None and company_role not in COMPANY_ROLES:
        raise Invalid("accounts.unknown_role", errors={"company_role": [company_role]})


def company_role_for(roles: list[str], company_role: str | None, company_admin: bool | None):
    """The company role of a new operator user: as given; else from the older `company_admin`
    flag (true: administrator); else `read_only`, the least a colleague is given. None for
    everyone else."""
    if "operator" not in roles:
        if company_role is not None or company_admin:
            raise Invalid("accounts.operator_binding")
        return None
    if company_role is not None:
        if company_admin is not None and company_admin != (company_role == "administrator"):
            raise Invalid("accounts.company_role_mismatch")
        return company_role
    if company_admin is not None:
        return rules.legacy_company_role(company_admin)
    return "read_only"


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    roles: list[str],
    operator_id: int | None = None,
    full_name: str = "",
    totp_secret: str | None = None,
    company_role: str | None = None,
    company_admin: bool | None = None,
) -> User:
    """Create a user; operator users must name their company, other roles must not.
    `company_admin` is the older way to say `company_role="administrator"`."""
    email = email.strip().lower()
    company_role = company_role_for(roles, company_role, company_admin)
    check_roles(roles, operator_id, company_role)
    check_password(password, email=email)
    if operator_id is not None and session.get(Operator, operator_id) is None:
        raise unknown_reference("operator_id")
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict("accounts.email_taken")
    user = User(
        email=email,
        full_name=full_name,
        password_hash=hash_password(password),
        roles=list(roles),
        operator_id=operator_id,
        company_role=company_role,
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
    scope: str


class LoginError(Unauthorized):
    """The one 401 of every refused login; `reason` and `user` are for the audit trail only."""

    def __init__(self, reason: str, user: User | None) -> None:
        super().__init__("accounts.login_failed")
        self.reason = reason
        self.user = user


def login(
    session: Session,
    *,
    email: str,
    password: str,
    otp: str | None,
    ttl: dt.timedelta,
    lockout_threshold: int = LOCKOUT_THRESHOLD,
    lockout_duration: dt.timedelta = LOCKOUT_DURATION,
    reject_reused_otp: bool = True,
) -> IssuedToken:
    """Check password and (once enrolled) the TOTP or a recovery code; issue a bearer token.

    Every refusal is the same `LoginError`, and costs the same work, whatever was wrong: an
    unknown email, a locked or disabled account, a wrong password, a missing or wrong code.
    `lockout_threshold` failures in a row (wrong password or code) lock the account for
    `lockout_duration`. The user's row stays locked until the caller commits, so parallel
    attempts on one account take turns: each sees the failures and the codes used before it
    (at most `lockout_threshold` passwords are checked before the lock holds; a TOTP step or
    a recovery code gives one token). A user who must use MFA but has not enrolled yet gets a
    token of scope `mfa_enrolment`.
    """
    user = session.scalar(
        select(User)
        .where(User.email == email.strip().lower())
        # FOR NO KEY UPDATE: rows that merely reference the user (their new tokens, cases,
        # inspections) are not held up while a login verifies a password.
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    now = utcnow()
    locked = user is not None and user.locked_until is not None and user.locked_until > now
    checked = user is not None and not locked
    password_right = _verify(user.password_hash if checked else _DUMMY_HASH, password) and checked
    needs_code = password_right and user.active and user.mfa_enabled
    code_right = _second_factor(
        session, user if needs_code else None, otp, now, reject_reused_otp
    )
    if user is None:
        raise LoginError("unknown_email", None)
    if locked:
        raise LoginError("locked", user)
    if not password_right:
        _count_failure(user, now, lockout_threshold, lockout_duration)
        raise LoginError("password", user)
    if not user.active:
        raise LoginError("disabled", user)
    if needs_code and not code_right:
        _count_failure(user, now, lockout_threshold, lockout_duration)
        raise LoginError("otp", user)
    user.failed_logins = 0
    user.locked_until = None
    scope = MFA_ENROLMENT_SCOPE if mfa_pending(user) else FULL_SCOPE
    return issue_token(session, user, ttl, scope=scope)


def issue_token(
    session: Session, user: User, ttl: dt.timedelta, *, scope: str = FULL_SCOPE
) -> IssuedToken:
    token = secrets.token_urlsafe(32)
    expires_at = utcnow() + ttl
    session.add(
        AccessToken(token_hash=token_digest(token), user=user, expires_at=expires_at, scope=scope)
    )
    session.flush()
    return IssuedToken(token=token, expires_at=expires_at, user=user, scope=scope)


def mfa_pending(user: User) -> bool:
    """Officers, supervisors, admins and operators' portal users (every role), and any user marked
    `mfa_required`, must enrol TOTP before they can do anything else."""
    required = user.mfa_required or bool(MFA_REQUIRED_ROLES.intersection(user.roles))
    return required and not user.mfa_enabled


def revoke_token(token: AccessToken) -> None:
    token.revoked_at = utcnow()


def revoke_tokens(session: Session, user: User, *, keep: AccessToken | None = None) -> int:
    """Revoke every live token of `user` except `keep`; returns how many."""
    statement = (
        update(AccessToken)
        .where(AccessToken.user_id == user.id, AccessToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    if keep is not None:
        statement = statement.where(AccessToken.id != keep.id)
    result = session.execute(statement.execution_options(synchronize_session="fetch"))
    return result.rowcount or 0


def change_password(
    session: Session, user: User, *, current: str, new: str, token: AccessToken | None
) -> None:
    """Replace the password; every other token of the user stops working."""
    if not _verify(user.password_hash, current):
        raise Invalid(
            "accounts.current_password_wrong", errors={"current_password": ["does not match"]}
        )
    check_password(new, email=user.email, field="new_password")
    if _verify(user.password_hash, new):
        raise Invalid("accounts.password_unchanged", errors={"new_password": ["same as current"]})
    user.password_hash = hash_password(new)
    user.password_changed_at = utcnow()
    revoke_tokens(session, user, keep=token)
    session.flush()


@dataclass(frozen=True)
class Enrolment:
    secret: str
    otpauth_uri: str


def begin_enrolment(user: User, issuer: str) -> Enrolment:
    """A fresh TOTP secret, kept on the user until confirmed with a code from the app."""
    if user.mfa_enabled:
        raise Conflict("accounts.mfa_already_enabled")
    user.totp_secret = pyotp.random_base32()
    user.totp_last_step = None
    uri = _totp(user.totp_secret).provisioning_uri(name=user.email, issuer_name=issuer)
    return Enrolment(secret=user.totp_secret, otpauth_uri=uri)


def confirm_enrolment(
    session: Session, user: User, otp: str, token: AccessToken | None
) -> list[str]:
    """Enable MFA once a current code proves the app has the secret; returns recovery codes.

    The codes are shown this once; only their hashes are kept, and each works once. The token
    used for the confirmation gains the full scope.
    """
    if user.mfa_enabled:
        raise Conflict("accounts.mfa_already_enabled")
    if user.totp_secret is None:
        raise Conflict("accounts.mfa_not_enrolled")
    step = _matching_step(user.totp_secret, otp, utcnow())
    if step is None:
        raise Invalid("accounts.otp_required_or_wrong", errors={"otp": ["wrong or expired"]})
    user.totp_last_step = step
    user.mfa_enabled = True
    if token is not None:
        token.scope = FULL_SCOPE
    return replace_recovery_codes(session, user)


def replace_recovery_codes(session: Session, user: User) -> list[str]:
    """Discard the user's recovery codes and make RECOVERY_CODE_COUNT new ones."""
    _delete_recovery_codes(session, user)
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    session.add_all(RecoveryCode(user_id=user.id, code_hash=_code_hasher.hash(c)) for c in codes)
    session.flush()
    return codes


def reset_mfa(session: Session, user: User) -> None:
    """Forget the user's TOTP secret and recovery codes (lost phone); they enrol again."""
    user.totp_secret = None
    user.totp_last_step = None
    user.mfa_enabled = False
    _delete_recovery_codes(session, user)
    revoke_tokens(session, user)


def list_users(
    session: Session, actor: User, *, operator_id: int | None, limit: int, offset: int
) -> list[User]:
    """Admins see every user; a company administrator sees their own company's users."""
    statement = select(User).order_by(User.id)
    if not actor.has_role("admin"):
        operator_id = _company_of(actor)
    if operator_id is not None:
        statement = statement.where(User.operator_id == operator_id)
    return list(session.scalars(statement.limit(limit).offset(offset)))


def get_managed_user(session: Session, actor: User, user_id: int) -> User:
    """A user `actor` may manage; another company's users do not exist for a company admin."""
    user = session.get(User, user_id)
    if user is None or (not actor.has_role("admin") and user.operator_id != _company_of(actor)):
        raise NotFound("user")
    return user


def add_user(session: Session, actor: User, **fields) -> User:
    """Create a user as `actor`: admins any user, a company admin an operator of their company."""
    if not actor.has_role("admin"):
        company = _company_of(actor)
        if fields.get("roles") != ["operator"]:
            raise Forbidden("accounts.company_admin_operators_only")
        if fields.get("operator_id") not in (None, company):
            raise Forbidden("accounts.company_admin_own_company")
        fields["operator_id"] = company
    return create_user(session, **fields)


_COMPANY_ADMIN_FIELDS = frozenset({"active", "company_admin", "company_role", "full_name"})


def update_user(session: Session, actor: User, user: User, changes: dict) -> User:
    """Apply `changes` (active, company_role or company_admin, full_name; admins also roles,
    operator_id and reset_mfa). Nobody disables or demotes themselves. Disabling, a change of
    roles, company or company role and an MFA reset end every session of the user. A user an
    admin (the Customs) disabled stays as the Customs left them until an admin enables them:
    their company administrator may only rename them."""
    customs = actor.has_role("admin")
    if not customs and not _COMPANY_ADMIN_FIELDS.issuperset(changes):
        raise Forbidden("accounts.company_admin_fields")
    if not customs and user.disabled_by_customs and set(changes) - {"full_name"}:
        raise Forbidden("accounts.disabled_by_customs")
    if user.id == actor.id and (set(changes) - {"full_name"}):
        raise Forbidden("accounts.not_yourself")
    roles = changes.get("roles", user.roles)
    operator_id = changes.get("operator_id", user.operator_id)
    if "roles" in changes and "operator" not in roles and "operator_id" not in changes:
        operator_id = None
    company_role = _changed_company_role(user, roles, changes)
    check_roles(roles, operator_id, company_role)
    if operator_id != user.operator_id and operator_id is not None \
            and session.get(Operator, operator_id) is None:
        raise unknown_reference("operator_id")
    end_sessions = (
        changes.get("active") is False
        or roles != user.roles
        or operator_id != user.operator_id
        or company_role != user.company_role
    )
    if "full_name" in changes:
        user.full_name = changes["full_name"]
    if "active" in changes:
        user.active = changes["active"]
        if customs:
            user.disabled_by_customs = not user.active
        if user.active:
            user.failed_logins = 0
            user.locked_until = None
    user.roles = list(roles)
    user.operator_id = operator_id
    user.company_role = company_role
    if changes.get("reset_mfa"):
        reset_mfa(session, user)
    elif end_sessions:
        revoke_tokens(session, user)
    session.flush()
    return user


def _changed_company_role(user: User, roles: list[str], changes: dict) -> str | None:
    """The user's company role after `changes`: `company_role`, or the older `company_admin`
    (true: administrator; false: an administrator becomes `logistics`, what a colleague who
    was not one could do); none once the user is no operator."""
    wanted = changes.get("company_role")
    flag = changes.get("company_admin")
    if "operator" not in roles:
        if wanted is not None or flag:
            raise Invalid("accounts.operator_binding")
        return None
    if wanted is not None:
        if flag is not None and flag != (wanted == "administrator"):
            raise Invalid("accounts.company_role_mismatch")
        return wanted
    if flag is not None:
        if flag:
            return "administrator"
        return "logistics" if user.company_role == "administrator" else user.company_role
    # A user made an operator by an admin gets the least role until given another.
    return user.company_role or "read_only"


def _company_of(actor: User) -> int:
    if not actor.manages_company or actor.operator_id is None:
        raise Forbidden()
    return actor.operator_id


def _second_factor(
    session: Session, user: User | None, otp: str | None, now: dt.datetime, reject_reused: bool
) -> bool:
    """A current TOTP code of `user` (each step once when `reject_reused`), or one of their
    unused recovery codes, which is then used up. `user` is None when the login fails anyway:
    a recovery-code-shaped `otp` then costs the same RECOVERY_CODE_COUNT verifications, so
    that the time of a refusal does not tell a right password."""
    if not otp:
        return False
    otp = otp.strip().lower()
    if otp.isdigit():
        if user is None:
            return False
        step = _matching_step(user.totp_secret, otp, now)
        if step is None or (reject_reused and step <= (user.totp_last_step or -1)):
            return False
        user.totp_last_step = step
        return True
    codes = [] if user is None else list(session.scalars(
        select(RecoveryCode).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    ))
    hashes = [code.code_hash for code in codes]
    hashes += [_DUMMY_CODE_HASH] * (RECOVERY_CODE_COUNT - len(hashes))
    matches = [_verify(code_hash, otp, _code_hasher) for code_hash in hashes]
    used = next((code for code, match in zip(codes, matches, strict=False) if match), None)
    if used is None:
        return False
    used.used_at = now
    return True


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_PERIOD_S)


def _matching_step(secret: str | None, otp: str, now: dt.datetime) -> int | None:
    """The time step whose code is `otp`, within the accepted drift; None when none is."""
    if secret is None:
        return None
    totp = _totp(secret)
    current = totp.timecode(now)
    for step in range(current - TOTP_DRIFT_STEPS, current + TOTP_DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), otp.strip()):
            return step
    return None


def _new_recovery_code() -> str:
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
    return f"{chars[:5]}-{chars[5:]}"


def _delete_recovery_codes(session: Session, user: User) -> None:
    for code in session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id)):
        session.delete(code)


def _verify(password_hash: str, password: str, hasher: PasswordHasher = _hasher) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(
    user: User, now: dt.datetime, threshold: int, duration: dt.timedelta
) -> None:
    user.failed_logins += 1
    if user.failed_logins >= threshold:
        user.locked_until = now + duration
        user.failed_logins = 0
