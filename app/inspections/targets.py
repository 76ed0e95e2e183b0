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

from sqlalchemy import Date, Integer, case, cast, func, literal, select
from sqlalchemy.orm import Session

from app.db import UTCDateTime, utcnow
from app.errors import Invalid
from app.geo.gazetteer import find, in_kosovo, municipalities, municipality_name, normalise_name
from app.i18n import translate
from app.inspections import rollups, rules
from app.inspections.models import (
    PremisesDay,
    PremisesLastInspection,
    PremisesMismatch,
    PremisesWindow,
    RollupMark,
    ScanCellDay,
)
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


def _ranking_rows(session: Session, municipality: str | None, since: dt.date,
                  now: dt.datetime) -> list:
    """What ranking needs of every premises, as plain tuples in one statement: (id, name, lat,
    lon, whole days since its last inspection or else its registration, never inspected,
    diverted scans over the window, custody mismatches, cases). Each count is one row per
    premises read by its key; the window's diversion comes from `premises_windows` when the
    refresh counted it for this window's first day (read in the same statement, so the same
    snapshot), else it is None and `targets` sums `premises_days` itself."""
    last = PremisesLastInspection
    counted_for = select(RollupMark.window_from).where(
        RollupMark.name == rollups.MARK).scalar_subquery()
    cases = (select(Case.premises_id.label("premises_id"), func.count().label("cases"))
             .where(Case.premises_id.is_not(None)).group_by(Case.premises_id).subquery())
    statement = (
        select(
            Premises.id, Premises.name, Premises.lat, Premises.lon,
            days_since(session, func.coalesce(last.started_at, Premises.created_at), now),
            last.started_at.is_(None),
            case((counted_for == literal(since, Date), func.coalesce(PremisesWindow.diverted, 0)),
                 else_=None),
            func.coalesce(PremisesMismatch.mismatches, 0),
            func.coalesce(cases.c.cases, 0),
        )
        .outerjoin(last, last.premises_id == Premises.id)
        .outerjoin(PremisesWindow, PremisesWindow.premises_id == Premises.id)
        .outerjoin(PremisesMismatch, PremisesMismatch.premises_id == Premises.id)
        .outerjoin(cases, cases.c.premises_id == Premises.id)
    )
    if municipality is not None:
        statement = statement.where(Premises.municipality == municipality)
    rows = session.execute(statement).all()
    if rows and rows[0][6] is None:  # not counted for this window yet: sum the days here
        diverted = _grouped(session, select(PremisesDay.premises_id, func.sum(PremisesDay.diverted))
                            .where(PremisesDay.day >= since).group_by(PremisesDay.premises_id))
        rows = [(*row[:6], diverted.get(row[0], 0), *row[7:]) for row in rows]
    return rows


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
    premises = _ranking_rows(session, municipality, since, now)
    cells = _scan_cells(session, since, municipality, policy.min_scans)
    report_cells, report_names = _reports(session, since_instant, municipality)

    # Many premises share a cell: each cell's neighbourhood is summed once.
    nearby: dict[tuple[int, int], tuple[int, int, frozenset]] = {}

    def around(cell: tuple[int, int]) -> tuple[int, int, frozenset]:
        hood = nearby.get(cell)
        if hood is None:
            keys = frozenset((cell[0] + dlat, cell[1] + dlon) for dlat, dlon in NEIGHBOURS)
            hood = nearby[cell] = (sum(cells.get(key, 0) for key in keys),
                                   sum(report_cells.get(key, 0) for key in keys), keys)
        return hood

    def counts_of(row) -> tuple[int, int, int, int, int, int]:
        _, name, lat_, lon_, days, _, diverted, mismatches, cases = row
        suspicious, reports, keys = 0, 0, _NOWHERE
        if lat_ is not None and lon_ is not None:
            suspicious, reports, keys = around(_cell(lat_, lon_))
        if report_names:
            named = report_names.get(_name_key(name))
            if named:
                reports += sum(count for cell, count in named if cell not in keys)
        return (suspicious, reports, diverted, mismatches, cases,
                days if days and days > 0 else 0)

    # The `limit` best as (score, -id) in a bounded min-heap: the same as sorting every
    # premises by score, then the lower id, and taking the first `limit`. A score below the
    # heap's smallest cannot enter it: no key is built for it.
    scorer = rules.Scorer(policy)
    best: list[tuple[float, int, int]] = []
    per_degree = rollups.CELLS_PER_DEGREE
    # The walk over every premises, inlined (`counts_of` does the same for the chosen few).
    for index, (premises_id, name, lat_, lon_, days, _, diverted, mismatches, cases) in \
            enumerate(premises):
        suspicious, reports, keys = 0, 0, _NOWHERE
        if lat_ is not None and lon_ is not None:
            cell = (round(lat_ * per_degree), round(lon_ * per_degree))
            hood = nearby.get(cell)
            suspicious, reports, keys = hood if hood is not None else around(cell)
        if report_names:
            named = report_names.get(_name_key(name))
            if named:
                reports += sum(count for cell, count in named if cell not in keys)
        score = scorer(suspicious, reports, diverted, mismatches, cases,
                       days if days and days > 0 else 0)
        if len(best) < limit:
            heapq.heappush(best, (score, -premises_id, index))
        elif score >= best[0][0]:
            key = (score, -premises_id, index)
            if key > best[0]:
                heapq.heapreplace(best, key)
    chosen = [(premises[index][0], counts_of(premises[index]), premises[index][5])
              for _, _, index in sorted(best, reverse=True)]
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
