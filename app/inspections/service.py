"""Inspections: start one at a premises or a place, record findings, close it."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import Conflict, Invalid, NotFound, unknown_reference
from app.geo.gazetteer import municipality_at
from app.inspections.models import Finding, Inspection
from app.registry.models import Premises
from app.stamps.models import Scan

VERDICTS = ("genuine", "suspicious", "invalid")


def start(
    session: Session,
    *,
    officer_id: int,
    premises_id: int | None = None,
    place: Mapping[str, Any] | None = None,
) -> Inspection:
    """An inspection by `officer_id` at a registered premises or at a described place."""
    if (premises_id is None) == (place is None):
        raise Invalid(
            "inspections.where_required",
            errors={"premises_id": ["inspections.where_required"]},
        )
    inspection = Inspection(officer_id=officer_id, started_at=utcnow())
    if premises_id is not None:
        premises = session.get(Premises, premises_id)
        if premises is None:
            raise unknown_reference("premises_id")
        inspection.premises_id = premises.id
        inspection.place_description = premises.address
        inspection.lat, inspection.lon = premises.lat, premises.lon
        inspection.municipality = premises.municipality
    else:
        inspection.place_description = place["description"]
        inspection.lat, inspection.lon = place["lat"], place["lon"]
        found = municipality_at(place["lat"], place["lon"])
        inspection.municipality = found.slug if found else None
    session.add(inspection)
    session.flush()
    return inspection


def get(session: Session, inspection_id: int) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound("inspection")
    return inspection


def open_inspection(session: Session, inspection_id: int) -> Inspection:
    """The inspection, which must still be open to take scans and findings."""
    inspection = get(session, inspection_id)
    if inspection.closed_at is not None:
        raise Conflict("inspections.closed", closed_at=inspection.closed_at)
    return inspection


def add_finding(
    session: Session,
    inspection: Inspection,
    *,
    user_id: int,
    kind: str,
    description: str,
    article: str | None = None,
    quantity: Decimal | None = None,
) -> Finding:
    finding = Finding(
        inspection_id=inspection.id,
        kind=kind,
        description=description,
        article=article,
        quantity=quantity,
        recorded_by=user_id,
    )
    inspection.findings.append(finding)
    session.flush()
    return finding


def close(session: Session, inspection: Inspection) -> Inspection:
    inspection.closed_at = utcnow()
    session.flush()
    return inspection


def scans_of(session: Session, inspection: Inspection) -> list[Scan]:
    return list(
        session.scalars(
            select(Scan).where(Scan.inspection_id == inspection.id).order_by(Scan.id)
        )
    )


def tally(session: Session, inspection: Inspection) -> dict[str, int]:
    """How many scans of the inspection got each verdict."""
    counts = dict(
        session.execute(
            select(Scan.verdict, func.count())
            .where(Scan.inspection_id == inspection.id)
            .group_by(Scan.verdict)
        ).all()
    )
    return {verdict: counts.get(verdict, 0) for verdict in VERDICTS}
