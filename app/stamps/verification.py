"""Verifying a scanned code: signature, registry facts, findings of other capabilities, the scan.

This is the hottest path of the service (every consumer scan), so its statements are built once
with bound parameters and return plain rows, not ORM objects (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, func, insert, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.i18n import translate
from app.kosovo_time import legal_date
from app.plugins import optional_import
from app.registry.models import Operator, Product
from app.stamps import codes
from app.stamps.keys import public_keys
from app.stamps.models import Activation, Batch, Revocation, Scan
from app.stamps.rules import StampFacts, reasons_for, verdict_for

# Capabilities that add findings (clone_suspected, custody_mismatch, seized) to a verification;
# each module has `findings(session, context) -> list[str]`.
FINDING_PROVIDERS = ("app.custody.findings", "app.seizures.findings")

_SERIES = bindparam("series")
_NUMBER = bindparam("number")


def _range_holding(model, *columns):
    """The one row of a non-overlapping range table that may hold the serial (one index seek)."""
    return (
        select(*columns)
        .where(model.series == _SERIES, model.first <= _NUMBER)
        .order_by(model.first.desc())
        .limit(1)
    )


_BATCH = _range_holding(
    Batch,
    Batch.id,
    Batch.operator_id,
    Operator.name.label("operator_name"),
    Batch.category,
    Batch.series,
    Batch.first,
    Batch.last,
    Batch.issued_at,
    Batch.sale_not_before,
    Batch.sale_not_after,
    Batch.missing_reported_at,
).join(Operator, Operator.id == Batch.operator_id)
_ACTIVATION = _range_holding(
    Activation,
    Activation.id,
    Activation.batch_id,
    Activation.first,
    Activation.last,
    Activation.premises_id,
    Activation.activated_at,
    Product.id.label("product_id"),
    Product.gtin,
    Product.brand,
    Product.name.label("product_name"),
    Product.category.label("product_category"),
    Product.volume_ml,
    Product.stick_count,
    Product.abv,
).join(Product, Product.id == Activation.product_id)
_REVOCATION = _range_holding(Revocation, Revocation.reason, Revocation.last)
_HISTORY = (
    select(Scan.scanned_at, Scan.municipality, func.count().over().label("scans"))
    .where(Scan.series == _SERIES, Scan.number == _NUMBER)
    .order_by(Scan.scanned_at, Scan.id)
    .limit(1)
)


@dataclass
class ScanContext:
    """Everything a finding provider may look at for one scan.

    `batch` and `activation` are rows with the columns of their tables (`operator_id`,
    `premises_id`, `first`, `last`...), not ORM objects.
    """

    serial: codes.Serial
    batch: Row
    activation: Row | None
    now: dt.datetime
    lat: float | None = None
    lon: float | None = None
    accuracy_m: float | None = None
    user_id: int | None = None
    officer: bool = False
    premises_id: int | None = None
    inspection_id: int | None = None


@dataclass
class Verification:
    verdict: str
    reasons: list[str]
    scan_id: int
    serial: codes.Serial | None = None
    batch: Row | None = None
    activation: Row | None = None
    previous_scans: int = 0
    first_scan: dict | None = None


def _providers():
    for name in FINDING_PROVIDERS:
        module = optional_import(name)
        if module is not None:
            yield module


def _holding(session: Session, statement, serial: codes.Serial) -> Row | None:
    row = session.execute(statement, {"series": serial.series, "number": serial.number}).first()
    return row if row is not None and row.last >= serial.number else None


def verify(
    session: Session,
    *,
    text: str,
    lat: float | None = None,
    lon: float | None = None,
    accuracy_m: float | None = None,
    client_hash: str | None = None,
    user_id: int | None = None,
    officer: bool = False,
    premises_id: int | None = None,
    inspection_id: int | None = None,
    now: dt.datetime | None = None,
    max_length: int = 512,
) -> Verification:
    """Judge one code and record the scan. Never raises for a bad code: that is a verdict."""
    now = now or utcnow()
    serial = batch = activation = None
    history: dict[str, Any] = {"previous_scans": 0, "first_scan": None}
    try:
        parsed = codes.parse_code(text, max_length=max_length)
    except codes.MalformedCodeError as exc:
        reasons = [exc.reason]
    else:
        serial = parsed.serial
        signature = "absent"
        if parsed.signed:
            key = public_keys.get(session, parsed.kid)
            if key is None:
                signature = "unknown_key"
            else:
                signature = "valid" if codes.signature_valid(key, parsed) else "invalid"
        if signature in {"valid", "absent"}:
            batch = _holding(session, _BATCH, serial)
        findings: list[str] = []
        revocation = None
        if batch is not None:
            activation = _holding(session, _ACTIVATION, serial)
            revocation = _holding(session, _REVOCATION, serial)
            history = _history(session, serial)
            context = ScanContext(
                serial=serial,
                batch=batch,
                activation=activation,
                now=now,
                lat=lat,
                lon=lon,
                accuracy_m=accuracy_m,
                user_id=user_id,
                officer=officer,
                premises_id=premises_id,
                inspection_id=inspection_id,
            )
            for provider in _providers():
                findings.extend(provider.findings(session, context))
        facts = StampFacts(
            signature=signature,
            issued=batch is not None,
            activated=activation is not None,
            revocation_reason=revocation.reason if revocation else None,
            batch_missing=bool(batch and batch.missing_reported_at),
            sale_not_before=batch.sale_not_before if batch else None,
            sale_not_after=batch.sale_not_after if batch else None,
            findings=tuple(findings),
        )
        reasons = reasons_for(facts, legal_date(now))
    verdict = verdict_for(reasons)
    scan_id = session.execute(
        insert(Scan).returning(Scan.id),
        {
            "series": serial.series if serial else None,
            "number": serial.number if serial else None,
            "scanned_at": now,
            "verdict": verdict,
            "reasons": reasons,
            "accuracy_m": accuracy_m,
            "client_hash": client_hash,
            "user_id": user_id,
            "premises_id": premises_id,
            "inspection_id": inspection_id,
            **_place(lat, lon),
        },
    ).scalar_one()
    return Verification(verdict, reasons, scan_id, serial, batch, activation, **history)


def _history(session: Session, serial: codes.Serial) -> dict[str, Any]:
    """How often the stamp was scanned before, and when and where first (one statement)."""
    row = session.execute(_HISTORY, {"series": serial.series, "number": serial.number}).first()
    if row is None:
        return {"previous_scans": 0, "first_scan": None}
    return {
        "previous_scans": row.scans,
        "first_scan": {"at": row.scanned_at, "municipality": row.municipality},
    }


def _place(lat: float | None, lon: float | None) -> dict:
    """A coarse location (about 1 km) and its municipality; the exact point is never stored."""
    if lat is None or lon is None:
        return {"lat": None, "lon": None, "municipality": None}
    from app.geo.gazetteer import coarse_location, municipality_at

    coarse_lat, coarse_lon = coarse_location(lat, lon)
    municipality = municipality_at(lat, lon)
    return {
        "lat": coarse_lat,
        "lon": coarse_lon,
        "municipality": municipality.slug if municipality else None,
    }


def reason_messages(reasons: list[str], lang: str) -> list[dict]:
    return [{"code": reason, "message": translate(f"verdict.{reason}", lang)} for reason in reasons]
