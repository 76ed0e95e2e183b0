"""Through the Flask client: the Customs' written answer to a closed hearing of the Independent
Review Board on an appeal about a review of the detention or an extension is due 30 days from
the Customs' notification (Art. 291(7)), shown in `deadlines` and in the supervisor's work queue
as the seizure's; and a review of the detention or an extension may still be asked while the
Customs hold one thing the decision is about, after another was sold (Art. 291(1)-(2),
251(3)(a), 251(11)), refused only once none is held."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.seizures.models import CaseReview
from tests.seizures.test_review_of_receipt import ok, refused

D = dt.date(2026, 3, 2)  # a Monday
CLOCK_START = D

FISH = {"kind": "goods", "description": "Fresh trout", "quantity": 40, "unit": "kg",
        "value_eur": 80, "perishable": True}
CHEESE = {"kind": "goods", "description": "Fresh cheese", "quantity": 10, "unit": "kg",
          "value_eur": 60, "perishable": True}
CIGARETTES = {"kind": "goods", "description": "Cigarettes without excise stamps",
              "quantity": 20, "unit": "carton", "value_eur": 700, "category": "cigarettes",
              "unmarked": True}


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def review_of(api, case_id, of, requested_on):
    return api._post(f"/api/v1/cases/{case_id}/reviews",
                     {"requested_on": requested_on.isoformat(), "of": of}, supervisor=False)


def closed_board(api, clock, of) -> tuple[int, int]:
    """A case detained on D (receipt handed over), extended on day 1 (notice handed over); the
    owner's review of `of` asked on day 2, upheld on day 8 and received that day; appealed to
    the Board on day 10, which holds a closed hearing, the Customs notified on day 12."""
    case_id = api.opened(D)["id"]
    clock.today = day(1)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    ok(api.extend(case_id, 30, day(1)))
    clock.today = day(2)
    review = ok(review_of(api, case_id, of, day(2)))
    clock.today = day(8)
    ok(api.review_decision(case_id, review["id"], "upheld", day(8), day(8)))
    clock.today = day(12)
    board = ok(api._post(f"/api/v1/cases/{case_id}/appeals", {
        "level": "board", "lodged_on": day(10).isoformat(), "of": of,
        "hearing": "closed", "notified_on": day(12).isoformat()}))
    return case_id, board["id"]


@pytest.mark.parametrize("of", ["detention", "extension"])
def test_a_closed_board_hearing_on_such_a_review_awaits_the_customs_answer(api, clock, client, of):
    case_id, board_id = closed_board(api, clock, of)
    name = f"{of}_board_response_due_on"
    case = api.get(case_id)
    # notified on Saturday 14 March: 30 days end on Monday 13 April, the Customs' own date
    assert case["deadlines"][name] == "2026-04-13"
    assert "board_response_due_on" not in case["deadlines"]
    queue = client.get("/api/v1/cases/due?within=60", headers=api.supervisor_headers)
    assert queue.status_code == 200, queue.json
    due = next(c for c in queue.json["cases"] if c["id"] == case_id)["due"]
    assert {"what": "board_response", "on": "2026-04-13",
            "label": "Answer the Independent Review Board in writing"} in due
    sq = client.get("/api/v1/cases/due?within=60",
                    headers={**api.supervisor_headers, "Accept-Language": "sq"}).json
    due_sq = next(c for c in sq["cases"] if c["id"] == case_id)["due"]
    assert any(d["what"] == "board_response" and "Bordit" in d["label"] for d in due_sq)

    clock.today = day(20)
    ok(api.appeal_decision(case_id, board_id, "upheld", day(20)))
    assert name not in api.get(case_id)["deadlines"]
    queue = client.get("/api/v1/cases/due?within=60", headers=api.supervisor_headers).json
    due = next((c["due"] for c in queue["cases"] if c["id"] == case_id), [])
    assert all(d["what"] != "board_response" for d in due)


def test_an_open_hearing_or_an_unknown_notification_has_no_answer_date(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(2)
    ok(api.notify(case_id, "receipt", day(0), method="hand"))
    review = ok(review_of(api, case_id, "detention", day(2)))
    clock.today = day(8)
    ok(api.review_decision(case_id, review["id"], "upheld", day(8), day(8)))
    clock.today = day(12)
    ok(api._post(f"/api/v1/cases/{case_id}/appeals", {
        "level": "board", "lodged_on": day(10).isoformat(), "of": "detention",
        "hearing": "open", "notified_on": day(12).isoformat()}))
    assert "detention_board_response_due_on" not in api.get(case_id)["deadlines"]


def sell(api, case_id, item_id, on):
    return api._post(f"/api/v1/cases/{case_id}/dispositions", {
        "kind": "perishable_sale", "decided_on": on.isoformat(), "amount_eur": 50,
        "item_ids": [item_id]})


def test_a_review_of_the_detention_after_one_thing_was_sold_while_others_are_held(
    api, clock, client
):
    case = api.opened(D, items=[CIGARETTES, FISH])
    _cigarettes, fish = (item["id"] for item in case["items"])
    clock.today = day(2)
    case = ok(sell(api, case["id"], fish, day(2)))["case"]
    assert [item["status"] for item in case["items"]] == ["detained", "sold"]
    assert "request_detention_review" in case["allowed_actions"]
    # still in the supervisor's work queue: the cigarettes are to be extended or decided on
    queue = client.get("/api/v1/cases/due?within=30", headers=api.supervisor_headers).json
    assert case["id"] in [c["id"] for c in queue["cases"]]
    clock.today = day(3)
    review = ok(review_of(api, case["id"], "detention", day(3)))
    reviews = api.get(case["id"])["reviews"]
    assert [(r["id"], r["of"]) for r in reviews] == [(review["id"], "detention")]
    # the extension of the cigarettes, and its review, once the fish is gone
    clock.today = day(20)
    ok(api.extend(case["id"], 30, day(20)))
    clock.today = day(21)
    ok(review_of(api, case["id"], "extension", day(21)))


def test_no_review_of_the_detention_once_nothing_it_is_about_is_held(api, clock, session):
    case = api.opened(D, items=[FISH, CHEESE])
    fish, _cheese = (item["id"] for item in case["items"])
    clock.today = day(2)
    ok(sell(api, case["id"], fish, day(2)))
    ok(review_of(api, case["id"], "detention", day(2)))  # the cheese is still held
    other = api.opened(D, items=[FISH, CHEESE])
    first, second = (item["id"] for item in other["items"])
    ok(sell(api, other["id"], first, day(2)))
    case = ok(sell(api, other["id"], second, day(2)))["case"]
    assert case["refused_actions"]["request_detention_review"]["error"] == "conflict"
    before = session.scalar(select(func.count()).select_from(CaseReview))
    answer = refused(review_of(api, other["id"], "detention", day(2)), 409, "conflict")
    assert answer["message"]
    sq = api._post(f"/api/v1/cases/{other['id']}/reviews",
                   {"requested_on": day(2).isoformat(), "of": "detention"},
                   supervisor=False, **{"Accept-Language": "sq"})
    assert sq.status_code == 409 and "vendosur përfundimisht" in sq.json["message"]
    assert session.scalar(select(func.count()).select_from(CaseReview)) == before
