"""Users, their access tokens, their one-time MFA recovery codes and password reset links."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.rules import company_permits
from app.db import Base, BigId, intpk, utcnow

ROLES = ("officer", "supervisor", "operator", "admin")
# Art. 251 decisions and the safety of evidence: these roles must log in with TOTP.
# Operators' portal users too: they order and hold the codes of genuine stamps (seeds/000: "the
# portal uses ... multi-factor authentication").
MFA_REQUIRED_ROLES = frozenset({"officer", "supervisor", "admin", "operator"})
# What an operator user may do inside their company: app.accounts.rules.company_permits.
COMPANY_ROLES = ("administrator", "ordering", "logistics", "read_only")
FULL_SCOPE = "full"
MFA_ENROLMENT_SCOPE = "mfa_enrolment"


class User(Base):
    __tablename__ = "users"

    id: Mapped[intpk]
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Operator users belong to one licensed operator company.
    operator_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("operators.id"), index=True
    )
    # An operator user's role inside their company (COMPANY_ROLES); None for Customs staff.
    company_role: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    # Disabled by an admin (the Customs): only an admin enables them again or changes their
    # access; their company's administrator cannot.
    disabled_by_customs: Mapped[bool] = mapped_column(default=False, server_default=false())
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    mfa_enabled: Mapped[bool] = mapped_column(default=False)
    # Must enrol TOTP at first sign-in whatever the roles (a company administrator made by an
    # approved registration, docs/operators.md).
    mfa_required: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The last TOTP time step accepted: a code is good once, never replayed within its window.
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    password_changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # sq, sr or en: the language of the mails the user gets; none yet means the language of the
    # request that causes the mail.
    language: Mapped[str | None] = mapped_column(String(2))

    tokens: Mapped[list[AccessToken]] = relationship(back_populates="user")

    def has_role(self, *roles: str) -> bool:
        return any(role in self.roles for role in roles)

    @property
    def company_admin(self) -> bool:
        """The company's administrator (the field of the API before `company_role`)."""
        return self.company_role == "administrator" and "operator" in self.roles

    @property
    def manages_company(self) -> bool:
        """An operator company's own administrator (adds, disables and promotes colleagues)."""
        return (
            self.active
            and "operator" in self.roles
            and company_permits(self.company_role, "manage_users")
        )


class AccessToken(Base):
    __tablename__ = "access_tokens"

    id: Mapped[intpk]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]
    # "full", or "mfa_enrolment" for a password-only login of a user who must still enrol TOTP:
    # such a token reaches only /auth/me, /auth/mfa/* and /auth/logout.
    scope: Mapped[str] = mapped_column(String(20), default=FULL_SCOPE, server_default=FULL_SCOPE)

    user: Mapped[User] = relationship(back_populates="tokens")


class RecoveryCode(Base):
    """A one-time code accepted instead of the TOTP at login; only its Argon2 hash is kept."""

    __tablename__ = "recovery_codes"

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    used_at: Mapped[dt.datetime | None]


class PasswordReset(Base):
    """A password reset link sent by mail: only the SHA-256 of its token is kept; it works
    once, until `expires_at`, and a newer link of the same user revokes it."""

    __tablename__ = "password_resets"

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]


class ApiKey(Base):
    """A key an operator company's system (an ERP sending EPCIS) sends instead of a user's
    token: it acts for its company with its scopes only. Only the SHA-256 of the key is kept;
    the key itself is shown once, when made."""

    __tablename__ = "api_keys"

    id: Mapped[intpk]
    operator_id: Mapped[int] = mapped_column(BigId, ForeignKey("operators.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The key's first characters, to tell keys apart in a list without showing them.
    key_prefix: Mapped[str] = mapped_column(String(16))
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None]
    revoked_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
