"""A signed-in user's request for help (seeds/000: "Contact Support") and its status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigId, intpk, utcnow

# open: not looked at yet; in_progress: an admin is on it; closed: answered or settled.
STATUSES = ("open", "in_progress", "closed")


class SupportRequest(Base):
    __tablename__ = "support_requests"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'closed')", name="status"),
    )

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    # The company of an operator user when they asked, so that admins see who is asking.
    operator_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("operators.id"))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # The language the user wrote in (that of their request), for the answer.
    language: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
