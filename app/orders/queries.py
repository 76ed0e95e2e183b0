"""Read statements of stamp orders: the limits of an operator, what was ordered in a period,
the Art. 241 orders standing on a day, an operator's orders."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.orders.models import APPROVED, PENDING, AvoidanceOrder, LicenceLimit, StampOrder


def limits_of(session: Session, operator_id: int) -> list[LicenceLimit]:
    return list(session.scalars(
        select(LicenceLimit).where(LicenceLimit.operator_id == operator_id)
        .order_by(LicenceLimit.category)
    ))


def ordered_between(
    session: Session, operator_id: int, category: str, first: dt.date, last: dt.date,
    statuses: tuple[str, ...] = (PENDING, APPROVED),
) -> int:
    """The stamps of `category` the operator ordered from `first` to `last` (inclusive), in
    orders of `statuses` (pending and approved count against a limit; rejected do not)."""
    return int(session.scalar(
        select(func.coalesce(func.sum(StampOrder.quantity), 0)).where(
            StampOrder.operator_id == operator_id,
            StampOrder.category == category,
            StampOrder.ordered_on.between(first, last),
            StampOrder.status.in_(statuses),
        )
    ))


def standing_avoidance_orders(
    session: Session, operator_id: int, day: dt.date
) -> list[AvoidanceOrder]:
    """The operator's Art. 241 orders in force on `day`, oldest first."""
    return list(session.scalars(
        select(AvoidanceOrder).where(
            AvoidanceOrder.operator_id == operator_id,
            AvoidanceOrder.starts_on <= day,
            or_(AvoidanceOrder.ends_on.is_(None), AvoidanceOrder.ends_on >= day),
        ).order_by(AvoidanceOrder.id)
    ))


def list_orders(
    session: Session, *, operator_id: int | None, status: str | None, limit: int, offset: int
) -> list[StampOrder]:
    statement = select(StampOrder).order_by(StampOrder.id.desc())
    if operator_id is not None:
        statement = statement.where(StampOrder.operator_id == operator_id)
    if status:
        statement = statement.where(StampOrder.status == status)
    return list(session.scalars(statement.limit(limit).offset(offset)))
