"""Stamp orders, the limits of each operator's licence, Art. 241 orders and their appeals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigId, intpk, utcnow

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
PERIODS = ("month", "quarter", "year")
NOTIFICATION_METHODS = ("hand", "post", "electronic")  # Art. 241(3)


class LicenceLimit(Base):
    """The maximum an operator may order of a category in a calendar period, set when the
    Customs approve its registration (Art. 245(2)(d): "the normal and maximum amounts")."""

    __tablename__ = "licence_limits"
    __table_args__ = (
        UniqueConstraint("operator_id", "category"),
        CheckConstraint("period IN ('month', 'quarter', 'year')", name="period"),
        CheckConstraint("maximum >= 0", name="maximum"),
    )

    id: Mapped[intpk]
    operator_id: Mapped[int] = mapped_column(BigId, ForeignKey("operators.id"))
    category: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(10))
    maximum: Mapped[int] = mapped_column(BigInteger)
    set_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    set_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))


class StampOrder(Base):
    """An operator's order of stamps of one category; pending and approved orders count
    against the limits of the calendar period of `ordered_on` (a Kosovo date)."""

    __tablename__ = "stamp_orders"
    __table_args__ = (
        CheckConstraint(f"status IN ('{PENDING}', '{APPROVED}', '{REJECTED}')", name="status"),
        CheckConstraint("quantity > 0", name="quantity"),
        # What has been ordered in a period: the limits' sum and the Art. 241 average.
        Index("ix_stamp_orders_operator_category_day", "operator_id", "category", "ordered_on"),
    )

    id: Mapped[intpk]
    operator_id: Mapped[int] = mapped_column(BigId, ForeignKey("operators.id"))
    category: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(BigInteger)
    product_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("products.id"))
    premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"))
    status: Mapped[str] = mapped_column(String(10), default=PENDING)
    ordered_on: Mapped[dt.date]
    ordered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ordered_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None]
    decided_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    reasons: Mapped[str | None] = mapped_column(Text)
    batch_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("batches.id"))


class AvoidanceOrder(Base):
    """An order of the Director General under Art. 241: the operator shall not order more of
    the categories than `caps` (the monthly average of its own orders of the 9 months before
    `starts_on`) while it stands, from `starts_on` to `ends_on` (open when none)."""

    __tablename__ = "avoidance_orders"
    __table_args__ = (
        CheckConstraint("notification_method IN ('hand', 'post', 'electronic')",
                        name="notification_method"),
    )

    id: Mapped[intpk]
    operator_id: Mapped[int] = mapped_column(BigId, ForeignKey("operators.id"), index=True)
    categories: Mapped[list[str]] = mapped_column(JSON)
    # {category: the monthly cap}, fixed when the order is made.
    caps: Mapped[dict] = mapped_column(JSON)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]
    # Art. 241(3): notified in writing by hand, by post or to an electronic address.
    notification_method: Mapped[str] = mapped_column(String(10))
    notified_on: Mapped[dt.date]
    notification_address: Mapped[str | None] = mapped_column(String(300))
    reasons: Mapped[str] = mapped_column(Text)
    made_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    made_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))


class AvoidanceAppeal(Base):
    """An appeal against an Art. 241 order to the Independent Review Board (Art. 241(4))."""

    __tablename__ = "avoidance_appeals"

    id: Mapped[intpk]
    avoidance_order_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("avoidance_orders.id"), index=True
    )
    lodged_on: Mapped[dt.date]
    grounds: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
