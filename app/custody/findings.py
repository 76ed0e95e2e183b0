"""Findings custody adds to a verification: clone_suspected, custody_mismatch, and the end of a
stamp's chain (destroyed, seized) when custody events recorded it."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.custody import rules, service
from app.custody.models import CustodyEvent
from app.db_fast import json_rows, load_json_rows, parse_utc
from app.geo import travel
from app.geo.gazetteer import COARSE_ERROR_M
from app.registry.models import Premises
from app.stamps.models import Scan
from app.stamps.verification import NUMBER, PREMISES, RETAINED_SINCE, SERIES

# The most recent scans the clone checks look at: enough for "many places", cheap on every scan;
# none older than retention keeps (SCAN_RETENTION_MONTHS).
RECENT_SCANS = 50

# Setting name -> (keyword of travel.clone_findings, default); docs/geo.md "Settings".
_SETTINGS = {
    "CLONE_MAX_SPEED_KMH": ("max_speed_kmh", travel.MAX_SPEED_KMH),
    "CLONE_MAX_DISTINCT_PLACES": ("max_distinct_places", travel.MAX_DISTINCT_PLACES),
    "CLONE_PLACE_RADIUS_KM": ("radius_km", travel.PLACE_RADIUS_KM),
    "CLONE_MIN_DISTANCE_KM": ("min_distance_km", travel.MIN_DISTANCE_KM),
}
_END_OF_CHAIN = {"destroyed": "destroyed", "seized": "seized"}


class EventStep(NamedTuple):
    """What folding the chain needs of one custody event (service.fold, service.step_of)."""

    id: int
    business_step: str
    premises_id: int | None
    from_premises_id: int | None
    to_premises_id: int | None
    to_operator_id: int | None
    corrects_id: int | None


def _probes() -> list:
    """The columns custody adds to the verification's statement: the events covering the
    serial, its most recent scans and, for an officer's scan, the premises' company."""
    events = service.overlapping_events(
        *(getattr(CustodyEvent, name) for name in EventStep._fields),
        series=SERIES,
        first=NUMBER,
        last=NUMBER,
    ).subquery()
    recent = (
        select(Scan.id, Scan.scanned_at, Scan.lat, Scan.lon, Scan.accuracy_m, Scan.user_id)
        # Only the scans retention keeps (a serial's scans before it may be gone): the
        # answer is the same before and after `scans maintain`, and old months are pruned.
        .where(Scan.series == SERIES, Scan.number == NUMBER, Scan.scanned_at >= RETAINED_SINCE)
        .order_by(Scan.scanned_at.desc())
        .limit(RECENT_SCANS)
        .subquery()
    )
    return [
        select(json_rows(*events.c)).select_from(events).scalar_subquery()
        .label("custody_events"),
        select(json_rows(*recent.c)).select_from(recent).scalar_subquery()
        .label("recent_scans"),
        select(Premises.operator_id).where(Premises.id == PREMISES).scalar_subquery()
        .label("scan_premises_operator_id"),
    ]


PROBES = _probes()


def clone_settings(settings: Mapping[str, Any]) -> dict:
    """The keywords of travel.clone_findings from the application's settings (or defaults)."""
    return {keyword: settings.get(name, default) for name, (keyword, default) in _SETTINGS.items()}


def scan_points(rows: list[list]) -> list[travel.ScanPoint]:
    """The located scans among `recent_scans` rows (id, time, lat, lon, accuracy, user). Stored
    points are rounded to about a kilometre, so each counts as at least that imprecise."""
    return [point for point, _accountable in _weighed_points(rows)]


def _weighed_points(rows: list[list]) -> list[tuple[travel.ScanPoint, bool]]:
    """(point, accountable?) of the located scans: a scan by a signed-in user (an officer, an
    inspection, a company's employee) is evidence; an anonymous one is a claim."""
    return [_weighed(*row) for row in rows if row[2] is not None and row[3] is not None]


# A hot serial's 50 latest scans are nearly the same from one verification to the next: each
# stored scan is read into a point once per worker, not on every verification (a stored scan
# never changes, and its row, id included, is the key).
@lru_cache(maxsize=8192)
def _weighed(scan_id, scanned_at, lat, lon, accuracy_m, user_id) -> tuple[travel.ScanPoint, bool]:
    point = travel.ScanPoint(
        at=parse_utc(scanned_at),
        lat=lat,
        lon=lon,
        accuracy_m=max(accuracy_m or travel.ASSUMED_ACCURACY_M, COARSE_ERROR_M),
        scan_id=scan_id,
    )
    return point, user_id is not None


class CloneCheck(NamedTuple):
    """`suspected`: the scans look like a copied code, counting every position (the signal
    for officers and the brand owner); `established`: they still do counting anonymous
    positions only against accountable ones (what may turn the public verdict)."""

    suspected: bool
    established: bool


_NOTHING = CloneCheck(False, False)


def clone_check(context) -> CloneCheck:
    """The clone model (docs/stamps.md, "Anonymous positions"): anonymous positions are claims
    anyone can invent, so alone they never establish a clone. It is established when a clone
    finding involves an accountable scan (the new one, when an officer or another signed-in
    user makes it): impossible travel between an accountable scan and any other, or more
    places than a genuine pack visits among the accountable scans alone."""
    if not context.previous_scans:  # a first scan cannot be a clone's second appearance
        return _NOTHING
    settings = clone_settings(context.settings)
    located = context.lat is not None and context.lon is not None
    if not located and not travel.could_be_many_places(
        context.previous_scans, settings["max_distinct_places"]
    ):
        return _NOTHING  # no position, so no travel to check: the scans need not be read
    weighed = _weighed_points(load_json_rows(context.facts.recent_scans))
    previous = [point for point, _accountable in weighed]
    new = None
    if located:
        new = travel.ScanPoint(context.now, context.lat, context.lon, context.accuracy_m)
        weighed.append((new, context.user_id is not None))
    # Only whether there are findings matters here: places are counted up to one too many.
    if not travel.clone_findings(previous, new, **settings, count_all=False):
        return _NOTHING
    return CloneCheck(True, _established(weighed, settings))


def _established(weighed: list[tuple[travel.ScanPoint, bool]], settings: dict) -> bool:
    accountable = [point for point, is_accountable in weighed if is_accountable]
    if not accountable:
        return False
    points = [point for point, _ in weighed]
    for witness in accountable:
        others = [point for point in points if point is not witness]
        if travel.impossible_travel(
            others, witness,
            max_speed_kmh=settings["max_speed_kmh"],
            min_distance_km=settings["min_distance_km"],
        ) is not None:
            return True
    return travel.distinct_places(
        accountable, radius_km=settings["radius_km"],
        stop_above=settings["max_distinct_places"],
    ) > settings["max_distinct_places"]


def findings(session: Session, context) -> list[str]:
    """Reason codes for one scan (context: app.stamps.verification.ScanContext)."""
    reasons = []
    clone = clone_check(context)
    if clone.suspected:
        reasons.append("clone_suspected")
        if not clone.established:
            context.advisory.add("clone_suspected")  # advice for the public only
    facts = context.facts
    events = [EventStep(*row) for row in load_json_rows(facts.custody_events)]
    start = rules.initial(facts.operator_id, context.activated, facts.premises_id)
    custody = service.fold(start, events)
    if custody.status in _END_OF_CHAIN:
        reasons.append(_END_OF_CHAIN[custody.status])
    operator_id = facts.scan_premises_operator_id
    if context.officer and operator_id is not None and rules.mismatch(
        custody, context.premises_id, operator_id
    ):
        reasons.append("custody_mismatch")
    return reasons
