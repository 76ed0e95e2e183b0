"""The arithmetic of stamp orders: calendar periods, the Art. 241 nine-month window and cap,
and which limit binds (pure functions: dates and numbers in, results out)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

# Art. 241(1): "the average amount imported or removed by that person in the previous 9 months".
ART241_MONTHS = 9


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier when negative); a day the month lacks becomes its
    last day (31 May - 3 months = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_bounds(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    """The calendar month, quarter or year holding `day`: first and last day (inclusive)."""
    if period == "month":
        first_month = day.month
        months = 1
    elif period == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        months = 3
    elif period == "year":
        first_month = 1
        months = 12
    else:
        raise ValueError(period)
    first = dt.date(day.year, first_month, 1)
    return first, add_months(first, months) - dt.timedelta(days=1)


def art241_window(starts_on: dt.date) -> tuple[dt.date, dt.date]:
    """Art. 241(1): the 9 months before an order that takes effect on `starts_on`, as first and
    last day inclusive: 15 March 2027 gives 15 June 2026 - 14 March 2027."""
    return add_months(starts_on, -ART241_MONTHS), starts_on - dt.timedelta(days=1)


def art241_cap(ordered_in_window: int) -> int:
    """Art. 241(1): the monthly average of what was ordered in the 9 months, in whole stamps
    (rounded down: the order allows no more than the average); nil for one who never ordered."""
    return ordered_in_window // ART241_MONTHS


@dataclass(frozen=True)
class Allowance:
    """One limit that applies now: its kind (`licence`, Art. 245(2)(d), or `art241`), its
    calendar period, its maximum and what was ordered in that period."""

    kind: str
    period: str
    maximum: int
    ordered: int
    article: str
    avoidance_order_id: int | None = None

    @property
    def available(self) -> int:
        return max(self.maximum - self.ordered, 0)


def binding(allowances: list[Allowance]) -> Allowance:
    """Where a licence maximum and an Art. 241 cap both apply, the stricter one does: the one
    that leaves less; of equals, the licence's."""
    return min(allowances, key=lambda allowance: (allowance.available, allowance.kind != "licence"))


def fits(quantity: int, allowances: list[Allowance]) -> bool:
    """Whether an order of `quantity` stays within every limit that applies."""
    return all(quantity <= allowance.available for allowance in allowances)
