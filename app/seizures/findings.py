"""The `seized` finding of a verification: the scanned stamp is on goods seized by the Customs."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.kosovo_time import legal_date
from app.seizures.models import CaseItemSerial
from app.seizures.service import seized_cases_for_serial

# One index probe answers "is this serial on any case at all?" for almost every scan; only the
# rare listed serial pays for loading its cases and applying the Art. 251 rules.
_LISTED = select(CaseItemSerial.id).where(
    CaseItemSerial.series == bindparam("series"), CaseItemSerial.number == bindparam("number")
).limit(1)


def findings(session: Session, context) -> list[str]:
    """`["seized"]` when a seized or deemed seized case lists the scanned serial."""
    listed = session.connection().execute(
        _LISTED, {"series": context.serial.series, "number": context.serial.number}
    ).first()
    if listed is not None and seized_cases_for_serial(
        session, context.serial, legal_date(context.now)
    ):
        return ["seized"]
    return []
