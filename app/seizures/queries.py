"""Read statements of the cases API: one case (locked when it is about to change), and a page of
cases, newest first, filtered."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.seizures import rules
from app.seizures.facts import cases_with_facts, facts_of
from app.seizures.models import Case, CaseDispositionItem, CaseItem

# With a status filter, cases are read this many at a time until the page is full.
STATUS_CHUNK = 200


def get_case(session: Session, case_id: int, *, for_update: bool = False) -> Case:
    """The case, locked for the rest of the transaction when it is about to change."""
    case = session.get(Case, case_id, with_for_update=for_update or None)
    if case is None:
        raise NotFound("case")
    return case


def list_cases(
    session: Session,
    *,
    today: dt.date,
    limit: int,
    offset: int = 0,
    status: str | None = None,
    number: str | None = None,
    premises_id: int | None = None,
    detained_from: dt.date | None = None,
    detained_to: dt.date | None = None,
) -> list[tuple[Case, rules.CaseFacts]]:
    """A page of cases with their facts, newest first, filtered by number, premises, date of
    detention and status on `today`.

    Status is not stored: the rules derive it from the facts (Art. 251), and restating them in
    SQL would let the two drift apart. So a status filter reads the cases the other filters
    select, newest first, STATUS_CHUNK at a time (a keyset on the id), and keeps those the rules
    give that status until `offset` of them are skipped and `limit` kept.
    """
    statement = select(Case).order_by(Case.id.desc())
    if number is not None:
        statement = statement.where(Case.number == number)
    if premises_id is not None:
        statement = statement.where(Case.premises_id == premises_id)
    if detained_from is not None:
        statement = statement.where(Case.detained_on >= detained_from)
    if detained_to is not None:
        statement = statement.where(Case.detained_on <= detained_to)
    if status is None:
        cases = cases_with_facts(session, statement.limit(limit).offset(offset))
        return [(case, facts_of(case)) for case in cases]
    page: list[tuple[Case, rules.CaseFacts]] = []
    skipped = 0
    chunk_statement = statement
    while True:
        chunk = cases_with_facts(session, chunk_statement.limit(STATUS_CHUNK))
        for case in chunk:
            facts = facts_of(case)
            if rules.status_on(facts, today) != status:
                continue
            if skipped < offset:
                skipped += 1
                continue
            page.append((case, facts))
            if len(page) == limit:
                return page
        if len(chunk) < STATUS_CHUNK:
            return page
        chunk_statement = statement.where(Case.id < chunk[-1].id)


def due_cases(
    session: Session, *, today: dt.date, within: int, policy: rules.Policy
) -> list[tuple[Case, list[tuple[rules.Due, dt.date]]]]:
    """The supervisor's work queue: every case with something due by `today` + `within` days
    (`rules.due`), the case whose first date comes first at the top. Cases whose every thing
    was disposed of are left out in SQL; the rest, one thing sold while others are still held
    among them (Art. 251(11)), are judged by the rules, STATUS_CHUNK at a time."""
    until = today + dt.timedelta(days=within)
    not_disposed_of = ~select(CaseDispositionItem.item_id).where(
        CaseDispositionItem.item_id == CaseItem.id
    ).exists()
    thing_left = select(CaseItem.id).where(CaseItem.case_id == Case.id, not_disposed_of).exists()
    statement = select(Case).where(or_(~Case.dispositions.any(), thing_left)).order_by(Case.id)
    found = []
    last_id = 0
    while True:
        chunk = cases_with_facts(
            session, statement.where(Case.id > last_id).limit(STATUS_CHUNK)
        )
        for case in chunk:
            items = [
                (what, on)
                for what, on in rules.due(facts_of(case), today, policy)
                if on <= until
                and (on >= today or what not in (rules.Due.DECIDE, rules.Due.EXTEND_OR_DECIDE))
            ]
            if items:
                found.append((case, items))
        if len(chunk) < STATUS_CHUNK:
            break
        last_id = chunk[-1].id
    return sorted(found, key=lambda entry: (entry[1][0][1], entry[0].id))
