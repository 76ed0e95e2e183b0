"""The `seized` finding of a verification: the scanned stamp is on goods seized by the Customs."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.kosovo_time import legal_date
from app.seizures.service import seized_cases_for_serial


def findings(session: Session, context) -> list[str]:
    """`["seized"]` when a seized or deemed seized case lists the scanned serial."""
    if seized_cases_for_serial(session, context.serial, legal_date(context.now)):
        return ["seized"]
    return []
