"""Kosovo's non-working days for time limits that end on one (Art. 12(5): the general
administrative procedure): Saturdays, Sundays, the public holidays of the `holidays` package
(country "XK", with its observed days) and the dates the government announces (EXTRA_HOLIDAYS:
the package only estimates the Eid dates). Plain data for the pure rules (`rules.Policy`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

import holidays

# Legal dates outside these years are typing mistakes (cases start in 2000, EARLIEST_DETENTION).
FIRST_YEAR, LAST_YEAR = 2000, 2100


@lru_cache(maxsize=8)
def public_holidays(extra: tuple[dt.date, ...] = ()) -> frozenset[dt.date]:
    """The public holidays of Kosovo from FIRST_YEAR to LAST_YEAR, plus `extra`."""
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    return frozenset(holidays.country_holidays("XK", years=years)) | frozenset(extra)


def parse_extra(text: str | Iterable[str] | None) -> tuple[dt.date, ...]:
    """EXTRA_HOLIDAYS as ISO dates separated by commas (or a list of them); ValueError if one
    is not a date, so a typo stops the application at start rather than moving a deadline."""
    if not text:
        return ()
    parts = text.split(",") if isinstance(text, str) else list(text)
    return tuple(sorted(dt.date.fromisoformat(part.strip()) for part in parts if part.strip()))
