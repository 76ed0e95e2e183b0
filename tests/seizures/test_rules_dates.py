"""Table tests of the date rules of issue 19: late extensions (Art. 251(2)), reviews of
detention and extension decisions (Art. 251(13), 291(1)-(2)), review decisions with grounds
(Art. 12(3), 291(3)), finality at the court stage (Art. 251(8)-(9)), the Customs' answer to a
closed Board hearing (Art. 291(7)) and deadlines ending on a non-working day (Art. 12)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.seizures import rules
from app.seizures.rules import (
    CaseFacts,
    Document,
    Extension,
    Method,
    Notification,
)

D = date(2025, 3, 10)  # a day of detention; day 30 is 2025-04-09


def day(n: int, start: date = D) -> date:
    return start + timedelta(days=n)


def case(**changes) -> CaseFacts:
    return replace(CaseFacts(detained_on=D, value_eur=Decimal("1200.00")), **changes)


def short(refusal):
    return None if refusal is None else (refusal.error, refusal.message_key.split(".", 1)[1])


def extend(facts=None, *, decided_on, sent_on, today, received_on=None, days=10):
    return short(
        rules.check_extend(
            facts or case(),
            today,
            decided_on=decided_on,
            days=days,
            reasons="Laboratory analysis pending.",
            notification=Notification(Document.EXTENSION, Method.POST, sent_on, received_on),
        )
    )


# --- Art. 251(2): the extension reaches the owner in time -----------------------------------------


@pytest.mark.parametrize(
    ("decided_on", "sent_on", "today", "expected"),
    [
        (day(29), day(30), day(30), None),  # sent on the last day of the first 30
        (day(30), day(30), day(40), None),  # paper first: entered later, sent in time
        (day(29), day(31), day(31), ("deadline_passed", "extension_notice_too_late")),
        (day(20), day(45), day(50), ("deadline_passed", "extension_notice_too_late")),
        (day(30), day(31), day(60), ("deadline_passed", "extension_notice_too_late")),
    ],
)
def test_an_extension_whose_notice_is_sent_after_day_30_is_refused(
    decided_on, sent_on, today, expected
):
    assert extend(decided_on=decided_on, sent_on=sent_on, today=today) == expected


def test_a_late_extension_never_revives_a_thing_deemed_seized():
    facts = case()
    today = day(40)
    assert rules.status_on(facts, today) == rules.Status.DEEMED_SEIZED
    refused = extend(facts, decided_on=day(29), sent_on=day(33), today=today)
    assert refused == ("deadline_passed", "extension_notice_too_late")
    assert rules.status_on(facts, today) == rules.Status.DEEMED_SEIZED


def test_a_second_extension_is_notified_within_the_first_30_days_too():
    facts = case(extensions=(Extension(day(10), 10),))  # the period now ends on day 40
    assert extend(facts, decided_on=day(28), sent_on=day(29), today=day(35)) is None
    assert extend(facts, decided_on=day(28), sent_on=day(32), today=day(35)) == (
        "deadline_passed",
        "extension_notice_too_late",
    )


# --- Art. 251(13), 291(1)-(2): reviews of the detention and extension decisions -------------------

ReviewOf = rules.ReviewOf
Review = rules.Review
ReviewOutcome = rules.ReviewOutcome


LATE = "review_of_decision_out_of_time"


def receipt_notice(sent_on, received_on=None, method=Method.HAND):
    return Notification(Document.RECEIPT, method, sent_on, received_on)


def request(facts, of, requested_on, today):
    return short(rules.check_request_review_of(facts, today, of=of, requested_on=requested_on))


@pytest.mark.parametrize(
    ("notifications", "requested_on", "today", "expected"),
    [
        ((receipt_notice(D),), day(30), day(30), None),  # handed over on D: day 30 is the last
        ((receipt_notice(D),), day(31), day(31), ("deadline_passed", LATE)),
        # posted on day 2, received on day 5: the 30 days run from receipt
        ((receipt_notice(day(2), day(5), Method.POST),), day(35), day(35), None),
        ((receipt_notice(day(2), day(5), Method.POST),), day(36), day(36),
         ("deadline_passed", "review_of_decision_out_of_time")),
        # receipt not known: no time runs against the owner
        ((receipt_notice(day(2), None, Method.POST),), day(80), day(80), None),
        ((), day(1), day(1), None),
    ],
)
def test_a_review_of_detention_runs_from_receipt_of_the_receipt(
    notifications, requested_on, today, expected
):
    facts = case(notifications=notifications)
    assert request(facts, ReviewOf.DETENTION, requested_on, today) == expected


def test_a_review_of_an_extension_needs_an_extension_and_runs_from_its_notice():
    assert request(case(), ReviewOf.EXTENSION, day(5), day(5)) == ("conflict", "no_extension")
    notice = Notification(Document.EXTENSION, Method.POST, day(20), day(22))
    facts = case(extensions=(Extension(day(20), 30),), notifications=(notice,))
    assert request(facts, ReviewOf.EXTENSION, day(19), day(25)) == (
        "validation_failed", "date_before_previous_act")
    assert request(facts, ReviewOf.EXTENSION, day(52), day(52)) is None
    assert request(facts, ReviewOf.EXTENSION, day(53), day(53)) == (
        "deadline_passed", "review_of_decision_out_of_time")
    assert rules.deadlines(facts, day(25))["extension_review_request_due_on"] == day(52)


def test_one_review_of_each_decision_and_an_unknown_kind_is_refused():
    facts = case(other_reviews=(Review(day(3), of=ReviewOf.DETENTION),))
    assert request(facts, ReviewOf.DETENTION, day(4), day(4)) == (
        "conflict", "review_already_requested")
    assert request(facts, "custody", day(4), day(4)) == ("validation_failed", "review_of_invalid")


def test_deciding_a_review_that_was_never_requested_is_refused():
    refusal = rules.check_decide_review_of(
        case(), day(5), of=ReviewOf.DETENTION, outcome=ReviewOutcome.UPHELD, decided_on=day(5))
    assert short(refusal) == ("conflict", "no_review_requested")


def annulled(of, requested_on, decided_on):
    return Review(requested_on, decided_on, ReviewOutcome.ANNULLED, None, of)


def test_an_annulled_detention_returns_the_thing_and_nothing_can_be_decided_or_disposed():
    facts = case(other_reviews=(annulled(ReviewOf.DETENTION, day(2), day(10)),))
    assert rules.status_on(facts, day(9)) == rules.Status.DETAINED
    assert rules.status_on(facts, day(10)) == rules.Status.RETURNED
    assert rules.status_on(facts, day(60)) == rules.Status.RETURNED  # never deemed seized
    refusals = rules.explain_refusals(facts, day(12))
    assert refusals[rules.Action.DECIDE_SEIZE].message_key == "seizures.detention_annulled"
    assert refusals[rules.Action.EXTEND].message_key == "seizures.detention_annulled"


def test_an_extension_annulled_within_the_first_30_days_leaves_the_first_30():
    facts = case(
        extensions=(Extension(day(10), 30),),
        other_reviews=(annulled(ReviewOf.EXTENSION, day(12), day(20)),),
    )
    assert rules.deadlines(facts, day(15))["detention_ends_on"] == day(60)  # before annulment
    assert rules.deadlines(facts, day(20))["detention_ends_on"] == day(30)
    assert rules.status_on(facts, day(31)) == rules.Status.DEEMED_SEIZED


def test_an_extension_annulled_after_the_first_30_days_returns_the_thing():
    facts = case(
        extensions=(Extension(day(10), 30),),
        other_reviews=(annulled(ReviewOf.EXTENSION, day(12), day(35)),),
    )
    assert rules.status_on(facts, day(34)) == rules.Status.DETAINED
    assert rules.status_on(facts, day(35)) == rules.Status.RETURNED
    assert rules.status_on(facts, day(50)) == rules.Status.RETURNED


# --- Art. 291(7): the Customs answers a closed Board hearing within 30 days of notification -------


def board_pending(hearing, notified_on, decided_on=None):
    seized = rules.Decision(rules.Outcome.SEIZE, day(3))
    notice = Notification(Document.SEIZURE, Method.HAND, day(3))
    review = Review(day(5), day(10), ReviewOutcome.UPHELD, day(10))
    board = rules.Appeal(
        rules.Level.BOARD, day(15), decided_on,
        ReviewOutcome.UPHELD if decided_on else None, None, hearing, notified_on,
    )
    return case(decisions=(seized,), notifications=(notice,), review=review, appeals=(board,))


@pytest.mark.parametrize(
    ("notified_on", "expected"),
    [
        (date(2025, 4, 1), date(2025, 5, 1)),
        (date(2025, 1, 31), date(2025, 3, 2)),  # 30 days across a short February
        (date(2024, 1, 30), date(2024, 2, 29)),  # a leap day
        (date(2025, 12, 20), date(2026, 1, 19)),  # across the year
        (date(2025, 4, 5), date(2025, 5, 5)),  # ends on 5 May 2025, a Monday
        (date(2025, 4, 4), date(2025, 5, 4)),  # a Sunday: the Customs' own date stays
    ],
)
def test_board_response_due_30_days_after_notification_for_a_closed_hearing(notified_on, expected):
    facts = board_pending(rules.Hearing.CLOSED, notified_on)
    today = max(notified_on, day(20))
    facts = replace(facts, detained_on=min(D, notified_on - timedelta(days=20)))
    assert rules.deadlines(facts, today)["board_response_due_on"] == expected


def test_no_board_response_due_for_an_open_hearing_an_unknown_notification_or_once_decided():
    today = day(40)
    assert "board_response_due_on" not in rules.deadlines(board_pending("open", day(16)), today)
    assert "board_response_due_on" not in rules.deadlines(board_pending("closed", None), today)
    decided = board_pending(rules.Hearing.CLOSED, day(16), decided_on=day(30))
    assert "board_response_due_on" not in rules.deadlines(decided, today)
    assert rules.deadlines(decided, day(29))["board_response_due_on"] == day(46)
    # notified after `today`: not yet known
    assert "board_response_due_on" not in rules.deadlines(
        board_pending(rules.Hearing.CLOSED, day(45)), today)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, None),
        ({"hearing": "secret"}, ("validation_failed", "hearing_invalid")),
        ({"level": rules.Level.COURT, "hearing": "closed"},
         ("validation_failed", "hearing_only_at_the_board")),
        ({"notified_on": day(14)}, ("validation_failed", "date_before_previous_act")),
        ({"notified_on": day(21)}, ("validation_failed", "date_in_future")),
    ],
)
def test_appeal_notification_checks(kwargs, expected):
    args = {"level": rules.Level.BOARD, "lodged_on": day(15), "hearing": "closed",
            "notified_on": day(16), "today": day(20), **kwargs}
    assert short(rules.check_appeal_notification(**args)) == expected


# --- Art. 12(5): an owner's time limit ending on a non-working day ends on the next working day ---
# Kosovo's public holidays from the `holidays` package (country XK) for the years used here:
# 2025-03-31 Eid al-Fitr (observed, estimated), 2025-04-09 Constitution Day, 2025-04-21 Easter
# Monday, 2025-05-01 Labour Day, 2025-05-09 Europe Day, 2025-12-25 Christmas, 2026-01-01/02 New
# Year, 2026-01-07 Orthodox Christmas, 2026-02-17 Independence Day, 2024-02-29 a leap Thursday.

WORKING = rules.Policy.from_settings(
    {"COURT_APPEAL_DAYS": 30, "DEADLINE_ROLLOVER": "working_days"}
)
CALENDAR = rules.Policy.from_settings({"COURT_APPEAL_DAYS": 30, "DEADLINE_ROLLOVER": "none"})


@pytest.mark.parametrize(
    ("received_on", "calendar_end", "working_end"),
    [
        (date(2025, 3, 4), date(2025, 4, 3), date(2025, 4, 3)),  # a Thursday: no change
        (date(2025, 3, 6), date(2025, 4, 5), date(2025, 4, 7)),  # Saturday → Monday
        (date(2025, 3, 7), date(2025, 4, 6), date(2025, 4, 7)),  # Sunday → Monday
        (date(2025, 3, 10), date(2025, 4, 9), date(2025, 4, 10)),  # Constitution Day (Wed)
        (date(2025, 3, 22), date(2025, 4, 21), date(2025, 4, 22)),  # Easter Monday
        (date(2025, 3, 20), date(2025, 4, 19), date(2025, 4, 22)),  # Sat, Sun, Easter Monday
        (date(2025, 4, 1), date(2025, 5, 1), date(2025, 5, 2)),  # Labour Day
        (date(2025, 4, 9), date(2025, 5, 9), date(2025, 5, 12)),  # Europe Day (Fri) + weekend
        (date(2025, 11, 25), date(2025, 12, 25), date(2025, 12, 26)),  # Christmas
        (date(2025, 12, 2), date(2026, 1, 1), date(2026, 1, 5)),  # New Year 1-2 Jan + weekend
        (date(2025, 12, 8), date(2026, 1, 7), date(2026, 1, 8)),  # Orthodox Christmas
        (date(2026, 1, 18), date(2026, 2, 17), date(2026, 2, 18)),  # Independence Day
        (date(2024, 1, 30), date(2024, 2, 29), date(2024, 2, 29)),  # leap day, a Thursday
        (date(2025, 1, 31), date(2025, 3, 2), date(2025, 3, 3)),  # month end: Sunday 2 March
        (date(2025, 3, 1), date(2025, 3, 31), date(2025, 4, 1)),  # Eid al-Fitr observed (Mon)
    ],
)
def test_owner_deadlines_roll_over_to_the_next_working_day(received_on, calendar_end, working_end):
    assert rules.owner_due_on(received_on, 30, CALENDAR) == calendar_end
    assert rules.owner_due_on(received_on, 30, WORKING) == working_end
    assert rules.owner_due_on(received_on, 30) == calendar_end  # the rules' default: calendar


def test_a_day_the_government_announces_is_a_holiday_too():
    announced = rules.Policy.from_settings({
        "COURT_APPEAL_DAYS": 30, "DEADLINE_ROLLOVER": "working_days",
        "EXTRA_HOLIDAYS": "2025-04-03, 2025-04-04",
    })
    received_on = date(2025, 3, 4)  # 30 days: Thursday 3 April
    assert rules.owner_due_on(received_on, 30, WORKING) == date(2025, 4, 3)
    assert rules.owner_due_on(received_on, 30, announced) == date(2025, 4, 7)  # Thu, Fri, weekend


def test_an_unknown_rollover_policy_is_refused():
    with pytest.raises(ValueError):
        rules.Policy.from_settings({"COURT_APPEAL_DAYS": 30, "DEADLINE_ROLLOVER": "sometimes"})


def seized_and_received(received_on: date) -> CaseFacts:
    detained = received_on - timedelta(days=5)
    return replace(
        case(),
        detained_on=detained,
        decisions=(rules.Decision(rules.Outcome.SEIZE, detained),),
        notifications=(Notification(Document.SEIZURE, Method.POST, detained, received_on),),
    )


def test_the_review_window_rolls_over_and_finality_follows_it():
    facts = seized_and_received(date(2025, 3, 6))  # 30 days: Saturday 5 April
    due = rules.deadlines(facts, date(2025, 3, 10), WORKING)
    assert due["review_request_due_on"] == date(2025, 4, 7)
    assert due["final_on"] == date(2025, 4, 8)
    assert rules.deadlines(facts, date(2025, 3, 10), CALENDAR)["final_on"] == date(2025, 4, 6)
    # a request on Monday 7 April is in time under the policy, late in the plain calendar
    on = date(2025, 4, 7)
    assert rules.check_request_review(facts, on, requested_on=on, policy=WORKING) is None
    assert short(rules.check_request_review(facts, on, requested_on=on, policy=CALENDAR)) == (
        "deadline_passed", "review_request_out_of_time")
    assert rules.is_notice_current(facts, on, WORKING)
    assert not rules.is_notice_current(facts, on, CALENDAR)


def test_the_customs_own_dates_never_roll_over():
    detained = date(2025, 3, 10)  # day 30: Wednesday 9 April, Constitution Day
    facts = replace(case(), detained_on=detained)
    due = rules.deadlines(facts, detained, WORKING)
    assert due["detention_ends_on"] == date(2025, 4, 9)
    assert due["extension_due_on"] == date(2025, 4, 9)
    assert due["deemed_seized_on"] == date(2025, 4, 10)
    detained = date(2025, 3, 8)  # day 30 a Monday; day 90 (6 June) is Eid al-Adha (estimated)
    facts = replace(case(), detained_on=detained, extensions=(rules.Extension(detained, 60),))
    assert rules.deadlines(facts, detained, WORKING)["detention_ends_on"] == date(2025, 6, 6)


# --- the supervisor's work queue ----------------------------------------------------------------

Due = rules.Due


def test_what_is_due_on_a_detained_case():
    assert rules.due(case(), day(5)) == [(Due.EXTEND_OR_DECIDE, day(30))]
    extended = case(extensions=(Extension(day(10), 60),))
    assert rules.due(extended, day(40)) == [(Due.DECIDE, day(90))]


def test_what_is_due_on_a_seized_case_from_notice_to_disposal():
    seized = case(decisions=(rules.Decision(rules.Outcome.SEIZE, day(3)),))
    assert rules.due(seized, day(4)) == [(Due.NOTICE_NOT_RECEIVED, day(3))]
    notified = replace(seized, notifications=(Notification(Document.SEIZURE, Method.HAND, day(4)),))
    assert rules.due(notified, day(5)) == [(Due.DISPOSAL_ALLOWED, day(35))]
    reviewing = replace(notified, review=Review(day(6)))
    assert rules.due(reviewing, day(7)) == [(Due.REVIEW_DECISION, day(36))]
    board = board_pending(rules.Hearing.CLOSED, day(16))
    assert rules.due(board, day(20)) == [(Due.BOARD_RESPONSE, day(46))]


def test_nothing_is_due_once_returned():
    returned = case(decisions=(rules.Decision(rules.Outcome.RETURN, day(3)),))
    assert rules.due(returned, day(4)) == []


# --- appeals that follow a review of the detention or an extension (Art. 251(13), 291(5)-(9)) ----


def detention_reviewed(outcome=ReviewOutcome.UPHELD, received_on=None):
    return case(other_reviews=(
        Review(day(2), day(8), outcome, received_on or day(8), ReviewOf.DETENTION),))


def appeal_of(facts, level, lodged_on, today, of=ReviewOf.DETENTION):
    return short(rules.check_appeal_of(facts, today, of=of, level=level, lodged_on=lodged_on))


def test_the_board_hears_an_appeal_about_the_detention_within_30_days_of_receipt():
    facts = detention_reviewed()  # decided and received on day 8: day 38 is the last
    assert appeal_of(facts, rules.Level.BOARD, day(38), day(38)) is None
    assert appeal_of(facts, rules.Level.BOARD, day(39), day(39)) == (
        "deadline_passed", "appeal_out_of_time")
    assert appeal_of(facts, rules.Level.COURT, day(20), day(20)) == (
        "conflict", "board_decision_required")
    assert appeal_of(case(), rules.Level.BOARD, day(20), day(20)) == ("conflict", "review_required")
    assert appeal_of(facts, rules.Level.BOARD, day(20), day(20), of=ReviewOf.EXTENSION) == (
        "conflict", "review_required")


def test_the_board_annulling_the_detention_returns_the_thing():
    board = rules.Appeal(rules.Level.BOARD, day(10), day(25), ReviewOutcome.ANNULLED,
                         of=ReviewOf.DETENTION)
    facts = replace(detention_reviewed(), other_appeals=(board,))
    assert rules.status_on(facts, day(24)) == rules.Status.DETAINED
    assert rules.status_on(facts, day(25)) == rules.Status.RETURNED
    assert rules.status_on(facts, day(90)) == rules.Status.RETURNED
    pending = replace(board, decided_on=None, outcome=None)
    decide = rules.check_decide_appeal_of(
        replace(detention_reviewed(), other_appeals=(pending,)), day(25), of=ReviewOf.DETENTION,
        level=rules.Level.BOARD, outcome=ReviewOutcome.UPHELD, decided_on=day(25))
    assert decide is None


# --- the owner's last days to appeal a review of the detention or an extension ---------------
# (Art. 291(5)-(6): 30 days from receipt of the review decision; 291(8)-(9): the court's window
# from receipt of the Board's decision), shown in `deadlines` as the seizure's are, rolled over.


def reviewed_decision(of, received_on, outcome=ReviewOutcome.UPHELD, board=None):
    """A case detained 20 days before `received_on`, extended on its first day (notice handed
    over), whose owner asked for a review of `of`, decided the day before `received_on`."""
    detained = received_on - timedelta(days=20)
    review = Review(detained + timedelta(days=3), received_on - timedelta(days=1), outcome,
                    received_on, of)
    return replace(
        case(),
        detained_on=detained,
        extensions=(Extension(detained + timedelta(days=1), 30),),
        notifications=(receipt_notice(detained),
                       Notification(Document.EXTENSION, Method.HAND, detained + timedelta(days=1))),
        other_reviews=(review,),
        other_appeals=() if board is None else (board,),
    )


@pytest.mark.parametrize("of", [ReviewOf.DETENTION, ReviewOf.EXTENSION])
@pytest.mark.parametrize(
    ("received_on", "calendar_end", "working_end"),
    [
        (date(2025, 3, 4), date(2025, 4, 3), date(2025, 4, 3)),  # a Thursday: no change
        (date(2025, 3, 6), date(2025, 4, 5), date(2025, 4, 7)),  # Saturday → Monday
        (date(2025, 3, 22), date(2025, 4, 21), date(2025, 4, 22)),  # Easter Monday
        (date(2025, 1, 31), date(2025, 3, 2), date(2025, 3, 3)),  # month end: Sunday 2 March
        (date(2024, 1, 30), date(2024, 2, 29), date(2024, 2, 29)),  # leap day, a Thursday
        (date(2025, 12, 2), date(2026, 1, 1), date(2026, 1, 5)),  # New Year 1-2 Jan + weekend
    ],
)
def test_the_board_appeal_of_a_detention_or_extension_review_is_shown_rolled_over(
    of, received_on, calendar_end, working_end
):
    facts = reviewed_decision(of, received_on)
    name = f"{of}_board_appeal_due_on"
    assert rules.deadlines(facts, received_on, CALENDAR)[name] == calendar_end
    assert rules.deadlines(facts, received_on, WORKING)[name] == working_end
    # the date shown is the one enforced: an appeal lodged on it is in time, the next day late
    last = working_end
    assert short(rules.check_appeal_of(facts, last, of=of, level=rules.Level.BOARD,
                                       lodged_on=last, policy=WORKING)) is None
    after = last + timedelta(days=1)
    assert short(rules.check_appeal_of(facts, after, of=of, level=rules.Level.BOARD,
                                       lodged_on=after, policy=WORKING)) == (
        "deadline_passed", "appeal_out_of_time")
    # the seizure's own dates are not touched by it
    assert "board_appeal_due_on" not in rules.deadlines(facts, received_on, WORKING)


def test_no_board_appeal_date_before_receipt_or_after_annulment():
    received_on = date(2025, 3, 4)
    unknown = reviewed_decision(ReviewOf.DETENTION, received_on)
    unknown = replace(unknown, other_reviews=(
        replace(unknown.other_reviews[0], decision_received_on=None),))
    assert "detention_board_appeal_due_on" not in rules.deadlines(unknown, received_on)
    # received after `today`: not yet known
    facts = reviewed_decision(ReviewOf.DETENTION, received_on)
    assert "detention_board_appeal_due_on" not in rules.deadlines(
        facts, received_on - timedelta(days=1))
    annulled_review = reviewed_decision(ReviewOf.EXTENSION, received_on, ReviewOutcome.ANNULLED)
    assert "extension_board_appeal_due_on" not in rules.deadlines(annulled_review, received_on)


def board_decision_of(of, decided_on, received_on, outcome=ReviewOutcome.UPHELD):
    return rules.Appeal(rules.Level.BOARD, decided_on - timedelta(days=5), decided_on, outcome,
                        received_on, of=of)


@pytest.mark.parametrize("of", [ReviewOf.DETENTION, ReviewOf.EXTENSION])
@pytest.mark.parametrize(
    ("board_received_on", "calendar_end", "working_end"),
    [
        (date(2025, 4, 1), date(2025, 5, 1), date(2025, 5, 2)),  # Labour Day
        (date(2025, 4, 9), date(2025, 5, 9), date(2025, 5, 12)),  # Europe Day (Fri) + weekend
        (date(2025, 4, 30), date(2025, 5, 30), date(2025, 5, 30)),  # month end, a Friday
        (date(2026, 1, 18), date(2026, 2, 17), date(2026, 2, 18)),  # Independence Day
    ],
)
def test_the_court_appeal_after_the_boards_decision_on_such_a_review_is_shown_rolled_over(
    of, board_received_on, calendar_end, working_end
):
    review_received = board_received_on - timedelta(days=15)
    board = board_decision_of(of, board_received_on - timedelta(days=1), board_received_on)
    facts = reviewed_decision(of, review_received, board=board)
    name = f"{of}_court_appeal_due_on"
    assert rules.deadlines(facts, board_received_on, CALENDAR)[name] == calendar_end
    assert rules.deadlines(facts, board_received_on, WORKING)[name] == working_end
    assert "court_appeal_due_on" not in rules.deadlines(facts, board_received_on, WORKING)
    last, after = working_end, working_end + timedelta(days=1)
    assert rules.check_appeal_of(facts, last, of=of, level=rules.Level.COURT, lodged_on=last,
                                 policy=WORKING) is None
    assert short(rules.check_appeal_of(facts, after, of=of, level=rules.Level.COURT,
                                       lodged_on=after, policy=WORKING)) == (
        "deadline_passed", "appeal_out_of_time")


def test_no_court_appeal_date_while_the_boards_receipt_is_unknown_or_it_annulled():
    of, received = ReviewOf.DETENTION, date(2025, 4, 1)
    unknown = reviewed_decision(of, date(2025, 3, 17),
                                board=board_decision_of(of, date(2025, 3, 31), None))
    assert "detention_court_appeal_due_on" not in rules.deadlines(unknown, received)
    annulled_board = reviewed_decision(
        of, date(2025, 3, 17),
        board=board_decision_of(of, date(2025, 3, 31), received, ReviewOutcome.ANNULLED))
    assert "detention_court_appeal_due_on" not in rules.deadlines(annulled_board, received)


def test_a_case_of_several_things_shows_the_review_appeal_dates_too():
    received_on = date(2025, 3, 6)
    facts = reviewed_decision(ReviewOf.EXTENSION, received_on)
    facts = replace(
        facts,
        items=(rules.Item(1), rules.Item(2)),
        decisions=(rules.Decision(rules.Outcome.RETURN, received_on, frozenset({1})),),
    )
    due = rules.deadlines(facts, received_on, WORKING)
    assert due["extension_board_appeal_due_on"] == date(2025, 4, 7)
    assert "deemed_seized_on" in due  # thing 2 is still detained


def test_the_owners_appeal_dates_are_not_the_customs_work():
    """As for the seizure's Board and court windows: dates the owner must meet, not in the
    supervisor's work queue (which lists what the Customs must do)."""
    received_on = date(2025, 3, 6)
    facts = reviewed_decision(ReviewOf.DETENTION, received_on)
    unknown = replace(facts, other_reviews=(
        replace(facts.other_reviews[0], decision_received_on=None),))
    assert "detention_board_appeal_due_on" in rules.deadlines(facts, received_on, WORKING)
    assert rules.due(facts, received_on, WORKING) == rules.due(unknown, received_on, WORKING)


# --- the receipt of a Board or court decision on such an appeal, recorded later --------------


def appeal_receipt(facts, of, level, received_on, today):
    return short(rules.check_record_appeal_receipt_of(
        facts, today, of=of, level=level, received_on=received_on, policy=WORKING))


def test_recording_the_receipt_of_a_boards_decision_on_the_detention():
    of, board_on = ReviewOf.DETENTION, date(2025, 4, 1)
    reviewed = reviewed_decision(of, date(2025, 3, 17))
    assert appeal_receipt(reviewed, of, rules.Level.BOARD, board_on, board_on) == (
        "conflict", "no_decision_to_receive")
    pending = replace(reviewed, other_appeals=(
        rules.Appeal(rules.Level.BOARD, date(2025, 3, 20), of=of),))
    assert appeal_receipt(pending, of, rules.Level.BOARD, board_on, board_on) == (
        "conflict", "no_decision_to_receive")
    decided = replace(reviewed, other_appeals=(board_decision_of(of, board_on, None),))
    assert appeal_receipt(decided, of, rules.Level.BOARD, board_on, board_on) is None
    assert appeal_receipt(decided, of, rules.Level.BOARD, date(2025, 3, 31), board_on) == (
        "validation_failed", "date_before_previous_act")
    assert appeal_receipt(decided, of, rules.Level.BOARD, date(2025, 4, 3), date(2025, 4, 2)) == (
        "validation_failed", "date_in_future")
    # the extension's appeals are others
    assert appeal_receipt(decided, ReviewOf.EXTENSION, rules.Level.BOARD, board_on, board_on) == (
        "conflict", "no_decision_to_receive")
    received = replace(reviewed, other_appeals=(board_decision_of(of, board_on, board_on),))
    assert appeal_receipt(received, of, rules.Level.BOARD, date(2025, 4, 2), date(2025, 4, 5)) == (
        "conflict", "receipt_already_recorded")


def test_a_receipt_that_would_make_the_court_appeal_late_is_refused():
    of, board_on = ReviewOf.EXTENSION, date(2025, 4, 1)
    court = rules.Appeal(rules.Level.COURT, date(2025, 5, 20), of=of)
    facts = reviewed_decision(of, date(2025, 3, 17),
                              board=board_decision_of(of, board_on, None))
    facts = replace(facts, other_appeals=(*facts.other_appeals, court))
    today = date(2025, 5, 25)
    # received on 20 April: 30 days end on 20 May, the day the court appeal was lodged
    assert appeal_receipt(facts, of, rules.Level.BOARD, date(2025, 4, 20), today) is None
    assert appeal_receipt(facts, of, rules.Level.BOARD, date(2025, 4, 10), today) == (
        "conflict", "receipt_contradicts_appeal")
    # the court's own judgment on the extension: recorded once decided
    assert appeal_receipt(facts, of, rules.Level.COURT, today, today) == (
        "conflict", "no_decision_to_receive")
    judged = replace(facts, other_appeals=(
        facts.other_appeals[0], replace(court, decided_on=date(2025, 5, 24),
                                        outcome=ReviewOutcome.UPHELD)))
    assert appeal_receipt(judged, of, rules.Level.COURT, today, today) is None


def test_review_request_windows_of_the_detention_and_an_extension():
    notice = Notification(Document.EXTENSION, Method.POST, day(20), day(22))
    facts = case(extensions=(Extension(day(20), 30),), notifications=(notice,))
    windows = rules.review_request_windows(facts, day(25), WORKING)
    assert windows[ReviewOf.EXTENSION] == rules.Window(
        day(20), day(25), windows[ReviewOf.EXTENSION].late)
    assert windows[ReviewOf.DETENTION].earliest == day(20)  # not before the last act
    assert short(rules.review_request_windows(case(), day(5))[ReviewOf.EXTENSION]) == (
        "conflict", "no_extension")
    # day(22) + 30 = 2025-05-01, Labour Day: the window closes on Friday 2 May
    late = rules.review_request_windows(facts, date(2025, 5, 10), WORKING)[ReviewOf.EXTENSION]
    assert late.latest == date(2025, 5, 2)


def test_review_decision_windows_of_the_detention_and_an_extension():
    pending = case(other_reviews=(Review(day(3), of=ReviewOf.DETENTION),))
    windows = rules.review_decision_windows(pending, day(8))
    assert (windows[ReviewOf.DETENTION].earliest, windows[ReviewOf.DETENTION].latest) == (
        day(3), day(8))
    assert short(windows[ReviewOf.EXTENSION]) == ("conflict", "no_review_requested")
    decided = case(other_reviews=(
        Review(day(3), day(6), ReviewOutcome.UPHELD, None, ReviewOf.DETENTION),))
    assert short(rules.review_decision_windows(decided, day(8))[ReviewOf.DETENTION]) == (
        "conflict", "review_already_decided")
    # as the check of the act: what the window allows is allowed, and only that
    check = rules.check_decide_review_of
    assert check(pending, day(8), of=ReviewOf.DETENTION, outcome=ReviewOutcome.ANNULLED,
                 decided_on=day(3)) is None
    assert short(check(pending, day(8), of=ReviewOf.DETENTION, outcome=ReviewOutcome.ANNULLED,
                       decided_on=day(2))) == ("validation_failed", "date_before_previous_act")


def test_appeal_windows_of_the_detention_and_an_extension_go_to_the_next_level():
    of, received = ReviewOf.DETENTION, date(2025, 3, 6)  # 30 days: Saturday 5 April
    facts = reviewed_decision(of, received)
    board = rules.appeal_windows(facts, date(2025, 4, 20), WORKING)[of]
    assert (board.earliest, board.latest) == (date(2025, 3, 5), date(2025, 4, 7))
    assert short(rules.appeal_windows(facts, received)[ReviewOf.EXTENSION]) == (
        "conflict", "review_required")
    lodged = replace(facts, other_appeals=(rules.Appeal(rules.Level.BOARD, date(2025, 3, 20),
                                                        of=of),))
    assert short(rules.appeal_windows(lodged, date(2025, 3, 25))[of]) == (
        "conflict", "board_decision_required")
    decided = replace(facts, other_appeals=(board_decision_of(of, date(2025, 4, 1),
                                                              date(2025, 4, 1)),))
    court = rules.appeal_windows(decided, date(2025, 6, 1), WORKING)[of]
    assert (court.earliest, court.latest) == (date(2025, 4, 1), date(2025, 5, 2))  # Labour Day


# --- Art. 291(7): the written answer to a closed Board hearing on a detention or extension review -


def board_on_review(of, notified_on, hearing=rules.Hearing.CLOSED, decided_on=None):
    """A review of `of` decided and received 20 days before `notified_on`, appealed to the Board
    the next day; the Customs notified of the appeal on `notified_on`."""
    lodged_on = notified_on - timedelta(days=19)
    board = rules.Appeal(
        rules.Level.BOARD, lodged_on, decided_on,
        ReviewOutcome.UPHELD if decided_on else None, None, hearing, notified_on, of,
    )
    return reviewed_decision(of, notified_on - timedelta(days=20), board=board)


@pytest.mark.parametrize("of", [ReviewOf.DETENTION, ReviewOf.EXTENSION])
@pytest.mark.parametrize(
    ("notified_on", "expected"),
    [
        (date(2025, 4, 1), date(2025, 5, 1)),  # 1 May, a holiday: the Customs' date stays
        (date(2025, 1, 31), date(2025, 3, 2)),  # across a short February, ends on a Sunday
        (date(2024, 1, 30), date(2024, 2, 29)),  # a leap day
        (date(2025, 12, 20), date(2026, 1, 19)),  # across the year
        (date(2025, 4, 4), date(2025, 5, 4)),  # a Sunday: not rolled over
    ],
)
def test_board_response_on_a_detention_or_extension_review_due_30_days_after_notification(
    of, notified_on, expected
):
    facts = board_on_review(of, notified_on)
    name = f"{of}_board_response_due_on"
    dates = rules.deadlines(facts, notified_on, WORKING)
    # a time of the Customs: the same date whether owners' times roll over or not
    assert dates[name] == expected
    assert rules.deadlines(facts, notified_on, CALENDAR)[name] == expected
    assert "board_response_due_on" not in dates  # the seizure's appeal is another matter
    assert (rules.Due.BOARD_RESPONSE, expected) in rules.due(facts, notified_on, WORKING)


@pytest.mark.parametrize("of", [ReviewOf.DETENTION, ReviewOf.EXTENSION])
def test_no_board_response_on_such_a_review_for_an_open_hearing_unknown_notice_or_decided(of):
    notified_on = date(2025, 4, 1)
    name = f"{of}_board_response_due_on"
    today = date(2025, 4, 10)
    opened = board_on_review(of, notified_on, hearing=rules.Hearing.OPEN)
    assert name not in rules.deadlines(opened, today)
    assert all(what != rules.Due.BOARD_RESPONSE for what, _ in rules.due(opened, today))
    decided = board_on_review(of, notified_on, decided_on=date(2025, 4, 20))
    assert rules.deadlines(decided, date(2025, 4, 19))[name] == date(2025, 5, 1)
    assert name not in rules.deadlines(decided, date(2025, 4, 20))
    assert name not in rules.deadlines(board_on_review(of, notified_on), date(2025, 3, 31))


# --- Art. 291(1)-(2), 251(11): a review of the decision while one thing it is about is held -----


def things(*dispositions, decisions=(), extensions=()):
    """Two perishable things detained on D; dispositions and decisions name them by id."""
    return case(
        items=(rules.Item(1, True, Decimal("100")), rules.Item(2, True, Decimal("200"))),
        perishable=True,
        dispositions=dispositions,
        disposition=dispositions[0] if dispositions else None,
        decisions=decisions,
        extensions=extensions,
    )


def sold(on, *ids, kind=rules.DispositionKind.PERISHABLE_SALE):
    return rules.Disposition(kind, on, Decimal("50"), frozenset(ids))


def decided(outcome, on, *ids):
    return rules.Decision(outcome, on, frozenset(ids))


ALREADY_DISPOSED = ("conflict", "already_disposed")
EXTENDED = (Extension(day(20), 30),)


@pytest.mark.parametrize(
    ("facts", "of", "requested_on", "expected"),
    [
        # one thing sold (Art. 251(3)(a)), the other still detained: the review stays open
        (things(sold(day(5), 1)), ReviewOf.DETENTION, day(6), None),
        # the other seized and still held: the Customs still hold something
        (things(sold(day(5), 1), decisions=(decided(rules.Outcome.SEIZE, day(8), 2),)),
         ReviewOf.DETENTION, day(9), None),
        # both sold: nothing held any more
        (things(sold(day(5), 1), sold(day(7), 2)), ReviewOf.DETENTION, day(8), ALREADY_DISPOSED),
        (things(sold(day(5), 1, 2)), ReviewOf.DETENTION, day(6), ALREADY_DISPOSED),
        # one sold, the other returned by decision: nothing held, one disposed of
        (things(sold(day(5), 1), decisions=(decided(rules.Outcome.RETURN, day(8), 2),)),
         ReviewOf.DETENTION, day(9), ALREADY_DISPOSED),
        # an extension of both; one sold since: the other is still held under it
        (things(sold(day(25), 1), extensions=EXTENDED), ReviewOf.EXTENSION, day(26), None),
        # thing 2 sold before the extension, which then was about thing 1 only: once thing 1
        # is sold too, nothing the extension is about is held
        (things(sold(day(5), 2), extensions=EXTENDED), ReviewOf.EXTENSION, day(21), None),
        (things(sold(day(5), 2), sold(day(25), 1), extensions=EXTENDED), ReviewOf.EXTENSION,
         day(26), ALREADY_DISPOSED),
    ],
)
def test_a_review_of_the_detention_or_an_extension_while_a_thing_it_is_about_is_held(
    facts, of, requested_on, expected
):
    assert request(facts, of, requested_on, requested_on) == expected
    window = rules.review_request_windows(facts, requested_on)[of]
    assert isinstance(window, rules.Window) == (expected is None)


def test_the_refusal_names_the_disposal_of_a_thing_the_extension_is_about():
    facts = things(sold(day(5), 2, kind=rules.DispositionKind.PERISHABLE_DESTRUCTION),
                   sold(day(25), 1), extensions=EXTENDED)
    refusal = rules.check_request_review_of(
        facts, day(26), of=ReviewOf.EXTENSION, requested_on=day(26))
    assert refusal.params["kind"] == rules.DispositionKind.PERISHABLE_SALE
    assert rules.things_concerned(facts, ReviewOf.EXTENSION) == (1,)
    assert rules.things_concerned(facts, ReviewOf.DETENTION) == (1, 2)


def test_a_case_read_as_one_thing_disposed_of_is_refused_a_review_of_its_detention():
    facts = case(perishable=True, disposition=rules.Disposition(
        rules.DispositionKind.PERISHABLE_SALE, day(5), Decimal("50")))
    assert request(facts, ReviewOf.DETENTION, day(6), day(6)) == ALREADY_DISPOSED
