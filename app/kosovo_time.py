"""Legal dates: instants are stored in UTC, legal days are counted in Kosovo time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

KOSOVO = ZoneInfo("Europe/Belgrade")


def legal_date(instant: dt.datetime) -> dt.date:
    """The calendar date in Kosovo (Europe/Belgrade) of an aware instant."""
    if instant.tzinfo is None:
        raise ValueError("an aware datetime is required")
    return instant.astimezone(KOSOVO).date()


def today() -> dt.date:
    return legal_date(dt.datetime.now(dt.UTC))
