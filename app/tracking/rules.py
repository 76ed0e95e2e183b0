"""The rules of the operator's report, as pure functions (docs/tracking.md)."""

from __future__ import annotations

import datetime as dt

# The longest window one report covers: the report reads each scan of the window once.
MAX_WINDOW_DAYS = 366
# The window when none is asked for: the last 30 days, today included.
DEFAULT_WINDOW_DAYS = 30
# A municipality is named only when at least this many scans back it, as on the officers'
# views: fewer could point at one consumer's home (scans are anonymous, DESIGN.md).
MIN_PLACE_SCANS = 5
# The findings of a scan that tell the brand owner their genuine codes may be copied or
# diverted (API.md, verification reason codes).
FINDINGS = ("clone_suspected", "custody_mismatch", "scanned_by_many")
VERDICTS = ("genuine", "suspicious", "invalid")


def window(start: dt.date | None, end: dt.date | None, today: dt.date,
           earliest: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The report's days, both included. Missing ends default to the last 30 days up to today
    (or to 30 days from `start`). Raises ValueError with a message key when the window is
    upside down, longer than a year, or starts before `earliest` (the first day whose scans
    retention keeps whole)."""
    if end is None:
        end = today if start is None else min(today, start + dt.timedelta(DEFAULT_WINDOW_DAYS - 1))
    if start is None:
        start = end - dt.timedelta(DEFAULT_WINDOW_DAYS - 1)
    if end < start:
        raise ValueError("tracking.window_reversed")
    if (end - start).days + 1 > MAX_WINDOW_DAYS:
        raise ValueError("tracking.window_too_long")
    if earliest is not None and start < earliest:
        # Consumers' scans before it are deleted (docs/stamps.md, "Retention"): the figures of
        # such a window would look like a drop in scans that never happened.
        raise ValueError("tracking.window_retained")
    return start, end


def placed(counts: dict[str | None, int]) -> tuple[list[tuple[str, int]], int]:
    """The municipalities backed by at least MIN_PLACE_SCANS scans (most scans first, then by
    name), and the scans of every other place or of none, counted together."""
    shown = sorted(
        ((place, n) for place, n in counts.items() if place and n >= MIN_PLACE_SCANS),
        key=lambda item: (-item[1], item[0]),
    )
    unplaced = sum(counts.values()) - sum(n for _, n in shown)
    return shown, unplaced


def earliest_day(cutoff: dt.datetime) -> dt.date:
    """The first Kosovo day all of whose scans are kept when retention keeps the scans from
    `cutoff` (midnight UTC): the day after, since Kosovo's day begins an hour or two earlier."""
    return cutoff.date() + dt.timedelta(days=1)
