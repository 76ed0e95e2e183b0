"""Range lookups on (series, first) indexes: O(log n) whatever the number of stamps issued;
the lock that serialises the range writes of a series."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.stamps.codes import Serial

RangeRow = TypeVar("RangeRow")


def candidate(model, series, number, *columns):
    """SELECT the one row of `model` (non-overlapping ranges) that may hold series/number: the
    last range starting at or before it, one seek on the (series, first) index. `series` and
    `number` may be values or bind parameters; `columns` narrow the row (default: the entity).
    It holds the serial when its `last` is not below `number`."""
    return (
        select(*(columns or (model,)))
        .where(model.series == series, model.first <= number)
        .order_by(model.first.desc())
        .limit(1)
    )


def covering(
    session: Session, model: type[RangeRow], serial: Serial, *options
) -> RangeRow | None:
    """The row of `model` (non-overlapping ranges) whose first..last holds the serial;
    `options` are loader options (e.g. `joinedload(Batch.operator)`)."""
    row = session.scalar(candidate(model, serial.series, serial.number).options(*options))
    if row is None or row.last < serial.number:
        return None
    return row


def overlapping(session: Session, model: type[RangeRow], series: str, first: int, last: int):
    """Rows of `model` that share at least one serial with first..last."""
    before = session.scalar(candidate(model, series, first))
    rows = [before] if before is not None and before.last >= first else []
    rows.extend(
        session.scalars(
            select(model)
            .where(model.series == series, model.first > first, model.first <= last)
            .order_by(model.first)
        )
    )
    return rows


# The first key of PostgreSQL's two-key advisory locks taken by this application, one per kind
# of thing locked, so that the locks of one kind never wait on another's.
SERIES_LOCK_CLASS = 17_001
_SERIES_LOCK = text("SELECT pg_advisory_xact_lock(:kind, hashtext(:series))")


def series_lock(session: Session, series: str) -> None:
    """Serialise the range writes of one series until the end of the transaction: every writer
    that checks ranges for overlaps and then writes (activations, revocations, custody events,
    EPCIS capture, new batches) takes it before its first read of the ranges, so that the check
    and the write are one step for every other writer of the series (docs/stamps.md, "Range
    writes"). PostgreSQL: a transaction-scoped advisory lock keyed on the series (a hash: two
    series may share one lock, which only makes them wait for each other). SQLite: nothing to
    do, every transaction begins IMMEDIATE (app/db.py), which already holds the database's one
    write lock from its first statement to its end.

    A transaction that writes several series takes their locks in sorted order
    (`series_locks`), so that two such transactions never wait for each other in a cycle."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_SERIES_LOCK, {"kind": SERIES_LOCK_CLASS, "series": series})


def series_locks(session: Session, series: Iterable[str]) -> None:
    """`series_lock` on each of several series, in sorted order."""
    for name in sorted(set(series)):
        series_lock(session, name)
