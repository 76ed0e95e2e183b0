"""A company's application to the operators' portal, kept as sent until the Customs decide."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigId, intpk, utcnow

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
STATUSES = (PENDING, APPROVED, REJECTED)
LIVE = f"status IN ('{PENDING}', '{APPROVED}')"


class Registration(Base):
    """What the applicant sent (the administrator's password only as its Argon2 hash), and the
    decision: who took it, when, the reasons of a refusal, the operator an approval made."""

    __tablename__ = "registrations"
    __table_args__ = (
        CheckConstraint(f"status IN ('{PENDING}', '{APPROVED}', '{REJECTED}')", name="status"),
        # A NUI pending or approved once: the service checks it, this keeps it under races.
        Index("uq_registrations_live_nui", "nui", unique=True,
              sqlite_where=text(LIVE), postgresql_where=text(LIVE)),
    )

    id: Mapped[intpk]
    status: Mapped[str] = mapped_column(String(10), default=PENDING)
    company_name: Mapped[str] = mapped_column(String(200))
    nui: Mapped[str] = mapped_column(String(20))
    licence_number: Mapped[str] = mapped_column(String(40))
    licence_kinds: Mapped[list[str]] = mapped_column(JSON)
    categories: Mapped[list[str]] = mapped_column(JSON)
    licence_valid_from: Mapped[dt.date]
    licence_valid_to: Mapped[dt.date]
    premises: Mapped[list[dict]] = mapped_column(JSON)
    contact: Mapped[dict] = mapped_column(JSON)
    admin_email: Mapped[str] = mapped_column(String(254))
    admin_password_hash: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[dt.datetime | None]
    decided_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    reasons: Mapped[str | None] = mapped_column(Text)
    operator_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("operators.id"))
