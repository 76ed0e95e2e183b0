"""Demo signals for the officer's targets: consumer scans found suspicious around Kioska
Shadërvani in Prizren over the last days (enough of them to pass the privacy floor), a
consumer report naming Kiosku Gjilan, and the rollups refreshed so that the list and the map
show them at once. The scans carry no serial: they change no stamp's history or verdict."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.db import utcnow
from app.inspections import rollups
from app.reports.models import Report
from app.stamps.models import Scan

SHADERVANI = (42.21, 20.74)


def load(session: Session, demo) -> None:
    """Add the demo's signals to a freshly loaded demo (never twice)."""
    if not demo.fresh:
        return
    now = utcnow()
    for index in range(8):
        session.add(Scan(
            scanned_at=now - dt.timedelta(days=1 + index % 5, hours=index),
            verdict="suspicious" if index < 6 else "genuine",
            reasons=["clone_suspected"] if index < 6 else [],
            lat=SHADERVANI[0], lon=SHADERVANI[1], accuracy_m=700, municipality="prizren",
        ))
    session.add(Report(description="Paketat nuk kishin banderola.", premises_name="Kiosku Gjilan",
                       municipality="gjilan", created_at=now - dt.timedelta(days=2)))
    session.flush()
    rollups.refresh(session, now=now, lag_s=0)
