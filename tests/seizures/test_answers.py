"""The case as the API answers it in a language: why each act is refused today is a sentence
with its dates written as the language writes them, never an ISO date (issue 18)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

TODAY = dt.date(2026, 11, 20)
CLOCK_START = TODAY  # the first day of the `clock` fixture
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize(
    ("lang", "decided_on"),
    [("sq", "18 nëntor 2026"), ("sr", "18. 11. 2026."), ("en", "18 November 2026")],
)
def test_refusals_say_their_dates_in_the_language(api, lang, decided_on):
    case = api.opened(TODAY - dt.timedelta(days=5))
    assert api.decide(case["id"], "seize", TODAY - dt.timedelta(days=2)).status_code == 201
    answer = api.get(case["id"], **{"Accept-Language": lang})
    messages = [refusal["message"] for refusal in answer["refused_actions"].values()]
    assert not any(ISO_DATE.search(message) for message in messages), messages
    assert any(message.endswith(decided_on) or f"{decided_on} " in message
               or f"{decided_on}." in message for message in messages), messages
    assert not any(".." in message for message in messages)
