"""A consumer's report of a suspicious product, with an optional photo stripped of its metadata."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigId, intpk, utcnow


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[intpk]
    code: Mapped[str | None] = mapped_column(String(512))
    # The serial named by the code, when it names one: officers search reports by serial.
    series: Mapped[str | None] = mapped_column(String(4))
    number: Mapped[int | None] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(Text)
    premises_name: Mapped[str | None] = mapped_column(String(200))
    # Coarse (about 1 km) like scans: a consumer's exact position is never stored.
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    municipality: Mapped[str | None] = mapped_column(String(60))
    # The stored photo is a metadata-free re-encoding: its hash and file name in EVIDENCE_DIR.
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    photo_file: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12), default="received")
    client_hash: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
