"""Range lookups on (series, first) indexes: O(log n) whatever the number of stamps issued."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.stamps.codes import Serial

RangeRow = TypeVar("RangeRow")


def covering(
    session: Session, model: type[RangeRow], serial: Serial, *options
) -> RangeRow | None:
    """The row of `model` (non-overlapping ranges) whose first..last holds the serial;
    `options` are loader options (e.g. `joinedload(Batch.operator)`)."""
    row = session.scalar(
        select(model)
        .options(*options)
        .where(model.series == serial.series, model.first <= serial.number)
        .order_by(model.first.desc())
        .limit(1)
    )
    if row is None or row.last < serial.number:
        return None
    return row


def overlapping(session: Session, model: type[RangeRow], series: str, first: int, last: int):
    """Rows of `model` that share at least one serial with first..last."""
    before = session.scalar(
        select(model)
        .where(model.series == series, model.first <= first)
        .order_by(model.first.desc())
        .limit(1)
    )
    rows = [before] if before is not None and before.last >= first else []
    rows.extend(
        session.scalars(
            select(model)
            .where(model.series == series, model.first > first, model.first <= last)
            .order_by(model.first)
        )
    )
    return rows
