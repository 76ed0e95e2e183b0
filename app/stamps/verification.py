"""Verifying a scanned code: signature, registry facts, findings of other capabilities, the scan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.i18n import translate
from app.plugins import optional_import
from app.kosovo_time import legal_date
from app.stamps import codes
from app.stamps.keys import public_keys
from app.stamps.models import Activation, Batch, Revocation, Scan
from app.stamps.ranges import covering
from app.stamps.rules import StampFacts, reasons_for, verdict_for

# Capabilities that add findings (clone_suspected, custody_mismatch, seized) to a verification;
# each module has `findings(session, context) -> list[str]`.
FINDING_PROVIDERS = ("app.custody.findings", "app.seizures.findings")


@dataclass
class ScanContext:
    """Everything a finding provider may look at for one scan."""

    serial: codes.Serial
    batch: Batch
    activation: Activation | None
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
    scan: Scan
    serial: codes.Serial | None = None
    batch: Batch | None = None
    activation: Activation | None = None
    extra: dict = field(default_factory=dict)


def _providers():
    for name in FINDING_PROVIDERS:
        module = optional_import(name)
        if module is not None:
            yield module


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
    try:
        parsed = codes.parse_code(text, max_length=max_length)
    except codes.MalformedCode as exc:
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
        batch = covering(session, Batch, serial) if signature in {"valid", "absent"} else None
        findings: list[str] = []
        revocation = None
        if batch is not None:
            activation = covering(session, Activation, serial)
            revocation = covering(session, Revocation, serial)
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
    scan = Scan(
        series=serial.series if serial else None,
        number=serial.number if serial else None,
        scanned_at=now,
        verdict=verdict,
        reasons=reasons,
        accuracy_m=accuracy_m,
        client_hash=client_hash,
        user_id=user_id,
        premises_id=premises_id,
        inspection_id=inspection_id,
        **_place(lat, lon),
    )
    session.add(scan)
    session.flush()
    return Verification(verdict, reasons, scan, serial, batch, activation)


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


def scan_summary(session: Session, serial: codes.Serial, before_id: int) -> dict:
    """How often the stamp was scanned before this scan, and when and where first."""
    where = (Scan.series == serial.series, Scan.number == serial.number, Scan.id < before_id)
    first = session.execute(
        select(Scan.scanned_at, Scan.municipality)
        .where(*where)
        .order_by(Scan.scanned_at, Scan.id)
        .limit(1)
    ).first()
    count = session.scalar(select(func.count()).select_from(Scan).where(*where)) or 0
    return {
        "previous_scans": count,
        "first_scan": {"at": first.scanned_at, "municipality": first.municipality}
        if first
        else None,
    }
