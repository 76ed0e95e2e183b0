"""Mail verbs: put a mail in the outbox inside the caller's transaction, and deliver the outbox.

The outbox makes mail transactional: a mail is a row written with the act that causes it, so a
request that rolls back sends nothing and one that commits cannot lose its mail. Delivery comes
after the commit: by the request itself once its answer is out (`app.mail.hooks`, best effort)
and by `flask mail send` on a timer, which retries what failed (docs/mail.md).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import email.utils
import hashlib
import hmac
import smtplib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db import utcnow
from app.mail.compose import Message
from app.mail.models import FAILED, PENDING, SENT, OutboxMail
from app.mail.transports import EmlTransport, SmtpTransport, Transport

# Where `enqueue` notes the ids of the mails a session wrote, for the after-commit delivery.
ENQUEUED = "mail_outbox_ids"
# Refusals of one mail after which the SMTP connection is still good (smtplib sent RSET).
_REFUSALS_OF_ONE_MAIL = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
)
_MAX_RETRY_DELAY = dt.timedelta(hours=6)


@dataclass(frozen=True)
class MailSettings:
    """The MAIL_* settings (README, docs/mail.md) and the key that opens sealed mails."""

    sender: str
    mail_dir: Path
    server: str | None = None
    port: int = 25
    use_tls: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    timeout_s: float = 10.0
    max_attempts: int = 8
    secret_key: str = field(default="", repr=False)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> MailSettings:
        mail_dir = config.get("MAIL_DIR") or Path(config["INSTANCE_PATH"]) / "mail"
        return cls(
            sender=config["MAIL_FROM"],
            mail_dir=Path(mail_dir),
            server=config.get("MAIL_SERVER") or None,
            port=int(config["MAIL_PORT"]),
            use_tls=bool(config["MAIL_USE_TLS"]),
            username=config.get("MAIL_USERNAME") or None,
            password=config.get("MAIL_PASSWORD") or None,
            ca_file=config.get("MAIL_CA_FILE") or None,
            timeout_s=float(config["MAIL_TIMEOUT_S"]),
            max_attempts=int(config["MAIL_MAX_ATTEMPTS"]),
            secret_key=config["SECRET_KEY"],
        )

    def transport(self) -> Transport:
        """SMTP when a server is set, else `.eml` files in `mail_dir`."""
        if not self.server:
            return EmlTransport(self.mail_dir)
        return SmtpTransport(
            self.server,
            self.port,
            use_tls=self.use_tls,
            username=self.username,
            password=self.password,
            timeout_s=self.timeout_s,
            ca_file=self.ca_file,
        )


def enqueue(
    session: Session, message: Message, *, kind: str, seal_with: str | None = None
) -> OutboxMail:
    """Put `message` in the outbox inside the caller's transaction (flushed, not committed).

    It is sent only if that transaction commits, and once committed it is not lost: the request
    delivers it after its commit, `flask mail send` whatever that left. `kind` names what the
    mail is about (its template). A mail that carries a secret (a reset link) is stored sealed
    with `seal_with` (SECRET_KEY), which `deliver` must then be given too.
    """
    sealer = _fernet(seal_with) if seal_with else None

    def stored(body: str | None) -> str | None:
        if body is None or sealer is None:
            return body
        return sealer.encrypt(body.encode()).decode()

    mail = OutboxMail(
        kind=kind,
        to_address=message.to,
        language=message.language,
        subject=message.subject,
        text_body=stored(message.text),
        html_body=stored(message.html),
        sealed=sealer is not None,
        next_attempt_at=utcnow(),
    )
    session.add(mail)
    session.flush()
    session.info.setdefault(ENQUEUED, []).append(mail.id)
    return mail


def take_enqueued(session: Session) -> list[int]:
    """The ids of the mails `session` put in the outbox since the last call (forgotten here)."""
    return session.info.pop(ENQUEUED, [])


@dataclass
class DeliveryRun:
    """What one `deliver` did: mails sent, attempts that failed and will be retried, mails
    given up (attempts exhausted or refused for good), and whether it stopped early because
    the mail server could not be reached."""

    sent: int = 0
    failed: int = 0
    given_up: int = 0
    stopped: bool = False


def deliver(
    session: Session, settings: MailSettings, *, ids: Collection[int] | None = None
) -> DeliveryRun:
    """Send the outbox's due mails, oldest first (only those among `ids`, when given).

    Each mail is claimed before it is sent with a conditional UPDATE of its own transaction,
    which also moves its next attempt into the future: two senders (a request and the timer)
    never send one mail at the same time, and a sender that dies mid-send leaves the mail to be
    retried then (so a mail may, rarely, arrive twice; it is never lost). A failed attempt is
    recorded with its error and retried after a growing delay, up to `max_attempts`; a mail
    the server refuses for good (5xx) is given up at once. When the server cannot be reached
    the run stops, leaving the other mails for the next one. No transaction is open while a
    mail travels; the session is committed after every step.
    """
    run = DeliveryRun()
    due = _due(session, ids)
    if not due:
        return run
    with contextlib.ExitStack() as connection:
        send = None
        for mail_id, attempts in due:
            mail = _claim(session, mail_id, attempts)
            if mail is None:
                session.commit()
                continue
            try:
                message = _email(mail, settings)
            except (InvalidToken, ValueError) as exc:  # a changed SECRET_KEY, a broken address
                _record_failure(session, mail_id, exc, give_up=True)
                run.given_up += 1
                continue
            finally:
                session.commit()
            try:
                if send is None:
                    send = connection.enter_context(settings.transport().open())
                send(message)
            except (smtplib.SMTPException, OSError) as exc:
                give_up = _refused_for_good(exc) or attempts + 1 >= settings.max_attempts
                _record_failure(session, mail_id, exc, give_up=give_up)
                session.commit()
                if give_up:
                    run.given_up += 1
                else:
                    run.failed += 1
                if not isinstance(exc, _REFUSALS_OF_ONE_MAIL):
                    run.stopped = True
                    break
                continue
            session.execute(
                update(OutboxMail)
                .where(OutboxMail.id == mail_id)
                .values(status=SENT, sent_at=utcnow(), last_error=None)
            )
            session.commit()
            run.sent += 1
    return run


def outbox_counts(session: Session) -> dict[str, int]:
    """How many mails of the outbox are pending, sent and failed."""
    counts = dict.fromkeys((PENDING, SENT, FAILED), 0)
    rows = session.execute(
        select(OutboxMail.status, func.count()).group_by(OutboxMail.status)
    ).all()
    counts.update({status: count for status, count in rows})
    return counts


def retry_delay(attempt: int) -> dt.timedelta:
    """How long after its `attempt`-th try a mail is tried again: 2, 4, 8... minutes (at most
    six hours). The first is also the lease of a sender that claimed it: longer than any
    send takes within MAIL_TIMEOUT_S."""
    return min(dt.timedelta(minutes=2**attempt), _MAX_RETRY_DELAY)


def open_body(mail: OutboxMail, secret_key: str) -> tuple[str, str | None]:
    """The mail's text and HTML bodies as written, sealed or not."""
    if not mail.sealed:
        return mail.text_body, mail.html_body
    sealer = _fernet(secret_key)
    html_body = sealer.decrypt(mail.html_body.encode()).decode() if mail.html_body else None
    return sealer.decrypt(mail.text_body.encode()).decode(), html_body


def _due(session: Session, ids: Collection[int] | None) -> list[tuple[int, int]]:
    statement = (
        select(OutboxMail.id, OutboxMail.attempts)
        .where(OutboxMail.status == PENDING, OutboxMail.next_attempt_at <= utcnow())
        .order_by(OutboxMail.id)
    )
    if ids is not None:
        if not ids:
            return []
        statement = statement.where(OutboxMail.id.in_(list(ids)))
    rows = [(row.id, row.attempts) for row in session.execute(statement)]
    session.commit()
    return rows


def _claim(session: Session, mail_id: int, attempts: int) -> OutboxMail | None:
    """Take the mail for one attempt if it is still pending, due and untouched since it was
    listed (its `attempts` unchanged); the caller commits."""
    now = utcnow()
    claimed = session.execute(
        update(OutboxMail)
        .where(
            OutboxMail.id == mail_id,
            OutboxMail.status == PENDING,
            OutboxMail.attempts == attempts,
            OutboxMail.next_attempt_at <= now,
        )
        .values(
            attempts=attempts + 1,
            last_attempt_at=now,
            next_attempt_at=now + retry_delay(attempts + 1),
        )
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        return None
    return session.get(OutboxMail, mail_id, populate_existing=True)


def _record_failure(session: Session, mail_id: int, exc: Exception, *, give_up: bool) -> None:
    values: dict[str, Any] = {"last_error": f"{type(exc).__name__}: {exc}"[:500]}
    if give_up:
        values["status"] = FAILED
    session.execute(update(OutboxMail).where(OutboxMail.id == mail_id).values(**values))


def _refused_for_good(exc: Exception) -> bool:
    """A 5xx refusal of this mail (an unknown mailbox, a rejected sender): retrying won't help."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    return isinstance(exc, _REFUSALS_OF_ONE_MAIL) and exc.smtp_code >= 500


def _email(mail: OutboxMail, settings: MailSettings) -> EmailMessage:
    text, html_body = open_body(mail, settings.secret_key)
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Date"] = email.utils.format_datetime(mail.created_at)
    # The same on every attempt, so that a receiver can tell a retried mail from a new one.
    domain = email.utils.parseaddr(settings.sender)[1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<{mail.created_at:%Y%m%d%H%M%S%f}.{mail.id}@{domain}>"
    # RFC 3834: no vacation auto-replies to an automatic mail.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    if html_body:
        message.add_alternative(html_body, subtype="html")
    # After the content: setting it clears the Content-* headers.
    message["Content-Language"] = mail.language
    return message


def _fernet(secret_key: str) -> Fernet:
    # A key of its own, derived from SECRET_KEY, for this one use.
    key = hmac.new(secret_key.encode(), b"banderola mail outbox", hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(key))
