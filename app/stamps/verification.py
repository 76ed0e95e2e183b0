"""Verifying a scanned code: signature, registry facts, findings of other capabilities, the scan.

This is the hottest path of the service (every consumer scan), so its statements are built once
with bound parameters and return plain rows, not ORM objects (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, bindparam, func, insert, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.geo.gazetteer import coarse_place
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


def _id_of_range_holding(model):
    """The id of the one row of a non-overlapping range table that may hold the serial."""
    return (
        select(model.id)
        .where(model.series == _SERIES, model.first <= _NUMBER)
        .order_by(model.first.desc())
        .limit(1)
        .scalar_subquery()
    )


# The registry's facts about a serial in one statement: three index seeks (batch, activation,
# revocation) joined to the operator and the product. Whether each range really reaches the
# serial (`last >= number`) is checked on the row.
_FACTS = (
    select(
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
        Activation.id.label("activation_id"),
        Activation.last.label("activation_last"),
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
        Revocation.reason.label("revocation_reason"),
        Revocation.last.label("revocation_last"),
    )
    .join(Operator, Operator.id == Batch.operator_id)
    .outerjoin(Activation, Activation.id == _id_of_range_holding(Activation))
    .outerjoin(Product, Product.id == Activation.product_id)
    .outerjoin(Revocation, Revocation.id == _id_of_range_holding(Revocation))
    .where(Batch.series == _SERIES, Batch.first <= _NUMBER)
    .order_by(Batch.first.desc())
    .limit(1)
)
_HISTORY = (
    select(Scan.scanned_at, Scan.municipality, func.count().over().label("scans"))
    .where(Scan.series == _SERIES, Scan.number == _NUMBER)
    .order_by(Scan.scanned_at, Scan.id)
    .limit(1)
)
_PLACES = (
    select(Scan.municipality, func.count().label("scans"))
    .where(Scan.series == _SERIES, Scan.number == _NUMBER, Scan.municipality.is_not(None))
    .group_by(Scan.municipality)
    .order_by(func.count().desc(), Scan.municipality)
    .limit(5)
)


@dataclass
class ScanContext:
    """Everything a finding provider may look at for one scan.

    `batch` is a row with the batch's columns (`operator_id`, `first`, `last`...);
    `activation`, when the serial is activated, is the same row, which also carries the
    activation's `premises_id` and `activated_at` and the product's columns.
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
    previous_scans: int = 0  # scans of this serial before this one


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
    scan_places: list[dict] = field(default_factory=list)


def _providers():
    for name in FINDING_PROVIDERS:
        module = optional_import(name)
        if module is not None:
            yield module


def _registry_facts(
    session: Session, serial: codes.Serial
) -> tuple[Row | None, bool, str | None]:
    """(batch row, activated?, revocation reason) for the serial; the row also carries the
    activation's and product's columns."""
    row = (
        session.connection()
        .execute(_FACTS, {"series": serial.series, "number": serial.number})
        .first()
    )
    if row is None or row.last < serial.number:
        return None, False, None
    activated = row.activation_id is not None and row.activation_last >= serial.number
    revoked = row.revocation_reason is not None and row.revocation_last >= serial.number
    return row, activated, row.revocation_reason if revoked else None


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
    history: dict[str, Any] = {}
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
        activated, revocation_reason = False, None
        if signature in {"valid", "absent"}:
            batch, activated, revocation_reason = _registry_facts(session, serial)
        findings: list[str] = []
        if batch is not None:
            activation = batch if activated else None
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
                previous_scans=history.get("previous_scans", 0),
            )
            for provider in _providers():
                findings.extend(provider.findings(session, context))
        facts = StampFacts(
            signature=signature,
            issued=batch is not None,
            activated=activated,
            revocation_reason=revocation_reason,
            batch_missing=bool(batch and batch.missing_reported_at),
            sale_not_before=batch.sale_not_before if batch else None,
            sale_not_after=batch.sale_not_after if batch else None,
            findings=tuple(findings),
        )
        reasons = reasons_for(facts, legal_date(now))
    verdict = verdict_for(reasons)
    scan_id = session.connection().execute(
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
            **coarse_place(lat, lon),
        },
    ).scalar_one()
    return Verification(verdict, reasons, scan_id, serial, batch, activation, **history)


def _history(session: Session, serial: codes.Serial) -> dict[str, Any]:
    """How often the stamp was scanned before, when and where first, and in which
    municipalities (a second statement only for the few stamps scanned before)."""
    params = {"series": serial.series, "number": serial.number}
    connection = session.connection()
    row = connection.execute(_HISTORY, params).first()
    if row is None:
        return {}
    return {
        "previous_scans": row.scans,
        "first_scan": {"at": row.scanned_at, "municipality": row.municipality},
        "scan_places": [
            {"municipality": place.municipality, "scans": place.scans}
            for place in connection.execute(_PLACES, params)
        ],
    }


def reason_messages(reasons: list[str], lang: str) -> list[dict]:
    return [{"code": reason, "message": translate(f"verdict.{reason}", lang)} for reason in reasons]
