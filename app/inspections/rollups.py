"""The rollups behind the officer's targets and the supervisor's dashboard (docs/inspections.md,
"Rollups"): per-day counts read from `scans` incrementally, after a watermark.

`refresh(session, now=..., lag_s=...)` reads the scans whose id follows the mark and that are at
least `lag_s` old (a scan's id is taken when its insert starts, so a younger one may still be
uncommitted while a later id is visible: the lag lets such inserts finish), adds their counts to
the rollups and moves the mark. The timer (`flask inspections rollups`, every minute) keeps them
at most `lag_s` plus the timer's period behind the scans. The mark row is locked for the refresh,
so two refreshes never count a scan twice. Each refresh that read scans, or whose window's first
day moved, then recounts `premises_windows` (per premises, the diverted scans of the targets'
window) in the same transaction. `rebuild(session)` empties them and reads everything
(`since`: only the days retention keeps whole, app/stamps/retention.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, and_, case, cast, delete, func, literal, select
from sqlalchemy import Integer as SqlInteger
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from app.custody.models import CustodyEvent
from app.db import utcnow
from app.inspections.models import (
    PremisesDay,
    PremisesMismatch,
    PremisesWindow,
    RollupMark,
    ScanCellDay,
    ScanDay,
)
from app.kosovo_time import KOSOVO, legal_date
from app.registry.models import Premises
from app.stamps.models import Scan

MARK = "scans"
# Cells are the stored consumers' positions (two decimals of a degree): lat_cell = lat * 100.
CELLS_PER_DEGREE = 100
# Equirectangular kilometres per degree at Kosovo's latitude (42.6 N): within 1 % of the
# great-circle distance over Kosovo's extent, and plain arithmetic on both engines.
KM_PER_DEGREE_LAT = 111.2
KM_PER_DEGREE_LON = 81.9
# Scans read per statement: bounds a refresh's memory and its transaction's length.
BATCH = 200_000


def day_of(session: Session, column) -> ColumnElement:
    """The Kosovo day (Europe/Belgrade, as app.kosovo_time.legal_date) of a stored instant, on
    either engine: the dashboard's days are the days a supervisor lives in."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone(KOSOVO.key, column), Date)
    return func.kosovo_date(column)  # registered on every SQLite connection (app/db.py)


def as_date(value: dt.date | str) -> dt.date:
    """A day as the engine gave it (SQLite's date() answers text)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def cell_of(column) -> ColumnElement:
    return cast(func.round(column * CELLS_PER_DEGREE), SqlInteger)


def _insert(session: Session, model):
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


def _add(session: Session, model, keys: tuple[str, ...], counts: tuple[str, ...], grouped) -> None:
    """Add the rows of the grouped SELECT `grouped` (its columns named as the model's) to the
    rollup `model` in one statement: missing rows created, existing ones added to."""
    statement = _insert(session, model).from_select(list(keys + counts), grouped)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={name: getattr(model, name) + getattr(statement.excluded, name) for name in counts},
    )
    session.execute(statement)


def _in_range(first_id: int, last_id: int, since: dt.datetime | None = None):
    """Scans with ids in (first_id, last_id], and scanned at or after `since` when given."""
    scans = and_(Scan.id > first_id, Scan.id <= last_id)
    return scans if since is None else and_(scans, Scan.scanned_at >= since)


def cell_counts(session: Session, first_id: int, last_id: int,
                since: dt.datetime | None = None) -> Select:
    """Consumer scans with a position, per day, municipality and cell, for ids in the range."""
    day = day_of(session, Scan.scanned_at).label("day")
    municipality = func.coalesce(Scan.municipality, literal("")).label("municipality")
    lat_cell, lon_cell = cell_of(Scan.lat).label("lat_cell"), cell_of(Scan.lon).label("lon_cell")
    statement = (
        select(
            day, municipality, lat_cell, lon_cell,
            func.count().label("scans"),
            func.sum(case((Scan.verdict == "suspicious", 1), else_=0)).label("suspicious"),
        )
        .where(_in_range(first_id, last_id, since), Scan.inspection_id.is_(None),
               Scan.lat.is_not(None),
               Scan.lon.is_not(None))
        .group_by(day, municipality, lat_cell, lon_cell)
    )
    return statement


def verdict_counts(session: Session, first_id: int, last_id: int,
                   since: dt.datetime | None = None) -> Select:
    """Every scan per day and municipality, by verdict, for ids in the range."""
    day = day_of(session, Scan.scanned_at).label("day")
    municipality = func.coalesce(Scan.municipality, literal("")).label("municipality")
    columns = [
        func.sum(case((Scan.verdict == verdict, 1), else_=0)).label(verdict)
        for verdict in ("genuine", "suspicious", "invalid")
    ]
    statement = (
        select(day, municipality, *columns)
        .where(_in_range(first_id, last_id, since))
        .group_by(day, municipality)
    )
    return statement


def diversion_counts(
    session: Session, first_id: int, last_id: int, *, diversion_km: float,
    since: dt.datetime | None = None,
) -> list[Select]:
    """Consumer scans, per day and premises, of stamps shipped to the premises (a `shipping`
    event naming it as destination, before the scan) and scanned farther than `diversion_km`
    from it. A stamp shipped on through several premises counts for each it was shipped to.

    The events covering a scan's serial are found as the verification finds them (docs/
    custody.md, "Lookups"): per span level L present among shipments, `first` between
    number - 2**L + 1 and number on the (series, span_level, first) index; a range join
    without those bounds would compare every scan with every shipment of the series.
    """
    levels = session.scalars(
        select(CustodyEvent.span_level).where(CustodyEvent.business_step == "shipping")
        .distinct()
    ).all()
    day = day_of(session, Scan.scanned_at).label("day")
    north = (Scan.lat - Premises.lat) * KM_PER_DEGREE_LAT
    east = (Scan.lon - Premises.lon) * KM_PER_DEGREE_LON
    statements = []
    for level in levels:
        statement = (
            select(day, CustodyEvent.to_premises_id.label("premises_id"),
                   func.count().label("diverted"))
            .select_from(Scan)
            .join(CustodyEvent, and_(
                CustodyEvent.series == Scan.series,
                CustodyEvent.span_level == level,
                CustodyEvent.first.between(Scan.number - (2**level - 1), Scan.number),
                CustodyEvent.last >= Scan.number,
            ))
            .join(Premises, Premises.id == CustodyEvent.to_premises_id)
            .where(
                _in_range(first_id, last_id, since),
                CustodyEvent.business_step == "shipping",
                Scan.inspection_id.is_(None),
                Scan.number.is_not(None),
                Scan.scanned_at >= CustodyEvent.occurred_at,
                Scan.lat.is_not(None), Premises.lat.is_not(None),
                north * north + east * east > diversion_km * diversion_km,
            )
            .group_by(day, CustodyEvent.to_premises_id)
        )
        statements.append(statement)
    return statements


def mismatch_counts(session: Session, first_id: int, last_id: int) -> Select:
    """Officers' scans inside an inspection at a premises that found a custody mismatch."""
    statement = (
        select(Scan.premises_id.label("premises_id"), func.count().label("mismatches"))
        .where(
            _in_range(first_id, last_id),
            Scan.inspection_id.is_not(None),
            Scan.premises_id.is_not(None),
            # reasons is a JSON list of codes: its text holds the code in quotes.
            cast(Scan.reasons, postgresql.TEXT if session.get_bind().dialect.name == "postgresql"
                 else sqlite.TEXT).contains('"custody_mismatch"'),
        )
        .group_by(Scan.premises_id)
    )
    return statement


def _mark(session: Session) -> RollupMark:
    mark = session.get(RollupMark, MARK, with_for_update=True)
    if mark is None:
        session.execute(
            _insert(session, RollupMark)
            .values(name=MARK, last_scan_id=0)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        mark = session.get(RollupMark, MARK, with_for_update=True, populate_existing=True)
    return mark


def _last_settled_id(session: Session, after: int, before: dt.datetime) -> int:
    """The highest id of the BATCH scans after `after`, stopping before the first one younger
    than `before` (ids are taken in time order, so what follows it is younger too)."""
    rows = session.execute(
        select(Scan.id, Scan.scanned_at).where(Scan.id > after).order_by(Scan.id).limit(BATCH)
    ).all()
    last = after
    for scan_id, scanned_at in rows:
        if scanned_at > before:
            break
        last = scan_id
    return last


def window_from(now: dt.datetime, window_days: int) -> dt.date:
    """The first Kosovo day of the targets' window at `now`."""
    return legal_date(now - dt.timedelta(days=window_days))


def _count_window(session: Session, mark: RollupMark, first_day: dt.date) -> None:
    """`premises_windows` := the diverted scans of `premises_days` per premises from
    `first_day` on. Only rows whose sum changed are written; rows are deleted only when the
    window's first day moved (days left it) or a rebuild emptied it, since within one window
    `premises_days` only grows."""
    sums = (
        select(PremisesDay.premises_id.label("premises_id"),
               func.sum(PremisesDay.diverted).label("diverted"))
        .where(PremisesDay.day >= first_day)
        .group_by(PremisesDay.premises_id)
    )
    if mark.window_from != first_day:
        # NOT EXISTS: an anti-join (NOT IN probed the days once per row: seconds).
        session.execute(delete(PremisesWindow).where(~select(PremisesDay.premises_id).where(
            PremisesDay.premises_id == PremisesWindow.premises_id,
            PremisesDay.day >= first_day).exists()))
    statement = _insert(session, PremisesWindow).from_select(["premises_id", "diverted"], sums)
    statement = statement.on_conflict_do_update(
        index_elements=["premises_id"],
        set_={"diverted": statement.excluded.diverted},
        where=PremisesWindow.diverted != statement.excluded.diverted,
    )
    session.execute(statement)
    mark.window_from = first_day


def refresh(
    session: Session, *, now: dt.datetime | None = None, lag_s: float = 60.0,
    diversion_km: float = 30.0, since: dt.datetime | None = None, window_days: int = 30,
) -> int:
    """Add the settled scans after the mark to the rollups; the number of scans read. With
    `since` (a rebuild's), the per-day counts read only scans at or after it. Then the
    premises' sums over the targets' window of `window_days` (`premises_windows`), when scans
    were read or the window's first day moved."""
    now = now or utcnow()
    mark = _mark(session)
    total = 0
    while True:
        first = mark.last_scan_id
        last = _last_settled_id(session, first, now - dt.timedelta(seconds=lag_s))
        if last == first:
            break
        _add(session, ScanCellDay, ("day", "municipality", "lat_cell", "lon_cell"),
             ("scans", "suspicious"), cell_counts(session, first, last, since))
        _add(session, ScanDay, ("day", "municipality"), ("genuine", "suspicious", "invalid"),
             verdict_counts(session, first, last, since))
        for grouped in diversion_counts(session, first, last, diversion_km=diversion_km,
                                        since=since):
            _add(session, PremisesDay, ("day", "premises_id"), ("diverted",), grouped)
        _add(session, PremisesMismatch, ("premises_id",), ("mismatches",),
             mismatch_counts(session, first, last))
        total += session.scalar(
            select(func.count()).select_from(Scan).where(_in_range(first, last))
        ) or 0
        mark.last_scan_id = last
    first_day = window_from(now, window_days)
    if total or mark.window_from != first_day:
        _count_window(session, mark, first_day)
    mark.refreshed_at = now
    session.flush()
    return total


def rebuild(session: Session, *, since: dt.datetime | None = None, **options) -> int:
    """Empty the rollups and read every settled scan again. With `since` (the scans'
    retention cutoff, docs/stamps.md "Retention"), the days before it keep their counts: their
    anonymous scans may be gone, and only the rollups still know them. Custody mismatches
    come from officers' scans, which retention keeps: they are recounted whole."""
    mark = _mark(session)
    mark.last_scan_id = 0
    mark.window_from = None
    session.execute(delete(PremisesMismatch))
    session.execute(delete(PremisesWindow))
    for model in (ScanCellDay, ScanDay, PremisesDay):
        session.execute(delete(model) if since is None
                        else delete(model).where(model.day >= since.date()))
    session.flush()
    return refresh(session, since=since, **options)


def vacuum(session: Session) -> None:
    """After a rebuild on PostgreSQL: VACUUM ANALYZE the rollups (outside any transaction), so
    that their covering indexes answer without reading the tables."""
    engine = session.get_bind()
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(
            "VACUUM ANALYZE scan_cell_days, scan_days, premises_days, premises_mismatches, "
            "premises_windows"
        )


def as_of(session: Session) -> dt.datetime | None:
    """When the rollups were last refreshed (None: never)."""
    return session.scalar(select(RollupMark.refreshed_at).where(RollupMark.name == MARK))


def read_up_to(session: Session) -> int:
    """The id of the last scan the rollups have counted (0: none yet): retention keeps every
    later one (app/stamps/retention.py)."""
    return session.scalar(
        select(RollupMark.last_scan_id).where(RollupMark.name == MARK)
    ) or 0
