"""An inspection (who, where, when) and the findings recorded during it; its scans are rows of
`scans` carrying its id."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigId, intpk, utcnow

FINDING_KINDS = ("unmarked_products", "counterfeit_stamps", "other")


class Inspection(Base):
    __tablename__ = "inspections"

    id: Mapped[intpk]
    officer_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"), index=True)
    premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"), index=True)
    place_description: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    municipality: Mapped[str | None] = mapped_column(String(60))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None]

    findings: Mapped[list[Finding]] = relationship(order_by="Finding.id")


class Finding(Base):
    """What the officer found: unmarked products, counterfeit stamps, or another breach."""

    __tablename__ = "inspection_findings"

    id: Mapped[intpk]
    inspection_id: Mapped[int] = mapped_column(BigId, ForeignKey("inspections.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    article: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 3))
    recorded_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
