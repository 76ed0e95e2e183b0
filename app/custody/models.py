"""Custody events: one row per event over a serial range, never a row per stamp."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigId, intpk, utcnow


def span_level(first: int, last: int) -> int:
    """The bucket of a range's length: last - first < 2**level (docs/custody.md, "Lookups")."""
    return (last - first).bit_length()


class CustodyEvent(Base):
    """A business step (CBV) over `first`..`last` of a series: who, when, where. Append-only."""

    __tablename__ = "custody_events"
    # "Events covering serial n": per span level L, series = ? AND span_level = L AND first
    # BETWEEN n - 2**L + 1 AND n; every probe is bounded whatever the number of events.
    __table_args__ = (
        Index("ix_custody_events_series_span_level_first", "series", "span_level", "first"),
    )

    id: Mapped[intpk]
    business_step: Mapped[str] = mapped_column(String(20))
    batch_id: Mapped[int] = mapped_column(BigId, ForeignKey("batches.id"))
    series: Mapped[str] = mapped_column(String(4))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    span_level: Mapped[int] = mapped_column(SmallInteger)
    occurred_at: Mapped[dt.datetime]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Older than the latest event already recorded over the range: accepted, shown as late.
    late: Mapped[bool] = mapped_column(default=False)
    actor_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    # The company that acted; None when Customs (an officer, a supervisor, an admin) did.
    actor_operator_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("operators.id"))
    premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"))
    from_premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"))
    to_premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"))
    to_operator_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("operators.id"))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    # A receipt names the shipment it completes (when the whole range came in one shipment).
    shipment_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("custody_events.id"))
    # A correction names the event it replaces; the replaced event stays, marked as corrected.
    corrects_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("custody_events.id"))
    epcis_event_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    note: Mapped[str | None] = mapped_column(String(500))
