"""Licensed operators, premises and products."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigId, intpk, utcnow

LICENCE_KINDS = ("importer", "producer", "distributor", "retailer")
PREMISES_KINDS = ("factory", "warehouse", "shop", "bar", "restaurant", "kiosk", "market", "other")
# Seed FAQ: the system covers tobacco products, wine and spirits.
CATEGORIES = ("cigarettes", "cigars_cigarillos", "smoking_tobacco", "wine", "spirits")


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200))
    nui: Mapped[str] = mapped_column(String(20), unique=True)  # tax number (NUI)
    licence_number: Mapped[str] = mapped_column(String(40), unique=True)
    licence_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    licence_valid_from: Mapped[dt.date]
    licence_valid_until: Mapped[dt.date]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    premises: Mapped[list[Premises]] = relationship(back_populates="operator")

    def licensed_on(self, day: dt.date) -> bool:
        return self.licence_valid_from <= day <= self.licence_valid_until


class Premises(Base):
    __tablename__ = "premises"

    id: Mapped[intpk]
    operator_id: Mapped[int] = mapped_column(BigId, ForeignKey("operators.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300))
    municipality: Mapped[str] = mapped_column(String(60))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    operator: Mapped[Operator] = relationship(back_populates="premises")


class Product(Base):
    __tablename__ = "products"

    id: Mapped[intpk]
    gtin: Mapped[str] = mapped_column(String(14), unique=True)
    brand: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    volume_ml: Mapped[int | None]
    stick_count: Mapped[int | None]
    abv: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    operator_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("operators.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
