"""Detention cases: opening one and the acts of the Customs on it (extend, decide, notify,
review, appeal, dispose).

Every verb takes the Kosovo `today` and the seizures `policy`, checks the act with the pure rules
of `rules.py` at its legal date, raises `DomainError` on a refusal, writes the act and a
`case_events` row (`add_event`, which also refreshes the case's row of the public board in the
same transaction), and only flushes. Status and deadlines are derived from the stored facts
(`facts.facts_of`) whenever they are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import Conflict, DomainError, Invalid, NotFound, refused, unknown_reference
from app.geo.gazetteer import find as find_municipality
from app.geo.gazetteer import municipality_at
from app.registry.models import Premises
from app.seizures import rules
from app.seizures.board_projection import refresh_board_entry
from app.seizures.facts import RULED_DOCUMENTS, facts_of, notification_fact
from app.seizures.models import (
    Case,
    CaseAppeal,
    CaseDecision,
    CaseDecisionItem,
    CaseDisposition,
    CaseDispositionItem,
    CaseEvent,
    CaseExtension,
    CaseItem,
    CaseItemSerial,
    CaseNotification,
    CaseNumber,
    CaseRefund,
    CaseReview,
)
from app.stamps import codes

# Detention dates before this are typing mistakes, not old cases.
EARLIEST_DETENTION = dt.date(2000, 1, 1)


def _refused(refusal: rules.Refusal) -> DomainError:
    """The API error for a refusal of the rules; a named field also goes into `errors`."""
    field = refusal.params.get("field")
    errors = {field: [refusal.message_key]} if field else None
    return refused(refusal.error, refusal.message_key, errors=errors, **refusal.params)


def _ensure(refusal: rules.Refusal | None) -> None:
    if refusal is not None:
        raise _refused(refusal)


def add_event(
    session: Session,
    case: Case,
    policy: rules.Policy,
    action: str,
    legal_date: dt.date | None,
    user_id: int | None,
    data: Mapping[str, Any],
) -> CaseEvent:
    """Record an act of the case (`case_events`, append-only) and refresh the case's row of the
    public board from its facts under `policy`, in the same transaction: every act of every
    verb, the sweep and photos goes through here."""
    event = CaseEvent(
        case_id=case.id,
        action=action,
        legal_date=legal_date,
        user_id=user_id,
        data=_jsonable(data),
    )
    case.events.append(event)  # the case's cascade adds it to the session
    refresh_board_entry(session, case, policy=policy)
    return event


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _jsonable(item) for key, item in value.items() if item is not None}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


# --- opening a case -----------------------------------------------------------------------------


def _next_number(session: Session, year: int) -> str:
    """DK-<year>-<six digits>, consecutive within the year; the counter row is locked."""
    counter = session.get(CaseNumber, year, with_for_update=True)
    if counter is None:
        try:
            with session.begin_nested():
                session.add(CaseNumber(year=year, last_number=0))
        except IntegrityError:  # another transaction created the year's counter first
            pass
        counter = session.get(CaseNumber, year, with_for_update=True, populate_existing=True)
    counter.last_number += 1
    return f"DK-{year}-{counter.last_number:06d}"


def _parse_serials(index: int, serials: Iterable[str]) -> list[codes.Serial]:
    parsed = []
    for serial in serials:
        try:
            parsed.append(codes.parse_code(serial).serial)
        except codes.MalformedCodeError as exc:
            raise Invalid(
                "seizures.serial_invalid",
                errors={f"items.{index}.serials": [serial]},
                serial=serial,
            ) from exc
    return parsed


def _municipality(place: Mapping[str, Any], premises: Premises | None) -> str | None:
    named = place.get("municipality")
    if named:
        found = find_municipality(named)
        if found is None:
            raise Invalid("seizures.municipality_unknown", errors={"place.municipality": [named]})
        return found.slug
    if place.get("lat") is not None and place.get("lon") is not None:
        found = municipality_at(place["lat"], place["lon"])
        if found is not None:
            return found.slug
    return premises.municipality if premises else None


def open_case(
    session: Session,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    detained_on: dt.date,
    place: Mapping[str, Any],
    owner: Mapping[str, Any],
    items: list[Mapping[str, Any]],
    legal_basis: list[str],
    premises_id: int | None = None,
    inspection_id: int | None = None,
    holder: Mapping[str, Any] | None = None,
) -> Case:
    """Record a detention (Art. 251(1)) dated `detained_on`: today or earlier, never later."""
    _ensure(rules.check_open_case(detained_on, today))
    if detained_on < EARLIEST_DETENTION:
        raise Invalid(
            "seizures.detained_too_early",
            # The detail is the code clients have been given for this refusal since it exists.
            errors={"detained_on": ["cases.detained_too_early"]},
            earliest=EARLIEST_DETENTION,
        )
    premises = None
    if premises_id is not None:
        premises = session.get(Premises, premises_id)
        if premises is None:
            raise unknown_reference("premises_id")
    if inspection_id is not None:
        from app.inspections.models import Inspection

        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFound("inspection")
        if premises_id is None and inspection.premises_id is not None:
            premises_id = inspection.premises_id
            premises = session.get(Premises, premises_id)
    serials = [_parse_serials(index, item.get("serials") or ()) for index, item in enumerate(items)]
    case = Case(
        number=_next_number(session, today.year),
        detained_on=detained_on,
        premises_id=premises_id,
        inspection_id=inspection_id,
        place_description=place["description"],
        municipality=_municipality(place, premises),
        lat=place.get("lat"),
        lon=place.get("lon"),
        owner_kind=owner["kind"],
        owner_name=owner["name"],
        owner_address=owner.get("address"),
        owner_email=owner.get("email"),
        owner_agent=owner.get("agent"),
        holder_name=(holder or {}).get("name"),
        holder_role=(holder or {}).get("role"),
        holder_address=(holder or {}).get("address"),
        legal_basis=list(legal_basis),
        opened_by=user_id,
    )
    session.add(case)
    session.flush()
    for position, (item, item_serials) in enumerate(zip(items, serials, strict=True)):
        row = CaseItem(
            case_id=case.id,
            position=position,
            kind=item["kind"],
            description=item["description"],
            quantity=item["quantity"],
            unit=item["unit"],
            value_eur=item["value_eur"],
            duty_unpaid_eur=item.get("duty_unpaid_eur") or Decimal(0),
            category=item.get("category"),
            unmarked=bool(item.get("unmarked")),
            perishable=bool(item.get("perishable")),
        )
        row.serials = [CaseItemSerial(series=s.series, number=s.number) for s in item_serials]
        case.items.append(row)
    add_event(
        session,
        case,
        policy,
        "opened",
        detained_on,
        user_id,
        {"number": case.number, "items": len(items), "legal_basis": list(legal_basis)},
    )
    session.flush()
    return case


# --- acts of the Customs ------------------------------------------------------------------------


def _notification_row(
    case: Case, notification: Mapping[str, Any], user_id: int | None
) -> CaseNotification:
    method = notification["method"]
    received_on = notification.get("received_on")
    if method == rules.Method.HAND and received_on is None:
        received_on = notification["sent_on"]  # handed over: received the day it was given
    return CaseNotification(
        case_id=case.id,
        document=notification["document"],
        method=method,
        sent_on=notification["sent_on"],
        received_on=received_on,
        recipient=notification["recipient"],
        address=notification.get("address"),
        entered_by=user_id,
    )


def _as_rule_notification(notification: Mapping[str, Any]) -> rules.Notification:
    return rules.Notification(
        notification["document"],
        notification["method"],
        notification["sent_on"],
        notification.get("received_on"),
    )


def extend(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    days: int,
    reason: str,
    notification: Mapping[str, Any],
    decided_on: dt.date | None = None,
) -> CaseExtension:
    """Art. 251(2): extend detention by `days`, with reasons, and record the owner's notice."""
    decided_on = decided_on or today
    notification = {**notification, "document": rules.Document.EXTENSION.value}
    _ensure(
        rules.check_extend(
            facts_of(case),
            today,
            decided_on=decided_on,
            days=days,
            reasons=reason,
            notification=_as_rule_notification(notification),
        )
    )
    extension = CaseExtension(
        case_id=case.id, decided_on=decided_on, days=days, reason=reason, decided_by=user_id
    )
    case.extensions.append(extension)
    notice = _notification_row(case, notification, user_id)
    case.notifications.append(notice)
    session.flush()
    add_event(
        session,
        case,
        policy,
        "extended",
        decided_on,
        user_id,
        {"extension_id": extension.id, "days": days, "reason": reason},
    )
    _notified_event(session, case, policy, notice, user_id)
    session.flush()
    return extension


def decide(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    outcome: str,
    reasons: str | None = None,
    conditions: str | None = None,
    decided_on: dt.date | None = None,
    item_ids: list[int] | None = None,
) -> CaseDecision:
    """Art. 251(1), (3)(b), (5)(a): return, return on conditions, or seize, within the period,
    the things named (default: every thing still under detention; Art. 251(11))."""
    decided_on = decided_on or today
    item_ids, refusal = rules.check_decide_items(
        facts_of(case),
        today,
        item_ids=item_ids,
        outcome=outcome,
        decided_on=decided_on,
        reasons=reasons,
        conditions=conditions,
    )
    _ensure(refusal)
    decision = CaseDecision(
        case_id=case.id,
        outcome=outcome,
        reasons=reasons,
        conditions=conditions,
        decided_on=decided_on,
        decided_by=user_id,
    )
    decision.item_links = [CaseDecisionItem(item_id=item_id) for item_id in item_ids]
    case.decisions.append(decision)
    session.flush()
    add_event(
        session,
        case,
        policy,
        "decided",
        decided_on,
        user_id,
        {"decision_id": decision.id, "outcome": outcome, "reasons": reasons,
         "conditions": conditions, "item_ids": list(item_ids)},
    )
    session.flush()
    return decision


def _notified_event(
    session: Session,
    case: Case,
    policy: rules.Policy,
    notification: CaseNotification,
    user_id: int | None,
) -> None:
    add_event(
        session,
        case,
        policy,
        "notified",
        notification.sent_on,
        user_id,
        {
            "notification_id": notification.id,
            "document": notification.document,
            "method": notification.method,
            "recipient": notification.recipient,
            "received_on": notification.received_on,
        },
    )


def _decision_for(
    case: Case, document: str, review_id: int | None = None, appeal_id: int | None = None
) -> tuple[dt.date | None, CaseReview | CaseAppeal | None]:
    """The decided act a `decision`, `review_decision` or `board_decision` notice notifies; a
    `receipt` (Art. 284(4)) is handed over from the day of detention on, at detention and again
    at seizure, to the holder or the owner. A `review_decision` notifies the review `review_id`
    (of the seizure, the detention or an extension), by default the seizure's; a
    `board_decision` or `court_decision` the appeal `appeal_id`, by default the seizure's."""
    if document == "receipt":
        return case.detained_on, None
    if document == "decision":
        return (case.decisions[-1].decided_on if case.decisions else None), None
    if document == rules.DecisionDocument.REVIEW_DECISION:
        review = next(
            (r for r in case.reviews
             if (r.id == review_id if review_id is not None else (r.of or "seizure") == "seizure")),
            None,
        )
        return (review.decided_on if review else None), review
    level = rules.Level.COURT if document == "court_decision" else rules.Level.BOARD
    appeal = next(
        (a for a in case.appeals
         if (a.id == appeal_id if appeal_id is not None
             else a.level == level and (a.of or "seizure") == "seizure")),
        None,
    )
    return (appeal.decided_on if appeal else None), appeal


def _invalid_date(key: str, field: str, **params: Any) -> DomainError:
    return _refused(rules.Refusal(rules.VALIDATION_FAILED, key, {"field": field, **params}))


def _not_in_future(on: dt.date | None, today: dt.date, field: str) -> None:
    if on is not None and on > today:
        raise _invalid_date("seizures.date_in_future", field, on=on, today=today)


def _check_decision_notice(
    case: Case,
    today: dt.date,
    notification: Mapping[str, Any],
    policy: rules.Policy = rules.DEFAULT_POLICY,
) -> CaseReview | CaseAppeal | None:
    """A notice of a decision: sent on or after it, received on or after sending, never later
    than today; the receipt of a review or Board decision starts the next appeal window."""
    document = notification["document"]
    decided_on, decided = _decision_for(
        case, document, notification.get("review_id"), notification.get("appeal_id")
    )
    if decided_on is None:
        raise Conflict("seizures.nothing_to_notify", document=document)
    sent_on, received_on = notification["sent_on"], notification.get("received_on")
    _not_in_future(sent_on, today, "sent_on")
    if sent_on < decided_on:
        raise _invalid_date(
            "seizures.date_before_previous_act", "sent_on", on=sent_on, earliest=decided_on
        )
    _check_receipt_of_decision_notice(
        case, today, document, sent_on, received_on, decided, policy=policy
    )
    return decided


def _check_review_named(case: Case, document: str, review_id: int | None) -> None:
    """Art. 291(5)-(6): a notice of a review decision may name the review it notifies; it must
    be a decided review of this case. Other documents name no review."""
    if review_id is None:
        return
    if document != rules.DecisionDocument.REVIEW_DECISION:
        raise _invalid_date("seizures.review_id_not_applicable", "review_id", document=document)
    review = next((r for r in case.reviews if r.id == review_id), None)
    if review is None:
        raise _invalid_date("seizures.review_not_in_case", "review_id", review_id=review_id)
    if review.decided_on is None:
        raise _invalid_date("seizures.review_not_decided", "review_id", review_id=review_id)


APPEAL_DOCUMENTS = {"board_decision": rules.Level.BOARD, "court_decision": rules.Level.COURT}


def _check_appeal_named(case: Case, document: str, appeal_id: int | None) -> None:
    """Art. 291(5)-(9): a notice of the Board's or the court's decision may name the appeal it
    notifies; it must be a decided appeal of this case before that body. Other documents name
    no appeal."""
    if appeal_id is None:
        return
    level = APPEAL_DOCUMENTS.get(document)
    if level is None:
        raise _invalid_date("seizures.appeal_id_not_applicable", "appeal_id", document=document)
    appeal = next((a for a in case.appeals if a.id == appeal_id), None)
    if appeal is None:
        raise _invalid_date("seizures.appeal_not_in_case", "appeal_id", appeal_id=appeal_id)
    if appeal.level != level:
        raise _invalid_date(
            "seizures.appeal_other_level", "appeal_id", appeal_id=appeal_id, document=document
        )
    if appeal.decided_on is None:
        raise _invalid_date("seizures.appeal_not_decided", "appeal_id", appeal_id=appeal_id)


def _check_receipt_of_decision_notice(
    case: Case,
    today: dt.date,
    document: str,
    sent_on: dt.date,
    received_on: dt.date | None,
    decided: CaseReview | CaseAppeal | None,
    policy: rules.Policy = rules.DEFAULT_POLICY,
) -> None:
    if received_on is None:
        return
    _not_in_future(received_on, today, "received_on")
    if received_on < sent_on:
        raise _invalid_date("seizures.receipt_before_sending", "received_on", sent_on=sent_on)
    if isinstance(decided, CaseAppeal) and (decided.of or "seizure") != "seizure":
        # Art. 291(8)-(9): the Board's decision on the detention or an extension starts the
        # time to go to court; the court's is recorded as for the seizure's
        _ensure(
            rules.check_record_appeal_receipt_of(
                facts_of(case), today, of=rules.ReviewOf(decided.of),
                level=rules.Level(decided.level), received_on=received_on, policy=policy,
            )
        )
        decided.decision_received_on = received_on
    elif document == "court_decision":  # Art. 251(9)(b): the time to appeal further starts
        _ensure(rules.check_record_court_receipt(facts_of(case), today, received_on=received_on))
        decided.decision_received_on = received_on
    elif isinstance(decided, CaseReview) and (decided.of or "seizure") != "seizure":
        _ensure(
            rules.check_record_receipt_of(
                facts_of(case), today, of=rules.ReviewOf(decided.of), received_on=received_on,
                policy=policy,
            )
        )
        decided.decision_received_on = received_on
    elif decided is not None:
        _ensure(
            rules.check_record_receipt(
                facts_of(case), today, document=document, received_on=received_on,
                policy=policy,
            )
        )
        decided.decision_received_on = received_on


def record_notification(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    notification: Mapping[str, Any],
) -> CaseNotification:
    """Art. 251(6): a written notice sent (and perhaps received). A Notice of Seizure prepared by
    the sweep is completed rather than duplicated."""
    document = notification["document"]
    _check_review_named(case, document, notification.get("review_id"))
    _check_appeal_named(case, document, notification.get("appeal_id"))
    decided = None
    if document in RULED_DOCUMENTS:
        _ensure(
            rules.check_record_notification(
                facts_of(case), today, notification=_as_rule_notification(notification),
                policy=policy,
            )
        )
    else:
        decided = _check_decision_notice(case, today, notification, policy)
    row = _notification_row(case, notification, user_id)
    if document == rules.DecisionDocument.REVIEW_DECISION and isinstance(decided, CaseReview):
        row.review_id = decided.id
    if document in APPEAL_DOCUMENTS and isinstance(decided, CaseAppeal):
        row.appeal_id = decided.id
    prepared = next(
        (n for n in case.notifications if n.document == document and n.sent_on is None), None
    )
    if prepared is not None:
        for column in ("method", "sent_on", "received_on", "recipient", "address", "entered_by"):
            setattr(prepared, column, getattr(row, column))
        row = prepared
    else:
        case.notifications.append(row)
    session.flush()
    _notified_event(session, case, policy, row, user_id)
    session.flush()
    return row


def record_receipt(
    session: Session,
    case: Case,
    notification_id: int,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    received_on: dt.date,
) -> CaseNotification:
    """The day the owner received a notice sent earlier (it starts the review or appeal clock)."""
    notification = next((n for n in case.notifications if n.id == notification_id), None)
    if notification is None:
        raise NotFound("notification")
    if notification.sent_on is None:
        raise Conflict("seizures.notification_not_sent")
    if notification.received_on is not None:
        raise Conflict("seizures.receipt_already_recorded", received_on=notification.received_on)
    if notification.document in RULED_DOCUMENTS:
        received = replace(notification_fact(notification), received_on=received_on)
        _ensure(
            rules.check_record_notification(
                facts_of(case), today, notification=received, policy=policy
            )
        )
    else:
        _, decided = _decision_for(
            case, notification.document, notification.review_id, notification.appeal_id
        )
        _check_receipt_of_decision_notice(
            case, today, notification.document, notification.sent_on, received_on, decided,
            policy=policy,
        )
    notification.received_on = received_on
    add_event(
        session,
        case,
        policy,
        "received",
        received_on,
        user_id,
        {"notification_id": notification.id, "document": notification.document},
    )
    session.flush()
    return notification


def request_review(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    requested_on: dt.date,
    of: str = rules.ReviewOf.SEIZURE.value,
) -> CaseReview:
    """Art. 291(1), (2), 251(13): the owner asks for a review of the seizure, the detention or
    an extension within 30 days of receiving that decision."""
    _ensure(
        rules.check_request_review_of(
            facts_of(case), today, of=of, requested_on=requested_on, policy=policy
        )
    )
    review = CaseReview(case_id=case.id, requested_on=requested_on, of=of)
    case.reviews.append(review)
    session.flush()
    add_event(
        session, case, policy, "review_requested", requested_on, user_id,
        {"review_id": review.id, "of": of},
    )
    session.flush()
    return review


def decide_review(
    session: Session,
    case: Case,
    review_id: int,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    outcome: str,
    decided_on: dt.date,
    received_on: dt.date | None = None,
    reasons: str | None = None,
) -> CaseReview:
    """Art. 291(3), (4): uphold, annul or amend the seizure; its receipt starts Art. 291(6)."""
    review = next((r for r in case.reviews if r.id == review_id), None)
    if review is None:
        raise NotFound("review")
    _ensure(rules.check_review_grounds(outcome, reasons))
    _ensure(
        rules.check_decide_review_of(
            facts_of(case), today, of=review.of or rules.ReviewOf.SEIZURE, outcome=outcome,
            decided_on=decided_on, received_on=received_on,
        )
    )
    review.decided_on, review.outcome = decided_on, outcome
    review.decision_received_on = received_on
    review.reasons = reasons
    add_event(
        session,
        case,
        policy,
        "review_decided",
        decided_on,
        user_id,
        {"review_id": review.id, "outcome": outcome, "received_on": received_on,
         "reasons": reasons},
    )
    session.flush()
    return review


def lodge_appeal(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    level: str,
    lodged_on: dt.date,
    policy: rules.Policy,
    hearing: str | None = None,
    notified_on: dt.date | None = None,
    of: str = rules.ReviewOf.SEIZURE.value,
) -> CaseAppeal:
    """Art. 291(5)-(7), (9): an appeal to the Board, then to the court; for the Board, how it
    hears the appeal and when the Customs was notified of it."""
    _ensure(
        rules.check_appeal_of(
            facts_of(case), today, of=of, level=level, lodged_on=lodged_on, policy=policy
        )
    )
    _ensure(
        rules.check_appeal_notification(
            level=level, lodged_on=lodged_on, hearing=hearing, notified_on=notified_on,
            today=today,
        )
    )
    appeal = CaseAppeal(
        case_id=case.id, level=level, lodged_on=lodged_on, hearing=hearing,
        notified_on=notified_on, of=of,
    )
    case.appeals.append(appeal)
    session.flush()
    add_event(
        session,
        case,
        policy,
        "appeal_lodged",
        lodged_on,
        user_id,
        {"appeal_id": appeal.id, "level": level, "hearing": hearing,
         "notified_on": notified_on, "of": of},
    )
    session.flush()
    return appeal


def decide_appeal(
    session: Session,
    case: Case,
    appeal_id: int,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    outcome: str,
    decided_on: dt.date,
    received_on: dt.date | None = None,
    reasons: str | None = None,
) -> CaseAppeal:
    """The Board's or the court's decision on the seizure, and when the owner received it."""
    appeal = next((a for a in case.appeals if a.id == appeal_id), None)
    if appeal is None:
        raise NotFound("appeal")
    _ensure(
        rules.check_decide_appeal_of(
            facts_of(case),
            today,
            of=appeal.of or rules.ReviewOf.SEIZURE,
            level=appeal.level,
            outcome=outcome,
            decided_on=decided_on,
            received_on=received_on,
        )
    )
    appeal.decided_on, appeal.outcome = decided_on, outcome
    appeal.decision_received_on = received_on
    appeal.reasons = reasons
    add_event(
        session,
        case,
        policy,
        "appeal_decided",
        decided_on,
        user_id,
        {"appeal_id": appeal.id, "level": appeal.level, "outcome": outcome,
         "received_on": received_on},
    )
    session.flush()
    return appeal


def dispose(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    kind: str,
    decided_on: dt.date,
    amount_eur: Decimal | None,
    policy: rules.Policy,
    item_ids: list[int] | None = None,
) -> CaseDisposition:
    """Art. 251(3)(a), (9), (10): return on payment, official use, sale or destruction of the
    things named (default: every thing still held; perishable ones for a perishable kind)."""
    item_ids, refusal = rules.check_dispose_items(
        facts_of(case),
        today,
        item_ids=item_ids,
        kind=kind,
        decided_on=decided_on,
        amount_eur=amount_eur,
        policy=policy,
    )
    _ensure(refusal)
    disposition = CaseDisposition(
        case_id=case.id, kind=kind, decided_on=decided_on, amount_eur=amount_eur,
        decided_by=user_id,
    )
    disposition.item_links = [CaseDispositionItem(item_id=item_id) for item_id in item_ids]
    case.dispositions.append(disposition)
    session.flush()
    add_event(
        session,
        case,
        policy,
        "disposed",
        decided_on,
        user_id,
        {"disposition_id": disposition.id, "kind": kind, "amount_eur": amount_eur,
         "item_ids": list(item_ids)},
    )
    session.flush()
    return disposition


def record_refund(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    policy: rules.Policy,
    amount_eur: Decimal,
    paid_on: dt.date,
) -> CaseRefund:
    """Art. 292(b)(ii): a refund paid to the owner after the seizure was annulled, up to what is
    still due."""
    _ensure(rules.check_refund(facts_of(case), today, amount_eur=amount_eur, paid_on=paid_on))
    refund = CaseRefund(
        case_id=case.id, amount_eur=amount_eur, paid_on=paid_on, entered_by=user_id
    )
    case.refunds.append(refund)
    session.flush()
    add_event(
        session,
        case,
        policy,
        "refunded",
        paid_on,
        user_id,
        {"refund_id": refund.id, "amount_eur": amount_eur},
    )
    session.flush()
    return refund
