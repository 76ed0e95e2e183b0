"""The `seized` finding of a verification: the scanned stamp is on goods seized by the Customs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.kosovo_time import legal_date
from app.seizures import rules
from app.seizures.facts import cases_with_facts, facts_of
from app.seizures.models import Case, CaseItem, CaseItemSerial
from app.stamps import codes
from app.stamps.verification import NUMBER, SERIES

# One index probe in the verification's statement answers "is this serial on any case at all?"
# for almost every scan; only the rare listed serial pays for loading its cases and applying
# the Art. 251 rules.
PROBES = [
    exists()
    .where(CaseItemSerial.series == SERIES, CaseItemSerial.number == NUMBER)
    .label("on_a_case")
]

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
        if _seized_with(case, serial, today)
    ]


def _seized_with(case: Case, serial: codes.Serial, today: dt.date) -> bool:
    """Whether a thing of the case bearing `serial` is seized or deemed seized: the truck
    returned or the stamp on another thing does not count (Art. 251(11))."""
    statuses = rules.item_statuses_on(facts_of(case), today)
    return any(
        statuses[item.id].value in SEIZED_STATUSES
        for item in case.items
        if any((s.series, s.number) == (serial.series, serial.number) for s in item.serials)
    )


def findings(session: Session, context) -> list[str]:
    """`["seized"]` when a seized or deemed seized case lists the scanned serial."""
    if context.facts.on_a_case and seized_cases_for_serial(
        session, context.serial, legal_date(context.now)
    ):
        return ["seized"]
    return []
