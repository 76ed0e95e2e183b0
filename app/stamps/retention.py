"""Retention of scans (docs/stamps.md, "Retention"): anonymous consumers' scans older than
`SCAN_RETENTION_MONTHS` whole calendar months are deleted; signed-in users' scans (officers,
inspections, companies' employees: `user_id` or `inspection_id` set) are evidence and are kept
for ever.

What a verification answers about a serial does not come from those rows: the count, the first
scan, the places and the distinct client networks are in the per-serial rollups (a trigger
writes them with the scan), and the clone check reads only scans at or after `cutoff(now)`,
the same bound, so it never read what retention removes. The officers' targets and the
dashboard read the inspections rollups, which must have read a scan before it may go
(`read_up_to`).

On PostgreSQL each month before the cutoff that still holds anonymous scans is rebuilt: its
evidence is copied into a new table, the old partition is detached and dropped (the disk is
given back at once; a DELETE would leave a month of dead rows that nothing reuses, since no scan
is inserted into a past month) and the new table attached in its place. On SQLite the rows are
deleted. Idempotent; concurrent runs queue on the advisory lock of `partitions.maintain`, a
month at a time (`steps`: the caller commits after each).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, delete, func, select, text
from sqlalchemy.orm import Session

from app.stamps import partitions
from app.stamps.models import Scan

# SCAN_RETENTION_MONTHS' default (app/config.py): a year, and the month before it for a
# year-on-year comparison of whole months.
DEFAULT_MONTHS = 13
# A scan nobody signed in for: a consumer's. Everything else is evidence.
ANONYMOUS = "user_id IS NULL AND inspection_id IS NULL"


@dataclass
class Retention:
    cutoff: dt.datetime
    deleted: int = 0
    rebuilt: list[str] = field(default_factory=list)  # PostgreSQL partitions rebuilt
    # Months whose anonymous scans wait because the inspections rollups have not read them.
    waiting: list[str] = field(default_factory=list)


def cutoff(now: dt.datetime | dt.date, months: int) -> dt.datetime:
    """The first instant (UTC) whose scans are all kept: midnight UTC of the first day of the
    month `months` months before the month of `now`. On 2026-12-05 with 13: 2025-11-01."""
    if months < 1:
        raise ValueError("SCAN_RETENTION_MONTHS must be at least 1")
    day = now.date() if isinstance(now, dt.datetime) else now
    index = day.year * 12 + (day.month - 1) - months
    return dt.datetime(index // 12, index % 12 + 1, 1, tzinfo=dt.UTC)


def _anonymous():
    return and_(Scan.user_id.is_(None), Scan.inspection_id.is_(None))


def apply(session: Session, today: dt.date, months: int, *,
          read_up_to: int | None = None) -> Retention:
    """Delete the anonymous scans before `cutoff(today, months)`, except those with an id above
    `read_up_to` (the inspections rollups' mark; None: no such reader), all in the caller's
    transaction. `scans maintain` uses `steps` instead, to commit after each month."""
    report = Retention(cutoff=cutoff(today, months))
    for _ in steps(session, report, read_up_to=read_up_to):
        pass
    return report


def steps(session: Session, report: Retention, *,
          read_up_to: int | None = None) -> Iterator[str]:
    """Retention in steps, adding to `report`: each yields after one month's partition
    (PostgreSQL) or after the whole DELETE (SQLite), and the caller commits there. A month's
    swap holds `scans` exclusively from its DETACH to that commit, so it must not share a
    transaction with anything else: not with the next month's copy (verifications would wait
    for it), nor with `partitions.maintain`, whose ATTACH locks the default partition that a
    verification's INSERT may be waiting for while holding `scans` (a deadlock, found by
    tests/stamps/test_retention.py with scans arriving during a run)."""
    if partitions.is_partitioned(session):
        for name in partitions.partitions(session):
            month = _month_of(name)
            if month is None or month >= report.cutoff.date():
                continue
            # One run at a time (the lock of `partitions.maintain`; held until the caller's
            # commit): a run that waited here finds the month done and leaves it.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                            {"key": partitions.LOCK_KEY})
            session.execute(text(f"SET LOCAL lock_timeout = '{partitions.LOCK_TIMEOUT}'"))
            if _partition(session, name, month, read_up_to, report):
                session.flush()
                yield name
        return
    old = and_(Scan.scanned_at < report.cutoff, _anonymous())
    if read_up_to is not None and session.scalar(
        select(func.count()).select_from(Scan).where(old, Scan.id > read_up_to)
    ):
        report.waiting.append(Scan.__tablename__)
        old = and_(old, Scan.id <= read_up_to)
    report.deleted += session.execute(
        delete(Scan).where(old).execution_options(synchronize_session=False)
    ).rowcount
    session.flush()
    yield Scan.__tablename__


def _month_of(name: str) -> dt.date | None:
    if name == partitions.DEFAULT:
        return None  # `maintain` has just moved any dated scan out of it
    year, month = name.removeprefix(f"{partitions.TABLE}_").split("_")
    return dt.date(int(year), int(month), 1)


def _partition(session: Session, name: str, month: dt.date, read_up_to: int | None,
               report: Retention) -> bool:
    """Rebuild the partition `name` of a month before the cutoff with its evidence only;
    False when there was nothing to do."""
    unread = "false" if read_up_to is None else f"id > {int(read_up_to)}"
    anonymous, unread_anonymous = session.execute(text(
        f"SELECT count(*) FILTER (WHERE {ANONYMOUS}), "
        f"count(*) FILTER (WHERE {ANONYMOUS} AND {unread}) FROM {name}"
    )).one()
    if unread_anonymous:
        report.waiting.append(name)
        return False
    if not anonymous:
        return False  # done on an earlier run
    kept = f"{name}_kept"
    low, high = partitions.bound(month), partitions.bound(partitions.next_month(month))
    session.execute(text(
        f"CREATE TABLE {kept} (LIKE {partitions.TABLE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
    ))
    session.execute(text(
        f"ALTER TABLE {kept} ADD CONSTRAINT {kept}_month "
        f"CHECK (scanned_at IS NOT NULL AND scanned_at >= '{low}' AND scanned_at < '{high}')"
    ))
    # A plain table has no trigger: copying the evidence adds nothing to the rollups again.
    session.execute(text(f"INSERT INTO {kept} SELECT * FROM {name} WHERE NOT ({ANONYMOUS})"))
    # DETACH holds `scans` exclusively for a moment (metadata only); lock_timeout bounds the wait.
    session.execute(text(f"ALTER TABLE {partitions.TABLE} DETACH PARTITION {name}"))
    session.execute(text(f"DROP TABLE {name}"))
    session.execute(text(f"ALTER TABLE {kept} RENAME TO {name}"))
    session.execute(text(
        f"ALTER TABLE {partitions.TABLE} ATTACH PARTITION {name} "
        f"FOR VALUES FROM ('{low}') TO ('{high}')"
    ))
    session.execute(text(f"ALTER TABLE {name} DROP CONSTRAINT {kept}_month"))
    report.deleted += anonymous
    report.rebuilt.append(name)
    return True
