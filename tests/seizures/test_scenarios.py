"""Cases walked through every path of Art. 251 and 291 over the API, with fixed past dates.

The legal "today" is a settable clock: time passes by moving it, never by sleeping.
"""

from __future__ import annotations

import datetime as dt

import pytest

# Deadlines counted in calendar days; tests/seizures/test_scenarios_dates.py rolls them over.
pytestmark = pytest.mark.usefixtures("calendar_days")

D = dt.date(2026, 3, 2)  # the day of detention
CLOCK_START = D  # the first day of the `clock` fixture


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def ok(response, status=201) -> dict:
    assert response.status_code == status, response.json
    return response.json


def refused(response, status: int, error: str) -> dict:
    assert response.status_code == status, response.json
    assert response.json["error"] == error, response.json
    assert response.json["message"]
    return response.json


def test_the_long_road_extensions_seizure_review_board_and_destruction(api, clock):
    case_id = api.opened(D)["id"]

    clock.today = day(5)
    ok(api.extend(case_id, 30, day(5)))
    clock.today = day(10)
    refused(api.extend(case_id, 31, day(10)), 409, "conflict")  # 30 + 31 > 60
    case = ok(api.extend(case_id, 30, day(10)))["case"]
    assert case["deadlines"]["detention_ends_on"] == day(90).isoformat()
    assert case["deadlines"]["latest_extension_to"] == day(90).isoformat()
    assert "extend" not in case["allowed_actions"]
    refused(api.extend(case_id, 1, day(10)), 409, "conflict")
    assert len(case["notifications"]) == 2  # each extension is notified (Art. 251(2)(a))

    clock.today = day(40)
    case = ok(api.decide(case_id, "seize", day(40)))["case"]
    assert case["status"] == "seized"
    assert case["deadlines"]["seized_on"] == day(40).isoformat()
    refused(api.decide(case_id, "return", day(40)), 409, "conflict")

    clock.today = day(41)
    notice = ok(api.notify(case_id, "seizure", day(41)))
    case = notice["case"]
    assert "review_request_due_on" not in case["deadlines"]  # not received yet
    assert case["notice_current"] is True
    clock.today = day(45)
    case = ok(api.receipt(case_id, notice["id"], day(44)))["case"]
    assert case["deadlines"]["notice_received_on"] == day(44).isoformat()
    assert case["deadlines"]["review_request_due_on"] == day(74).isoformat()
    refused(api.receipt(case_id, notice["id"], day(44)), 409, "conflict")

    clock.today = day(60)
    review_id = ok(api.review(case_id, day(60)))["id"]
    refused(api.review(case_id, day(60)), 409, "conflict")  # one review per case
    # While the notice is current only a return on payment up to the value is possible.
    refused(api.dispose(case_id, "official_use", day(60)), 409, "conflict")
    refused(api.dispose(case_id, "return_on_payment", day(60), amount_eur=700.01), 409, "conflict")

    clock.today = day(82)
    case = ok(api.review_decision(case_id, review_id, "upheld", day(80), day(82)))["case"]
    assert case["review"]["outcome"] == "upheld"
    assert case["deadlines"]["board_appeal_due_on"] == day(112).isoformat()

    clock.today = day(100)
    appeal_id = ok(api.appeal(case_id, "board", day(100)))["id"]
    clock.today = day(131)
    case = ok(api.appeal_decision(case_id, appeal_id, "upheld", day(130), day(131)))["case"]
    assert case["deadlines"]["court_appeal_due_on"] == day(161).isoformat()
    assert case["deadlines"]["final_on"] == day(162).isoformat()
    assert case["notice_current"] is True
    refused(api.dispose(case_id, "destruction", day(131)), 409, "conflict")

    clock.today = day(163)
    case = api.get(case_id)
    assert case["seizure_final"] is True and case["notice_current"] is False
    case = ok(api.dispose(case_id, "destruction", day(163)))["case"]
    assert case["status"] == "disposed"
    refused(api.dispose(case_id, "sale", day(163)), 409, "conflict")
    actions = [event["action"] for event in case["history"]]
    assert actions == [
        "opened", "extended", "notified", "extended", "notified", "decided", "notified",
        "received", "review_requested", "review_decided", "appeal_lodged", "appeal_decided",
        "disposed",
    ]


def test_review_out_of_time_is_refused_but_paper_first_in_time_is_accepted(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(12)
    ok(api.decide(case_id, "seize", day(10)))
    ok(api.notify(case_id, "seizure", day(10), day(12)))  # received on day 12: due day 42
    clock.today = day(50)
    refused(api.review(case_id, day(43)), 409, "deadline_passed")
    # The request reached the office on day 42 and is entered late: judged at its date.
    ok(api.review(case_id, day(42)))


def test_no_review_means_final_after_thirty_days_then_official_use_or_sale(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(3)
    ok(api.decide(case_id, "seize", day(3)))
    ok(api.notify(case_id, "seizure", day(3), method="hand"))  # received by hand that day
    clock.today = day(33)
    case = api.get(case_id)
    assert case["notice_current"] is True and case["deadlines"]["final_on"] == day(34).isoformat()
    refused(api.dispose(case_id, "sale", day(33), amount_eur=100), 409, "conflict")
    clock.today = day(34)
    case = ok(api.dispose(case_id, "sale", day(34), amount_eur=350))["case"]
    assert case["status"] == "disposed"
    assert case["disposition"]["amount_eur"] == 350


def test_return_on_payment_while_current_up_to_the_value(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(7)
    ok(api.decide(case_id, "seize", day(5)))
    ok(api.notify(case_id, "seizure", day(5), day(7)))
    refused(api.dispose(case_id, "return_on_payment", day(5)), 422, "validation_failed")
    case = ok(api.dispose(case_id, "return_on_payment", day(5), amount_eur=700))["case"]
    assert case["status"] == "returned"


def test_review_annulled_returns_the_thing_and_ends_the_notice(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(6)
    ok(api.decide(case_id, "seize", day(5)))
    ok(api.notify(case_id, "seizure", day(5), day(6)))
    review_id = ok(api.review(case_id, day(5)))["id"]
    case = ok(api.review_decision(case_id, review_id, "annulled", day(5)))["case"]
    assert case["status"] == "returned"
    assert case["notice_current"] is False
    refused(api.dispose(case_id, "return_on_payment", day(5), amount_eur=10), 409, "conflict")


def test_court_after_the_board(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(6)
    ok(api.decide(case_id, "seize", day(5)))
    ok(api.notify(case_id, "seizure", day(5), day(6)))
    review_id = ok(api.review(case_id, day(5)))["id"]
    refused(api.appeal(case_id, "court", day(5)), 409, "conflict")  # the Board comes first
    ok(api.review_decision(case_id, review_id, "amended", day(5), day(5)))
    board_id = ok(api.appeal(case_id, "board", day(5)))["id"]
    ok(api.appeal_decision(case_id, board_id, "upheld", day(5), day(5)))
    court_id = ok(api.appeal(case_id, "court", day(5)))["id"]
    clock.today = day(20)
    case = ok(api.appeal_decision(case_id, court_id, "upheld", day(20), day(21 - 1)))["case"]
    # Art. 251(9)(b): final once the time to appeal the judgment has run from its receipt
    assert case["seizure_final"] is False
    assert [appeal["level"] for appeal in case["appeals"]] == ["board", "court"]
    refused(api.dispose(case_id, "official_use", day(20)), 409, "conflict")
    clock.today = day(51)
    assert api.get(case_id)["seizure_final"] is True
    ok(api.dispose(case_id, "official_use", day(51)))


def test_return_without_condition_closes_the_case(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(4)
    case = ok(api.decide(case_id, "return", day(4)))["case"]
    assert case["status"] == "returned"
    assert not {"extend", "decide_seize", "decide_return"} & set(case["allowed_actions"])
    refused(api.decide(case_id, "seize", day(4)), 409, "conflict")
    refused(api.extend(case_id, 10, day(4)), 409, "conflict")
    clock.today = day(200)
    assert api.get(case_id)["status"] == "returned"  # never deemed seized


def test_conditional_return_then_return_without_condition(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(4)
    refused(
        api.decide(case_id, "return_conditionally", day(4), conditions=""), 422,
        "validation_failed",
    )
    case = ok(api.decide(case_id, "return_conditionally", day(4)))["case"]
    assert case["status"] == "returned_conditionally"
    refused(api.decide(case_id, "return_conditionally", day(4)), 409, "conflict")
    clock.today = day(20)
    case = ok(api.decide(case_id, "return", day(20)))["case"]
    assert case["status"] == "returned"


def test_perishable_goods_may_be_sold_while_detained(api, clock):
    perishable = {
        "kind": "goods",
        "description": "Fresh cheese",
        "quantity": 40,
        "unit": "kg",
        "value_eur": 320,
        "perishable": True,
    }
    case_id = api.opened(D, items=[perishable])["id"]
    clock.today = day(2)
    case = ok(api.dispose(case_id, "perishable_sale", day(2), amount_eur=300))["case"]
    assert case["status"] == "disposed"
    clock.today = day(60)
    assert api.get(case_id)["status"] == "disposed"  # nothing left to be deemed seized

    other = api.opened(D)["id"]
    refused(api.dispose(other, "perishable_destruction", day(60)), 409, "conflict")


def test_legal_dates_in_the_future_or_before_the_previous_act_are_refused(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(10)
    future = refused(api.decide(case_id, "seize", day(11)), 422, "validation_failed")
    assert "decided_on" in future["errors"]
    refused(api.decide(case_id, "seize", day(-1)), 422, "validation_failed")
    ok(api.decide(case_id, "seize", day(8)))
    refused(api.notify(case_id, "seizure", day(7)), 422, "validation_failed")
    refused(api.notify(case_id, "seizure", day(9), day(8)), 422, "validation_failed")
    refused(api.notify(case_id, "seizure", day(9), day(11)), 422, "validation_failed")


def test_decision_after_the_period_is_refused_as_deadline_passed(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(31)
    case = api.get(case_id)
    assert case["status"] == "deemed_seized"
    refused(api.decide(case_id, "seize", day(31)), 409, "deadline_passed")
    ok(api.decide(case_id, "seize", day(30)))  # decided in time on paper, entered late


def test_electronic_notice_needs_an_electronic_address(api, clock):
    owner = {"kind": "legal", "name": "Pa Email SH.P.K.", "address": "Prizren"}
    case_id = api.opened(D, owner=owner)["id"]
    ok(api.decide(case_id, "seize", D))
    refused(api.notify(case_id, "seizure", D, method="electronic"), 422, "validation_failed")


def test_notice_of_a_review_decision_records_its_receipt(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(6)
    ok(api.decide(case_id, "seize", day(5)))
    ok(api.notify(case_id, "seizure", day(5), day(6)))
    review_id = ok(api.review(case_id, day(5)))["id"]
    ok(api.review_decision(case_id, review_id, "upheld", day(5)))
    # Named as API.md and the PDF name it (`review-decision`), it is the same document.
    sent = ok(api.notify(case_id, "review-decision", day(5)))
    case = ok(api.receipt(case_id, sent["id"], day(5)))["case"]
    assert case["review"]["received_on"] == day(5).isoformat()
    assert case["deadlines"]["board_appeal_due_on"] == day(35).isoformat()
