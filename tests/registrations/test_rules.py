"""Who may register (seeds/000) and the NUI's form: pure rules."""

import datetime as dt

import pytest

from app.registrations import rules


@pytest.mark.parametrize(("nui", "problem"), [
    ("810123456", None),
    ("000000000", "zeros"),
    ("81012345", "format"),
    ("8101234567", "format"),
    ("81012345a", "format"),
    (" 810123456", "format"),
    ("８１０１２３４５６", "format"),  # full-width digits are not ASCII digits
    ("", "format"),
])
def test_a_nui_is_nine_ascii_digits(nui, problem):
    assert rules.nui_problem(nui) == problem


def test_only_importers_distributors_and_producers_register():
    assert rules.eligibility_problems(["importer", "producer", "distributor"]) == []
    assert rules.eligibility_problems(["retailer", "importer"]) == ["retailer"]


@pytest.mark.parametrize(("kinds", "orders"), [
    (["importer"], True), (["producer"], True), (["distributor"], False),
    (["distributor", "importer"], True),
])
def test_importers_and_producers_order_stamps_distributors_do_not(kinds, orders):
    assert rules.orders_stamps(kinds) is orders


def test_licence_dates():
    today = dt.date(2026, 12, 5)
    assert rules.licence_dates_problem(dt.date(2026, 1, 1), dt.date(2027, 1, 1), today) is None
    assert rules.licence_dates_problem(dt.date(2026, 1, 1), today, today) is None
    assert rules.licence_dates_problem(dt.date(2027, 1, 1), dt.date(2026, 12, 31), today) == (
        "reversed")
    assert rules.licence_dates_problem(dt.date(2020, 1, 1), dt.date(2026, 12, 4), today) == (
        "expired")
