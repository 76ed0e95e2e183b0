"""The public board as a projection kept with the facts: `board_notices` holds one row per case
with a Notice of Seizure sent, the board's public fields and the interval of days on which
`rules.is_notice_current` holds.

Facts change only by acts, and every act goes through `cases.add_event`, which calls
`refresh_board_entry` in the same transaction; time alone moves a notice on or off the board
only at dates computed from the facts, which the interval's bounds hold. The board is then one
indexed query (`board_notices`), without the rules at read time.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, cast, delete, exists, insert, or_, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.seizures import rules
from app.seizures.facts import build_facts, cases_with_facts, facts_of
from app.seizures.models import (
    BoardNotice,
    Case,
    CaseAppeal,
    CaseDecision,
    CaseDecisionItem,
    CaseDisposition,
    CaseDispositionItem,
    CaseExtension,
    CaseItem,
    CaseNotification,
    CaseReview,
)


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
    dates.update(disposition.decided_on for disposition in facts.dispositions)
    dates.update(refund.paid_on for refund in facts.refunds)
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


def _quantity_text(quantity) -> str:
    """A quantity as the board shows it, the same whether the item was just written ("240") or
    read back from its 3-decimal column ("240.000"): no trailing zeros, no exponent."""
    return format(Decimal(str(quantity)).normalize(), "f")


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
        "goods": [
            [item.description, _quantity_text(item.quantity), item.unit]
            for item in _seized_items(items, facts, shown_on)
        ],
        "legal_basis": list(case.legal_basis),
        "review_deadline": deadlines.get("review_request_due_on"),
        "status": rules.status_on(facts, shown_on).value,
        "owner_kind": case.owner_kind,
        "owner_name": case.owner_name if legal else None,
        "current_from": first,
        "current_until": last,
        "updated_at": utcnow(),
    }


def _seized_items(items, facts: rules.CaseFacts, day: dt.date) -> list:
    """The things the Notice of Seizure is about: those seized, by decision or deemed, as known
    at `day` (a truck returned or fish sold while detained are not on it; Art. 251(11))."""
    seized = rules.seized_item_ids(facts, day)
    return [item for item in items if seized is None or item.id in seized]


def refresh_board_entry(
    session: Session,
    case: Case,
    *,
    today: dt.date | None = None,
    policy: rules.Policy,
) -> BoardNotice | None:
    """Recompute the case's board row from its facts (called by `cases.add_event`, so by every
    act)."""
    values = _board_values(case, case.items, facts_of(case), policy, today)
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

    The JSON columns are read as text and decoded here, once per distinct text: with thousands
    of rows SQLAlchemy's JSON result processing costs more than the rest of the read.
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


def cases_as_rows(session: Session, case_ids) -> list[tuple[Any, list, rules.CaseFacts]]:
    """(case row, item rows, facts) of the cases of the `case_ids` query: plain rows read in
    eight queries whatever their number, where thousands of ORM objects cost far more."""
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
            (CaseItem.id, CaseItem.description, CaseItem.quantity, CaseItem.unit,
             CaseItem.value_eur, CaseItem.duty_unpaid_eur, CaseItem.perishable),
            (CaseExtension.decided_on, CaseExtension.days),
            (CaseDecision.id, CaseDecision.outcome, CaseDecision.decided_on),
            (CaseNotification.document, CaseNotification.method, CaseNotification.sent_on,
             CaseNotification.received_on),
            (CaseReview.requested_on, CaseReview.decided_on, CaseReview.outcome,
             CaseReview.decision_received_on, CaseReview.of),
            (CaseAppeal.level, CaseAppeal.lodged_on, CaseAppeal.decided_on, CaseAppeal.outcome,
             CaseAppeal.decision_received_on, CaseAppeal.of),
            (CaseDisposition.id, CaseDisposition.kind, CaseDisposition.decided_on,
             CaseDisposition.amount_eur),
        )
    ]
    named = _named_items(session, ids)
    result = []
    for case in cases:
        rows = [by_case.get(case.id, []) for by_case in related]
        for index, kind in ((2, "decision"), (6, "disposition")):
            rows[index] = [_Act(row, named[kind].get(row.id)) for row in rows[index]]
        result.append((case, rows[0], build_facts(case, *rows)))
    return result


class _Act:
    """A decision's or disposition's row with the things it names (`item_ids`, None: all)."""

    def __init__(self, row, item_ids: frozenset[int] | None) -> None:
        self._row, self.item_ids = row, item_ids

    def __getattr__(self, name: str):
        return getattr(self._row, name)


def _named_items(session: Session, case_ids) -> dict[str, dict[int, frozenset[int]]]:
    """The things each decision and disposition of the cases names, by act id."""
    named: dict[str, dict[int, frozenset[int]]] = {}
    for kind, link, act in (
        ("decision", CaseDecisionItem.decision_id, CaseDecision),
        ("disposition", CaseDispositionItem.disposition_id, CaseDisposition),
    ):
        grouped: dict[int, set[int]] = {}
        statement = (
            select(link, link.class_.item_id)
            .join(act, act.id == link)
            .where(act.case_id.in_(case_ids))
        )
        for act_id, item_id in session.execute(statement):
            grouped.setdefault(act_id, set()).add(item_id)
        named[kind] = {act_id: frozenset(ids) for act_id, ids in grouped.items()}
    return named


def rebuild_board(
    session: Session, *, today: dt.date | None = None, policy: rules.Policy
) -> int:
    """Recompute the whole board from the facts: after the migration that added it, or after
    COURT_APPEAL_DAYS changed. Returns the number of rows written."""
    session.execute(delete(BoardNotice))
    rows = [
        values
        for case, items, facts in cases_as_rows(session, select(Case.id).where(_notified()))
        if (values := _board_values(case, items, facts, policy, today)) is not None
    ]
    if rows:
        session.execute(insert(BoardNotice.__table__), rows)
    session.flush()
    return len(rows)


def refresh_crossed_board_entries(
    session: Session, today: dt.date, *, policy: rules.Policy
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
