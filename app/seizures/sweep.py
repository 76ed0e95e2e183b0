"""The daily sweep (`flask seizures sweep`): deemed seizures recorded, their notices prepared."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.seizures import rules
from app.seizures.cases import add_event
from app.seizures.facts import cases_with_facts, facts_of
from app.seizures.models import (
    Case,
    CaseDecision,
    CaseDecisionItem,
    CaseDisposition,
    CaseDispositionItem,
    CaseEvent,
    CaseItem,
    CaseNotification,
)

DEEMED_SEIZED = "deemed_seized"


@dataclass(frozen=True)
class DeemedSeizure:
    """What the sweep did for one case: the seizure's date and the notice it prepared, if any."""

    case: Case
    seized_on: dt.date
    notice: CaseNotification | None


def sweep(session: Session, today: dt.date, *, policy: rules.Policy) -> list[DeemedSeizure]:
    """Art. 251(4), (5)(b): record each deemed seizure not yet recorded, dated the day after the
    (extended) period ended, and prepare its Notice of Seizure unless one exists. Idempotent."""
    earliest_deemed = today - dt.timedelta(days=rules.DETENTION_DAYS + 1)
    statement = select(Case).where(
        Case.detained_on <= earliest_deemed,
        _undecided_item(),
        ~exists().where(CaseEvent.case_id == Case.id, CaseEvent.action == DEEMED_SEIZED),
    )
    swept = []
    for case in cases_with_facts(session, statement.order_by(Case.id)):
        facts = facts_of(case)
        statuses = rules.item_statuses_on(facts, today)
        deemed = [i for i, status in statuses.items() if status == rules.ItemStatus.DEEMED_SEIZED]
        if not deemed:
            continue
        seized_on = rules.detention_ends_on(rules.as_of(facts, today)) + dt.timedelta(days=1)
        data = {"detention_ends_on": rules.detention_ends_on(facts), "item_ids": deemed}
        add_event(session, case, policy, DEEMED_SEIZED, seized_on, None, data)
        notice = None
        if not any(_notifies(n, seized_on) for n in case.notifications):
            notice = _prepared_notice(case)
            case.notifications.append(notice)
            session.flush()
            data = {"notification_id": notice.id, "document": notice.document}
            add_event(session, case, policy, "notice_prepared", None, None, data)
        swept.append(DeemedSeizure(case, seized_on, notice))
    session.flush()
    return swept


def _undecided_item():
    """A thing of the case neither decided on (other than a conditional return) nor disposed
    of: only such a thing can be deemed seized (Art. 251(4), (11))."""
    decided = exists().where(
        CaseDecisionItem.item_id == CaseItem.id,
        CaseDecision.id == CaseDecisionItem.decision_id,
        CaseDecision.outcome != rules.Outcome.RETURN_CONDITIONALLY,
    )
    disposed = exists().where(
        CaseDispositionItem.item_id == CaseItem.id,
        CaseDisposition.id == CaseDispositionItem.disposition_id,
    )
    return exists().where(CaseItem.case_id == Case.id, ~decided, ~disposed)


def _notifies(notification: CaseNotification, seized_on: dt.date) -> bool:
    """Whether a Notice of Seizure covers a deemed seizure of `seized_on`: prepared and not yet
    sent, or sent since (one sent earlier told of another thing's seizure)."""
    return notification.document == rules.Document.SEIZURE and (
        notification.sent_on is None or notification.sent_on >= seized_on
    )


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
