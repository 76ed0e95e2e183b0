"""Issue 19 item 4: the decision on a review of the detention or of an extension can have its
receipt recorded after the decision, through a notice of document `review_decision` naming the
review (`review_id`), as for the seizure's review; the receipt starts the 30 days to appeal to
the Board (Art. 291(5)-(6)), rolled over to the next working day under the policy."""

from __future__ import annotations

import datetime as dt

D = dt.date(2026, 3, 2)  # a Monday
CLOCK_START = D


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def ok(response, status=201) -> dict:
    assert response.status_code == status, response.json
    return response.json


def refused(response, status: int, error: str, field: str | None = None) -> dict:
    assert response.status_code == status, response.json
    assert response.json["error"] == error, response.json
    assert response.json["message"]
    if field is not None:
        assert field in str(response.json), response.json
    return response.json


def board_appeal(api, case_id, of, lodged_on):
    return api._post(f"/api/v1/cases/{case_id}/appeals",
                     {"level": "board", "lodged_on": lodged_on.isoformat(), "of": of})


def detention_review(api, clock, decided_on=None) -> tuple[int, int]:
    """A case whose owner asked on day 2 for a review of the detention, decided on
    `decided_on` without a receipt."""
    case_id = api.opened(D)["id"]
    clock.today = day(2)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(2).isoformat(), "of": "detention"},
                          supervisor=False))
    if decided_on is not None:
        clock.today = decided_on
        ok(api.review_decision(case_id, review["id"], "upheld", decided_on))
    return case_id, review["id"]


def test_the_receipt_of_a_detention_review_decision_is_recorded_later_and_starts_the_appeal(
    api, clock
):
    case_id, review_id = detention_review(api, clock, decided_on=day(6))
    notice = ok(api.notify(case_id, "review_decision", day(6), method="post",
                           review_id=review_id))
    assert next(n for n in notice["case"]["notifications"]
                if n["document"] == "review_decision")["review_id"] == review_id
    assert notice["case"]["reviews"][0]["received_on"] is None
    clock.today = day(12)
    ok(api.receipt(case_id, notice["id"], day(9)))  # Wednesday 11 March
    case = api.get(case_id)
    assert case["reviews"][0]["received_on"] == day(9).isoformat()
    assert case["review"] is None  # the seizure's review is another one
    refused(api.receipt(case_id, notice["id"], day(10)), 409, "conflict")  # already recorded
    clock.today = day(45)
    # 30 days from 11 March end on Friday 10 April (day 39)
    refused(board_appeal(api, case_id, "detention", day(40)), 409, "deadline_passed")
    ok(board_appeal(api, case_id, "detention", day(39)))


def test_the_receipt_of_an_extension_review_decision_rolls_the_appeal_over_to_a_working_day(
    api, clock
):
    case_id = api.opened(D)["id"]
    clock.today = day(1)
    ok(api.extend(case_id, 30, day(1), method="post"))
    clock.today = day(5)
    extension_notice = next(n for n in api.get(case_id)["notifications"]
                            if n["document"] == "extension")
    ok(api.receipt(case_id, extension_notice["id"], day(4)))
    review = ok(api._post(f"/api/v1/cases/{case_id}/reviews",
                          {"requested_on": day(5).isoformat(), "of": "extension"},
                          supervisor=False))
    clock.today = day(8)
    ok(api.review_decision(case_id, review["id"], "upheld", day(8)))
    clock.today = day(10)
    # received with the notice, on Thursday 12 March
    ok(api.notify(case_id, "review-decision", day(8), day(10), method="post",
                  review_id=review["id"]))
    case = api.get(case_id)
    assert case["reviews"][0]["received_on"] == day(10).isoformat()
    clock.today = day(50)
    # 30 days end on Saturday 11 April; Orthodox Easter Sunday and Monday follow: Tuesday 14
    refused(board_appeal(api, case_id, "extension", day(44)), 409, "deadline_passed")
    ok(board_appeal(api, case_id, "extension", day(43)))


def test_a_review_of_another_case_is_refused_and_nothing_is_written(api, clock):
    other_case, other_review = detention_review(api, clock, decided_on=day(6))
    case_id, _ = detention_review(api, clock, decided_on=day(6))
    before = api.get(case_id)
    refused(api.notify(case_id, "review_decision", day(6), day(6), method="hand",
                       review_id=other_review), 422, "validation_failed", "review_id")
    refused(api.notify(case_id, "review_decision", day(6), method="post",
                       review_id=10**9), 422, "validation_failed", "review_id")
    after = api.get(case_id)
    assert after["notifications"] == before["notifications"]
    assert after["reviews"] == before["reviews"]
    assert api.get(other_case)["reviews"][0]["received_on"] is None


def test_a_review_not_yet_decided_is_refused_and_nothing_is_written(api, clock):
    case_id, review_id = detention_review(api, clock)
    clock.today = day(6)
    before = api.get(case_id)
    refused(api.notify(case_id, "review_decision", day(6), day(6), method="hand",
                       review_id=review_id), 422, "validation_failed", "review_id")
    after = api.get(case_id)
    assert after["notifications"] == before["notifications"]
    assert after["reviews"] == before["reviews"]


def test_only_a_notice_of_a_review_decision_names_a_review(api, clock):
    case_id, review_id = detention_review(api, clock, decided_on=day(6))
    before = api.get(case_id)
    refused(api.notify(case_id, "receipt", day(6), method="hand", review_id=review_id),
            422, "validation_failed", "review_id")
    assert api.get(case_id)["notifications"] == before["notifications"]


def test_a_review_decision_notice_without_review_id_still_notifies_the_seizures_review(
    api, clock
):
    case_id, _ = detention_review(api, clock, decided_on=day(6))
    # only the detention's review exists: the default names the seizure's, which has none
    refused(api.notify(case_id, "review_decision", day(6), day(6), method="hand"),
            409, "conflict")
    assert api.get(case_id)["reviews"][0]["received_on"] is None
