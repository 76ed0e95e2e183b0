"""An inspection (who, where, when) and the findings recorded during it; its scans are rows of
`scans` carrying its id."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigId, intpk, utcnow

FINDING_KINDS = ("unmarked_products", "counterfeit_stamps", "other")


class Inspection(Base):
    __tablename__ = "inspections"
    # The targets' and the dashboard's "last inspected" per premises: an index-only max().
    __table_args__ = (
        Index("ix_inspections_premises_id_started_at", "premises_id", "started_at"),
    )

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


# Rollups of the officer's day (docs/inspections.md, "Rollups"): counts per day, refreshed
# incrementally from the scans after a watermark, never edited otherwise; `flask inspections
# rollups --rebuild` recomputes them. Days are Kosovo days (Europe/Belgrade) of
# `scans.scanned_at`.


class ScanCellDay(Base):
    """Consumer scans (no inspection) per Kosovo day, municipality and coarse cell of 0.01 degree
    (the precision at which consumers' positions are stored): all of them and the suspicious."""

    __tablename__ = "scan_cell_days"
    # Covering on PostgreSQL: the targets' read is an index-only scan (once vacuumed).
    __table_args__ = (
        Index("ix_scan_cell_days_municipality_day", "municipality", "day",
              postgresql_include=["lat_cell", "lon_cell", "scans", "suspicious"]),
        # The hotspots of every municipality over the window.
        Index("ix_scan_cell_days_day", "day",
              postgresql_include=["municipality", "scans", "suspicious"]),
    )

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    # "" when the position named no municipality: a key column cannot be empty (NULL).
    municipality: Mapped[str] = mapped_column(String(60), primary_key=True)
    lat_cell: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    lon_cell: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    scans: Mapped[int] = mapped_column(Integer, default=0)
    suspicious: Mapped[int] = mapped_column(Integer, default=0)


class ScanDay(Base):
    """Every scan (consumers' and officers') per Kosovo day and municipality, by verdict."""

    __tablename__ = "scan_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    municipality: Mapped[str] = mapped_column(String(60), primary_key=True)  # "" for none
    genuine: Mapped[int] = mapped_column(Integer, default=0)
    suspicious: Mapped[int] = mapped_column(Integer, default=0)
    invalid: Mapped[int] = mapped_column(Integer, default=0)


class PremisesDay(Base):
    """Per Kosovo day and premises: consumer scans of stamps shipped to it that were scanned far
    from it (diversion)."""

    __tablename__ = "premises_days"
    __table_args__ = (
        Index("ix_premises_days_day", "day", postgresql_include=["premises_id", "diverted"]),
    )

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    premises_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("premises.id"), primary_key=True, autoincrement=False
    )
    diverted: Mapped[int] = mapped_column(Integer, default=0)


class PremisesMismatch(Base):
    """Per premises, ever: officers' scans in inspections there that found a custody mismatch
    (few premises have any: read whole, never by day)."""

    __tablename__ = "premises_mismatches"

    premises_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("premises.id"), primary_key=True, autoincrement=False
    )
    mismatches: Mapped[int] = mapped_column(Integer, default=0)


class PremisesWindow(Base):
    """Per premises: its `premises_days` diverted scans summed from the Kosovo day
    `RollupMark.window_from` on (the targets' window), recounted by each refresh in the
    transaction that changes `premises_days`; no row means none."""

    __tablename__ = "premises_windows"

    premises_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("premises.id"), primary_key=True, autoincrement=False
    )
    diverted: Mapped[int] = mapped_column(Integer, default=0)


class PremisesLastInspection(Base):
    """Per premises: when its latest inspection started. Kept by a trigger on `inspections`
    (app/inspections/last_inspections.py) in the statement that writes the inspection."""

    __tablename__ = "premises_last_inspections"

    premises_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("premises.id"), primary_key=True, autoincrement=False
    )
    started_at: Mapped[dt.datetime]


class RollupMark(Base):
    """How far the rollups have read `scans` (ids up to `last_scan_id`), and when;
    `window_from`: the first day `premises_windows` sums (None: not counted yet)."""

    __tablename__ = "rollup_marks"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_scan_id: Mapped[int] = mapped_column(BigInteger, default=0)
    refreshed_at: Mapped[dt.datetime | None]
    window_from: Mapped[dt.date | None] = mapped_column(Date)
