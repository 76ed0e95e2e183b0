"""Legal dates: instants are stored in UTC, legal days are counted in Kosovo time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

KOSOVO = ZoneInfo("Europe/Belgrade")


def legal_date(instant: dt.datetime) -> dt.date:
    """The Kosovo (Europe/Belgrade) calendar date of an instant; naive instants are UTC, as
    stored."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(KOSOVO).date()


def today() -> dt.date:
    return legal_date(dt.datetime.now(dt.UTC))
