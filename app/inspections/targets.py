"""The officer's targets: premises ranked by their risk score with its reasons, the day's route
from where the officer stands, and the municipalities where suspicious scans gather.

Reads the rollups (app/inspections/rollups.py) and a few grouped counts of small tables; a
consumer's position is only ever used as a count over a cell of about a kilometre that at least
`policy.min_scans` scans back (docs/inspections.md, "Privacy").
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from functools import lru_cache

from sqlalchemy import Integer, cast, func, literal, select
from sqlalchemy.orm import Session

from app.db import UTCDateTime, utcnow
from app.errors import Invalid
from app.geo.gazetteer import find, in_kosovo, municipalities, municipality_name, normalise_name
from app.i18n import translate
from app.inspections import rollups, rules
from app.inspections.models import Inspection, PremisesDay, PremisesMismatch, ScanCellDay
from app.kosovo_time import legal_date
from app.registry.models import Premises
from app.reports.models import Report
from app.seizures.models import Case

# Premises' names are keyed for every request: the same names, so kept.
_name_key = lru_cache(maxsize=65_536)(normalise_name)
_NOWHERE: frozenset = frozenset()
NEIGHBOURS = [(dlat, dlon) for dlat in (-1, 0, 1) for dlon in (-1, 0, 1)]


def check_place(lat: float | None, lon: float | None, municipality: str | None) -> str | None:
    """The municipality's slug (None: all); refuses half a position, a position outside Kosovo
    and a municipality the gazetteer does not know."""
    if (lat is None) != (lon is None):
        field = "lon" if lon is None else "lat"
        raise Invalid("inspections.position_incomplete",
                      errors={field: ["inspections.position_incomplete"]})
    if lat is not None and not in_kosovo(lat, lon):
        raise Invalid("inspections.outside_kosovo", errors={"lat": ["inspections.outside_kosovo"]})
    if municipality is None:
        return None
    found = find(municipality)
    if found is None:
        raise Invalid("inspections.unknown_municipality",
                      errors={"municipality": ["inspections.unknown_municipality"]})
    return found.slug


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return round(lat * rollups.CELLS_PER_DEGREE), round(lon * rollups.CELLS_PER_DEGREE)


def _premises_filter(statement, column, municipality: str | None):
    if municipality is None:
        return statement
    return statement.where(
        column.in_(select(Premises.id).where(Premises.municipality == municipality))
    )


def _scan_cells(session: Session, since: dt.date, municipality: str | None, min_scans: int):
    """Suspicious scans per cell over the window, only for cells that enough scans back."""
    statement = (
        select(ScanCellDay.lat_cell, ScanCellDay.lon_cell,
               func.sum(ScanCellDay.scans), func.sum(ScanCellDay.suspicious))
        .where(ScanCellDay.day >= since)
        .group_by(ScanCellDay.lat_cell, ScanCellDay.lon_cell)
    )
    if municipality is not None:
        statement = statement.where(ScanCellDay.municipality == municipality)
    return {
        (lat_cell, lon_cell): int(suspicious)
        for lat_cell, lon_cell, scans, suspicious in session.execute(statement)
        if scans >= min_scans and suspicious
    }


def _reports(session: Session, since: dt.datetime, municipality: str | None):
    """Reports over the window: counts by cell, and by the premises name they give (each with
    its cell, so that a report both near and naming a premises counts once)."""
    lat_cell, lon_cell = rollups.cell_of(Report.lat), rollups.cell_of(Report.lon)
    statement = (
        select(lat_cell, lon_cell, Report.premises_name, func.count())
        .where(Report.created_at >= since)
        .group_by(lat_cell, lon_cell, Report.premises_name)
    )
    if municipality is not None:
        statement = statement.where(
            (Report.municipality == municipality) | Report.municipality.is_(None)
        )
    by_cell: Counter[tuple[int, int]] = Counter()
    by_name: dict[str, list[tuple[tuple[int, int] | None, int]]] = defaultdict(list)
    for report_lat, report_lon, name, count in session.execute(statement):
        cell = (report_lat, report_lon) if report_lat is not None and report_lon is not None \
            else None
        if cell is not None:
            by_cell[cell] += count
        if name:
            by_name[_name_key(name)].append((cell, count))
    return by_cell, by_name


def _grouped(session: Session, statement) -> dict[int, int]:
    return {key: int(value or 0) for key, value in session.execute(statement)}


def hotspots(session: Session, since: dt.date, min_scans: int, lang: str) -> list[dict]:
    """Municipalities with suspicious consumer scans over the window, at their seats, when at
    least `min_scans` scans back the figure; most suspicious first."""
    statement = (
        select(ScanCellDay.municipality, func.sum(ScanCellDay.scans),
               func.sum(ScanCellDay.suspicious))
        .where(ScanCellDay.day >= since, ScanCellDay.municipality != "")
        .group_by(ScanCellDay.municipality)
    )
    seats = {m.slug: m for m in municipalities()}
    spots = []
    for slug, scans, suspicious in session.execute(statement):
        seat = seats.get(slug)
        if seat is None or scans < min_scans or not suspicious:
            continue
        spots.append({
            "municipality": slug, "name": seat.name(lang), "lat": seat.seat_lat,
            "lon": seat.seat_lon, "scans": int(scans), "suspicious": int(suspicious),
        })
    return sorted(spots, key=lambda s: (-s["suspicious"], s["municipality"]))


def targets(
    session: Session,
    *,
    policy: rules.Policy,
    lang: str,
    municipality: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    limit: int = 20,
    now: dt.datetime | None = None,
) -> dict:
    """The answer of GET /inspections/targets (API.md, "Officers' day")."""
    now = now or utcnow()
    since_instant = now - dt.timedelta(days=policy.window_days)
    since = legal_date(since_instant)  # the rollups' days are Kosovo days
    # What ranking needs of every premises, as plain tuples; the rest only for the chosen.
    premises = session.execute(
        _premises_filter(
            select(Premises.id, Premises.name, Premises.lat, Premises.lon,
                   days_since(session, Premises.created_at, now)),
            Premises.id, municipality,
        )
    ).all()

    cells = _scan_cells(session, since, municipality, policy.min_scans)
    report_cells, report_names = _reports(session, since_instant, municipality)
    # Every premises' sum (an index-only scan); those of other municipalities are not looked up.
    diverted = _grouped(session, select(PremisesDay.premises_id, func.sum(PremisesDay.diverted))
                        .where(PremisesDay.day >= since).group_by(PremisesDay.premises_id))
    mismatches = _grouped(session, _premises_filter(
        select(PremisesMismatch.premises_id, PremisesMismatch.mismatches),
        PremisesMismatch.premises_id, municipality))
    cases = _grouped(session, _premises_filter(
        select(Case.premises_id, func.count()).where(Case.premises_id.is_not(None))
        .group_by(Case.premises_id), Case.premises_id, municipality))
    # Whole days since, computed by the database: no datetime of 10,000 rows through Python.
    last_inspected = dict(session.execute(_premises_filter(
        select(Inspection.premises_id,
               days_since(session, func.max(Inspection.started_at), now))
        .where(Inspection.premises_id.is_not(None))
        .group_by(Inspection.premises_id), Inspection.premises_id, municipality)).all())

    # Many premises share a cell: each cell's neighbourhood is summed once.
    nearby: dict[tuple[int, int], tuple[int, int, frozenset]] = {}

    def around(cell: tuple[int, int]) -> tuple[int, int, frozenset]:
        if cell not in nearby:
            keys = frozenset((cell[0] + dlat, cell[1] + dlon) for dlat, dlon in NEIGHBOURS)
            nearby[cell] = (sum(cells.get(key, 0) for key in keys),
                            sum(report_cells.get(key, 0) for key in keys), keys)
        return nearby[cell]

    # The `limit` best as (score, -id) in a bounded min-heap: the same as sorting every
    # premises by score, then the lower id, and taking the first `limit`.
    scorer = rules.Scorer(policy)
    best: list[tuple[float, int, int]] = []
    for index, (premises_id, name, lat_, lon_, registered_days) in enumerate(premises):
        suspicious, reports, keys = 0, 0, _NOWHERE
        if lat_ is not None and lon_ is not None:
            suspicious, reports, keys = around(_cell(lat_, lon_))
        if report_names:
            named = report_names.get(_name_key(name))
            if named:
                reports += sum(count for cell, count in named if cell not in keys)
        last = last_inspected.get(premises_id)
        days = last if last is not None else registered_days
        key = (scorer(suspicious, reports, diverted.get(premises_id, 0),
                      mismatches.get(premises_id, 0), cases.get(premises_id, 0),
                      max(0, int(days or 0))), -premises_id, index)
        if len(best) < limit:
            heapq.heappush(best, key)
        elif key > best[0]:
            heapq.heapreplace(best, key)
    chosen = []
    for _, _, index in sorted(best, reverse=True):
        premises_id, name, lat_, lon_, registered_days = premises[index]
        suspicious, reports, keys = 0, 0, _NOWHERE
        if lat_ is not None and lon_ is not None:
            suspicious, reports, keys = around(_cell(lat_, lon_))
        if report_names:
            reports += sum(count for cell, count in report_names.get(_name_key(name), ())
                           if cell not in keys)
        last = last_inspected.get(premises_id)
        days = last if last is not None else registered_days
        counts = (suspicious, reports, diverted.get(premises_id, 0),
                  mismatches.get(premises_id, 0), cases.get(premises_id, 0),
                  max(0, int(days or 0)))
        chosen.append((premises_id, counts, last is None))
    rows = {row.id: row for row in session.execute(
        select(Premises.id, Premises.name, Premises.kind, Premises.address,
               Premises.municipality, Premises.lat, Premises.lon)
        .where(Premises.id.in_([premises_id for premises_id, _, _ in chosen]))
    )} if chosen else {}

    answer_targets = []
    for premises_id, counts, never in chosen:
        row = rows[premises_id]
        total, reasons = rules.score(dict(zip(rules.REASONS, counts, strict=True)), policy)
        answer_targets.append({
            "premises": {
                "id": row.id, "name": row.name, "kind": row.kind, "address": row.address,
                "municipality": row.municipality,
                "municipality_name": municipality_name(row.municipality, lang),
                "lat": row.lat, "lon": row.lon,
            },
            "score": total,
            "reasons": [
                {"code": code, "count": count,
                 "message": _reason_message(code, count, never, policy, lang)}
                for code, count in reasons
            ],
        })
    answer = {
        "as_of": rollups.as_of(session),
        "window_days": policy.window_days,
        "municipality": municipality,
        "targets": answer_targets,
        "hotspots": hotspots(session, since, policy.min_scans, lang),
    }
    if lat is not None:
        _add_route(answer, (lat, lon))
    return answer


def days_since(session: Session, column, now: dt.datetime):
    """Whole days from a stored instant to `now`, computed by the engine."""
    if session.get_bind().dialect.name == "postgresql":
        elapsed = literal(now, UTCDateTime()) - column
        return cast(func.floor(func.extract("epoch", elapsed) / 86400), Integer)
    # SQLite keeps instants as UTC text, which julianday() reads.
    stamp = now.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return cast(func.julianday(stamp) - func.julianday(column), Integer)


def _reason_message(code: str, count: int, never: bool, policy: rules.Policy, lang: str) -> str:
    key = f"inspections.reason.{code}"
    if code == "not_inspected" and never:
        key = "inspections.reason.never_inspected"
    return translate(key, lang, count=count, days=policy.window_days, km=policy.diversion_km)


def _add_route(answer: dict, start: tuple[float, float]) -> None:
    """Distances from `start` on every located target, and the day's order of visits."""
    located = [t for t in answer["targets"] if t["premises"]["lat"] is not None
               and t["premises"]["lon"] is not None]
    points = [(t["premises"]["lat"], t["premises"]["lon"]) for t in located]
    for target, point in zip(located, points, strict=True):
        target["distance_km"] = round(rules.distance_km(start, point), 2)
    order = rules.route(start, points)
    legs, here, total = [], start, 0.0
    for position, index in enumerate(order, start=1):
        leg = rules.distance_km(here, points[index])
        total += leg
        legs.append({"order": position, "premises_id": located[index]["premises"]["id"],
                     "lat": points[index][0], "lon": points[index][1],
                     "leg_km": round(leg, 2), "cumulative_km": round(total, 2)})
        here = points[index]
    answer["start"] = {"lat": start[0], "lon": start[1]}
    answer["route"] = legs
    answer["total_km"] = round(total, 2)
