"""Tests of the pure rules of detention and seizure (Art. 251) with review and appeal (Art. 291)."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.seizures import rules
from app.seizures.messages import MESSAGES
from app.seizures.rules import (
    Action,
    Appeal,
    CaseFacts,
    Decision,
    DecisionDocument,
    Disposition,
    DispositionKind,
    Document,
    Extension,
    Level,
    Method,
    Notification,
    Outcome,
    Policy,
    Review,
    ReviewOutcome,
    Status,
    Window,
)

D = date(2025, 3, 10)  # a day of detention used throughout
VALUE = Decimal("1200.00")


def day(n: int, start: date = D) -> date:
    return start + timedelta(days=n)


def case(**changes) -> CaseFacts:
    return replace(CaseFacts(detained_on=D, value_eur=VALUE), **changes)


def seizure_notice(sent_on: date, received_on: date | None = None, method=Method.POST):
    return Notification(Document.SEIZURE, method, sent_on, received_on)


def extension_notice(sent_on: date) -> Notification:
    return Notification(Document.EXTENSION, Method.HAND, sent_on)


SEIZED_ON = day(10)
RECEIVED_ON = day(12)  # the owner receives the Notice of Seizure


def seized(**changes) -> CaseFacts:
    """Seized by decision on day 10; the notice was posted on day 10 and received on day 12."""
    base = case(
        decisions=(Decision(Outcome.SEIZE, SEIZED_ON),),
        notifications=(seizure_notice(SEIZED_ON, RECEIVED_ON),),
    )
    return replace(base, **changes)


REQUESTED_ON = day(20, RECEIVED_ON)
REVIEW_DECIDED_ON = day(25, REQUESTED_ON)
REVIEW_RECEIVED_ON = day(3, REVIEW_DECIDED_ON)


def reviewed(outcome=ReviewOutcome.UPHELD, received_on=REVIEW_RECEIVED_ON, **changes):
    review = Review(REQUESTED_ON, REVIEW_DECIDED_ON, outcome, received_on)
    return seized(review=review, **changes)


BOARD_LODGED_ON = day(10, REVIEW_RECEIVED_ON)
BOARD_DECIDED_ON = day(60, BOARD_LODGED_ON)
BOARD_RECEIVED_ON = day(5, BOARD_DECIDED_ON)


def board_decided(outcome=ReviewOutcome.UPHELD, received_on=BOARD_RECEIVED_ON):
    board = Appeal(Level.BOARD, BOARD_LODGED_ON, BOARD_DECIDED_ON, outcome, received_on)
    return reviewed(appeals=(board,))


def refusal_of(result):
    return None if result is None else (result.error, result.message_key.removeprefix("seizures."))


# --- calendar: legal_date in Europe/Belgrade ------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        # winter time (UTC+1)
        (datetime(2025, 1, 31, 22, 59, tzinfo=UTC), date(2025, 1, 31)),
        (datetime(2025, 1, 31, 23, 0, tzinfo=UTC), date(2025, 2, 1)),
        # the night before summer time starts (30 March 2025, 01:00 UTC)
        (datetime(2025, 3, 29, 22, 59, 59, tzinfo=UTC), date(2025, 3, 29)),
        (datetime(2025, 3, 29, 23, 0, tzinfo=UTC), date(2025, 3, 30)),
        # the first night of summer time (UTC+2)
        (datetime(2025, 3, 30, 21, 59, 59, tzinfo=UTC), date(2025, 3, 30)),
        (datetime(2025, 3, 30, 22, 0, tzinfo=UTC), date(2025, 3, 31)),
        # the night before winter time returns (26 October 2025, 01:00 UTC)
        (datetime(2025, 10, 25, 21, 59, 59, tzinfo=UTC), date(2025, 10, 25)),
        (datetime(2025, 10, 25, 22, 0, tzinfo=UTC), date(2025, 10, 26)),
        # the first night of winter time again
        (datetime(2025, 10, 26, 22, 59, 59, tzinfo=UTC), date(2025, 10, 26)),
        (datetime(2025, 10, 26, 23, 0, tzinfo=UTC), date(2025, 10, 27)),
        # leap day
        (datetime(2028, 2, 28, 23, 30, tzinfo=UTC), date(2028, 2, 29)),
        (datetime(2028, 2, 29, 23, 30, tzinfo=UTC), date(2028, 3, 1)),
        # new year
        (datetime(2025, 12, 31, 23, 0, tzinfo=UTC), date(2026, 1, 1)),
        # a naive instant is UTC, as stored
        (datetime(2025, 3, 29, 23, 0), date(2025, 3, 30)),
        # another offset is converted, not read as local
        (datetime(2025, 6, 1, 1, 30, tzinfo=timezone(timedelta(hours=5))), date(2025, 5, 31)),
    ],
)
def test_legal_date_is_the_kosovo_calendar_date(instant, expected):
    assert rules.legal_date(instant) == expected


# --- detention period, Art. 251(1), (2) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("detained_on", "ends_on", "extension_due_on", "latest_extension_to"),
    [
        (date(2025, 3, 10), date(2025, 4, 9), date(2025, 4, 9), date(2025, 6, 8)),
        # month ends
        (date(2025, 1, 31), date(2025, 3, 2), date(2025, 3, 2), date(2025, 5, 1)),
        (date(2028, 1, 31), date(2028, 3, 1), date(2028, 3, 1), date(2028, 4, 30)),
        (date(2025, 8, 31), date(2025, 9, 30), date(2025, 9, 30), date(2025, 11, 29)),
        # across February in a non-leap and a leap year
        (date(2027, 2, 1), date(2027, 3, 3), date(2027, 3, 3), date(2027, 5, 2)),
        (date(2028, 2, 1), date(2028, 3, 2), date(2028, 3, 2), date(2028, 5, 1)),
        # detained on a leap day
        (date(2028, 2, 29), date(2028, 3, 30), date(2028, 3, 30), date(2028, 5, 29)),
        # across the new year
        (date(2025, 12, 15), date(2026, 1, 14), date(2026, 1, 14), date(2026, 3, 15)),
    ],
)
def test_detention_lasts_30_days_after_the_day_of_detention(
    detained_on, ends_on, extension_due_on, latest_extension_to
):
    facts = CaseFacts(detained_on=detained_on)
    assert rules.detention_ends_on(facts) == ends_on
    assert rules.extension_due_on(detained_on) == extension_due_on
    assert rules.latest_extension_to(detained_on) == latest_extension_to
    assert rules.status_on(facts, ends_on) == Status.DETAINED
    assert rules.status_on(facts, ends_on + timedelta(days=1)) == Status.DEEMED_SEIZED


@pytest.mark.parametrize(
    ("extension_days", "ends_on"),
    [((), day(30)), ((1,), day(31)), ((60,), day(90)), ((20, 25), day(75)), ((30, 30), day(90))],
)
def test_extensions_add_to_the_period(extension_days, ends_on):
    facts = case(extensions=tuple(Extension(day(5), days) for days in extension_days))
    assert rules.detention_ends_on(facts) == ends_on
    assert rules.status_on(facts, ends_on) == Status.DETAINED
    assert rules.status_on(facts, ends_on + timedelta(days=1)) == Status.DEEMED_SEIZED
    assert rules.deadlines(facts, day(5))["deemed_seized_on"] == ends_on + timedelta(days=1)


def _extend(
    facts=None,
    today=None,
    decided_on=None,
    days=10,
    reasons="enquiries abroad",
    notification="same day",
):
    facts = facts or case()
    decided_on = decided_on or day(20)
    today = today or decided_on
    if notification == "same day":
        notification = extension_notice(decided_on)
    return refusal_of(
        rules.check_extend(
            facts,
            today,
            decided_on=decided_on,
            days=days,
            reasons=reasons,
            notification=notification,
        )
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"decided_on": D}, None),  # the day of detention itself
        ({"decided_on": day(30)}, None),  # the last day of the first 30
        ({"decided_on": day(31)}, ("deadline_passed", "extension_too_late")),
        ({"decided_on": day(31), "today": day(40)}, ("deadline_passed", "extension_too_late")),
        ({"decided_on": day(25), "today": day(40)}, None),  # paper first, entered later
        (
            {"decided_on": day(-1), "today": day(5)},
            ("validation_failed", "date_before_previous_act"),
        ),
        ({"decided_on": day(21), "today": day(20)}, ("validation_failed", "date_in_future")),
        ({"days": 60}, None),
        ({"days": 61}, ("conflict", "extension_exceeds_limit")),
        ({"days": 0}, ("validation_failed", "extension_days_invalid")),
        ({"days": -5}, ("validation_failed", "extension_days_invalid")),
        ({"days": True}, ("validation_failed", "extension_days_invalid")),
        ({"reasons": "  "}, ("validation_failed", "reasons_required")),
        ({"notification": None}, ("validation_failed", "notification_required")),
        (
            {"notification": seizure_notice(day(20))},
            ("validation_failed", "notification_document_invalid"),
        ),
        (
            {"notification": extension_notice(day(19))},
            ("validation_failed", "date_before_previous_act"),
        ),
        (
            {"notification": extension_notice(day(21))},
            ("validation_failed", "date_in_future"),
        ),
        (
            {"notification": Notification(Document.EXTENSION, Method.ELECTRONIC, day(20))},
            ("validation_failed", "no_electronic_address"),
        ),
        (
            {
                "facts": case(owner_has_electronic_address=True),
                "notification": Notification(Document.EXTENSION, Method.ELECTRONIC, day(20)),
            },
            None,
        ),
        (
            {"notification": Notification(Document.EXTENSION, Method.AGENT, day(20))},
            ("validation_failed", "no_agent"),
        ),
        (
            {"notification": Notification(Document.EXTENSION, Method.POST, day(20), day(19))},
            ("validation_failed", "receipt_before_sending"),
        ),
    ],
)
def test_extension_rules(kwargs, expected):
    assert _extend(**kwargs) == expected


@pytest.mark.parametrize(
    ("previous", "days", "expected"),
    [
        ((30,), 30, None),  # exactly 60 in all
        ((30,), 31, ("conflict", "extension_exceeds_limit")),  # 61
        ((20, 20), 20, None),
        ((20, 20), 21, ("conflict", "extension_exceeds_limit")),
        ((20, 20, 20), 1, ("conflict", "extension_limit_reached")),
        ((60,), 1, ("conflict", "extension_limit_reached")),
        ((59,), 1, None),
    ],
)
def test_several_extensions_never_exceed_60_days(previous, days, expected):
    facts = case(extensions=tuple(Extension(day(10), n) for n in previous))
    assert _extend(facts=facts, days=days) == expected


def test_a_further_extension_is_still_decided_within_the_first_30_days():
    facts = case(extensions=(Extension(day(20), 10),))  # the period now ends on day 40
    assert _extend(facts=facts, decided_on=day(35)) == ("deadline_passed", "extension_too_late")
    assert _extend(facts=facts, decided_on=day(19), today=day(25)) == (
        "validation_failed",
        "date_before_previous_act",
    )


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (case(decisions=(Decision(Outcome.SEIZE, day(5)),)), "detention_already_decided"),
        (case(decisions=(Decision(Outcome.RETURN, day(5)),)), "detention_already_decided"),
        (
            case(disposition=Disposition(DispositionKind.PERISHABLE_SALE, day(5)), perishable=True),
            "already_disposed",
        ),
        # deemed seized and already notified: an old extension can no longer be slipped in
        (case(notifications=(seizure_notice(day(31)),)), "seizure_already_notified"),
    ],
)
def test_no_extension_once_detention_is_over(facts, expected):
    assert _extend(facts=facts, decided_on=day(20), today=day(35)) == ("conflict", expected)


def test_extension_after_conditional_return_is_allowed():
    facts = case(decisions=(Decision(Outcome.RETURN_CONDITIONALLY, day(5)),))
    assert _extend(facts=facts) is None


# --- decisions, Art. 251(1), (3)(b), (4), (5) -----------------------------------------------------


def _decide(outcome, decided_on, facts=None, today=None, reasons="reasons", conditions="conds"):
    return refusal_of(
        rules.check_decide(
            facts or case(),
            today or decided_on,
            outcome=outcome,
            decided_on=decided_on,
            reasons=reasons,
            conditions=conditions,
        )
    )


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize(
    ("extensions", "decided_on", "expected"),
    [
        ((), day(0), None),
        ((), day(30), None),
        ((), day(31), ("deadline_passed", "detention_period_ended")),
        ((Extension(day(29), 15),), day(45), None),
        ((Extension(day(29), 15),), day(46), ("deadline_passed", "detention_period_ended")),
        ((Extension(day(29), 15),), day(28), ("validation_failed", "date_before_previous_act")),
        ((Extension(day(2), 60),), day(90), None),
        ((Extension(day(2), 60),), day(91), ("deadline_passed", "detention_period_ended")),
    ],
)
def test_decisions_only_within_the_detention_period(outcome, extensions, decided_on, expected):
    facts = case(extensions=extensions)
    assert _decide(outcome, decided_on, facts=facts, today=day(100)) == expected


def test_decision_dated_in_the_future_is_refused():
    assert _decide(Outcome.SEIZE, day(6), today=day(5)) == ("validation_failed", "date_in_future")


def test_decision_before_detention_is_refused():
    assert _decide(Outcome.RETURN, day(-1), today=day(1)) == (
        "validation_failed",
        "date_before_previous_act",
    )


@pytest.mark.parametrize(
    ("outcome", "reasons", "conditions", "expected"),
    [
        (Outcome.SEIZE, "", "", ("validation_failed", "reasons_required")),
        (Outcome.SEIZE, None, None, ("validation_failed", "reasons_required")),
        (Outcome.RETURN_CONDITIONALLY, "r", " ", ("validation_failed", "conditions_required")),
        (Outcome.RETURN, None, None, None),  # a return without condition needs no reasons
        ("confiscate", "r", "c", ("validation_failed", "outcome_invalid")),
    ],
)
def test_decision_arguments(outcome, reasons, conditions, expected):
    assert _decide(outcome, day(5), reasons=reasons, conditions=conditions) == expected


def test_return_without_condition_closes_the_case():
    facts = case(decisions=(Decision(Outcome.RETURN, day(5)),))
    assert rules.status_on(facts, day(5)) == Status.RETURNED
    assert rules.status_on(facts, day(200)) == Status.RETURNED
    assert rules.allowed_actions(facts, day(200)) == []
    assert "deemed_seized_on" not in rules.deadlines(facts, day(200))


def test_conditional_return_keeps_the_thing_detained_and_the_clock_running():
    facts = case(decisions=(Decision(Outcome.RETURN_CONDITIONALLY, day(5)),))
    assert rules.status_on(facts, day(4)) == Status.DETAINED
    assert rules.status_on(facts, day(30)) == Status.RETURNED_CONDITIONALLY
    assert rules.status_on(facts, day(31)) == Status.DEEMED_SEIZED  # Art. 251(4)
    assert _decide(Outcome.RETURN_CONDITIONALLY, day(6), facts=facts) == (
        "conflict",
        "already_returned_conditionally",
    )
    assert _decide(Outcome.RETURN, day(6), facts=facts) is None
    assert _decide(Outcome.SEIZE, day(6), facts=facts) is None


def test_no_second_decision():
    facts = case(decisions=(Decision(Outcome.SEIZE, day(5)),))
    for outcome in Outcome:
        assert _decide(outcome, day(6), facts=facts) == ("conflict", "detention_already_decided")


@pytest.mark.parametrize(
    ("facts", "today", "expected"),
    [
        (case(), day(0), Status.DETAINED),
        (case(), day(30), Status.DETAINED),
        (case(), day(31), Status.DEEMED_SEIZED),
        (case(decisions=(Decision(Outcome.SEIZE, day(5)),)), day(4), Status.DETAINED),
        (case(decisions=(Decision(Outcome.SEIZE, day(5)),)), day(5), Status.SEIZED),
        (case(decisions=(Decision(Outcome.SEIZE, day(5)),)), day(500), Status.SEIZED),
        (case(extensions=(Extension(day(30), 60),)), day(90), Status.DETAINED),
        (case(extensions=(Extension(day(30), 60),)), day(91), Status.DEEMED_SEIZED),
        # an extension is only known from the day it is decided
        (case(extensions=(Extension(day(30), 60),)), day(29), Status.DETAINED),
        (reviewed(ReviewOutcome.ANNULLED), REVIEW_DECIDED_ON, Status.RETURNED),
        (reviewed(ReviewOutcome.ANNULLED), REVIEW_DECIDED_ON - timedelta(days=1), Status.SEIZED),
        (reviewed(ReviewOutcome.AMENDED), day(400), Status.SEIZED),
        (board_decided(ReviewOutcome.ANNULLED), BOARD_DECIDED_ON, Status.RETURNED),
    ],
)
def test_status_on_a_day(facts, today, expected):
    assert rules.status_on(facts, today) == expected


# --- perishable or living things, Art. 251(3)(a) --------------------------------------------------


def _dispose(kind, decided_on, facts, today=None, amount_eur=None, policy=rules.DEFAULT_POLICY):
    return refusal_of(
        rules.check_dispose(
            facts,
            today or decided_on,
            kind=kind,
            decided_on=decided_on,
            amount_eur=amount_eur,
            policy=policy,
        )
    )


PERISHABLE_KINDS = [DispositionKind.PERISHABLE_SALE, DispositionKind.PERISHABLE_DESTRUCTION]


@pytest.mark.parametrize("kind", PERISHABLE_KINDS)
@pytest.mark.parametrize(
    ("facts", "decided_on", "expected"),
    [
        (case(perishable=True), day(0), None),
        (case(perishable=True), day(30), None),
        (case(perishable=True), day(31), ("deadline_passed", "detention_period_ended")),
        (case(perishable=False), day(3), ("conflict", "not_perishable")),
        (
            case(perishable=True, decisions=(Decision(Outcome.SEIZE, day(2)),)),
            day(3),
            ("conflict", "already_seized"),
        ),
        (
            case(perishable=True, decisions=(Decision(Outcome.RETURN_CONDITIONALLY, day(2)),)),
            day(3),
            ("conflict", "returned_conditionally"),
        ),
        (
            case(perishable=True, decisions=(Decision(Outcome.RETURN, day(2)),)),
            day(3),
            ("conflict", "thing_returned"),
        ),
    ],
)
def test_perishable_things_may_be_sold_or_destroyed_only_while_detained(
    kind, facts, decided_on, expected
):
    assert _dispose(kind, decided_on, facts, today=day(40)) == expected


def test_a_perishable_thing_sold_while_detained_is_not_deemed_seized_later():
    facts = case(perishable=True, disposition=Disposition(DispositionKind.PERISHABLE_SALE, day(3)))
    assert rules.status_on(facts, day(200)) == Status.DISPOSED
    assert "seized_on" not in rules.deadlines(facts, day(200))
    assert rules.allowed_actions(facts, day(200)) == []


# --- notices, Art. 251(5), (6) --------------------------------------------------------------------


def _notify(facts, notification, today):
    return refusal_of(rules.check_record_notification(facts, today, notification=notification))


@pytest.mark.parametrize(
    ("facts", "notification", "today", "expected"),
    [
        (seized(notifications=()), seizure_notice(SEIZED_ON), SEIZED_ON, None),
        (
            seized(notifications=()),
            seizure_notice(day(-1, SEIZED_ON)),
            SEIZED_ON,
            ("validation_failed", "date_before_previous_act"),
        ),
        (
            seized(notifications=()),
            seizure_notice(day(1, SEIZED_ON)),
            SEIZED_ON,
            ("validation_failed", "date_in_future"),
        ),
        # deemed seizure: the notice follows the day after the period ends
        (case(), seizure_notice(day(31)), day(31), None),
        (
            case(),
            seizure_notice(day(30)),
            day(35),
            ("validation_failed", "date_before_previous_act"),
        ),
        (case(), seizure_notice(day(20)), day(20), ("conflict", "not_seized")),
        (case(), extension_notice(day(20)), day(20), ("conflict", "no_extension")),
        (
            seized(notifications=()),
            Notification(Document.SEIZURE, Method.HAND, SEIZED_ON, day(1, SEIZED_ON)),
            day(5, SEIZED_ON),
            ("validation_failed", "hand_delivery_same_day"),
        ),
        (
            seized(notifications=()),
            Notification(Document.SEIZURE, Method.POST, SEIZED_ON, day(6, SEIZED_ON)),
            day(5, SEIZED_ON),
            ("validation_failed", "date_in_future"),
        ),
        (
            seized(notifications=()),
            Notification("seizure", "fax", SEIZED_ON),
            SEIZED_ON,
            ("validation_failed", "notification_method_invalid"),
        ),
        (
            seized(notifications=()),
            Notification("summons", "hand", SEIZED_ON),
            SEIZED_ON,
            ("validation_failed", "notification_document_invalid"),
        ),
        (
            seized(notifications=(), owner_has_agent=True),
            Notification(Document.SEIZURE, Method.AGENT, SEIZED_ON, day(2, SEIZED_ON)),
            day(2, SEIZED_ON),
            None,
        ),
        (
            reviewed(ReviewOutcome.ANNULLED),
            seizure_notice(day(1, REVIEW_DECIDED_ON)),
            day(1, REVIEW_DECIDED_ON),
            ("conflict", "seizure_annulled"),
        ),
        # a receipt that would make the recorded review request late contradicts the record
        (
            seized(notifications=(seizure_notice(SEIZED_ON),), review=Review(day(40, SEIZED_ON))),
            seizure_notice(SEIZED_ON, day(9, SEIZED_ON)),
            day(40, SEIZED_ON),
            ("conflict", "receipt_contradicts_review"),
        ),
        (
            seized(notifications=(seizure_notice(SEIZED_ON),), review=Review(day(40, SEIZED_ON))),
            seizure_notice(SEIZED_ON, day(10, SEIZED_ON)),
            day(40, SEIZED_ON),
            None,
        ),
    ],
)
def test_notification_rules(facts, notification, today, expected):
    assert _notify(facts, notification, today) == expected


@pytest.mark.parametrize(
    ("notifications", "received_on"),
    [
        ((), None),
        ((seizure_notice(SEIZED_ON),), None),  # posted, receipt not known yet
        ((seizure_notice(SEIZED_ON, day(4, SEIZED_ON)),), day(4, SEIZED_ON)),
        ((Notification(Document.SEIZURE, Method.HAND, day(2, SEIZED_ON)),), day(2, SEIZED_ON)),
        # the first receipt counts
        (
            (
                seizure_notice(SEIZED_ON, day(6, SEIZED_ON)),
                Notification(Document.SEIZURE, Method.HAND, day(3, SEIZED_ON)),
            ),
            day(3, SEIZED_ON),
        ),
        # an extension notice does not start the review window
        ((Notification(Document.EXTENSION, Method.HAND, day(1)),), None),
    ],
)
def test_the_receipt_of_the_notice_starts_the_review_window(notifications, received_on):
    facts = seized(notifications=notifications)
    assert rules.notice_received_on(facts) == received_on
    found = rules.deadlines(facts, day(60, SEIZED_ON)).get("review_request_due_on")
    assert found == (None if received_on is None else received_on + timedelta(days=30))


# --- review request, Art. 291(2) ------------------------------------------------------------------


def _request(facts, requested_on, today=None):
    return refusal_of(
        rules.check_request_review(facts, today or requested_on, requested_on=requested_on)
    )


@pytest.mark.parametrize(
    ("requested_on", "today", "expected"),
    [
        (RECEIVED_ON, None, None),  # the day of receipt
        (day(30, RECEIVED_ON), None, None),  # day 30 after receipt
        (day(31, RECEIVED_ON), None, ("deadline_passed", "review_request_out_of_time")),
        (day(30, RECEIVED_ON), day(45, RECEIVED_ON), None),  # written on time, entered later
        (SEIZED_ON, None, None),  # before receipt but after the seizure
        (day(-1, SEIZED_ON), SEIZED_ON, ("validation_failed", "date_before_previous_act")),
        (day(5, RECEIVED_ON), day(4, RECEIVED_ON), ("validation_failed", "date_in_future")),
    ],
)
def test_review_request_window(requested_on, today, expected):
    assert _request(seized(), requested_on, today) == expected


def test_review_request_out_of_time_names_the_due_date():
    refusal = rules.check_request_review(
        seized(), day(31, RECEIVED_ON), requested_on=day(31, RECEIVED_ON)
    )
    assert refusal.error == "deadline_passed"
    assert refusal.params["due_on"] == day(30, RECEIVED_ON)
    assert refusal.params["received_on"] == RECEIVED_ON


def test_without_a_recorded_receipt_the_review_window_stays_open():
    facts = seized(notifications=(seizure_notice(SEIZED_ON),))
    assert _request(facts, day(400, SEIZED_ON)) is None
    assert rules.is_notice_current(facts, day(400, SEIZED_ON))


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (case(), ("conflict", "not_seized")),
        (case(decisions=(Decision(Outcome.RETURN, day(2)),)), ("conflict", "not_seized")),
        (seized(review=Review(day(13))), ("conflict", "review_already_requested")),
    ],
)
def test_review_request_needs_a_seizure_and_only_one_request(facts, expected):
    assert _request(facts, day(14)) == expected


def test_review_of_a_deemed_seizure_counts_from_its_notice():
    facts = case(notifications=(seizure_notice(day(31), day(33)),))
    assert _request(facts, day(63)) is None
    assert _request(facts, day(64)) == ("deadline_passed", "review_request_out_of_time")
    assert _request(facts, day(30), today=day(40)) == (
        "validation_failed",
        "date_before_previous_act",
    )


# --- review decision, Art. 291(3), (4) ------------------------------------------------------------


def _decide_review(facts, decided_on, outcome=ReviewOutcome.UPHELD, today=None, received_on=None):
    return refusal_of(
        rules.check_decide_review(
            facts,
            today or decided_on,
            outcome=outcome,
            decided_on=decided_on,
            received_on=received_on,
        )
    )


REQUESTED = seized(review=Review(REQUESTED_ON))


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"decided_on": REQUESTED_ON}, None),
        ({"decided_on": day(30, REQUESTED_ON)}, None),
        ({"decided_on": day(45, REQUESTED_ON)}, None),  # late, but a decision is still owed
        (
            {"decided_on": day(-1, REQUESTED_ON), "today": day(3, REQUESTED_ON)},
            ("validation_failed", "date_before_previous_act"),
        ),
        (
            {"decided_on": day(3, REQUESTED_ON), "today": day(2, REQUESTED_ON)},
            ("validation_failed", "date_in_future"),
        ),
        (
            {"decided_on": day(3, REQUESTED_ON), "received_on": day(2, REQUESTED_ON)},
            ("validation_failed", "receipt_before_decision"),
        ),
        (
            {"decided_on": day(3, REQUESTED_ON), "received_on": day(4, REQUESTED_ON)},
            ("validation_failed", "date_in_future"),
        ),
        (
            {"decided_on": day(3, REQUESTED_ON), "outcome": "dismissed"},
            ("validation_failed", "outcome_invalid"),
        ),
    ],
)
def test_review_decision_rules(kwargs, expected):
    assert _decide_review(REQUESTED, **kwargs) == expected


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (seized(), ("conflict", "no_review_requested")),
        (reviewed(), ("conflict", "review_already_decided")),
    ],
)
def test_review_decision_needs_one_pending_request(facts, expected):
    assert _decide_review(facts, day(100, REQUESTED_ON)) == expected


def test_review_decision_due_30_days_after_the_request():
    assert rules.deadlines(REQUESTED, REQUESTED_ON)["review_decision_due_on"] == day(
        30, REQUESTED_ON
    )


@pytest.mark.parametrize(
    ("outcome", "status", "current"),
    [
        (ReviewOutcome.UPHELD, Status.SEIZED, True),
        (ReviewOutcome.AMENDED, Status.SEIZED, True),
        (ReviewOutcome.ANNULLED, Status.RETURNED, False),
    ],
)
def test_review_outcomes(outcome, status, current):
    facts = reviewed(outcome)
    assert rules.status_on(facts, REVIEW_RECEIVED_ON) == status
    assert rules.is_notice_current(facts, REVIEW_RECEIVED_ON) is current
    assert ("board_appeal_due_on" in rules.deadlines(facts, REVIEW_RECEIVED_ON)) is current


# --- appeals, Art. 291(5), (6), (9) ---------------------------------------------------------------


def _appeal(facts, level, lodged_on, today=None, policy=rules.DEFAULT_POLICY):
    return refusal_of(
        rules.check_appeal(
            facts, today or lodged_on, level=level, lodged_on=lodged_on, policy=policy
        )
    )


@pytest.mark.parametrize(
    ("facts", "lodged_on", "today", "expected"),
    [
        (reviewed(), REVIEW_DECIDED_ON, None, None),
        (reviewed(), day(30, REVIEW_RECEIVED_ON), None, None),
        (reviewed(), day(31, REVIEW_RECEIVED_ON), None, ("deadline_passed", "appeal_out_of_time")),
        (reviewed(), day(30, REVIEW_RECEIVED_ON), day(50, REVIEW_RECEIVED_ON), None),
        (
            reviewed(),
            day(-1, REVIEW_DECIDED_ON),
            REVIEW_RECEIVED_ON,
            ("validation_failed", "date_before_previous_act"),
        ),
        (reviewed(ReviewOutcome.AMENDED), day(30, REVIEW_RECEIVED_ON), None, None),
        (
            reviewed(ReviewOutcome.ANNULLED),
            day(3, REVIEW_RECEIVED_ON),
            None,
            ("conflict", "seizure_annulled"),
        ),
        (reviewed(received_on=None), day(300, REVIEW_DECIDED_ON), None, None),  # receipt unknown
        (seized(), day(20, RECEIVED_ON), None, ("conflict", "review_required")),
        (REQUESTED, day(30, REQUESTED_ON), None, ("conflict", "review_pending")),
        # the review was not decided within 30 days: the owner may go to the Board (assumption)
        (REQUESTED, day(31, REQUESTED_ON), None, None),
        (REQUESTED, day(300, REQUESTED_ON), None, None),
        (board_decided(), day(1, BOARD_DECIDED_ON), None, ("conflict", "appeal_already_lodged")),
    ],
)
def test_appeal_to_the_board(facts, lodged_on, today, expected):
    assert _appeal(facts, Level.BOARD, lodged_on, today) == expected


def test_review_pending_refusal_names_the_decision_due_date():
    refusal = rules.check_appeal(REQUESTED, REQUESTED_ON, level=Level.BOARD, lodged_on=REQUESTED_ON)
    assert refusal.params["review_decision_due_on"] == day(30, REQUESTED_ON)


def test_a_late_review_cannot_be_decided_once_the_owner_went_to_the_board():
    facts = replace(REQUESTED, appeals=(Appeal(Level.BOARD, day(31, REQUESTED_ON)),))
    assert _decide_review(facts, day(32, REQUESTED_ON)) == (
        "conflict",
        "review_superseded_by_appeal",
    )
    assert rules.is_notice_current(facts, day(500, REQUESTED_ON))


@pytest.mark.parametrize(
    ("policy", "last_day"),
    [(rules.DEFAULT_POLICY, 30), (Policy(court_appeal_days=60), 60), (Policy(15), 15)],
)
def test_court_window_is_configurable(policy, last_day):
    facts = board_decided()
    assert _appeal(facts, Level.COURT, day(last_day, BOARD_RECEIVED_ON), policy=policy) is None
    assert _appeal(facts, Level.COURT, day(last_day + 1, BOARD_RECEIVED_ON), policy=policy) == (
        "deadline_passed",
        "appeal_out_of_time",
    )
    expected_due = day(last_day, BOARD_RECEIVED_ON)
    assert rules.deadlines(facts, BOARD_RECEIVED_ON, policy)["court_appeal_due_on"] == expected_due


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (reviewed(), ("conflict", "board_decision_required")),
        (
            reviewed(appeals=(Appeal(Level.BOARD, BOARD_LODGED_ON),)),
            ("conflict", "board_decision_required"),
        ),
        (board_decided(ReviewOutcome.ANNULLED), ("conflict", "seizure_annulled")),
        ("invalid-level", ("validation_failed", "appeal_level_invalid")),
    ],
)
def test_appeal_to_the_court_needs_a_board_decision(facts, expected):
    level = Level.COURT
    if facts == "invalid-level":
        facts, level = board_decided(), "supreme"
    assert _appeal(facts, level, day(2, BOARD_RECEIVED_ON)) == expected


@pytest.mark.parametrize(
    ("facts", "level", "decided_on", "expected"),
    [
        (
            reviewed(appeals=(Appeal(Level.BOARD, BOARD_LODGED_ON),)),
            Level.BOARD,
            BOARD_LODGED_ON,
            None,
        ),
        (
            reviewed(appeals=(Appeal(Level.BOARD, BOARD_LODGED_ON),)),
            Level.BOARD,
            day(-1, BOARD_LODGED_ON),
            ("validation_failed", "date_before_previous_act"),
        ),
        (
            reviewed(appeals=(Appeal(Level.BOARD, BOARD_LODGED_ON),)),
            Level.COURT,
            BOARD_LODGED_ON,
            ("conflict", "no_pending_appeal"),
        ),
        (reviewed(), Level.BOARD, BOARD_LODGED_ON, ("conflict", "no_pending_appeal")),
        (
            board_decided(),
            Level.BOARD,
            day(1, BOARD_RECEIVED_ON),
            ("conflict", "no_pending_appeal"),
        ),
    ],
)
def test_appeal_decisions(facts, level, decided_on, expected):
    result = rules.check_decide_appeal(
        facts, day(1, decided_on), level=level, outcome=ReviewOutcome.UPHELD, decided_on=decided_on
    )
    assert refusal_of(result) == expected


@pytest.mark.parametrize(
    ("facts", "document", "received_on", "expected"),
    [
        (reviewed(received_on=None), DecisionDocument.REVIEW_DECISION, REVIEW_DECIDED_ON, None),
        (
            reviewed(received_on=None),
            DecisionDocument.REVIEW_DECISION,
            day(-1, REVIEW_DECIDED_ON),
            ("validation_failed", "date_before_previous_act"),
        ),
        (
            reviewed(),
            DecisionDocument.REVIEW_DECISION,
            REVIEW_RECEIVED_ON,
            ("conflict", "receipt_already_recorded"),
        ),
        (
            REQUESTED,
            DecisionDocument.REVIEW_DECISION,
            day(2, REQUESTED_ON),
            ("conflict", "no_decision_to_receive"),
        ),
        (
            reviewed(),
            DecisionDocument.BOARD_DECISION,
            REVIEW_RECEIVED_ON,
            ("conflict", "no_decision_to_receive"),
        ),
        (board_decided(received_on=None), DecisionDocument.BOARD_DECISION, BOARD_DECIDED_ON, None),
        (
            reviewed(received_on=None),
            "court_decision",
            REVIEW_DECIDED_ON,
            ("validation_failed", "receipt_document_invalid"),
        ),
        # a receipt that would make the recorded Board appeal late contradicts the record
        (
            reviewed(received_on=None, appeals=(Appeal(Level.BOARD, day(40, REVIEW_DECIDED_ON)),)),
            DecisionDocument.REVIEW_DECISION,
            day(9, REVIEW_DECIDED_ON),
            ("conflict", "receipt_contradicts_appeal"),
        ),
    ],
)
def test_recording_the_receipt_of_a_decision(facts, document, received_on, expected):
    result = rules.check_record_receipt(
        facts,
        day(60, REVIEW_DECIDED_ON) if received_on < BOARD_DECIDED_ON else day(10, BOARD_DECIDED_ON),
        document=document,
        received_on=received_on,
    )
    assert refusal_of(result) == expected


# --- current and final notices, Art. 251(8), (9) --------------------------------------------------

REVIEW_DUE = day(30, RECEIVED_ON)
BOARD_DUE = day(30, REVIEW_RECEIVED_ON)
COURT_DUE = day(30, BOARD_RECEIVED_ON)
PENDING_BOARD = reviewed(appeals=(Appeal(Level.BOARD, BOARD_LODGED_ON),))
PENDING_COURT = replace(
    board_decided(),
    appeals=(*board_decided().appeals, Appeal(Level.COURT, day(3, BOARD_RECEIVED_ON))),
)
COURT_DECIDED_ON = day(100, BOARD_RECEIVED_ON)
COURT_DECIDED = replace(
    board_decided(),
    appeals=(
        *board_decided().appeals,
        Appeal(
            Level.COURT, day(3, BOARD_RECEIVED_ON), COURT_DECIDED_ON, ReviewOutcome.UPHELD,
            day(2, COURT_DECIDED_ON),
        ),
    ),
)
# Art. 251(9)(b): final once the time to appeal the judgment has run from its receipt.
COURT_FINAL_ON = day(2 + 30 + 1, COURT_DECIDED_ON)


@pytest.mark.parametrize(
    ("name", "facts", "today", "current", "final"),
    [
        ("before the notice is sent", seized(notifications=()), SEIZED_ON, False, False),
        (
            "notice posted, receipt unknown",
            seized(notifications=(seizure_notice(SEIZED_ON),)),
            day(365, SEIZED_ON),
            True,
            False,
        ),
        ("review window, last day", seized(), REVIEW_DUE, True, False),
        ("review window over, no request", seized(), day(1, REVIEW_DUE), False, True),
        ("review pending", REQUESTED, day(1, REVIEW_DUE), True, False),
        ("review overdue, still pending", REQUESTED, day(200, REQUESTED_ON), True, False),
        ("review upheld, board window last day", reviewed(), BOARD_DUE, True, False),
        ("review upheld, board window over", reviewed(), day(1, BOARD_DUE), False, True),
        (
            "review amended, board window over",
            reviewed(ReviewOutcome.AMENDED),
            day(1, BOARD_DUE),
            False,
            True,
        ),
        (
            "review decided, receipt unknown",
            reviewed(received_on=None),
            day(400, BOARD_DUE),
            True,
            False,
        ),
        ("review annulled", reviewed(ReviewOutcome.ANNULLED), REVIEW_RECEIVED_ON, False, False),
        ("board pending", PENDING_BOARD, day(300, BOARD_LODGED_ON), True, False),
        ("board upheld, court window last day", board_decided(), COURT_DUE, True, False),
        ("board upheld, court window over", board_decided(), day(1, COURT_DUE), False, True),
        ("board annulled", board_decided(ReviewOutcome.ANNULLED), BOARD_RECEIVED_ON, False, False),
        ("court pending", PENDING_COURT, day(200, COURT_DUE), True, False),
        ("court decided, further appeal window open", COURT_DECIDED, COURT_DECIDED_ON, True, False),
        ("court decided, window's last day", COURT_DECIDED, day(-1, COURT_FINAL_ON), True, False),
        ("court decided, window over", COURT_DECIDED, COURT_FINAL_ON, False, True),
        ("the day before the court decided", COURT_DECIDED, day(-1, COURT_DECIDED_ON), True, False),
        (
            "deemed seized, notice received",
            case(notifications=(seizure_notice(day(31), day(32)),)),
            day(62),
            True,
            False,
        ),
        (
            "deemed seized, review window over",
            case(notifications=(seizure_notice(day(31), day(32)),)),
            day(63),
            False,
            True,
        ),
        ("still detained", case(), day(20), False, False),
    ],
)
def test_current_and_final_notices(name, facts, today, current, final):
    assert rules.is_notice_current(facts, today) is current, name
    assert rules.is_seizure_final(facts, today) is final, name


# --- disposal of seized things, Art. 251(9), (10) -------------------------------------------------

ORDINARY_KINDS = [
    DispositionKind.RETURN_ON_PAYMENT,
    DispositionKind.OFFICIAL_USE,
    DispositionKind.SALE,
    DispositionKind.DESTRUCTION,
]
AMOUNT = {DispositionKind.RETURN_ON_PAYMENT: Decimal("500"), DispositionKind.SALE: Decimal("300")}


@pytest.mark.parametrize("kind", ORDINARY_KINDS)
@pytest.mark.parametrize(
    ("stage", "facts", "decided_on", "final_key"),
    [
        ("review window open", seized(), REVIEW_DUE, "seizure_final_from"),
        (
            "receipt unknown",
            seized(notifications=(seizure_notice(SEIZED_ON),)),
            day(300, SEIZED_ON),
            "seizure_not_final",
        ),
        ("review pending", REQUESTED, day(100, REQUESTED_ON), "seizure_not_final"),
        ("board window open", reviewed(), BOARD_DUE, "seizure_final_from"),
        ("board pending", PENDING_BOARD, day(100, BOARD_LODGED_ON), "seizure_not_final"),
        ("court window open", board_decided(), COURT_DUE, "seizure_final_from"),
        ("court pending", PENDING_COURT, day(100, COURT_DUE), "seizure_not_final"),
        ("final: no review", seized(), day(1, REVIEW_DUE), None),
        ("final: board window over", reviewed(), day(1, BOARD_DUE), None),
        ("final: court window over", board_decided(), day(1, COURT_DUE), None),
        ("court decided, receipt not yet", COURT_DECIDED, COURT_DECIDED_ON, "seizure_not_final"),
        ("court decided, further appeal open", COURT_DECIDED, day(-1, COURT_FINAL_ON),
         "seizure_final_from"),
        ("final: court decided and window over", COURT_DECIDED, COURT_FINAL_ON, None),
    ],
)
def test_disposal_while_current_and_once_final(kind, stage, facts, decided_on, final_key):
    result = _dispose(kind, decided_on, facts, amount_eur=AMOUNT.get(kind))
    if kind == DispositionKind.RETURN_ON_PAYMENT or final_key is None:
        assert result is None, stage  # Art. 251(9)(a): return on payment at any time
    else:
        assert result == ("conflict", final_key), stage


def test_final_disposal_refusal_names_the_day_it_becomes_possible():
    refusal = rules.check_dispose(
        seized(), REVIEW_DUE, kind=DispositionKind.SALE, decided_on=REVIEW_DUE
    )
    assert refusal.params["final_on"] == day(1, REVIEW_DUE)
    assert rules.deadlines(seized(), REVIEW_DUE)["final_on"] == day(1, REVIEW_DUE)


@pytest.mark.parametrize("kind", ORDINARY_KINDS)
@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (case(), ("conflict", "not_seized")),
        (case(decisions=(Decision(Outcome.RETURN, day(3)),)), ("conflict", "thing_returned")),
        (reviewed(ReviewOutcome.ANNULLED), ("conflict", "seizure_annulled")),
        (
            seized(
                disposition=Disposition(
                    DispositionKind.RETURN_ON_PAYMENT, day(1, REVIEW_DUE), Decimal(1)
                )
            ),
            ("conflict", "already_disposed"),
        ),
    ],
)
def test_nothing_to_dispose_of(kind, facts, expected):
    today = day(20) if facts == case() else day(400)  # still detained on day 20
    assert _dispose(kind, today, facts, amount_eur=AMOUNT.get(kind)) == expected


@pytest.mark.parametrize(
    ("kind", "amount", "expected"),
    [
        (DispositionKind.RETURN_ON_PAYMENT, VALUE, None),  # not above the value
        (
            DispositionKind.RETURN_ON_PAYMENT,
            VALUE + Decimal("0.01"),
            ("conflict", "amount_exceeds_value"),
        ),
        (DispositionKind.RETURN_ON_PAYMENT, Decimal(0), ("validation_failed", "amount_required")),
        (DispositionKind.RETURN_ON_PAYMENT, None, ("validation_failed", "amount_required")),
        (DispositionKind.SALE, None, None),
        (DispositionKind.SALE, Decimal("5000"), None),  # proceeds go to the Kosovo Fund
        (DispositionKind.SALE, Decimal("-1"), ("validation_failed", "amount_invalid")),
        (DispositionKind.DESTRUCTION, Decimal("1"), ("validation_failed", "amount_not_applicable")),
        (DispositionKind.OFFICIAL_USE, None, None),
        ("auction", None, ("validation_failed", "disposition_kind_invalid")),
    ],
)
def test_disposal_amounts(kind, amount, expected):
    assert _dispose(kind, day(1, REVIEW_DUE), seized(), amount_eur=amount) == expected


@pytest.mark.parametrize(
    ("decided_on", "today", "expected"),
    [
        (day(-1, SEIZED_ON), SEIZED_ON, ("validation_failed", "date_before_previous_act")),
        (day(2, SEIZED_ON), day(1, SEIZED_ON), ("validation_failed", "date_in_future")),
        (SEIZED_ON, SEIZED_ON, None),
    ],
)
def test_return_on_payment_dates(decided_on, today, expected):
    facts = seized()
    result = _dispose(
        DispositionKind.RETURN_ON_PAYMENT, decided_on, facts, today=today, amount_eur=Decimal(10)
    )
    assert result == expected


def test_final_disposal_is_not_dated_before_finality():
    today = day(40, REVIEW_DUE)
    assert _dispose(DispositionKind.DESTRUCTION, REVIEW_DUE, seized(), today=today) == (
        "validation_failed",
        "date_before_previous_act",
    )
    assert _dispose(DispositionKind.DESTRUCTION, day(1, REVIEW_DUE), seized(), today=today) is None


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        (DispositionKind.RETURN_ON_PAYMENT, Status.RETURNED),
        (DispositionKind.OFFICIAL_USE, Status.DISPOSED),
        (DispositionKind.SALE, Status.DISPOSED),
        (DispositionKind.DESTRUCTION, Status.DISPOSED),
    ],
)
def test_status_after_disposal(kind, status):
    facts = seized(disposition=Disposition(kind, day(1, REVIEW_DUE)))
    assert rules.status_on(facts, REVIEW_DUE) == Status.SEIZED
    assert rules.status_on(facts, day(1, REVIEW_DUE)) == status


# --- deadlines and allowed actions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "today", "keys"),
    [
        (
            case(),
            D,
            {"detention_ends_on", "latest_extension_to", "extension_due_on", "deemed_seized_on"},
        ),
        (
            case(),
            day(31),
            {"detention_ends_on", "latest_extension_to", "extension_due_on", "seized_on"},
        ),
        (
            seized(notifications=()),
            SEIZED_ON,
            {"detention_ends_on", "latest_extension_to", "extension_due_on", "seized_on"},
        ),
        (
            seized(),
            RECEIVED_ON,
            {
                "detention_ends_on",
                "latest_extension_to",
                "extension_due_on",
                "seized_on",
                "notice_received_on",
                "review_request_due_on",
                "final_on",
            },
        ),
        (
            reviewed(),
            REVIEW_RECEIVED_ON,
            {
                "detention_ends_on",
                "latest_extension_to",
                "extension_due_on",
                "seized_on",
                "notice_received_on",
                "review_request_due_on",
                "review_decision_due_on",
                "board_appeal_due_on",
                "final_on",
            },
        ),
        (
            board_decided(),
            BOARD_RECEIVED_ON,
            {
                "detention_ends_on",
                "latest_extension_to",
                "extension_due_on",
                "seized_on",
                "notice_received_on",
                "review_request_due_on",
                "review_decision_due_on",
                "board_appeal_due_on",
                "court_appeal_due_on",
                "final_on",
            },
        ),
    ],
)
def test_deadlines_by_stage(facts, today, keys):
    assert set(rules.deadlines(facts, today)) == keys


def test_deadlines_values_of_a_seized_case():
    found = rules.deadlines(seized(), RECEIVED_ON)
    assert found["seized_on"] == SEIZED_ON
    assert found["notice_received_on"] == RECEIVED_ON
    assert found["review_request_due_on"] == day(30, RECEIVED_ON)
    assert found["final_on"] == day(31, RECEIVED_ON)
    assert found["detention_ends_on"] == day(30)
    assert found["latest_extension_to"] == day(90)


def test_deemed_seizure_is_dated_the_day_after_the_period():
    facts = case(extensions=(Extension(day(10), 5),))
    assert rules.deadlines(facts, day(35))["deemed_seized_on"] == day(36)
    assert rules.deadlines(facts, day(36))["seized_on"] == day(36)


@pytest.mark.parametrize(
    ("facts", "today", "expected"),
    [
        (
            case(),
            D,
            {
                Action.EXTEND,
                Action.DECIDE_RETURN,
                Action.DECIDE_RETURN_CONDITIONALLY,
                Action.DECIDE_SEIZE,
            },
        ),
        (
            case(perishable=True),
            day(30),
            {
                Action.EXTEND,
                Action.DECIDE_RETURN,
                Action.DECIDE_RETURN_CONDITIONALLY,
                Action.DECIDE_SEIZE,
                Action.DISPOSE_PERISHABLE_SALE,
                Action.DISPOSE_PERISHABLE_DESTRUCTION,
            },
        ),
        # deemed seized, no notice yet: paper acts dated within the period may still be entered
        (
            case(),
            day(31),
            {
                Action.EXTEND,
                Action.DECIDE_RETURN,
                Action.DECIDE_RETURN_CONDITIONALLY,
                Action.DECIDE_SEIZE,
                Action.RECORD_NOTIFICATION,
                Action.REQUEST_REVIEW,
                Action.DISPOSE_RETURN_ON_PAYMENT,
            },
        ),
        (
            case(notifications=(seizure_notice(day(31)),)),
            day(31),
            {Action.RECORD_NOTIFICATION, Action.REQUEST_REVIEW, Action.DISPOSE_RETURN_ON_PAYMENT},
        ),
        (
            case(extensions=(Extension(day(1), 60),)),
            day(31),
            {
                Action.DECIDE_RETURN,
                Action.DECIDE_RETURN_CONDITIONALLY,
                Action.DECIDE_SEIZE,
                Action.RECORD_NOTIFICATION,
            },
        ),
        (
            seized(),
            REVIEW_DUE,
            {Action.RECORD_NOTIFICATION, Action.REQUEST_REVIEW, Action.DISPOSE_RETURN_ON_PAYMENT},
        ),
        # the review window closed on REVIEW_DUE; entered later, a request dated then is on time
        (
            seized(),
            day(1, REVIEW_DUE),
            {
                Action.RECORD_NOTIFICATION,
                Action.REQUEST_REVIEW,
                Action.DISPOSE_RETURN_ON_PAYMENT,
                Action.DISPOSE_OFFICIAL_USE,
                Action.DISPOSE_SALE,
                Action.DISPOSE_DESTRUCTION,
            },
        ),
        (
            REQUESTED,
            REQUESTED_ON,
            {Action.RECORD_NOTIFICATION, Action.DECIDE_REVIEW, Action.DISPOSE_RETURN_ON_PAYMENT},
        ),
        (
            REQUESTED,
            day(31, REQUESTED_ON),
            {
                Action.RECORD_NOTIFICATION,
                Action.DECIDE_REVIEW,
                Action.APPEAL,
                Action.DISPOSE_RETURN_ON_PAYMENT,
            },
        ),
        (
            reviewed(received_on=None),
            REVIEW_DECIDED_ON,
            {
                Action.RECORD_NOTIFICATION,
                Action.RECORD_RECEIPT,
                Action.APPEAL,
                Action.DISPOSE_RETURN_ON_PAYMENT,
            },
        ),
        (
            PENDING_BOARD,
            BOARD_LODGED_ON,
            {Action.RECORD_NOTIFICATION, Action.DECIDE_APPEAL, Action.DISPOSE_RETURN_ON_PAYMENT},
        ),
        (reviewed(ReviewOutcome.ANNULLED), REVIEW_RECEIVED_ON, set()),
        (COURT_DECIDED, COURT_DECIDED_ON,
         {Action.RECORD_NOTIFICATION, Action.DISPOSE_RETURN_ON_PAYMENT}),
        (
            COURT_DECIDED,
            COURT_FINAL_ON,
            {
                Action.RECORD_NOTIFICATION,
                Action.DISPOSE_RETURN_ON_PAYMENT,
                Action.DISPOSE_OFFICIAL_USE,
                Action.DISPOSE_SALE,
                Action.DISPOSE_DESTRUCTION,
            },
        ),
    ],
)
def test_allowed_actions_by_stage(facts, today, expected):
    assert set(rules.allowed_actions(facts, today)) == expected
    refused = rules.explain_refusals(facts, today)
    assert set(refused) == set(Action) - expected
    for refusal in refused.values():
        assert refusal.error in {"conflict", "deadline_passed"}
        assert refusal.message_key in MESSAGES


def test_explained_refusal_for_a_late_extension():
    facts = case(decisions=(Decision(Outcome.RETURN_CONDITIONALLY, day(31)),))
    refused = rules.explain_refusals(facts, day(40))
    assert refusal_of(refused[Action.EXTEND]) == ("deadline_passed", "extension_too_late")
    assert refused[Action.EXTEND].params["due_on"] == day(30)
    assert refusal_of(refused[Action.DECIDE_SEIZE]) == ("deadline_passed", "detention_period_ended")


def test_action_windows_bound_the_dates():
    windows = rules.action_windows(case(extensions=(Extension(day(12), 10),)), day(35))
    assert windows[Action.EXTEND] == Window(day(12), day(30), windows[Action.EXTEND].late)
    assert windows[Action.DECIDE_SEIZE].earliest == day(12)
    assert windows[Action.DECIDE_SEIZE].latest == day(35)


def test_check_open_case():
    assert rules.check_open_case(D, D) is None
    assert rules.check_open_case(day(-10), D) is None
    assert refusal_of(rules.check_open_case(day(1), D)) == ("validation_failed", "date_in_future")


# --- messages -------------------------------------------------------------------------------------

RULES_SOURCE = Path(rules.__file__).read_text(encoding="utf-8")
USED_KEYS = sorted(set(re.findall(r'_(?:invalid|conflict|late)\(\s*"([a-z_]+)"', RULES_SOURCE)))


def test_every_refusal_has_a_message():
    assert len(USED_KEYS) > 40
    missing = [key for key in USED_KEYS if f"seizures.{key}" not in MESSAGES]
    assert missing == []


@pytest.mark.parametrize(
    "key",
    [f"seizures.status.{s}" for s in Status]
    + [f"seizures.action.{a}" for a in Action]
    + [f"seizures.deadline.{name}" for name in rules.deadlines(board_decided(), BOARD_RECEIVED_ON)],
)
def test_statuses_actions_and_deadlines_have_labels(key):
    assert key in MESSAGES


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_messages_are_complete_in_three_languages(key):
    texts = MESSAGES[key]
    assert set(texts) == {"en", "sq", "sr"}
    assert all(text.strip() for text in texts.values())
    assert _placeholders(texts["sq"]) == _placeholders(texts["en"]) == _placeholders(texts["sr"])


def test_albanian_and_serbian_use_latin_letters_with_diacritics():
    albanian = " ".join(texts["sq"] for texts in MESSAGES.values())
    serbian = " ".join(texts["sr"] for texts in MESSAGES.values())
    assert "ë" in albanian
    assert {"š", "č", "ć", "ž", "đ"} & set(serbian)
    assert not re.search("[\u0400-\u04ff]", serbian)  # Latin, not Cyrillic


# --- properties over whole case histories ---------------------------------------------------------

RANK = {
    Status.DETAINED: 0,
    Status.RETURNED_CONDITIONALLY: 1,
    Status.SEIZED: 2,
    Status.DEEMED_SEIZED: 2,
    Status.RETURNED: 3,
    Status.DISPOSED: 3,
}


def _dates(draw, earliest: date, latest: date) -> date:
    return earliest + timedelta(days=draw(st.integers(0, (latest - earliest).days)))


def _maybe_receipt(draw, sent_on: date, today: date) -> date | None:
    return draw(st.none() | st.just(_dates(draw, sent_on, today)))


def _act(draw, facts: CaseFacts, today: date, action: Action, window: Window) -> CaseFacts:
    """Build valid arguments for an allowed action, check them, and record the act."""
    on = _dates(draw, window.earliest, window.latest)
    if action == Action.EXTEND:
        days = draw(st.integers(1, rules.MAX_EXTENSION_DAYS - rules.extension_days(facts)))
        notice = extension_notice(on)
        assert (
            rules.check_extend(
                facts, today, decided_on=on, days=days, reasons="why", notification=notice
            )
            is None
        )
        return replace(
            facts,
            extensions=(*facts.extensions, Extension(on, days)),
            notifications=(*facts.notifications, notice),
        )
    if action in rules.DECISION_ACTIONS:
        outcome = rules.DECISION_ACTIONS[action]
        assert (
            rules.check_decide(
                facts, today, outcome=outcome, decided_on=on, reasons="r", conditions="c"
            )
            is None
        )
        return replace(facts, decisions=(*facts.decisions, Decision(outcome, on)))
    if action == Action.RECORD_NOTIFICATION:
        for document in (Document.SEIZURE, Document.EXTENSION):
            notice = Notification(document, Method.POST, on, _maybe_receipt(draw, on, today))
            if rules.check_record_notification(facts, today, notification=notice) is None:
                return replace(facts, notifications=(*facts.notifications, notice))
        return facts  # the drawn date or receipt fits no notice: nothing recorded
    if action == Action.REQUEST_REVIEW:
        assert rules.check_request_review(facts, today, requested_on=on) is None
        return replace(facts, review=Review(on))
    if action == Action.DECIDE_REVIEW:
        outcome = draw(st.sampled_from(list(ReviewOutcome)))
        received = _maybe_receipt(draw, on, today)
        assert (
            rules.check_decide_review(
                facts, today, outcome=outcome, decided_on=on, received_on=received
            )
            is None
        )
        return replace(facts, review=Review(facts.review.requested_on, on, outcome, received))
    if action == Action.RECORD_RECEIPT:
        for document in DecisionDocument:
            if rules.check_record_receipt(facts, today, document=document, received_on=on) is None:
                if document == DecisionDocument.REVIEW_DECISION:
                    return replace(facts, review=replace(facts.review, decision_received_on=on))
                board = replace(facts.appeals[0], decision_received_on=on)
                return replace(facts, appeals=(board, *facts.appeals[1:]))
        return facts
    if action == Action.APPEAL:
        level = Level.COURT if facts.appeals else Level.BOARD
        assert rules.check_appeal(facts, today, level=level, lodged_on=on) is None
        return replace(facts, appeals=(*facts.appeals, Appeal(level, on)))
    if action == Action.DECIDE_APPEAL:
        pending = facts.appeals[-1]
        outcome = draw(st.sampled_from(list(ReviewOutcome)))
        received = _maybe_receipt(draw, on, today)
        assert (
            rules.check_decide_appeal(
                facts,
                today,
                level=pending.level,
                outcome=outcome,
                decided_on=on,
                received_on=received,
            )
            is None
        )
        decided = replace(pending, decided_on=on, outcome=outcome, decision_received_on=received)
        return replace(facts, appeals=(*facts.appeals[:-1], decided))
    kind = rules.DISPOSAL_ACTIONS[action]
    amount = facts.value_eur if kind == DispositionKind.RETURN_ON_PAYMENT else None
    assert rules.check_dispose(facts, today, kind=kind, decided_on=on, amount_eur=amount) is None
    assert rules.status_on(facts, on) in (
        {Status.DETAINED}
        if kind in rules.PERISHABLE_KINDS
        else {Status.SEIZED, Status.DEEMED_SEIZED}
    )
    if kind in {DispositionKind.OFFICIAL_USE, DispositionKind.SALE, DispositionKind.DESTRUCTION}:
        assert rules.is_seizure_final(facts, on)  # Art. 251(9)(b)
    return replace(facts, disposition=Disposition(kind, on, amount))


@st.composite
def histories(draw):
    """A case built act by act from what the rules allow, with the day it was last looked at."""
    detained_on = _dates(draw, date(2024, 1, 1), date(2030, 12, 31))
    facts = CaseFacts(
        detained_on=detained_on,
        perishable=draw(st.booleans()),
        value_eur=Decimal(draw(st.integers(1, 10_000))),
        owner_has_electronic_address=draw(st.booleans()),
    )
    today = detained_on
    for _ in range(draw(st.integers(0, 14))):
        today += timedelta(days=draw(st.integers(0, 45)))
        windows = rules.action_windows(facts, today)
        if not windows:
            continue
        action = draw(st.sampled_from(sorted(windows)))
        facts = _act(draw, facts, today, action, windows[action])
    return facts, today


PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(histories())
def test_detention_never_exceeds_90_days(history):
    facts, _ = history
    assert rules.detention_ends_on(facts) <= facts.detained_on + timedelta(days=90)
    assert rules.extension_days(facts) <= 60


@PROPERTY_SETTINGS
@given(histories())
def test_status_never_goes_back_in_time(history):
    facts, today = history
    previous = Status.DETAINED
    for offset in range(0, (today - facts.detained_on).days + 150, 3):
        status = rules.status_on(facts, facts.detained_on + timedelta(days=offset))
        assert RANK[status] >= RANK[previous], (previous, status)
        if RANK[previous] == 3:
            assert status == previous  # returned and disposed are the end
        previous = status


@PROPERTY_SETTINGS
@given(histories())
def test_a_current_notice_always_concerns_a_standing_seizure(history):
    facts, today = history
    for offset in range(0, (today - facts.detained_on).days + 120, 5):
        on = facts.detained_on + timedelta(days=offset)
        if rules.is_notice_current(facts, on):
            assert not rules.is_seizure_final(facts, on)
            assert rules.status_on(facts, on) in {
                Status.SEIZED,
                Status.DEEMED_SEIZED,
                Status.RETURNED,
            }
        if rules.is_seizure_final(facts, on):
            assert rules.status_on(facts, on) in {
                Status.SEIZED,
                Status.DEEMED_SEIZED,
                Status.RETURNED,
                Status.DISPOSED,
            }


@PROPERTY_SETTINGS
@given(histories())
def test_windows_are_exact(history):
    """Every allowed action accepts both ends of its window and refuses the days just outside."""
    facts, today = history
    for action, window in rules.action_windows(facts, today).items():
        check = _date_only_check(facts, today, action)
        if check is None:
            continue
        assert window.earliest <= window.latest <= today
        assert check(window.earliest) is None, action
        assert check(window.latest) is None, action
        before = check(window.earliest - timedelta(days=1))
        assert before is not None and before.error == "validation_failed", action
        after = check(window.latest + timedelta(days=1))
        assert after is not None, action
        assert after.error == ("validation_failed" if window.latest == today else "deadline_passed")


@PROPERTY_SETTINGS
@given(histories())
def test_every_action_is_either_allowed_or_explained(history):
    facts, today = history
    allowed = set(rules.allowed_actions(facts, today))
    refused = rules.explain_refusals(facts, today)
    assert allowed.isdisjoint(refused)
    assert allowed | set(refused) == set(Action)
    for refusal in refused.values():
        for lang in ("en", "sq", "sr"):
            MESSAGES[refusal.message_key][lang].format(**refusal.params)


def _date_only_check(facts: CaseFacts, today: date, action: Action):
    """A check of `action` at a given date with arguments that are otherwise valid."""
    if action == Action.EXTEND:
        return lambda on: rules.check_extend(
            facts,
            today,
            decided_on=on,
            days=1,
            reasons="why",
            notification=Notification(Document.EXTENSION, Method.POST, max(on, facts.detained_on)),
        )
    if action in rules.DECISION_ACTIONS:
        outcome = rules.DECISION_ACTIONS[action]
        return lambda on: rules.check_decide(
            facts, today, outcome=outcome, decided_on=on, reasons="r", conditions="c"
        )
    if action == Action.REQUEST_REVIEW:
        return lambda on: rules.check_request_review(facts, today, requested_on=on)
    if action == Action.DECIDE_REVIEW:
        return lambda on: rules.check_decide_review(
            facts, today, outcome=ReviewOutcome.UPHELD, decided_on=on
        )
    if action == Action.APPEAL:
        level = Level.COURT if facts.appeals else Level.BOARD
        return lambda on: rules.check_appeal(facts, today, level=level, lodged_on=on)
    if action == Action.DECIDE_APPEAL:
        level = facts.appeals[-1].level
        return lambda on: rules.check_decide_appeal(
            facts, today, level=level, outcome=ReviewOutcome.UPHELD, decided_on=on
        )
    if action in rules.DISPOSAL_ACTIONS:
        kind = rules.DISPOSAL_ACTIONS[action]
        amount = facts.value_eur if kind == DispositionKind.RETURN_ON_PAYMENT else None
        return lambda on: rules.check_dispose(
            facts, today, kind=kind, decided_on=on, amount_eur=amount
        )
    return None  # notices and receipts: windows per document, tested by the tables above
