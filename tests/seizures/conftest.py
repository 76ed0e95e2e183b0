"""Fixtures of the case tests: a settable Kosovo "today" and a client of the cases API."""

from __future__ import annotations

import pytest

from tests.seizures.case_api import CaseApi, Clock


@pytest.fixture
def clock(request, monkeypatch) -> Clock:
    """The legal "today" the routes see, starting on the test module's CLOCK_START."""
    clock = Clock(request.module.CLOCK_START)
    monkeypatch.setattr("app.kosovo_time.today", clock)
    return clock


@pytest.fixture
def api(client, session, clock) -> CaseApi:
    return CaseApi(client, session, clock)


@pytest.fixture
def calendar_days(app, monkeypatch):
    """Deadlines in plain calendar days (DEADLINE_ROLLOVER=none): the tables that count the
    Code's periods day by day; the roll-over to working days has tests of its own."""
    monkeypatch.setitem(app.config, "DEADLINE_ROLLOVER", "none")
