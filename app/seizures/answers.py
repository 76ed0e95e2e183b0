"""The answers of the cases API: cases as the API shows them (status, deadlines and actions
derived at read time under the seizures policy), the public board's entries, and the plain data
of the case PDFs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from app.geo.gazetteer import municipality_name
from app.i18n import translate
from app.seizures import documents, rules
from app.seizures.board import NoticeEntry
from app.seizures.facts import facts_of as facts_of_case
from app.seizures.models import Case, CaseNotification
from app.stamps import codes

# The requests for review of the detention and of an extension, in `allowed_actions`.
REVIEW_OF_ACTIONS = {
    rules.ReviewOf.DETENTION: "request_detention_review",
    rules.ReviewOf.EXTENSION: "request_extension_review",
}
# Their decisions (`POST .../reviews/{rid}/decision`).
REVIEW_DECISION_ACTIONS = {
    rules.ReviewOf.DETENTION: "decide_detention_review",
    rules.ReviewOf.EXTENSION: "decide_extension_review",
}
# Appeals against their decisions, at the next level (`POST .../appeals` with `of`).
APPEAL_ACTIONS = {
    rules.ReviewOf.DETENTION: "appeal_detention_review",
    rules.ReviewOf.EXTENSION: "appeal_extension_review",
}


def _notification(notification: CaseNotification) -> dict[str, Any]:
    return {
        "id": notification.id,
        "document": notification.document,
        "method": notification.method,
        "sent_on": notification.sent_on,
        "received_on": notification.received_on,
        "recipient": notification.recipient,
        "address": notification.address,
        "review_id": notification.review_id,
        "appeal_id": notification.appeal_id,
        "status": "prepared" if notification.sent_on is None else "sent",
        "entered_at": notification.entered_at,
    }


def _serials(item) -> list[str]:
    return [str(codes.Serial(serial.series, serial.number)) for serial in item.serials]


def available_documents(case: Case, facts: rules.CaseFacts, today: dt.date) -> list[str]:
    """The PDFs that exist for the case today: a notice only once there is something to notify."""
    names = ["seizure-record", "receipt"]
    if facts.extensions:
        names.append("extension-notice")
    if "seized_on" in rules.deadlines(facts, today):
        names.append("seizure-notice")
    if decided_review(case) is not None:
        names.append("review-decision")
    return names


def decided_review(case: Case):
    """The latest decided review of the case (Art. 291(3)), whatever decision it reviewed."""
    decided = [review for review in case.reviews if review.decided_on is not None]
    return max(decided, key=lambda review: (review.decided_on, review.id), default=None)


def _review_decision(case: Case, policy: rules.Policy) -> documents.ReviewDecision | None:
    review = decided_review(case)
    if review is None:
        return None
    received = review.decision_received_on
    return documents.ReviewDecision(
        of=review.of or "seizure",
        requested_on=review.requested_on,
        decided_on=review.decided_on,
        outcome=review.outcome,
        reasons=review.reasons,
        received_on=received,
        appeal_due_on=None
        if received is None
        else rules.owner_due_on(received, rules.BOARD_APPEAL_DAYS, policy),
    )


def issued_on(name: str, case: Case, today: dt.date) -> dt.date:
    """The date a document bears: the day it was issued (sent, decided, drawn up), not the day
    its PDF is generated; a notice not yet sent is being issued today."""
    def sent(document: str, since: dt.date | None = None) -> dt.date | None:
        days = [
            n.sent_on for n in case.notifications
            if n.document == document and n.sent_on is not None
            and (since is None or n.sent_on >= since)
        ]
        return min(days, default=None)

    if name == "seizure-record":
        return case.detained_on  # Art. 284(4): drawn up when the goods are taken
    if name == "receipt":
        return sent("receipt") or case.detained_on
    if name == "extension-notice" and case.extensions:
        latest = case.extensions[-1]
        return sent("extension", latest.decided_on) or latest.decided_on
    if name == "seizure-notice":
        return sent("seizure") or today
    if name == "review-decision":
        review = decided_review(case)
        if review is not None:
            return review.decided_on
    return today


def due_case(case: Case, items, today: dt.date, lang: str, policy: rules.Policy) -> dict:
    """A case of the work queue: what is due on it and by when, in words too."""
    status = rules.status_on(facts_of_case(case), today)
    return {
        "id": case.id,
        "number": case.number,
        "status": status.value,
        "status_label": translate(f"seizures.status.{status.value}", lang),
        "due": [
            {"what": what.value, "on": on, "label": translate(f"seizures.due.{what.value}", lang)}
            for what, on in items
        ],
    }


def case_summary(
    case: Case, facts: rules.CaseFacts, today: dt.date, lang: str, policy: rules.Policy
) -> dict:
    """A case in a list: who, where, when, and where it stands."""
    status = rules.status_on(facts, today)
    return {
        "id": case.id,
        "number": case.number,
        "status": status.value,
        "status_label": translate(f"seizures.status.{status.value}", lang),
        "detained_on": case.detained_on,
        "place": _place(case, lang),
        "premises_id": case.premises_id,
        "owner": {"kind": case.owner_kind, "name": case.owner_name},
        "deadlines": rules.deadlines(facts, today, policy),
        "notice_current": rules.is_notice_current(facts, today, policy),
    }


def _place(case: Case, lang: str) -> dict:
    return {
        "description": case.place_description,
        "municipality": case.municipality,
        "municipality_name": municipality_name(case.municipality, lang),
        "lat": case.lat,
        "lon": case.lon,
    }


def case_dict(
    case: Case, facts: rules.CaseFacts, today: dt.date, lang: str, policy: rules.Policy
) -> dict:
    """GET /cases/{id}: the facts, the derived status and deadlines, and what may be done next.

    `allowed_actions` lists actions that may be recorded today, `action_windows` the range of
    legal dates each may bear, `refused_actions` why the others may not.
    """
    windows = {a.value: w for a, w in rules.action_windows(facts, today, policy).items()}
    refusals = {a.value: r for a, r in rules.explain_refusals(facts, today, policy).items()}
    # Art. 251(13), 291(1): the owner may ask for a review of the detention or an extension
    # too (`POST .../reviews` with `of`), which the Customs then decides, and appeal them.
    for names, found in (
        (REVIEW_OF_ACTIONS, rules.review_request_windows(facts, today, policy)),
        (REVIEW_DECISION_ACTIONS, rules.review_decision_windows(facts, today, policy)),
        (APPEAL_ACTIONS, rules.appeal_windows(facts, today, policy)),
    ):
        for of, result in found.items():
            (windows if isinstance(result, rules.Window) else refusals)[names[of]] = result
    review = next((r for r in case.reviews if (r.of or "seizure") == "seizure"), None)
    disposition = case.dispositions[0] if case.dispositions else None
    item_statuses = rules.item_statuses_on(facts, today)
    refund = rules.refund_due(facts, today)
    return {
        **case_summary(case, facts, today, lang, policy),
        "owner": {
            "kind": case.owner_kind,
            "name": case.owner_name,
            "address": case.owner_address,
            "email": case.owner_email,
            "agent": case.owner_agent,
        },
        "items": [
            {
                "id": item.id,
                "kind": item.kind,
                "description": item.description,
                "quantity": item.quantity,
                "unit": item.unit,
                "value_eur": item.value_eur,
                "duty_unpaid_eur": item.duty_unpaid_eur,
                "category": item.category,
                "serials": _serials(item),
                "unmarked": item.unmarked,
                "perishable": item.perishable,
                "status": item_statuses[item.id].value,
                "status_label": translate(f"seizures.status.{item_statuses[item.id]}", lang),
            }
            for item in case.items
        ],
        "holder": _holder(case),
        "refund_due_eur": None if refund is None else refund.amount_eur,
        "refund_basis": []
        if refund is None
        else [{"basis": basis.value, "amount_eur": amount} for basis, amount in refund.basis],
        "refunds": [
            {
                "id": r.id,
                "amount_eur": r.amount_eur,
                "paid_on": r.paid_on,
                "entered_at": r.entered_at,
            }
            for r in case.refunds
        ],
        "dispositions": [_disposition(d) for d in case.dispositions],
        "value_eur": facts.value_eur,
        "legal_basis": list(case.legal_basis),
        "inspection_id": case.inspection_id,
        "opened_by": case.opened_by,
        "created_at": case.created_at,
        "seizure_final": rules.is_seizure_final(facts, today, policy),
        "allowed_actions": list(windows),
        "action_windows": {
            action: {"earliest": window.earliest, "latest": window.latest}
            for action, window in windows.items()
        },
        "refused_actions": {
            action: {
                "error": refusal.error,
                "message": translate(refusal.message_key, lang, **refusal.params),
            }
            for action, refusal in refusals.items()
        },
        "extensions": [
            {
                "id": extension.id,
                "days": extension.days,
                "reason": extension.reason,
                "decided_on": extension.decided_on,
                "decided_by": extension.decided_by,
                "entered_at": extension.entered_at,
            }
            for extension in case.extensions
        ],
        "decisions": [
            {
                "id": decision.id,
                "outcome": decision.outcome,
                "reasons": decision.reasons,
                "conditions": decision.conditions,
                "decided_on": decision.decided_on,
                "decided_by": decision.decided_by,
                "entered_at": decision.entered_at,
                "item_ids": _ids(decision, case),
            }
            for decision in case.decisions
        ],
        "notifications": [_notification(n) for n in case.notifications],
        "review": None if review is None else _stage(review, requested_on=review.requested_on),
        "reviews": [
            _stage(r, requested_on=r.requested_on, of=r.of or "seizure") for r in case.reviews
        ],
        "appeals": [
            _stage(
                appeal, level=appeal.level, lodged_on=appeal.lodged_on, hearing=appeal.hearing,
                notified_on=appeal.notified_on, of=appeal.of or "seizure",
            )
            for appeal in case.appeals
        ],
        "disposition": None if disposition is None else _disposition(disposition),
        "photos": [
            {
                "id": photo.id,
                "sha256": photo.sha256,
                "content_type": photo.content_type,
                "size_bytes": photo.size_bytes,
                "width_px": photo.width_px,
                "height_px": photo.height_px,
                "captured_at": photo.captured_at,
                "uploaded_at": photo.uploaded_at,
            }
            for photo in case.photos
        ],
        "documents": available_documents(case, facts, today),
        "history": [
            {
                "id": event.id,
                "action": event.action,
                "legal_date": event.legal_date,
                "entered_at": event.entered_at,
                "user_id": event.user_id,
                "data": event.data,
            }
            for event in case.events
        ],
    }


def _ids(act, case: Case) -> list[int]:
    """The things an act names; an act recorded for the whole case names every thing."""
    ids = act.item_ids
    return sorted(ids) if ids is not None else [item.id for item in case.items]


def _disposition(disposition) -> dict:
    return {
        "id": disposition.id,
        "kind": disposition.kind,
        "decided_on": disposition.decided_on,
        "amount_eur": disposition.amount_eur,
        "entered_at": disposition.entered_at,
        "item_ids": sorted(disposition.item_ids or ()),
    }


def _holder(case: Case) -> dict | None:
    if not case.holder_name:
        return None
    return {"name": case.holder_name, "role": case.holder_role, "address": case.holder_address}


def _stage(stage, **first) -> dict:
    return {
        "id": stage.id,
        **first,
        "decided_on": stage.decided_on,
        "outcome": stage.outcome,
        "received_on": stage.decision_received_on,
        "reasons": stage.reasons,
        "entered_at": stage.entered_at,
    }


def board_entry(row, lang: str) -> NoticeEntry:
    """A row of `board_projection.board_notices` as the renderers take it; the municipality is
    named in `lang`. Privacy stays `board.public_entry`'s job (the row holds no private name
    anyway)."""
    return NoticeEntry(
        number=row.number,
        seized_on=row.seized_on,
        municipality=municipality_name(row.municipality, lang),
        place=row.place,
        goods=[(description, Decimal(quantity), unit) for description, quantity, unit in row.goods],
        legal_basis=row.legal_basis,
        review_deadline=row.review_deadline,
        status=row.status,
        owner_kind=row.owner_kind,
        owner_name=row.owner_name,
    )


def document_data(
    case: Case,
    facts: rules.CaseFacts,
    today: dt.date,
    lang: str,
    officers: list[documents.Officer],
    office: documents.Office | None,
    policy: rules.Policy,
    board_address: str | None = None,
) -> documents.CaseDocumentData:
    """The plain data the PDFs print, derived from the case as it stands today."""
    deadlines = rules.deadlines(facts, today, policy)
    seizing = next((d for d in case.decisions if d.outcome == rules.Outcome.SEIZE), None)
    seized_on = deadlines.get("seized_on")
    extensions, days = [], 0
    for extension in case.extensions:
        days += extension.days
        extensions.append(
            documents.Extension(
                days=extension.days,
                reason=extension.reason,
                decided_on=extension.decided_on,
                ends_on=rules.period_end(case.detained_on, rules.DETENTION_DAYS + days),
            )
        )
    return documents.CaseDocumentData(
        number=case.number,
        detained_on=case.detained_on,
        place=documents.Place(
            case.place_description, municipality_name(case.municipality, lang)
        ),
        owner=documents.Owner(
            case.owner_kind, case.owner_name, case.owner_address, case.owner_email,
            case.owner_agent,
        ),
        items=[
            documents.Item(
                kind=item.kind,
                description=item.description,
                quantity=item.quantity,
                unit=item.unit,
                value_eur=item.value_eur,
                serials=_serials(item),
                unmarked=item.unmarked,
                perishable=item.perishable,
            )
            for item in case.items
        ],
        officers=officers,
        legal_basis=list(case.legal_basis),
        issued_on=today,
        detention_ends_on=rules.period_end(case.detained_on, rules.DETENTION_DAYS),
        extensions=extensions,
        decision=None
        if seizing is None
        else documents.Decision(seizing.outcome, seizing.reasons or "", seizing.decided_on),
        seized_on=seized_on,
        deemed=seized_on is not None and seizing is None,
        notice_received_on=deadlines.get("notice_received_on"),
        review_request_due_on=deadlines.get("review_request_due_on"),
        photos=[
            documents.Photo(photo.sha256, photo.captured_at or photo.uploaded_at)
            for photo in case.photos
        ],
        office=office,
        review=_review_decision(case, policy),
        board_address=board_address,
        holder=None
        if not case.holder_name
        else documents.Holder(case.holder_name, case.holder_role, case.holder_address),
    )
