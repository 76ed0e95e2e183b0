"""Stamp order verbs: the limits that apply now, placing an order within them, the Customs'
decision (an approval issues the batch), Art. 241 orders and their appeals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.db import utcnow
from app.errors import Conflict, Forbidden, Invalid, LimitExceeded, NotFound
from app.i18n import translate
from app.mail.compose import compose
from app.mail.service import enqueue
from app.orders import queries, rules
from app.orders.models import (
    APPROVED,
    PENDING,
    REJECTED,
    AvoidanceAppeal,
    AvoidanceOrder,
    LicenceLimit,
    StampOrder,
)
from app.registrations.rules import orders_stamps
from app.registry.models import Operator, Premises, Product
from app.stamps import codes
from app.stamps.service import issue_batch


def ordering_operator(session: Session, operator_id: int) -> Operator:
    """The operator, if its licence orders stamps (importers, producers); 403 otherwise."""
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise NotFound("operator")
    if not orders_stamps(operator.licence_kinds):
        raise Forbidden("orders.not_an_orderer")
    return operator


def allowances(
    session: Session, limit: LicenceLimit, day: dt.date
) -> list[rules.Allowance]:
    """Every limit on orders of `limit`'s category on `day`: the licence's maximum for its
    calendar period (Art. 245(2)(d)) and the cap of each Art. 241 order in force, per calendar
    month (the cap is a monthly average)."""
    first, last = rules.period_bounds(day, limit.period)
    found = [rules.Allowance(
        kind="licence", period=limit.period, maximum=limit.maximum, article="245(2)(d)",
        ordered=queries.ordered_between(session, limit.operator_id, limit.category, first, last),
    )]
    month_first, month_last = rules.period_bounds(day, "month")
    for order in queries.standing_avoidance_orders(session, limit.operator_id, day):
        if limit.category not in order.categories:
            continue
        found.append(rules.Allowance(
            kind="art241", period="month", maximum=int(order.caps[limit.category]),
            article="241", avoidance_order_id=order.id,
            ordered=queries.ordered_between(session, limit.operator_id, limit.category,
                                            month_first, month_last),
        ))
    return found


def limits_now(session: Session, operator_id: int, day: dt.date) -> list[dict]:
    """Per licensed category: the limit that binds now, what was ordered in its period, what
    is left, every limit behind it (`basis`) and the Art. 241 order in force, if any."""
    ordering_operator(session, operator_id)
    answer = []
    for limit in queries.limits_of(session, operator_id):
        found = allowances(session, limit, day)
        binds = rules.binding(found)
        caps = [allowance for allowance in found if allowance.kind == "art241"]
        art241 = rules.binding(caps) if caps else None
        answer.append({
            "category": limit.category,
            "period": binds.period,
            "maximum": binds.maximum,
            "ordered": binds.ordered,
            "available": binds.available,
            "basis": [_basis(a) for a in found],
            "art241_order": (
                {"id": art241.avoidance_order_id, "cap": art241.maximum} if art241 else None
            ),
        })
    return answer


def place_order(
    session: Session,
    *,
    operator_id: int,
    ordered_by: int,
    category: str,
    quantity: int,
    product_id: int | None,
    premises_id: int | None,
    today: dt.date,
) -> StampOrder:
    """Order `quantity` stamps of `category` (pending until the Customs decide).

    Refused: 403 for a licence that does not order stamps or premises of another company;
    404 for premises or a product that do not exist; 422 for a product of another category or
    company, or a category the licence sets no limit for; 409 `conflict` outside the licence's
    validity; 409 `limit_exceeded` (with `limit` and `available`) above any limit that applies.
    The licence limit's row is locked first, so orders of one operator and category take
    turns: two parallel orders cannot both pass a limit only one fits."""
    operator = ordering_operator(session, operator_id)
    if premises_id is not None:
        premises = session.get(Premises, premises_id)
        if premises is None:
            raise NotFound("premises")
        if premises.operator_id != operator.id:
            raise Forbidden("orders.not_your_premises")
    if product_id is not None:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound("product")
        if product.category != category or product.operator_id not in (None, operator.id):
            raise Invalid("orders.product_mismatch", errors={"product_id": [product_id]})
    if not operator.licensed_on(today):
        raise Conflict("orders.licence_not_valid")
    limit = session.scalar(
        select(LicenceLimit)
        .where(LicenceLimit.operator_id == operator.id, LicenceLimit.category == category)
        .with_for_update()
    )
    if limit is None:
        raise Invalid("orders.category_not_licensed", errors={"category": [category]})
    found = allowances(session, limit, today)
    if not rules.fits(quantity, found):
        binds = rules.binding(found)
        raise LimitExceeded(
            "orders.limit_exceeded", status=409,
            body={"limit": binds.maximum, "available": binds.available,
                  "period": binds.period, "basis": _basis(binds)},
            limit=binds.maximum, available=binds.available,
        )
    order = StampOrder(
        operator_id=operator.id, category=category, quantity=quantity, product_id=product_id,
        premises_id=premises_id, status=PENDING, ordered_on=today, ordered_by=ordered_by,
    )
    session.add(order)
    session.flush()
    return order


def get_order(session: Session, order_id: int, *, operator_id: int | None) -> StampOrder:
    """An order; for an operator's user only one of their company (others do not exist)."""
    order = session.get(StampOrder, order_id)
    if order is None or (operator_id is not None and order.operator_id != operator_id):
        raise NotFound("order")
    return order


def decide_order(
    session: Session,
    order_id: int,
    *,
    outcome: str,
    reasons: str | None,
    decided_by: int,
    public_base_url: str,
    today: dt.date,
) -> StampOrder:
    """Approve a pending order, issuing its batch (the stamps' serial range, `issue_batch`), or
    reject it with reasons (Art. 12(3)); the operator is told by mail in their language.
    409 `conflict` once decided (the row is locked: of two parallel decisions one finds it
    decided)."""
    order = session.scalar(select(StampOrder).where(StampOrder.id == order_id).with_for_update())
    if order is None:
        raise NotFound("order")
    if order.status != PENDING:
        raise Conflict("orders.already_decided")
    if outcome == REJECTED and not (reasons or "").strip():
        raise Invalid("orders.reasons_required", errors={"reasons": ["required"]})
    order.decided_at = utcnow()
    order.decided_by = decided_by
    link = f"{public_base_url.rstrip('/')}/#/orders/{order.id}"
    if outcome == APPROVED:
        batch = issue_batch(session, operator_id=order.operator_id, category=order.category,
                            quantity=order.quantity, issued_by=decided_by, today=today)
        order.status = APPROVED
        order.batch_id = batch.id
        first = codes.Serial(batch.series, batch.first)
        stamps = f"{first} – {codes.Serial(batch.series, batch.last)}"
        _mail(session, order, "order_approved", stamps=stamps, link=link)
    else:
        order.status = REJECTED
        order.reasons = reasons.strip()
        _mail(session, order, "order_rejected", reasons=order.reasons, link=link)
    session.flush()
    return order


def make_avoidance_order(
    session: Session,
    operator_id: int,
    *,
    categories: Iterable[str],
    starts_on: dt.date,
    ends_on: dt.date | None,
    notification: dict,
    reasons: str,
    made_by: int,
) -> AvoidanceOrder:
    """Record an Art. 241 order: from `starts_on` (to `ends_on`, open when none) the operator
    may not order more of each category a month than its monthly average of the 9 months
    before `starts_on` (its approved orders; nil when it ordered none). The caps are fixed
    now. Its written notification (Art. 241(3)) is recorded with it."""
    if session.get(Operator, operator_id) is None:
        raise NotFound("operator")
    if ends_on is not None and ends_on < starts_on:
        raise Invalid("orders.art241_dates", errors={"to": ["before from"]})
    first, last = rules.art241_window(starts_on)
    categories = sorted(set(categories))
    caps = {
        category: rules.art241_cap(queries.ordered_between(
            session, operator_id, category, first, last, statuses=(APPROVED,)))
        for category in categories
    }
    order = AvoidanceOrder(
        operator_id=operator_id, categories=categories, caps=caps, starts_on=starts_on,
        ends_on=ends_on, notification_method=notification["method"],
        notified_on=notification["sent_on"], notification_address=notification.get("address"),
        reasons=reasons.strip(), made_by=made_by,
    )
    session.add(order)
    session.flush()
    return order


def record_appeal(
    session: Session, operator_id: int, avoidance_order_id: int, *, lodged_on: dt.date,
    grounds: str, recorded_by: int,
) -> AvoidanceAppeal:
    """Record an appeal to the Independent Review Board against an Art. 241 order (Art.
    241(4)); not before the order was notified."""
    order = session.get(AvoidanceOrder, avoidance_order_id)
    if order is None or order.operator_id != operator_id:
        raise NotFound("avoidance_order")
    if lodged_on < order.notified_on:
        raise Invalid("orders.appeal_before_order", errors={"lodged_on": ["before notified"]})
    appeal = AvoidanceAppeal(avoidance_order_id=order.id, lodged_on=lodged_on,
                             grounds=grounds.strip(), recorded_by=recorded_by)
    session.add(appeal)
    session.flush()
    return appeal


def appeals_of(session: Session, avoidance_order_id: int) -> list[AvoidanceAppeal]:
    return list(session.scalars(
        select(AvoidanceAppeal).where(AvoidanceAppeal.avoidance_order_id == avoidance_order_id)
        .order_by(AvoidanceAppeal.id)
    ))


def _basis(allowance: rules.Allowance) -> dict:
    basis = {
        "kind": allowance.kind, "article": allowance.article, "period": allowance.period,
        "maximum": allowance.maximum, "ordered": allowance.ordered,
        "available": allowance.available,
    }
    if allowance.avoidance_order_id is not None:
        basis["avoidance_order_id"] = allowance.avoidance_order_id
    return basis


def _recipients(session: Session, order: StampOrder) -> list[User]:
    """Who hears of a decision: the user who ordered, else the company's administrators."""
    orderer = session.get(User, order.ordered_by) if order.ordered_by else None
    if orderer is not None and orderer.active:
        return [orderer]
    return list(session.scalars(select(User).where(
        User.operator_id == order.operator_id, User.company_role == "administrator",
        User.active.is_(True))))


def _mail(session: Session, order: StampOrder, template: str, **params) -> None:
    for user in _recipients(session, order):
        language = user.language
        message = compose(
            template, language, user.email, order=f"#{order.id}",
            quantity=order.quantity,
            category=translate(f"orders.category.{order.category}", language),
            **params,
        )
        enqueue(session, message, kind=template)
