"""Password reset by e-mail ("Forgot password", seeds/000): a single-use, expiring link mailed
to the account's address, and the new password set with it (docs/accounts.md)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.accounts.auth import token_digest
from app.accounts.models import PasswordReset, User
from app.accounts.service import check_password, hash_password, revoke_tokens
from app.db import utcnow
from app.errors import Invalid
from app.mail.compose import compose
from app.mail.service import enqueue

MAIL_TEMPLATE = "password_reset"
# The screen of the PWA that the mailed link opens (pwa/js/screens/reset-password.js). The
# token travels in the fragment, which browsers send to no server and put in no Referer.
PWA_ROUTE = "#/reset-password?token="


@dataclass(frozen=True)
class ResetSettings:
    """How long a link works, where it points (PUBLIC_BASE_URL), and the key that seals it in
    the mail outbox until it is sent (SECRET_KEY)."""

    ttl: dt.timedelta
    public_base_url: str
    secret_key: str = field(repr=False)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> ResetSettings:
        return cls(
            ttl=dt.timedelta(minutes=int(config["PASSWORD_RESET_TTL_MINUTES"])),
            public_base_url=config["PUBLIC_BASE_URL"],
            secret_key=config["SECRET_KEY"],
        )

    def link(self, token: str) -> str:
        return f"{self.public_base_url.rstrip('/')}/{PWA_ROUTE}{token}"


@dataclass(frozen=True)
class ResetDone:
    user: User
    sessions_ended: int


def request_password_reset(
    session: Session, settings: ResetSettings, *, email: str, language: str
) -> None:
    """Mail a reset link to the active account of `email`, if there is one.

    Whether there is one never shows: the caller answers the same either way, a token is drawn
    and hashed and the mail composed either way (only the rows differ), and the mail leaves
    after the answer (app.mail.hooks). The link works
    once, for `settings.ttl`; it revokes the user's earlier links (the user's row is locked, so
    parallel requests leave one link alive). The mail is in the user's language, else
    `language` (the request's).
    """
    address = email.strip().lower()
    token = secrets.token_urlsafe(32)
    digest = token_digest(token)
    user = session.scalar(select(User).where(User.email == address).with_for_update())
    found = user is not None and user.active
    message = compose(
        MAIL_TEMPLATE,
        (user.language if found else None) or language,
        address,
        email=address,
        link=settings.link(token),
        minutes=int(settings.ttl.total_seconds() // 60),
    )
    if not found:
        return
    now = utcnow()
    _revoke_links(session, user, now)
    session.add(
        PasswordReset(user_id=user.id, token_hash=digest, created_at=now,
                      expires_at=now + settings.ttl)
    )
    enqueue(session, message, kind=MAIL_TEMPLATE, seal_with=settings.secret_key)


def confirm_password_reset(
    session: Session, *, token: str, password: str, language: str
) -> ResetDone:
    """Set `password` on the account of the reset link `token`; every session of it ends.

    The link must be known, unused, not replaced by a newer one and not expired (422
    `validation_failed`, `errors.token` saying `unknown`, `used` or `expired`); the password
    passes the checks of every password (`check_password`). Refused, nothing is written. Of
    two parallel uses of one link, one wins and the other finds it used. The account's lockout
    ends too: whoever holds the link controls its mailbox. TOTP, once enrolled, stays required.
    An account without a language takes `language` (the request's) for its next mails.
    """
    now = utcnow()
    reset = session.scalar(
        select(PasswordReset).where(PasswordReset.token_hash == token_digest(token))
    )
    user = session.get(User, reset.user_id) if reset is not None else None
    if user is None or not user.active:
        raise _refused("unknown")
    if reset.used_at is not None or reset.revoked_at is not None:
        raise _refused("used")
    if reset.expires_at <= now:
        raise _refused("expired")
    check_password(password, email=user.email)
    used = session.execute(
        update(PasswordReset)
        .where(
            PasswordReset.id == reset.id,
            PasswordReset.used_at.is_(None),
            PasswordReset.revoked_at.is_(None),
        )
        .values(used_at=now)
    )
    if used.rowcount != 1:
        raise _refused("used")
    _revoke_links(session, user, now)
    user.password_hash = hash_password(password)
    user.password_changed_at = now
    user.failed_logins = 0
    user.locked_until = None
    user.language = user.language or language
    ended = revoke_tokens(session, user)
    session.flush()
    return ResetDone(user=user, sessions_ended=ended)


def _revoke_links(session: Session, user: User, now: dt.datetime) -> None:
    session.execute(
        update(PasswordReset)
        .where(
            PasswordReset.user_id == user.id,
            PasswordReset.used_at.is_(None),
            PasswordReset.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )


def _refused(reason: str) -> Invalid:
    return Invalid(f"accounts.reset_token_{reason}", errors={"token": [reason]})
