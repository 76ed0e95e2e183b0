"""The legal facts of a case for the pure rules (`rules.CaseFacts`), read from its rows."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session, selectinload

from app.seizures import rules
from app.seizures.models import Case, CaseDecision, CaseDisposition

# Notices the rules judge (Art. 251(2), (5)); the others notify decisions.
RULED_DOCUMENTS = {document.value for document in rules.Document}
# Relationships that make up the legal facts; loaded together to avoid one query per case.
FACT_RELATIONSHIPS = (
    Case.items,
    Case.extensions,
    Case.decisions,
    Case.notifications,
    Case.reviews,
    Case.appeals,
    Case.dispositions,
    Case.refunds,
)


def notification_fact(notification) -> rules.Notification | None:
    if notification.sent_on is None or notification.document not in RULED_DOCUMENTS:
        return None
    return rules.Notification(
        rules.Document(notification.document),
        rules.Method(notification.method),
        notification.sent_on,
        notification.received_on,
    )


def _outcome(outcome: str | None) -> rules.ReviewOutcome | None:
    return rules.ReviewOutcome(outcome) if outcome else None


def _of(row) -> str:
    """The decision a review or appeal row is about (rows without the column: the seizure)."""
    return getattr(row, "of", None) or "seizure"


def _appeal_fact(a) -> rules.Appeal:
    return rules.Appeal(
        rules.Level(a.level),
        a.lodged_on,
        a.decided_on,
        _outcome(a.outcome),
        a.decision_received_on,
        rules.Hearing(a.hearing) if getattr(a, "hearing", None) else None,
        getattr(a, "notified_on", None),
        rules.ReviewOf(_of(a)),
    )


def _item_ids(act) -> frozenset[int] | None:
    """The things an act names (a link relationship or a plain row's `item_ids`); None: all."""
    return getattr(act, "item_ids", None)


def _duty(item) -> Decimal:
    return getattr(item, "duty_unpaid_eur", None) or Decimal(0)


def build_facts(
    case, items, extensions, decisions, notifications, reviews, appeals, dispositions
) -> rules.CaseFacts:
    """The legal facts from a case's rows: ORM objects or plain result rows with the same
    attribute names (the board reads rows, to stay fast with thousands of notices)."""
    of_seizure = [r for r in reviews if (getattr(r, "of", None) or "seizure") == "seizure"]
    others = [r for r in reviews if (getattr(r, "of", None) or "seizure") != "seizure"]
    review = of_seizure[0] if of_seizure else None
    disposition = dispositions[0] if dispositions else None
    refunds = getattr(case, "refunds", None) or ()
    notices = (notification_fact(n) for n in notifications)
    return rules.CaseFacts(
        detained_on=case.detained_on,
        extensions=tuple(rules.Extension(e.decided_on, e.days) for e in extensions),
        decisions=tuple(
            rules.Decision(rules.Outcome(d.outcome), d.decided_on, _item_ids(d))
            for d in decisions
        ),
        notifications=tuple(n for n in notices if n is not None),
        review=None
        if review is None
        else rules.Review(
            review.requested_on,
            review.decided_on,
            _outcome(review.outcome),
            review.decision_received_on,
        ),
        appeals=tuple(_appeal_fact(a) for a in appeals if _of(a) == "seizure"),
        other_appeals=tuple(_appeal_fact(a) for a in appeals if _of(a) != "seizure"),
        disposition=None
        if disposition is None
        else rules.Disposition(
            rules.DispositionKind(disposition.kind),
            disposition.decided_on,
            disposition.amount_eur,
            _item_ids(disposition),
        ),
        dispositions=tuple(
            rules.Disposition(
                rules.DispositionKind(d.kind), d.decided_on, d.amount_eur, _item_ids(d)
            )
            for d in dispositions
        ),
        items=tuple(
            rules.Item(item.id, item.perishable, item.value_eur, _duty(item)) for item in items
        ),
        refunds=tuple(rules.Refund(r.amount_eur, r.paid_on) for r in refunds),
        perishable=any(item.perishable for item in items),
        value_eur=sum((item.value_eur + _duty(item) for item in items), Decimal(0)),
        owner_has_electronic_address=bool(case.owner_email),
        owner_has_agent=bool(case.owner_agent),
        other_reviews=tuple(
            rules.Review(
                r.requested_on,
                r.decided_on,
                _outcome(r.outcome),
                r.decision_received_on,
                rules.ReviewOf(r.of),
            )
            for r in others
        ),
    )


def facts_of(case: Case) -> rules.CaseFacts:
    """The legal facts of a stored case, for the pure rules."""
    return build_facts(
        case,
        case.items,
        case.extensions,
        case.decisions,
        case.notifications,
        case.reviews,
        case.appeals,
        case.dispositions,
    )


def cases_with_facts(session: Session, statement) -> list[Case]:
    """Cases of `statement` with every relationship the facts need, in a fixed number of queries."""
    statement = statement.options(
        *(selectinload(rel) for rel in FACT_RELATIONSHIPS),
        selectinload(Case.decisions).selectinload(CaseDecision.item_links),
        selectinload(Case.dispositions).selectinload(CaseDisposition.item_links),
    )
    return list(session.scalars(statement))
