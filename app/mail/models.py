"""The mail outbox: every mail the application sends, written in the transaction that causes it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, intpk, utcnow

PENDING = "pending"
SENT = "sent"
FAILED = "failed"  # given up: attempts exhausted, or refused for good by the mail server


class OutboxMail(Base):
    """One mail: composed when its cause commits, sent after (by the request or `mail send`)."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        CheckConstraint(f"status IN ('{PENDING}', '{SENT}', '{FAILED}')", name="status"),
        # The senders' question: which pending mails are due now, oldest first.
        Index("ix_mail_outbox_due", "status", "next_attempt_at"),
    )

    id: Mapped[intpk]
    # What the mail is about (the template's name: `password_reset`, ...).
    kind: Mapped[str] = mapped_column(String(40))
    to_address: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(300))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str | None] = mapped_column(Text)
    # A mail carrying a secret (a password reset link) keeps its bodies sealed under a key
    # derived from SECRET_KEY: a copy of the database alone does not give the link.
    sealed: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(10), default=PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    # When a sender may next take it; a sender that claims it moves this on (its lease).
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]
