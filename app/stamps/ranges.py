"""Range lookups on (series, first) indexes: O(log n) whatever the number of stamps issued."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
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
