"""A journey through a real gunicorn on the test run's database (SQLite, or PostgreSQL with
`TEST_DATABASE=postgresql`): a case of two things, detention extended, the owner's review of the
extension upheld and appealed to the Independent Review Board; the receipts of the review
decision and of the Board's decision recorded later through their notices, each showing the
owner's next last day in `deadlines` (Art. 251(13), 291(5)-(9)); then one thing of the two
returned (Art. 251(11)). Dates are relative to the server's Kosovo today, in plain calendar days
(DEADLINE_ROLLOVER=none: the roll-over has its own table tests)."""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request

import pytest

from app import kosovo_time
from tests import factories, servers
from tests.seizures.served import committed_session, staff_headers

PREFIX = "review-served-"


@pytest.fixture(scope="module")
def server(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("review-served")
    env = servers.server_env(database_url, instance, DEADLINE_ROLLOVER="none")
    with servers.gunicorn(env, instance / "gunicorn.log", workers=2, threads=4,
                          preload=True) as running:
        yield running
        assert "Traceback" not in running.log_text()




@pytest.fixture
def committed(database_url):
    """A session whose commits the server sees; what it made is deleted afterwards."""
    with committed_session(database_url, PREFIX) as own:
        yield own


class Client:
    def __init__(self, server, headers):
        self.server, self.headers = server, headers

    def call(self, method, path, body=None, who="supervisor"):
        request = urllib.request.Request(
            f"{self.server.base}{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "Accept-Language": "sq",
                     **self.headers[who]})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as refused:
            return refused.code, json.loads(refused.read())

    def ok(self, method, path, body=None, who="supervisor", status=201):
        code, answer = self.call(method, path, body, who)
        assert code == status, answer
        return answer


def test_a_review_of_an_extension_with_receipts_recorded_later_then_one_thing_returned(
    server, committed
):
    today = kosovo_time.today()
    on = lambda n: (today + dt.timedelta(days=n)).isoformat()  # noqa: E731
    api = Client(server, staff_headers(committed, PREFIX))
    body = factories.case_request(today - dt.timedelta(days=12))
    body["items"].append({"kind": "vehicle", "description": "Furgon Ford Transit", "quantity": 1,
                          "unit": "piece", "value_eur": 9000})
    case = api.ok("POST", "/api/v1/cases", body, who="officer")
    cid = case["id"]
    cigarettes, van = (item["id"] for item in case["items"])

    api.ok("POST", f"/api/v1/cases/{cid}/extensions", {
        "days": 30, "reason": "Analiza laboratorike e banderolave.", "decided_on": on(-11),
        "notification": {"method": "hand", "sent_on": on(-11), "recipient": "Tregtia Test"}})
    review = api.ok("POST", f"/api/v1/cases/{cid}/reviews",
                    {"requested_on": on(-10), "of": "extension"}, who="officer")
    rid = review["id"]
    api.ok("POST", f"/api/v1/cases/{cid}/reviews/{rid}/decision", {
        "outcome": "upheld", "decided_on": on(-8),
        "reasons": "Analiza laboratorike nuk ka përfunduar."})
    notice = api.ok("POST", f"/api/v1/cases/{cid}/notifications", {
        "document": "review-decision", "review_id": rid, "method": "post", "sent_on": on(-8),
        "recipient": "Tregtia Test"}, who="officer")
    assert "extension_board_appeal_due_on" not in notice["case"]["deadlines"]
    case = api.ok("POST", f"/api/v1/cases/{cid}/notifications/{notice['id']}/receipt",
                  {"received_on": on(-7)}, who="officer")["case"]
    assert case["deadlines"]["extension_board_appeal_due_on"] == on(23)

    board = api.ok("POST", f"/api/v1/cases/{cid}/appeals",
                   {"level": "board", "lodged_on": on(-6), "of": "extension"})
    aid = board["id"]
    api.ok("POST", f"/api/v1/cases/{cid}/appeals/{aid}/decision",
           {"outcome": "upheld", "decided_on": on(-4)})
    notice = api.ok("POST", f"/api/v1/cases/{cid}/notifications", {
        "document": "board_decision", "appeal_id": aid, "method": "post", "sent_on": on(-3),
        "recipient": "Tregtia Test"}, who="officer")
    nid = notice["id"]
    code, refused = api.call("POST", f"/api/v1/cases/{cid}/notifications/{nid}/receipt",
                             {"received_on": on(-4)}, who="officer")
    assert (code, refused["error"]) == (422, "validation_failed")  # before it was sent
    assert refused["message"] and "received_on" in refused["errors"]
    code, refused = api.call("POST", f"/api/v1/cases/{cid}/notifications/{nid}/receipt",
                             {"received_on": on(1)}, who="officer")
    assert (code, refused["error"]) == (422, "validation_failed")  # in the future
    case = api.ok("POST", f"/api/v1/cases/{cid}/notifications/{nid}/receipt",
                  {"received_on": on(-2)}, who="officer")["case"]
    assert case["deadlines"]["extension_court_appeal_due_on"] == on(28)
    assert next(a for a in case["appeals"] if a["id"] == aid)["received_on"] == on(-2)
    code, refused = api.call("POST", f"/api/v1/cases/{cid}/notifications/{nid}/receipt",
                             {"received_on": on(-2)}, who="officer")
    assert (code, refused["error"]) == (409, "conflict")  # twice

    case = api.ok("POST", f"/api/v1/cases/{cid}/decisions",
                  {"outcome": "return", "decided_on": on(-1), "item_ids": [van]})["case"]
    statuses = {item["id"]: item["status"] for item in case["items"]}
    assert statuses == {van: "returned", cigarettes: "detained"}
    assert case["status"] == "detained"
    assert case["deadlines"]["extension_court_appeal_due_on"] == on(28)
    assert api.ok("GET", f"/api/v1/cases/{cid}", status=200)["deadlines"] == case["deadlines"]
