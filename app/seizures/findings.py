"""The `seized` finding of a verification: the scanned stamp is on goods seized by the Customs."""

from __future__ import annotations

from sqlalchemy import exists
from sqlalchemy.orm import Session

from app.kosovo_time import legal_date
from app.seizures.models import CaseItemSerial
from app.seizures.service import seized_cases_for_serial
from app.stamps.verification import NUMBER, SERIES

# One index probe in the verification's statement answers "is this serial on any case at all?"
# for almost every scan; only the rare listed serial pays for loading its cases and applying
# the Art. 251 rules.
PROBES = [
    exists()
    .where(CaseItemSerial.series == SERIES, CaseItemSerial.number == NUMBER)
    .label("on_a_case")
]


def findings(session: Session, context) -> list[str]:
    """`["seized"]` when a seized or deemed seized case lists the scanned serial."""
    if context.probes.on_a_case and seized_cases_for_serial(
        session, context.serial, legal_date(context.now)
    ):
        return ["seized"]
    return []
