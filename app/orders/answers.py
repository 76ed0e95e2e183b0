"""Stamp orders and Art. 241 orders as answers."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.orders import rules
from app.orders.models import AvoidanceAppeal, AvoidanceOrder, StampOrder
from app.stamps.models import Batch

# Art. 241(4): the making of the order is an appeal matter to this board.
APPEAL_TO = "Independent Review Board (Art. 241(4))"


def order_dict(session: Session, order: StampOrder) -> dict:
    """An order with its batch (once approved) and its history: placed, then decided."""
    batch = session.get(Batch, order.batch_id) if order.batch_id else None
    history = [{"status": "pending", "at": order.ordered_at, "by": order.ordered_by}]
    if order.decided_at is not None:
        decided = {"status": order.status, "at": order.decided_at, "by": order.decided_by}
        if order.reasons:
            decided["reasons"] = order.reasons
        history.append(decided)
    return {
        "id": order.id,
        "operator_id": order.operator_id,
        "category": order.category,
        "quantity": order.quantity,
        "product_id": order.product_id,
        "premises_id": order.premises_id,
        "status": order.status,
        "ordered_on": order.ordered_on,
        "ordered_at": order.ordered_at,
        "decided_at": order.decided_at,
        "reasons": order.reasons,
        "batch": None if batch is None else {
            "id": batch.id, "series": batch.series, "first": batch.first, "last": batch.last,
        },
        "history": history,
    }


def avoidance_dict(order: AvoidanceOrder, appeals: list[AvoidanceAppeal]) -> dict:
    first, last = rules.art241_window(order.starts_on)
    return {
        "id": order.id,
        "operator_id": order.operator_id,
        "categories": order.categories,
        "caps": order.caps,
        "window": {"first": first.isoformat(), "last": last.isoformat()},
        "from_": order.starts_on,
        "to": order.ends_on,
        "notification": {
            "method": order.notification_method,
            "sent_on": order.notified_on.isoformat(),
            "address": order.notification_address,
        },
        "reasons": order.reasons,
        "appeal_to": APPEAL_TO,
        "appeals": appeals,
    }
