"""The arithmetic of stamp orders: calendar periods, Art. 241's nine months and its cap, the
stricter of two limits."""

import datetime as dt

import pytest

from app.orders import rules

D = dt.date


@pytest.mark.parametrize(("day", "period", "first", "last"), [
    (D(2026, 12, 5), "month", D(2026, 12, 1), D(2026, 12, 31)),
    (D(2028, 2, 10), "month", D(2028, 2, 1), D(2028, 2, 29)),
    (D(2027, 2, 28), "month", D(2027, 2, 1), D(2027, 2, 28)),
    (D(2026, 11, 30), "quarter", D(2026, 10, 1), D(2026, 12, 31)),
    (D(2026, 1, 1), "quarter", D(2026, 1, 1), D(2026, 3, 31)),
    (D(2026, 6, 30), "quarter", D(2026, 4, 1), D(2026, 6, 30)),
    (D(2026, 7, 1), "year", D(2026, 1, 1), D(2026, 12, 31)),
])
def test_calendar_periods(day, period, first, last):
    assert rules.period_bounds(day, period) == (first, last)


# Art. 241(1): "the previous 9 months" before the day the order takes effect, first and last day.
@pytest.mark.parametrize(("starts_on", "first", "last"), [
    (D(2027, 3, 15), D(2026, 6, 15), D(2027, 3, 14)),
    (D(2027, 1, 1), D(2026, 4, 1), D(2026, 12, 31)),
    (D(2026, 10, 1), D(2026, 1, 1), D(2026, 9, 30)),
    # A day the earlier month lacks: its last day.
    (D(2026, 11, 30), D(2026, 2, 28), D(2026, 11, 29)),
    (D(2024, 11, 30), D(2024, 2, 29), D(2024, 11, 29)),  # leap year
    (D(2024, 11, 29), D(2024, 2, 29), D(2024, 11, 28)),
    (D(2025, 12, 31), D(2025, 3, 31), D(2025, 12, 30)),
    (D(2026, 3, 31), D(2025, 6, 30), D(2026, 3, 30)),
    # Across a leap day: 1 March 2024 looks back to 1 June 2023 and ends on 29 February.
    (D(2024, 3, 1), D(2023, 6, 1), D(2024, 2, 29)),
    (D(2023, 3, 1), D(2022, 6, 1), D(2023, 2, 28)),
])
def test_the_nine_month_window(starts_on, first, last):
    assert rules.art241_window(starts_on) == (first, last)


@pytest.mark.parametrize(("ordered", "cap"),
                         [(0, 0), (8, 0), (9, 1), (9_000, 1_000), (9_008, 1_000)])
def test_the_cap_is_the_monthly_average_rounded_down_and_nil_for_none(ordered, cap):
    assert rules.art241_cap(ordered) == cap


def test_the_stricter_limit_binds():
    licence = rules.Allowance("licence", "quarter", 10_000, 4_000, "245(2)(d)")
    cap = rules.Allowance("art241", "month", 3_000, 1_000, "241", avoidance_order_id=7)
    assert rules.binding([licence, cap]) is cap
    assert rules.fits(2_000, [licence, cap]) and not rules.fits(2_001, [licence, cap])
    loose = rules.Allowance("art241", "month", 9_000, 0, "241", avoidance_order_id=8)
    assert rules.binding([licence, loose]) is licence
    spent = rules.Allowance("licence", "year", 100, 150, "245(2)(d)")
    assert spent.available == 0
