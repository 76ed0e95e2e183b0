"""Issue 19's date rules over the API: late extensions, reviews of detention and extension
decisions, review decisions with grounds, court finality, the Customs' answer to the Board."""

from __future__ import annotations

import datetime as dt

D = dt.date(2026, 3, 2)  # a Monday; day 30 is 2026-04-01
CLOCK_START = D


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


def test_an_extension_notified_after_day_30_is_refused_and_nothing_is_written(api, clock):
    case_id = api.opened(D)["id"]
    clock.today = day(35)
    answer = refused(api.extend(case_id, 20, day(29), sent_on=day(32), method="post"),
                     409, "deadline_passed")
    assert "3 April 2026" in answer["message"]  # the day it was sent
    case = api.get(case_id)
    assert case["extensions"] == [] and case["notifications"] == []
    assert case["status"] == "deemed_seized"
    ok(api.extend(case_id, 20, day(29), sent_on=day(30), method="post"))
    assert api.get(case_id)["status"] == "detained"
