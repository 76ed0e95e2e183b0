"""The monthly partitions of `scans` on PostgreSQL (docs/stamps.md, "Scans by month").

`scans` is partitioned by range of `scanned_at`, one partition a calendar month in UTC
(`scans_2026_12` holds [2026-12-01, 2027-01-01) UTC), and `scans_default` catches any scan of a
month that has no partition yet. `maintain` creates the partitions of this month and the next
`ahead` ones, and gives each month found in the default partition a partition of its own (moving
its rows there); it changes nothing when run again, and concurrent runs queue on an advisory
lock. SQLite keeps one plain table.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

TABLE = "scans"
DEFAULT = "scans_default"
# pg_advisory_xact_lock key of `maintain`: any 64-bit number no other lock of ours uses.
LOCK_KEY = 0x62616E_5343_414E  # "ban" "SC" "AN"
# A maintenance that must wait this long for a table lock gives up (and runs again tomorrow)
# rather than queue the verifications behind it.
LOCK_TIMEOUT = "10s"


_PARTITION_NAME = re.compile(r"scans_(\d{4}_\d{2}|default)\Z")


def is_partition_name(name: str) -> bool:
    """Is `name` one of the partitions `maintain` makes (not declared by the models)?"""
    return _PARTITION_NAME.match(name) is not None


@dataclass
class Maintenance:
    partitioned: bool
    created: list[str] = field(default_factory=list)
    moved: int = 0  # rows moved out of the default partition


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def partition_name(month: dt.date) -> str:
    return f"{TABLE}_{month.year:04d}_{month.month:02d}"


def bound(month: dt.date) -> str:
    return f"{month.isoformat()} 00:00:00+00"


def partitions(session: Session) -> list[str]:
    """The partitions of `scans`, by name (none on SQLite, or before the migration)."""
    if session.get_bind().dialect.name != "postgresql":
        return []
    return list(session.scalars(text(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "WHERE i.inhparent = 'scans'::regclass ORDER BY c.relname"
    )))


def is_partitioned(session: Session) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(session.scalar(text(
        "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'scans'::regclass)"
    )))


def maintain(session: Session, today: dt.date, *, ahead: int = 3,
             months: tuple[dt.date, ...] = ()) -> Maintenance:
    """Partitions for this month and `ahead` more, for every month with rows in the default
    partition, and for `months` (the migration's, for the rows it is about to copy).
    Idempotent; the caller commits (DDL is transactional on PostgreSQL)."""
    if not is_partitioned(session):
        return Maintenance(partitioned=False)
    # Concurrent runs: the second waits here until the first has committed, then finds
    # everything done. Each statement below sees what committed before it (READ COMMITTED).
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    session.execute(text(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'"))
    report = Maintenance(partitioned=True)
    existing = set(partitions(session))
    if DEFAULT not in existing:
        session.execute(text(f"CREATE TABLE {DEFAULT} PARTITION OF {TABLE} DEFAULT"))
        report.created.append(DEFAULT)
    wanted = {month_start(today), *map(month_start, months)}
    upcoming = month_start(today)
    for _ in range(ahead):
        upcoming = next_month(upcoming)
        wanted.add(upcoming)
    wanted |= {
        row.date() if isinstance(row, dt.datetime) else row
        for row in session.scalars(text(
            f"SELECT DISTINCT date_trunc('month', scanned_at AT TIME ZONE 'UTC')::date "
            f"FROM {DEFAULT}"
        ))
    }
    for month in sorted(wanted):
        name = partition_name(month)
        if name in existing:
            continue
        report.moved += _create(session, name, month)
        report.created.append(name)
    session.flush()
    return report


def _create(session: Session, name: str, month: dt.date) -> int:
    """Create the partition of `month`, with the rows of that month the default partition held.

    Built apart and then attached: ATTACH takes a SHARE UPDATE EXCLUSIVE lock on `scans`, which
    lets verifications insert meanwhile (CREATE TABLE ... PARTITION OF would lock them out), and
    an exclusive one only on the default partition, which is empty in normal running. The
    attachment builds the partition's indexes and foreign keys from the parent's."""
    low, high = bound(month), bound(next_month(month))
    session.execute(text(
        f"CREATE TABLE {name} (LIKE {TABLE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
    ))
    # The partition constraint, proved before ATTACH, spares it a scan of the new table.
    session.execute(text(
        f"ALTER TABLE {name} ADD CONSTRAINT {name}_month "
        f"CHECK (scanned_at IS NOT NULL AND scanned_at >= '{low}' AND scanned_at < '{high}')"
    ))
    moved = session.execute(text(
        f"WITH moved AS (DELETE FROM {DEFAULT} WHERE scanned_at >= '{low}' "
        f"AND scanned_at < '{high}' RETURNING *) INSERT INTO {name} SELECT * FROM moved"
    )).rowcount
    session.execute(text(
        f"ALTER TABLE {TABLE} ATTACH PARTITION {name} FOR VALUES FROM ('{low}') TO ('{high}')"
    ))
    session.execute(text(f"ALTER TABLE {name} DROP CONSTRAINT {name}_month"))
    return moved
