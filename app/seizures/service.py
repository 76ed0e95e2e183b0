"""Detention cases: the domain verbs (open, extend, decide, notify, review, appeal, dispose, sweep).

Every verb takes the Kosovo `today`, checks the act with the pure rules of `rules.py` at its legal
date, raises `DomainError` on a refusal, writes the act and a `case_events` row, and only flushes.
Status and deadlines are derived from the stored facts (`facts_of`) whenever they are read.
Writing the event (`_event`) also refreshes the case's row of the public board
(`refresh_board_entry`), in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import current_app, has_app_context
from sqlalchemy import Text, cast, delete, exists, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.db import utcnow
from app.errors import DomainError, Invalid, NotFound
from app.geo.gazetteer import find as find_municipality
from app.geo.gazetteer import municipality_at
from app.imaging import photos
from app.registry.models import Premises
from app.seizures import rules
from app.seizures.models import (
    BoardNotice,
    Case,
    CaseAppeal,
    CaseDecision,
    CaseDisposition,
    CaseEvent,
    CaseExtension,
    CaseItem,
    CaseItemSerial,
    CaseNotification,
    CaseNumber,
    CasePhoto,
    CaseReview,
)
from app.stamps import codes

# Detention dates before this are typing mistakes, not old cases.
EARLIEST_DETENTION = dt.date(2000, 1, 1)
# Notices the rules judge (Art. 251(2), (5)); the others notify decisions.
RULED_DOCUMENTS = {document.value for document in rules.Document}
RECEIPT_DOCUMENTS = {document.value for document in rules.DecisionDocument}
NOTIFICATION_DOCUMENTS = (*RULED_DOCUMENTS, "decision", *RECEIPT_DOCUMENTS)
# Relationships that make up the legal facts; loaded together to avoid one query per case.
FACT_RELATIONSHIPS = (
    Case.items,
    Case.extensions,
    Case.decisions,
    Case.notifications,
    Case.reviews,
    Case.appeals,
    Case.dispositions,
)


def refused(refusal: rules.Refusal) -> DomainError:
    """The API error for a refusal of the rules; a named field also goes into `errors`."""
    field = refusal.params.get("field")
    errors = {field: [refusal.message_key]} if field else None
    return DomainError(
        refusal.error, refusal.status, refusal.message_key, errors=errors, **refusal.params
    )


def _ensure(refusal: rules.Refusal | None) -> None:
    if refusal is not None:
        raise refused(refusal)


# --- facts --------------------------------------------------------------------------------------


def _notification_fact(notification) -> rules.Notification | None:
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


def build_facts(
    case, items, extensions, decisions, notifications, reviews, appeals, dispositions
) -> rules.CaseFacts:
    """The legal facts from a case's rows: ORM objects or plain result rows with the same
    attribute names (the board reads rows, to stay fast with thousands of notices)."""
    review = reviews[0] if reviews else None
    disposition = dispositions[0] if dispositions else None
    notices = (_notification_fact(n) for n in notifications)
    return rules.CaseFacts(
        detained_on=case.detained_on,
        extensions=tuple(rules.Extension(e.decided_on, e.days) for e in extensions),
        decisions=tuple(rules.Decision(rules.Outcome(d.outcome), d.decided_on) for d in decisions),
        notifications=tuple(n for n in notices if n is not None),
        review=None
        if review is None
        else rules.Review(
            review.requested_on,
            review.decided_on,
            _outcome(review.outcome),
            review.decision_received_on,
        ),
        appeals=tuple(
            rules.Appeal(
                rules.Level(a.level),
                a.lodged_on,
                a.decided_on,
                _outcome(a.outcome),
                a.decision_received_on,
            )
            for a in appeals
        ),
        disposition=None
        if disposition is None
        else rules.Disposition(
            rules.DispositionKind(disposition.kind),
            disposition.decided_on,
            disposition.amount_eur,
        ),
        perishable=any(item.perishable for item in items),
        value_eur=sum((item.value_eur for item in items), Decimal(0)),
        owner_has_electronic_address=bool(case.owner_email),
        owner_has_agent=bool(case.owner_agent),
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


def get_case(session: Session, case_id: int, *, for_update: bool = False) -> Case:
    """The case, locked for the rest of the transaction when it is about to change."""
    case = session.get(Case, case_id, with_for_update=for_update or None)
    if case is None:
        raise NotFound("case")
    return case


def cases_with_facts(session: Session, statement) -> list[Case]:
    """Cases of `statement` with every relationship the facts need, in a fixed number of queries."""
    statement = statement.options(*(selectinload(rel) for rel in FACT_RELATIONSHIPS))
    return list(session.scalars(statement))


def _event(
    session: Session,
    case: Case,
    action: str,
    legal_date: dt.date | None,
    user_id: int | None,
    data: Mapping[str, Any],
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,
        action=action,
        legal_date=legal_date,
        user_id=user_id,
        data=_jsonable(data),
    )
    case.events.append(event)  # the case's cascade adds it to the session
    # Every act goes through here: the board's projection changes with the facts, atomically.
    refresh_board_entry(session, case)
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
                "cases.serial_invalid", errors={f"items.{index}.serials": [serial]}, serial=serial
            ) from exc
    return parsed


def _municipality(place: Mapping[str, Any], premises: Premises | None) -> str | None:
    named = place.get("municipality")
    if named:
        found = find_municipality(named)
        if found is None:
            raise Invalid("cases.municipality_unknown", errors={"place.municipality": [named]})
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
    detained_on: dt.date,
    place: Mapping[str, Any],
    owner: Mapping[str, Any],
    items: list[Mapping[str, Any]],
    legal_basis: list[str],
    premises_id: int | None = None,
    inspection_id: int | None = None,
) -> Case:
    """Record a detention (Art. 251(1)) dated `detained_on`: today or earlier, never later."""
    _ensure(rules.check_open_case(detained_on, today))
    if detained_on < EARLIEST_DETENTION:
        raise Invalid(
            "cases.detained_too_early",
            errors={"detained_on": ["cases.detained_too_early"]},
            earliest=EARLIEST_DETENTION,
        )
    premises = None
    if premises_id is not None:
        premises = session.get(Premises, premises_id)
        if premises is None:
            raise NotFound("premises")
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
            category=item.get("category"),
            unmarked=bool(item.get("unmarked")),
            perishable=bool(item.get("perishable")),
        )
        row.serials = [CaseItemSerial(series=s.series, number=s.number) for s in item_serials]
        case.items.append(row)
    _event(
        session,
        case,
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
    _event(
        session,
        case,
        "extended",
        decided_on,
        user_id,
        {"extension_id": extension.id, "days": days, "reason": reason},
    )
    _notified_event(session, case, notice, user_id)
    session.flush()
    return extension


def decide(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    outcome: str,
    reasons: str | None = None,
    conditions: str | None = None,
    decided_on: dt.date | None = None,
) -> CaseDecision:
    """Art. 251(1), (3)(b), (5)(a): return, return on conditions, or seize, within the period."""
    decided_on = decided_on or today
    _ensure(
        rules.check_decide(
            facts_of(case),
            today,
            outcome=outcome,
            decided_on=decided_on,
            reasons=reasons,
            conditions=conditions,
        )
    )
    decision = CaseDecision(
        case_id=case.id,
        outcome=outcome,
        reasons=reasons,
        conditions=conditions,
        decided_on=decided_on,
        decided_by=user_id,
    )
    case.decisions.append(decision)
    session.flush()
    _event(
        session,
        case,
        "decided",
        decided_on,
        user_id,
        {"decision_id": decision.id, "outcome": outcome, "reasons": reasons,
         "conditions": conditions},
    )
    session.flush()
    return decision


def _notified_event(
    session: Session, case: Case, notification: CaseNotification, user_id: int | None
) -> None:
    _event(
        session,
        case,
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
    case: Case, document: str
) -> tuple[dt.date | None, CaseReview | CaseAppeal | None]:
    """The decided act a `decision`, `review_decision` or `board_decision` notice notifies."""
    if document == "decision":
        return (case.decisions[-1].decided_on if case.decisions else None), None
    if document == rules.DecisionDocument.REVIEW_DECISION:
        review = case.reviews[0] if case.reviews else None
        return (review.decided_on if review else None), review
    board = next((a for a in case.appeals if a.level == rules.Level.BOARD), None)
    return (board.decided_on if board else None), board


def _invalid_date(key: str, field: str, **params: Any) -> DomainError:
    return refused(rules.Refusal(rules.VALIDATION_FAILED, key, {"field": field, **params}))


def _not_in_future(on: dt.date | None, today: dt.date, field: str) -> None:
    if on is not None and on > today:
        raise _invalid_date("seizures.date_in_future", field, on=on, today=today)


def _check_decision_notice(
    case: Case, today: dt.date, notification: Mapping[str, Any]
) -> CaseReview | CaseAppeal | None:
    """A notice of a decision: sent on or after it, received on or after sending, never later
    than today; the receipt of a review or Board decision starts the next appeal window."""
    document = notification["document"]
    decided_on, decided = _decision_for(case, document)
    if decided_on is None:
        raise DomainError("conflict", 409, "cases.nothing_to_notify", document=document)
    sent_on, received_on = notification["sent_on"], notification.get("received_on")
    _not_in_future(sent_on, today, "sent_on")
    if sent_on < decided_on:
        raise _invalid_date(
            "seizures.date_before_previous_act", "sent_on", on=sent_on, earliest=decided_on
        )
    _check_receipt_of_decision_notice(case, today, document, sent_on, received_on, decided)
    return decided


def _check_receipt_of_decision_notice(
    case: Case,
    today: dt.date,
    document: str,
    sent_on: dt.date,
    received_on: dt.date | None,
    decided: CaseReview | CaseAppeal | None,
) -> None:
    if received_on is None:
        return
    _not_in_future(received_on, today, "received_on")
    if received_on < sent_on:
        raise _invalid_date("seizures.receipt_before_sending", "received_on", sent_on=sent_on)
    if decided is not None:
        _ensure(
            rules.check_record_receipt(
                facts_of(case), today, document=document, received_on=received_on
            )
        )
        decided.decision_received_on = received_on


def record_notification(
    session: Session,
    case: Case,
    *,
    today: dt.date,
    user_id: int,
    notification: Mapping[str, Any],
) -> CaseNotification:
    """Art. 251(6): a written notice sent (and perhaps received). A Notice of Seizure prepared by
    the sweep is completed rather than duplicated."""
    document = notification["document"]
    if document in RULED_DOCUMENTS:
        _ensure(
            rules.check_record_notification(
                facts_of(case), today, notification=_as_rule_notification(notification)
            )
        )
    else:
        _check_decision_notice(case, today, notification)
    row = _notification_row(case, notification, user_id)
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
    _notified_event(session, case, row, user_id)
    session.flush()
    return row


def record_receipt(
    session: Session,
    case: Case,
    notification_id: int,
    *,
    today: dt.date,
    user_id: int,
    received_on: dt.date,
) -> CaseNotification:
    """The day the owner received a notice sent earlier (it starts the review or appeal clock)."""
    notification = next((n for n in case.notifications if n.id == notification_id), None)
    if notification is None:
        raise NotFound("notification")
    if notification.sent_on is None:
        raise DomainError("conflict", 409, "cases.notification_not_sent")
    if notification.received_on is not None:
        raise DomainError(
            "conflict", 409, "seizures.receipt_already_recorded",
            received_on=notification.received_on,
        )
    if notification.document in RULED_DOCUMENTS:
        received = replace(_notification_fact(notification), received_on=received_on)
        _ensure(rules.check_record_notification(facts_of(case), today, notification=received))
    else:
        _, decided = _decision_for(case, notification.document)
        _check_receipt_of_decision_notice(
            case, today, notification.document, notification.sent_on, received_on, decided
        )
    notification.received_on = received_on
    _event(
        session,
        case,
        "received",
        received_on,
        user_id,
        {"notification_id": notification.id, "document": notification.document},
    )
    session.flush()
    return notification


def request_review(
    session: Session, case: Case, *, today: dt.date, user_id: int, requested_on: dt.date
) -> CaseReview:
    """Art. 291(1), (2): the owner asks for a review within 30 days of receiving the notice."""
    _ensure(rules.check_request_review(facts_of(case), today, requested_on=requested_on))
    review = CaseReview(case_id=case.id, requested_on=requested_on)
    case.reviews.append(review)
    session.flush()
    _event(session, case, "review_requested", requested_on, user_id, {"review_id": review.id})
    session.flush()
    return review


def decide_review(
    session: Session,
    case: Case,
    review_id: int,
    *,
    today: dt.date,
    user_id: int,
    outcome: str,
    decided_on: dt.date,
    received_on: dt.date | None = None,
) -> CaseReview:
    """Art. 291(3), (4): uphold, annul or amend the seizure; its receipt starts Art. 291(6)."""
    review = next((r for r in case.reviews if r.id == review_id), None)
    if review is None:
        raise NotFound("review")
    _ensure(
        rules.check_decide_review(
            facts_of(case), today, outcome=outcome, decided_on=decided_on, received_on=received_on
        )
    )
    review.decided_on, review.outcome = decided_on, outcome
    review.decision_received_on = received_on
    _event(
        session,
        case,
        "review_decided",
        decided_on,
        user_id,
        {"review_id": review.id, "outcome": outcome, "received_on": received_on},
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
) -> CaseAppeal:
    """Art. 291(5), (6), (9): an appeal to the Board, then to the court."""
    _ensure(
        rules.check_appeal(facts_of(case), today, level=level, lodged_on=lodged_on, policy=policy)
    )
    appeal = CaseAppeal(case_id=case.id, level=level, lodged_on=lodged_on)
    case.appeals.append(appeal)
    session.flush()
    _event(
        session, case, "appeal_lodged", lodged_on, user_id, {"appeal_id": appeal.id, "level": level}
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
    outcome: str,
    decided_on: dt.date,
    received_on: dt.date | None = None,
) -> CaseAppeal:
    """The Board's or the court's decision on the seizure, and when the owner received it."""
    appeal = next((a for a in case.appeals if a.id == appeal_id), None)
    if appeal is None:
        raise NotFound("appeal")
    _ensure(
        rules.check_decide_appeal(
            facts_of(case),
            today,
            level=appeal.level,
            outcome=outcome,
            decided_on=decided_on,
            received_on=received_on,
        )
    )
    appeal.decided_on, appeal.outcome = decided_on, outcome
    appeal.decision_received_on = received_on
    _event(
        session,
        case,
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
) -> CaseDisposition:
    """Art. 251(3)(a), (9), (10): return on payment, official use, sale or destruction."""
    _ensure(
        rules.check_dispose(
            facts_of(case),
            today,
            kind=kind,
            decided_on=decided_on,
            amount_eur=amount_eur,
            policy=policy,
        )
    )
    disposition = CaseDisposition(
        case_id=case.id, kind=kind, decided_on=decided_on, amount_eur=amount_eur,
        decided_by=user_id,
    )
    case.dispositions.append(disposition)
    session.flush()
    _event(
        session,
        case,
        "disposed",
        decided_on,
        user_id,
        {"disposition_id": disposition.id, "kind": kind, "amount_eur": amount_eur},
    )
    session.flush()
    return disposition


# --- evidence photos ----------------------------------------------------------------------------

PHOTO_DIRECTORY = "cases"


def add_photo(
    session: Session,
    case: Case,
    data: bytes,
    *,
    user_id: int,
    evidence_dir: str,
    max_bytes: int,
    max_pixels: int,
) -> CasePhoto:
    """Keep an evidence photo byte for byte under its SHA-256, with a metadata-free thumbnail.
    Raises the DomainErrors of `imaging.decode.load_image` (413, 415, 422)."""
    stored = photos.store_evidence(
        data, Path(evidence_dir) / PHOTO_DIRECTORY, max_bytes=max_bytes, max_pixels=max_pixels
    )
    photo = CasePhoto(
        case_id=case.id,
        sha256=stored.sha256,
        file_name=stored.stored_path.name,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        width_px=stored.width,
        height_px=stored.height,
        captured_at=stored.captured_at,
        uploaded_by=user_id,
    )
    case.photos.append(photo)
    session.flush()
    _event(
        session,
        case,
        "photo_added",
        None,
        user_id,
        {"photo_id": photo.id, "sha256": photo.sha256, "captured_at": photo.captured_at},
    )
    session.flush()
    return photo


def photo_file(evidence_dir: str, photo: CasePhoto, variant: str) -> photos.CleanImage:
    """A metadata-free copy of an evidence photo: `public` (large) or `thumbnail`."""
    directory = Path(evidence_dir) / PHOTO_DIRECTORY
    thumbnail_path = directory / f"{photo.sha256}.thumb.jpg"
    if variant == "thumbnail":
        return photos.CleanImage(
            thumbnail_path.read_bytes(), "image/jpeg", photo.width_px, photo.height_px
        )
    stored = photos.EvidencePhoto(
        sha256=photo.sha256,
        stored_path=directory / photo.file_name,
        width=photo.width_px,
        height=photo.height_px,
        captured_at=photo.captured_at,
        content_type=photo.content_type,
        thumbnail_path=thumbnail_path,
        size_bytes=photo.size_bytes,
    )
    return photos.public_copy(stored)


# --- the daily sweep ----------------------------------------------------------------------------

DEEMED_SEIZED = "deemed_seized"


@dataclass(frozen=True)
class DeemedSeizure:
    """What the sweep did for one case: the seizure's date and the notice it prepared, if any."""

    case: Case
    seized_on: dt.date
    notice: CaseNotification | None


def sweep(session: Session, today: dt.date) -> list[DeemedSeizure]:
    """Art. 251(4), (5)(b): record each deemed seizure not yet recorded, dated the day after the
    (extended) period ended, and prepare its Notice of Seizure unless one exists. Idempotent."""
    earliest_deemed = today - dt.timedelta(days=rules.DETENTION_DAYS + 1)
    statement = select(Case).where(
        Case.detained_on <= earliest_deemed,
        ~exists().where(
            CaseDecision.case_id == Case.id,
            CaseDecision.outcome != rules.Outcome.RETURN_CONDITIONALLY,
        ),
        ~exists().where(CaseDisposition.case_id == Case.id),
        ~exists().where(CaseEvent.case_id == Case.id, CaseEvent.action == DEEMED_SEIZED),
    )
    swept = []
    for case in cases_with_facts(session, statement.order_by(Case.id)):
        facts = facts_of(case)
        if rules.status_on(facts, today) != rules.Status.DEEMED_SEIZED:
            continue
        seized_on = rules.deadlines(facts, today)["seized_on"]
        data = {"detention_ends_on": rules.detention_ends_on(facts)}
        _event(session, case, DEEMED_SEIZED, seized_on, None, data)
        notice = None
        if not any(n.document == rules.Document.SEIZURE for n in case.notifications):
            notice = _prepared_notice(case)
            case.notifications.append(notice)
            session.flush()
            data = {"notification_id": notice.id, "document": notice.document}
            _event(session, case, "notice_prepared", None, None, data)
        swept.append(DeemedSeizure(case, seized_on, notice))
    session.flush()
    return swept


def _prepared_notice(case: Case) -> CaseNotification:
    """A Notice of Seizure to send: electronically when the owner has an address for it."""
    if case.owner_email:
        method, address = rules.Method.ELECTRONIC, case.owner_email
    else:
        method, address = rules.Method.POST, case.owner_address
    return CaseNotification(
        case_id=case.id,
        document=rules.Document.SEIZURE,
        method=method,
        recipient=case.owner_name,
        address=address,
    )


# --- the public board: a projection kept with the facts -------------------------------------------
#
# `board_notices` holds one row per case with a Notice of Seizure sent: the board's public fields
# and the interval of days on which `rules.is_notice_current` holds. Facts change only by acts,
# and every act goes through `_event`, which calls `refresh_board_entry` in the same transaction;
# time alone moves a notice on or off the board only at dates computed from the facts, which the
# interval's bounds hold. The board is then one indexed query, without the rules at read time.


def _policy() -> rules.Policy:
    """The running app's policy (COURT_APPEAL_DAYS); the rules' default outside an app."""
    if has_app_context():
        return rules.Policy(court_appeal_days=current_app.config["COURT_APPEAL_DAYS"])
    return rules.DEFAULT_POLICY


def _fact_dates(facts: rules.CaseFacts) -> set[dt.date]:
    """Every legal date in the facts: `rules.as_of` sees a new fact only on these days."""
    dates = {facts.detained_on}
    dates.update(extension.decided_on for extension in facts.extensions)
    dates.update(decision.decided_on for decision in facts.decisions)
    for notification in facts.notifications:
        dates.update((notification.sent_on, notification.received_on))
    if facts.review is not None:
        review = facts.review
        dates.update((review.requested_on, review.decided_on, review.decision_received_on))
    for appeal in facts.appeals:
        dates.update((appeal.lodged_on, appeal.decided_on, appeal.decision_received_on))
    if facts.disposition is not None:
        dates.add(facts.disposition.decided_on)
    dates.discard(None)
    return dates


def _boundaries(facts: rules.CaseFacts, policy: rules.Policy) -> list[dt.date]:
    """The days on which `rules.is_notice_current` may change, in order.

    Between two facts' dates `as_of` sees the same facts, so currentness changes by time alone
    only when a date derived from them is reached (deemed seizure, finality). Those are among the
    values of `rules.deadlines`, taken at every fact's date and every derived date until no new
    date appears (a finite set, as the facts are); the day after each is added for safety.
    """
    days = _fact_dates(facts)
    pending, seen = set(days), set(days)
    while pending:
        for derived in rules.deadlines(facts, pending.pop(), policy).values():
            if derived not in seen:
                seen.add(derived)
                pending.add(derived)
    return sorted(seen | {day + dt.timedelta(days=1) for day in seen})


def notice_interval(
    facts: rules.CaseFacts, policy: rules.Policy, on: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """`(first, last)` day of a run of days on which the Notice of Seizure is current: the run
    that contains `on` (at the earliest, and by default, the latest date in the facts), or else
    the next run, or else the last run before it; `last` is None when no end follows from the
    facts (a review or appeal pending, a receipt unknown); `(None, None)` if never current.

    `rules.is_notice_current` is evaluated at each boundary day and holds until the next one.
    From the latest fact on there is at most one run (the seizure stands from a fixed day and
    becomes final from a fixed day), so one row per case is enough; should the rules ever allow
    a later run, the daily sweep moves the row to it once the first has ended (it passes `on`).
    """
    days = _boundaries(facts, policy)
    current = [rules.is_notice_current(facts, day, policy) for day in days]
    runs: list[tuple[dt.date, dt.date | None]] = []
    for index, (day, now) in enumerate(zip(days, current, strict=True)):
        if now and (index == 0 or not current[index - 1]):
            runs.append((day, None))
        elif not now and index > 0 and current[index - 1]:
            runs[-1] = (runs[-1][0], day - dt.timedelta(days=1))
    reference = max(_fact_dates(facts) | ({on} if on else set()))
    containing_or_next = [run for run in runs if run[1] is None or run[1] >= reference]
    if containing_or_next:
        return containing_or_next[0]
    return runs[-1] if runs else (None, None)


def _board_values(
    case, items, facts: rules.CaseFacts, policy: rules.Policy, on: dt.date | None = None
) -> dict[str, Any] | None:
    """The board row of a case (ORM object or plain row), or None without a Notice of Seizure
    sent. Only public fields: a natural person's name and place are not even stored."""
    if not any(n.document == rules.Document.SEIZURE for n in facts.notifications):
        return None
    first, last = notice_interval(facts, policy, on)
    # The fields as the board shows them: from the latest fact (or `on`) or the run's first day.
    shown_on = max(_fact_dates(facts) | {day for day in (on, first) if day is not None})
    deadlines = rules.deadlines(facts, shown_on, policy)
    legal = case.owner_kind == "legal"
    return {
        "case_id": case.id,
        "number": case.number,
        "seized_on": deadlines.get("seized_on"),
        "municipality": case.municipality,
        "place": case.place_description if legal else None,
        # As the column keeps it (3 places), whether the item was just written or read back:
        # the restore drill found the board rebuilt from the facts differing from the rows
        # written with the demo's unscaled quantities ("240" and "240.000").
        "goods": [[item.description, f"{item.quantity:.3f}", item.unit] for item in items],
        "legal_basis": list(case.legal_basis),
        "review_deadline": deadlines.get("review_request_due_on"),
        "status": rules.status_on(facts, shown_on).value,
        "owner_kind": case.owner_kind,
        "owner_name": case.owner_name if legal else None,
        "current_from": first,
        "current_until": last,
        "updated_at": utcnow(),
    }


def refresh_board_entry(
    session: Session,
    case: Case,
    *,
    today: dt.date | None = None,
    policy: rules.Policy | None = None,
) -> BoardNotice | None:
    """Recompute the case's board row from its facts (called by `_event`, so by every act)."""
    values = _board_values(case, case.items, facts_of(case), policy or _policy(), today)
    row = session.get(BoardNotice, case.id)
    if values is None:
        if row is not None:
            session.delete(row)
        return None
    if row is None:
        row = BoardNotice(**values)
        session.add(row)
    else:
        for column, value in values.items():
            setattr(row, column, value)
    return row


@dataclass(frozen=True, slots=True)
class BoardRow:
    """A current notice as `board_notices` reads it; `goods` holds (description, quantity as a
    decimal string, unit) lists."""

    number: str
    seized_on: dt.date
    municipality: str | None
    place: str | None
    goods: list
    legal_basis: list[str]
    review_deadline: dt.date | None
    status: str
    owner_kind: str
    owner_name: str | None


def board_notices(session: Session, today: dt.date) -> list[BoardRow]:
    """The Notices of Seizure current on `today`, newest seizure first, in one query.

    The JSON columns are read as text and decoded here, once per distinct text: SQLAlchemy's
    JSON result processing took most of the read's time with 10,000 rows.
    """
    statement = (
        select(
            BoardNotice.number,
            BoardNotice.seized_on,
            BoardNotice.municipality,
            BoardNotice.place,
            cast(BoardNotice.goods, Text),
            cast(BoardNotice.legal_basis, Text),
            BoardNotice.review_deadline,
            BoardNotice.status,
            BoardNotice.owner_kind,
            BoardNotice.owner_name,
        )
        .where(
            BoardNotice.current_from <= today,
            or_(BoardNotice.current_until.is_(None), BoardNotice.current_until >= today),
        )
        .order_by(BoardNotice.seized_on.desc(), BoardNotice.number)
    )
    decoded: dict[str, Any] = {}

    def load(text: str) -> Any:
        value = decoded.get(text)
        if value is None:
            value = decoded[text] = json.loads(text)
        return value

    return [
        BoardRow(number, seized_on, municipality, place, load(goods), load(legal_basis),
                 review_deadline, status, owner_kind, owner_name)
        for (number, seized_on, municipality, place, goods, legal_basis, review_deadline,
             status, owner_kind, owner_name) in session.execute(statement)
    ]


def _notified() -> Any:
    return exists().where(
        CaseNotification.case_id == Case.id,
        CaseNotification.document == rules.Document.SEIZURE,
        CaseNotification.sent_on.is_not(None),
    )


def _rows_by_case(session: Session, columns, case_ids) -> dict[int, list]:
    grouped: dict[int, list] = {}
    model = columns[0].class_
    statement = select(model.case_id, *columns).where(model.case_id.in_(case_ids))
    for row in session.execute(statement.order_by(model.case_id, model.id)):
        grouped.setdefault(row.case_id, []).append(row)
    return grouped


def _cases_as_rows(session: Session, case_ids) -> list[tuple[Any, list, rules.CaseFacts]]:
    """(case row, item rows, facts) of the cases of the `case_ids` query: plain rows read in
    eight queries whatever their number (thousands of ORM objects would be several times slower)."""
    cases = session.execute(
        select(
            Case.id, Case.number, Case.detained_on, Case.municipality, Case.place_description,
            Case.owner_kind, Case.owner_name, Case.owner_email, Case.owner_agent,
            Case.legal_basis,
        )
        .where(Case.id.in_(case_ids))
        .order_by(Case.id)
    ).all()
    if not cases:
        return []
    ids = case_ids.scalar_subquery()
    related = [
        _rows_by_case(session, columns, ids)
        for columns in (
            (CaseItem.description, CaseItem.quantity, CaseItem.unit, CaseItem.value_eur,
             CaseItem.perishable),
            (CaseExtension.decided_on, CaseExtension.days),
            (CaseDecision.outcome, CaseDecision.decided_on),
            (CaseNotification.document, CaseNotification.method, CaseNotification.sent_on,
             CaseNotification.received_on),
            (CaseReview.requested_on, CaseReview.decided_on, CaseReview.outcome,
             CaseReview.decision_received_on),
            (CaseAppeal.level, CaseAppeal.lodged_on, CaseAppeal.decided_on, CaseAppeal.outcome,
             CaseAppeal.decision_received_on),
            (CaseDisposition.kind, CaseDisposition.decided_on, CaseDisposition.amount_eur),
        )
    ]
    result = []
    for case in cases:
        rows = [by_case.get(case.id, []) for by_case in related]
        result.append((case, rows[0], build_facts(case, *rows)))
    return result


def rebuild_board(
    session: Session, *, today: dt.date | None = None, policy: rules.Policy | None = None
) -> int:
    """Recompute the whole board from the facts: after the migration that added it, or after
    COURT_APPEAL_DAYS changed. Returns the number of rows written."""
    policy = policy or _policy()
    session.execute(delete(BoardNotice))
    rows = [
        values
        for case, items, facts in _cases_as_rows(session, select(Case.id).where(_notified()))
        if (values := _board_values(case, items, facts, policy, today)) is not None
    ]
    if rows:
        session.execute(insert(BoardNotice.__table__), rows)
    session.flush()
    return len(rows)


def refresh_crossed_board_entries(
    session: Session, today: dt.date, *, policy: rules.Policy | None = None
) -> int:
    """The daily sweep's safety net (the board is right without it, the bounds do the work):
    project cases with a Notice of Seizure sent but no row (e.g. after the migration), and
    recompute rows whose interval ended after they were last computed. Returns their number."""
    missing = session.scalars(
        select(Case.id).where(
            _notified(), ~exists().where(BoardNotice.case_id == Case.id)
        )
    ).all()
    ended = session.execute(
        select(BoardNotice.case_id, BoardNotice.current_until, BoardNotice.updated_at).where(
            BoardNotice.current_until < today
        )
    ).all()
    crossed = [
        row.case_id for row in ended if rules.legal_date(row.updated_at) <= row.current_until
    ]
    ids = sorted({*missing, *crossed})
    for start in range(0, len(ids), 500):
        chunk = select(Case).where(Case.id.in_(ids[start : start + 500])).order_by(Case.id)
        for case in cases_with_facts(session, chunk):
            refresh_board_entry(session, case, today=today, policy=policy)
    session.flush()
    return len(ids)


# --- findings ------------------------------------------------------------------------------------

SEIZED_STATUSES = {rules.Status.SEIZED, rules.Status.DEEMED_SEIZED}


def seized_cases_for_serial(
    session: Session, serial: codes.Serial, today: dt.date
) -> list[Case]:
    """Cases whose seized (or deemed seized) goods bear `serial`."""
    statement = select(Case).where(
        exists().where(
            CaseItem.case_id == Case.id,
            CaseItemSerial.item_id == CaseItem.id,
            CaseItemSerial.series == serial.series,
            CaseItemSerial.number == serial.number,
        )
    )
    return [
        case
        for case in cases_with_facts(session, statement)
        if rules.status_on(facts_of(case), today) in SEIZED_STATUSES
    ]
