"""Stamp ranges and scans. There is no row per stamp: ranges are looked up by (series, first)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigId, intpk, utcnow
from app.registry.models import Operator, Premises, Product

REVOCATION_REASONS = ("lost", "stolen", "damaged", "destroyed", "cancelled")


class SigningKey(Base):
    """A public key that verifies codes; the private half lives in KEYS_DIR, never in the DB."""

    __tablename__ = "signing_keys"

    id: Mapped[intpk]
    kid: Mapped[str] = mapped_column(String(8), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64url of the raw 32 bytes
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | retired
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[dt.datetime | None]


class Batch(Base):
    """Stamps `first`..`last` of a series, issued to one operator for one category.

    Batches, activations and revocations never overlap within a series: the writers hold the
    series' lock (`ranges.series_lock`) and, on PostgreSQL, an EXCLUDE constraint of migration
    0008 refuses what would slip past it (docs/stamps.md, "Range writes")."""

    __tablename__ = "batches"
    __table_args__ = (UniqueConstraint("series", "first"),)

    id: Mapped[intpk]
    operator_id: Mapped[int] = mapped_column(BigId, ForeignKey("operators.id"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    series: Mapped[str] = mapped_column(String(4))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    # Fiscal-mark data, Art. 235(i): excise paid, rate, date paid, the sale window.
    excise_paid_eur: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    excise_rate: Mapped[str | None] = mapped_column(String(60))
    paid_on: Mapped[dt.date | None]
    sale_not_before: Mapped[dt.date | None]
    sale_not_after: Mapped[dt.date | None]
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    missing_reported_at: Mapped[dt.datetime | None]
    missing_reason: Mapped[str | None] = mapped_column(String(500))

    operator: Mapped[Operator] = relationship()

    @property
    def quantity(self) -> int:
        return self.last - self.first + 1


class Activation(Base):
    """A range of a batch affixed to a product (DESIGN.md: activation)."""

    __tablename__ = "activations"
    __table_args__ = (Index("ix_activations_series_first", "series", "first", unique=True),)

    id: Mapped[intpk]
    batch_id: Mapped[int] = mapped_column(BigId, ForeignKey("batches.id"), index=True)
    series: Mapped[str] = mapped_column(String(4))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    product_id: Mapped[int] = mapped_column(BigId, ForeignKey("products.id"), index=True)
    premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"))
    activated_at: Mapped[dt.datetime]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))

    product: Mapped[Product] = relationship()
    premises: Mapped[Premises | None] = relationship()


class Revocation(Base):
    """A revoked serial or range, with its reason."""

    __tablename__ = "revocations"
    __table_args__ = (Index("ix_revocations_series_first", "series", "first", unique=True),)

    id: Mapped[intpk]
    series: Mapped[str] = mapped_column(String(4))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    revoked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))


class Scan(Base):
    """One verification of one serial: when, roughly where, the verdict, and who (hashed)."""

    __tablename__ = "scans"
    __table_args__ = (Index("ix_scans_series_number_scanned_at", "series", "number", "scanned_at"),)

    id: Mapped[intpk]
    # Empty for a code too broken to name a serial; such scans are kept for the statistics.
    series: Mapped[str | None] = mapped_column(String(4))
    number: Mapped[int | None] = mapped_column(BigInteger)
    scanned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    verdict: Mapped[str] = mapped_column(String(12))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    accuracy_m: Mapped[float | None]
    municipality: Mapped[str | None] = mapped_column(String(60))
    client_hash: Mapped[str | None] = mapped_column(String(32))
    # A salted hash of the anonymous client's network (IPv4 /24, IPv6 /48): one network is one
    # witness however many user agents it sends (docs/stamps.md, "Anonymous positions").
    client_network: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"))
    inspection_id: Mapped[int | None] = mapped_column(BigId, index=True)


# The rollups below are written by a trigger on `scans` (migration 0009, app/stamps/rollups.py)
# in the statement that inserts the scan, whatever inserts it: a verification reads a serial's
# history from them in index probes that do not grow with its scans (docs/stamps.md).


class SerialScanRollup(Base):
    """A serial's scans so far: how many, the first (by time, then id) and how many distinct
    anonymous client networks scanned it."""

    __tablename__ = "serial_scan_rollups"

    series: Mapped[str] = mapped_column(String(4), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    scans: Mapped[int] = mapped_column(BigInteger)
    first_scanned_at: Mapped[dt.datetime]
    first_scan_id: Mapped[int] = mapped_column(BigInteger)
    first_municipality: Mapped[str | None] = mapped_column(String(60))
    client_networks: Mapped[int] = mapped_column(BigInteger)


class SerialScanPlace(Base):
    """How often a serial was scanned in one municipality (scans without a place only count
    in the rollup)."""

    __tablename__ = "serial_scan_places"

    series: Mapped[str] = mapped_column(String(4), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    municipality: Mapped[str] = mapped_column(String(60), primary_key=True)
    scans: Mapped[int] = mapped_column(BigInteger)


class SerialScanNetwork(Base):
    """An anonymous client network that scanned the serial (its salted hash), once."""

    __tablename__ = "serial_scan_networks"

    series: Mapped[str] = mapped_column(String(4), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    client_network: Mapped[str] = mapped_column(String(32), primary_key=True)
