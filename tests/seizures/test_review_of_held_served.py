"""A journey through a real gunicorn on the test run's database (SQLite, or PostgreSQL with
`TEST_DATABASE=postgresql`): a case of cigarettes and fresh fish; the fish sold as perishable
(Art. 251(3)(a)) while the cigarettes stay detained; the owner's review of the detention still
asked and upheld (Art. 291(1)-(2), 251(11)), appealed to the Independent Review Board in a
closed hearing: the Customs' written answer due 30 days from its notification (Art. 291(7)) in
`deadlines` and in the supervisor's work queue, gone once the Board decides. Dates are relative
to the server's Kosovo today (DEADLINE_ROLLOVER=none; the Customs' answer never rolls over)."""

from __future__ import annotations

import datetime as dt

import pytest

from app import kosovo_time
from tests import factories
from tests.seizures.served import committed_session, staff_headers
from tests.seizures.test_review_of_served import Client, server  # noqa: F401

PREFIX = "review-held-"


@pytest.fixture
def committed(database_url):
    """A session whose commits the server sees; what it made is deleted afterwards."""
    with committed_session(database_url, PREFIX) as own:
        yield own


def test_a_review_of_the_detention_after_the_fish_was_sold_then_a_closed_board_hearing(
    server, committed  # noqa: F811
):
    today = kosovo_time.today()
    on = lambda n: (today + dt.timedelta(days=n)).isoformat()  # noqa: E731
    api = Client(server, staff_headers(committed, PREFIX))
    body = factories.case_request(today - dt.timedelta(days=12))
    body["items"].append({"kind": "goods", "description": "Troftë e freskët", "quantity": 40,
                          "unit": "kg", "value_eur": 80, "perishable": True})
    case = api.ok("POST", "/api/v1/cases", body, who="officer")
    cid = case["id"]
    cigarettes, fish = (item["id"] for item in case["items"])

    case = api.ok("POST", f"/api/v1/cases/{cid}/dispositions", {
        "kind": "perishable_sale", "decided_on": on(-11), "amount_eur": 60,
        "item_ids": [fish]})["case"]
    assert {i["id"]: i["status"] for i in case["items"]} == {cigarettes: "detained", fish: "sold"}
    assert "request_detention_review" in case["allowed_actions"]

    review = api.ok("POST", f"/api/v1/cases/{cid}/reviews",
                    {"requested_on": on(-10), "of": "detention"}, who="officer")
    api.ok("POST", f"/api/v1/cases/{cid}/reviews/{review['id']}/decision", {
        "outcome": "upheld", "decided_on": on(-8), "received_on": on(-8),
        "reasons": "Banderolat mungojnë në të gjitha pakot."})
    board = api.ok("POST", f"/api/v1/cases/{cid}/appeals", {
        "level": "board", "lodged_on": on(-6), "of": "detention", "hearing": "closed",
        "notified_on": on(-5)})
    case = api.ok("GET", f"/api/v1/cases/{cid}", status=200)
    assert case["deadlines"]["detention_board_response_due_on"] == on(25)
    assert "board_response_due_on" not in case["deadlines"]

    queue = api.ok("GET", "/api/v1/cases/due?within=30", status=200)
    due = next(c for c in queue["cases"] if c["id"] == cid)["due"]
    answer = next(d for d in due if d["what"] == "board_response")
    assert answer["on"] == on(25)
    assert answer["label"] == "Përgjigju me shkrim Bordit të Pavarur të Rishqyrtimit"

    case = api.ok("POST", f"/api/v1/cases/{cid}/appeals/{board['id']}/decision",
                  {"outcome": "upheld", "decided_on": on(-1)})["case"]
    assert "detention_board_response_due_on" not in case["deadlines"]
    queue = api.ok("GET", "/api/v1/cases/due?within=30", status=200)
    due = next((c["due"] for c in queue["cases"] if c["id"] == cid), [])
    assert all(d["what"] != "board_response" for d in due)
