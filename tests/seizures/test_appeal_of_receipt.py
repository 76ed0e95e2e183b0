"""The decision of the Independent Review Board or of the court on an appeal about the detention
or an extension (Art. 251(13), 291(5)-(9)) can have its receipt recorded after the decision,
through a notice of document `board_decision` or `court_decision` naming the appeal
(`appeal_id`), as for the seizure's appeals, with the same refusals; the case's `deadlines`
show the owner's last days to appeal such a review to the Board and then to the court, rolled
over to the next working day (Art. 12(5)); the requests for review of the detention and of an
extension are offered with their windows (`allowed_actions`)."""

from __future__ import annotations

import datetime as dt

from tests.seizures.test_review_of_receipt import board_appeal, ok, refused

D = dt.date(2026, 3, 2)  # a Monday
CLOCK_START = D


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def appeal_of(api, case_id, of, level, lodged_on):
    return api._post(f"/api/v1/cases/{case_id}/appeals",
                     {"level": level, "lodged_on": lodged_on.isoformat(), "of": of})


def board_decided(api, clock, board_received_on=None) -> tuple[int, int]:
    """A case whose owner asked on day 2 for a review of the detention, upheld on day 8 and
    received that day (Tuesday 10 March), appealed to the Board on day 10; the Board upheld the
    detention on day 20, its receipt given with the decision or not."""
    case_id = api.opened(D)["id"]
    clock.today = day(2)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(2).isoformat(), "of": "detention"},
                          supervisor=False))
    clock.today = day(8)
    ok(api.review_decision(case_id, review["id"], "upheld", day(8), day(8)))
    clock.today = day(10)
    board = ok(board_appeal(api, case_id, "detention", day(10)))
    clock.today = day(20)
    ok(api.appeal_decision(case_id, board["id"], "upheld", day(20), board_received_on))
    return case_id, board["id"]


def notice_of(case: dict, document: str) -> dict:
    return next(n for n in case["notifications"] if n["document"] == document)


def appeal(case: dict, appeal_id: int) -> dict:
    return next(a for a in case["appeals"] if a["id"] == appeal_id)


def test_the_board_appeal_date_of_a_detention_review_is_shown_and_rolled_over(api, clock):
    case_id, _ = board_decided(api, clock)
    case = api.get(case_id)
    # 30 days from Tuesday 10 March end on Thursday 9 April, Constitution Day: Friday 10 April
    assert case["deadlines"]["detention_board_appeal_due_on"] == "2026-04-10"
    assert "board_appeal_due_on" not in case["deadlines"]  # the seizure's: no such review
    assert "detention_court_appeal_due_on" not in case["deadlines"]  # Board's receipt unknown


def test_the_receipt_of_the_boards_decision_on_the_detention_is_recorded_later(api, clock):
    case_id, board_id = board_decided(api, clock)
    clock.today = day(22)
    notice = ok(api.notify(case_id, "board_decision", day(21), method="post",
                           appeal_id=board_id))
    assert notice_of(notice["case"], "board_decision")["appeal_id"] == board_id
    assert appeal(notice["case"], board_id)["received_on"] is None
    clock.today = day(26)
    before = api.get(case_id)
    refused(api.receipt(case_id, notice["id"], day(20)), 422, "validation_failed",
            "received_on")  # before it was sent
    refused(api.receipt(case_id, notice["id"], day(27)), 422, "validation_failed",
            "received_on")  # in the future
    assert api.get(case_id)["appeals"] == before["appeals"]
    assert api.get(case_id)["notifications"] == before["notifications"]
    # received on Friday 27 March: the court's 30 days end on Sunday 26 April, so Monday 27
    ok(api.receipt(case_id, notice["id"], day(25)))
    case = api.get(case_id)
    assert appeal(case, board_id)["received_on"] == day(25).isoformat()
    assert case["deadlines"]["detention_court_appeal_due_on"] == "2026-04-27"
    refused(api.receipt(case_id, notice["id"], day(25)), 409, "conflict")  # twice
    clock.today = day(60)
    refused(appeal_of(api, case_id, "detention", "court", day(57)), 409, "deadline_passed")
    court = ok(appeal_of(api, case_id, "detention", "court", day(56)))
    # the court's judgment on the detention: its receipt recorded later as well
    clock.today = day(70)
    ok(api.appeal_decision(case_id, court["id"], "upheld", day(70)))
    judgment = ok(api.notify(case_id, "court_decision", day(70), method="post",
                             appeal_id=court["id"]))
    clock.today = day(75)
    ok(api.receipt(case_id, judgment["id"], day(73)))
    assert appeal(api.get(case_id), court["id"])["received_on"] == day(73).isoformat()


def test_a_receipt_given_with_the_decision_is_not_recorded_twice(api, clock):
    case_id, board_id = board_decided(api, clock, board_received_on=day(20))
    clock.today = day(22)
    refused(api.notify(case_id, "board_decision", day(21), day(22), method="post",
                       appeal_id=board_id), 409, "conflict")
    notice = ok(api.notify(case_id, "board_decision", day(21), method="post",
                           appeal_id=board_id))
    refused(api.receipt(case_id, notice["id"], day(22)), 409, "conflict")
    assert appeal(api.get(case_id), board_id)["received_on"] == day(20).isoformat()


def test_a_notice_received_with_it_starts_the_court_window(api, clock):
    case_id, board_id = board_decided(api, clock)
    clock.today = day(30)
    ok(api.notify(case_id, "board-decision", day(21), day(24), method="post",
                  appeal_id=board_id))
    # Thursday 26 March + 30 days: Saturday 25 April, so Monday 27 April
    assert api.get(case_id)["deadlines"]["detention_court_appeal_due_on"] == "2026-04-27"


def test_naming_an_appeal_that_cannot_be_notified_is_refused_and_nothing_is_written(api, clock):
    other_case, other_board = board_decided(api, clock)
    case_id, board_id = board_decided(api, clock)
    clock.today = day(22)
    before = api.get(case_id)
    cases = [
        ("board_decision", other_board),  # another case's appeal
        ("board_decision", 10**9),  # no such appeal
        ("court_decision", board_id),  # the Board's appeal named on the court's judgment
        ("seizure", board_id),  # a document that names no appeal
    ]
    for document, appeal_id in cases:
        refused(api.notify(case_id, document, day(21), day(21), method="hand",
                           appeal_id=appeal_id), 422, "validation_failed", "appeal_id")
    after = api.get(case_id)
    assert after["notifications"] == before["notifications"]
    assert after["appeals"] == before["appeals"]
    assert appeal(api.get(other_case), other_board)["received_on"] is None


def test_an_appeal_not_yet_decided_is_refused(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(2)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(2).isoformat(), "of": "detention"}))
    clock.today = day(8)
    ok(api.review_decision(case_id, review["id"], "upheld", day(8), day(8)))
    board = ok(board_appeal(api, case_id, "detention", day(8)))
    refused(api.notify(case_id, "board_decision", day(8), method="post",
                       appeal_id=board["id"]), 422, "validation_failed", "appeal_id")
    # without appeal_id the notice is the seizure's Board decision, which does not exist
    refused(api.notify(case_id, "board_decision", day(8), method="post"), 409, "conflict")


def test_the_extension_review_appeal_date_and_the_request_windows(api, clock):
    case_id = api.opened(D)["id"]
    case = api.get(case_id)
    assert "request_detention_review" in case["allowed_actions"]
    assert case["action_windows"]["request_detention_review"]["earliest"] == D.isoformat()
    assert case["refused_actions"]["request_extension_review"]["error"] == "conflict"
    assert case["refused_actions"]["request_extension_review"]["message"]
    clock.today = day(1)
    ok(api.extend(case_id, 30, day(1), method="post"))
    clock.today = day(5)
    extension = notice_of(api.get(case_id), "extension")
    ok(api.receipt(case_id, extension["id"], day(4)))
    case = api.get(case_id)
    assert case["action_windows"]["request_extension_review"] == {
        "earliest": day(1).isoformat(), "latest": day(5).isoformat()}
    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(5).isoformat(), "of": "extension"},
                          supervisor=False))
    assert "request_extension_review" in review["case"]["refused_actions"]
    clock.today = day(9)
    case = api.get(case_id)
    assert case["action_windows"]["decide_extension_review"] == {
        "earliest": day(5).isoformat(), "latest": day(9).isoformat()}
    assert case["refused_actions"]["decide_detention_review"]["error"] == "conflict"
    assert "decide_review" not in case["allowed_actions"]  # the seizure's: never requested
    decided = ok(api.review_decision(case_id, review["id"], "amended", day(9), day(9)))
    assert decided["case"]["refused_actions"]["decide_extension_review"]["error"] == "conflict"
    # Wednesday 11 March + 30 days: Friday 10 April
    case = api.get(case_id)
    assert case["deadlines"]["extension_board_appeal_due_on"] == "2026-04-10"
    # the appeal to the Board is offered until that day; the detention's needs its review first
    assert case["action_windows"]["appeal_extension_review"] == {
        "earliest": day(9).isoformat(), "latest": day(9).isoformat()}
    assert case["refused_actions"]["appeal_detention_review"]["error"] == "conflict"
    clock.today = day(45)
    late = api.get(case_id)["action_windows"]["appeal_extension_review"]
    assert late == {"earliest": day(9).isoformat(), "latest": "2026-04-10"}
    board = ok(board_appeal(api, case_id, "extension", dt.date(2026, 4, 10)))
    # next, the court: only once the Board has decided
    refusal = board["case"]["refused_actions"]["appeal_extension_review"]
    assert refusal["error"] == "conflict" and refusal["message"]
