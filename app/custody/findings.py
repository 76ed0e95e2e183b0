"""Findings custody adds to a verification: clone_suspected, custody_mismatch, and the end of a
stamp's chain (destroyed, seized) when custody events recorded it."""

from __future__ import annotations

from flask import current_app, has_app_context
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.custody import rules, service
from app.geo import travel
from app.geo.gazetteer import COARSE_ERROR_M
from app.registry.models import Premises
from app.stamps.models import Scan

# The most recent scans the clone checks look at: enough for "many places", cheap on every scan.
RECENT_SCANS = 50

# Setting name -> (keyword of travel.clone_findings, default); docs/geo.md "Settings".
_SETTINGS = {
    "CLONE_MAX_SPEED_KMH": ("max_speed_kmh", travel.MAX_SPEED_KMH),
    "CLONE_MAX_DISTINCT_PLACES": ("max_distinct_places", travel.MAX_DISTINCT_PLACES),
    "CLONE_PLACE_RADIUS_KM": ("radius_km", travel.PLACE_RADIUS_KM),
    "CLONE_MIN_DISTANCE_KM": ("min_distance_km", travel.MIN_DISTANCE_KM),
}
_END_OF_CHAIN = {"destroyed": "destroyed", "seized": "seized"}
_RECENT = (
    select(Scan.id, Scan.scanned_at, Scan.lat, Scan.lon, Scan.accuracy_m)
    .where(Scan.series == bindparam("series"), Scan.number == bindparam("number"))
    .order_by(Scan.scanned_at.desc())
    .limit(RECENT_SCANS)
)


def clone_settings() -> dict:
    config = current_app.config if has_app_context() else {}
    return {keyword: config.get(name, default) for name, (keyword, default) in _SETTINGS.items()}


def recent_points(session: Session, series: str, number: int) -> list[travel.ScanPoint]:
    """The serial's most recent located scans. Stored points are rounded to about a kilometre,
    so each counts as at least that imprecise."""
    rows = session.connection().execute(_RECENT, {"series": series, "number": number}).all()
    return [
        travel.ScanPoint(
            at=row.scanned_at,
            lat=row.lat,
            lon=row.lon,
            accuracy_m=max(row.accuracy_m or travel.ASSUMED_ACCURACY_M, COARSE_ERROR_M),
            scan_id=row.id,
        )
        for row in rows
        if row.lat is not None and row.lon is not None
    ]


def clone_suspected(session: Session, context) -> list[travel.Finding]:
    if not context.previous_scans:  # a first scan cannot be a clone's second appearance
        return []
    previous = recent_points(session, context.serial.series, context.serial.number)
    new = None
    if context.lat is not None and context.lon is not None:
        new = travel.ScanPoint(context.now, context.lat, context.lon, context.accuracy_m)
    return travel.clone_findings(previous, new, **clone_settings())


def findings(session: Session, context) -> list[str]:
    """Reason codes for one scan (context: app.stamps.verification.ScanContext)."""
    reasons = []
    if clone_suspected(session, context):
        reasons.append("clone_suspected")
    custody = service.custody_of(session, context.serial, context.batch, context.activation)
    if custody.status in _END_OF_CHAIN:
        reasons.append(_END_OF_CHAIN[custody.status])
    if context.officer and context.premises_id is not None:
        premises = session.get(Premises, context.premises_id)
        if premises is not None and rules.mismatch(custody, premises.id, premises.operator_id):
            reasons.append("custody_mismatch")
    return reasons
