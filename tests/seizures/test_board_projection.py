"""The board's projection (`board_notices`) agrees with the rules: on every day, the board shows
exactly the cases for which `rules.is_notice_current` holds, with the fields the rules give."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from sqlalchemy import select

from app.seizures import board_projection, rules
from app.seizures.facts import cases_with_facts, facts_of
from app.seizures.models import BoardNotice, Case
from tests.seizures.test_rules import PROPERTY_SETTINGS, histories

# Deadlines counted in calendar days; tests/seizures/test_scenarios_dates.py rolls them over.
pytestmark = pytest.mark.usefixtures("calendar_days")

T0 = dt.date(2026, 3, 2)
CLOCK_START = T0  # the first day of the `clock` fixture
LAST_DAY = 200


def day(n: int) -> dt.date:
    return T0 + dt.timedelta(days=n)


# --- the interval computed from the facts, against the rules, day by day -------------------------


@PROPERTY_SETTINGS
@given(histories())
def test_the_interval_is_exactly_the_days_the_rules_call_current(history):
    facts, _ = history
    policy = rules.DEFAULT_POLICY
    latest = max(board_projection._fact_dates(facts))
    first, last = board_projection.notice_interval(facts, policy)
    for offset in range(0, 200):
        on = latest + dt.timedelta(days=offset)
        inside = first is not None and first <= on and (last is None or on <= last)
        assert inside == rules.is_notice_current(facts, on, policy), (on, first, last)
    if first is not None:  # the run is reported from its real first day
        assert rules.is_notice_current(facts, first, policy)
        assert not rules.is_notice_current(facts, first - dt.timedelta(days=1), policy)
    for offset in range(0, 200, 15):  # as the sweep asks: the run containing `on`, or the next
        on = latest + dt.timedelta(days=offset)
        first, last = board_projection.notice_interval(facts, policy, on)
        inside = first is not None and first <= on and (last is None or on <= last)
        assert inside == rules.is_notice_current(facts, on, policy), (on, first, last)


def test_a_pending_review_has_no_end_and_finality_has_one():
    seized = rules.CaseFacts(
        detained_on=T0,
        decisions=(rules.Decision(rules.Outcome.SEIZE, day(2)),),
        notifications=(rules.Notification(rules.Document.SEIZURE, rules.Method.HAND, day(3)),),
    )
    assert board_projection.notice_interval(seized, rules.DEFAULT_POLICY) == (day(3), day(33))
    pending = rules.CaseFacts(**{**seized.__dict__, "review": rules.Review(day(10))})
    assert board_projection.notice_interval(pending, rules.DEFAULT_POLICY) == (day(3), None)
    posted = rules.CaseFacts(
        **{
            **seized.__dict__,
            "notifications": (
                rules.Notification(rules.Document.SEIZURE, rules.Method.POST, day(3)),
            ),
        }
    )
    assert board_projection.notice_interval(posted, rules.DEFAULT_POLICY) == (day(3), None)


# --- the board through the API, on every day of a timeline of scenario cases ----------------------


def _ok(response):
    assert response.status_code == 201, response.json
    return response.json


class Scenario:
    """A case and its acts by day; each act is a function of the API and the case's state."""

    def __init__(self, name: str, acts: dict[int, object], opened_on: int = 0, **overrides):
        self.name, self.acts, self.opened_on, self.overrides = name, acts, opened_on, overrides
        self.case: dict = {}
        self.ids: dict[str, int] = {}


def seize(n):
    return lambda api, s: _ok(api.decide(s.case["id"], "seize", day(n)))


def hand_notice(n):
    return lambda api, s: _ok(api.notify(s.case["id"], "seizure", day(n), method="hand"))


def posted_notice(n, received=None):
    def act(api, s):
        answer = _ok(api.notify(s.case["id"], "seizure", day(n), received and day(received)))
        s.ids["notice"] = answer["id"]

    return act


def receipt(n):
    return lambda api, s: _ok(api.receipt(s.case["id"], s.ids["notice"], day(n)))


def review(n):
    def act(api, s):
        s.ids["review"] = _ok(api.review(s.case["id"], day(n)))["id"]

    return act


def review_decision(outcome, n, received=None):
    return lambda api, s: _ok(
        api.review_decision(
            s.case["id"], s.ids["review"], outcome, day(n), received and day(received)
        )
    )


def appeal(level, n):
    def act(api, s):
        s.ids[level] = _ok(api.appeal(s.case["id"], level, day(n)))["id"]

    return act


def appeal_decision(level, outcome, n, received=None):
    return lambda api, s: _ok(
        api.appeal_decision(
            s.case["id"], s.ids[level], outcome, day(n), received and day(received)
        )
    )


def extend(days, n):
    return lambda api, s: _ok(api.extend(s.case["id"], days, day(n)))


def dispose(kind, n, amount=None):
    return lambda api, s: _ok(api.dispose(s.case["id"], kind, day(n), amount))


def decide(outcome, n):
    return lambda api, s: _ok(api.decide(s.case["id"], outcome, day(n)))


def scenarios() -> list[Scenario]:
    return [
        # Received by post on day 6, no review: current until the window ends (final day 37).
        Scenario("no review", {2: seize(2), 3: posted_notice(3), 6: receipt(6)}),
        # A review requested and never decided: current with no end.
        Scenario("review pending", {1: seize(1), 2: hand_notice(1), 10: review(10)}),
        # Review upheld, received day 25, no appeal: final from day 56.
        Scenario(
            "review upheld",
            {0: seize(0), 1: hand_notice(0), 5: review(5),
             20: review_decision("upheld", 20), 25: review_decision_receipt("review", 25)},
        ),
        # Annulled on review: off the board from the day of the decision.
        Scenario(
            "review annulled",
            {0: seize(0), 1: hand_notice(1), 3: review(3), 15: review_decision("annulled", 15)},
        ),
        # Board upheld, received day 65, no court appeal: the court window ends day 95.
        Scenario(
            "board window",
            {0: seize(0), 1: hand_notice(1), 2: review(2), 10: review_decision("upheld", 10),
             12: review_decision_receipt("review", 12), 30: appeal("board", 30),
             60: appeal_decision("board", "upheld", 60),
             65: review_decision_receipt("board", 65)},
        ),
        # The Board's decision received the day it is given; the court decides on day 120 and its
        # judgment is received that day: final once the 30 days to appeal it have run (day 151).
        Scenario(
            "court",
            {0: seize(0), 1: hand_notice(1), 2: review(2), 10: review_decision("amended", 10),
             12: review_decision_receipt("review", 12), 30: appeal("board", 30),
             60: appeal_decision("board", "upheld", 60, 60),
             80: appeal("court", 80),
             120: appeal_decision("court", "upheld", 120, 120)},
        ),
        # Deemed seized on day 31; a posted notice whose receipt is entered on day 50.
        Scenario("deemed", {33: posted_notice(33), 50: receipt(45)}),
        # Extended by 30 days: deemed seized on day 61 (extension 10 days after day 0 + 30 + 30).
        Scenario("extended", {10: extend(30, 10), 62: hand_notice(62)}),
        # Returned on payment while current: stays current until final (day 31).
        Scenario(
            "return on payment",
            {0: seize(0), 1: hand_notice(0), 5: dispose("return_on_payment", 5, "50.00")},
        ),
        Scenario("never notified", {}),
        Scenario("returned", {5: decide("return", 5)}),
        # Review not decided within 30 days; the Board annuls on day 70.
        Scenario(
            "silence",
            {0: seize(0), 1: hand_notice(0), 1.5: review(1), 40: appeal("board", 40),
             70: appeal_decision("board", "annulled", 70)},
        ),
        # A receipt entered late (day 40) with an earlier date (day 4): final retroactively.
        Scenario("late receipt", {0: seize(0), 1: posted_notice(1), 40: receipt(4)}),
        # Opened later in the timeline; sold once final.
        Scenario(
            "opened later",
            {100: seize(100), 101: hand_notice(101), 140: dispose("destruction", 140)},
            opened_on=100,
        ),
    ]


def review_decision_receipt(document, n):
    """The receipt of the review decision, recorded with the notice of that decision."""

    def act(api, s):
        _ok(
            api.notify(
                s.case["id"], f"{document}_decision", day(n), day(n), method="hand"
            )
        )

    return act


def _expected(session, scenarios, today, policy) -> tuple[list[str], dict]:
    session.expire_all()
    ids = [s.case["id"] for s in scenarios if s.case]
    cases = cases_with_facts(session, select(Case).where(Case.id.in_(ids)))
    current, fields = [], {}
    for case in cases:
        facts = facts_of(case)
        if rules.is_notice_current(facts, today, policy):
            current.append(case.number)
            deadlines = rules.deadlines(facts, today, policy)
            fields[case.number] = (
                deadlines["seized_on"].isoformat(),
                deadlines.get("review_request_due_on") and deadlines["review_request_due_on"]
                .isoformat(),
                rules.status_on(facts, today).value,
            )
    return sorted(current), fields


def test_the_board_shows_on_every_day_exactly_the_notices_the_rules_call_current(
    app, api, client, clock, session
):
    policy = rules.Policy(court_appeal_days=app.config["COURT_APPEAL_DAYS"])
    cases = scenarios()
    runner = app.test_cli_runner()
    seen = {s.name: set() for s in cases}
    for n in range(LAST_DAY + 1):
        clock.today = day(n)
        for scenario in cases:
            if scenario.opened_on == n:
                scenario.case = api.opened(day(n), **scenario.overrides)
            for when in sorted(w for w in scenario.acts if int(w) == n):
                scenario.acts[when](api, scenario)
        if n in (31, 32, 62, 100):  # the daily sweep changes nothing the board shows
            result = runner.invoke(args=["seizures", "sweep", "--today", day(n).isoformat()])
            assert result.exit_code == 0, result.output
        board = client.get("/api/v1/notices").json["notices"]
        shown = {notice["number"]: notice for notice in board}
        expected, fields = _expected(session, cases, day(n), policy)
        assert sorted(shown) == expected, (n, sorted(shown), expected)
        for number, (seized_on, review_deadline, status) in fields.items():
            notice = shown[number]
            assert (notice["seized_on"], notice["review_deadline"], notice["status"]) == (
                seized_on, review_deadline, status
            ), (n, number)
        order = [(-dt.date.fromisoformat(x["seized_on"]).toordinal(), x["number"]) for x in board]
        assert order == sorted(order)  # newest seizure first, then by number
        for scenario in cases:
            if scenario.case and scenario.case["number"] in shown:
                seen[scenario.name].add(n)

    # The timeline went through what it meant to: each scenario on the board when expected.
    def days(name):
        return (min(seen[name]), max(seen[name])) if seen[name] else None

    assert days("no review") == (3, 36)
    assert days("review pending") == (2, LAST_DAY)
    assert days("review upheld") == (1, 55)
    assert days("review annulled") == (1, 14)
    assert days("board window") == (1, 95)
    assert days("court") == (1, 150)
    assert days("deemed") == (33, 75)
    assert days("extended") == (62, 92)
    assert days("return on payment") == (1, 30)
    assert days("never notified") is None and days("returned") is None
    assert days("silence") == (1, 69)
    assert days("late receipt") == (1, 39)
    assert days("opened later") == (101, 131)


# --- the sweep's safety net and the rebuild command ----------------------------------------------


def _rows(session) -> dict[int, tuple]:
    session.expire_all()
    columns = [c for c in BoardNotice.__table__.columns if c.name != "updated_at"]
    return {row[0]: tuple(row) for row in session.execute(select(*columns))}


def test_rebuild_and_sweep_restore_what_the_acts_wrote(app, api, clock, session):
    cases = scenarios()
    for n in range(0, 130):
        clock.today = day(n)
        for scenario in cases:
            if scenario.opened_on == n:
                scenario.case = api.opened(day(n), **scenario.overrides)
            for when in sorted(w for w in scenario.acts if int(w) == n):
                scenario.acts[when](api, scenario)
    written = _rows(session)
    assert len(written) == 12  # every case with a Notice of Seizure sent, current or not
    runner = app.test_cli_runner()

    result = runner.invoke(args=["seizures", "rebuild-board", "--today", day(129).isoformat()])
    assert result.exit_code == 0, result.output
    assert "12 case(s)" in result.output
    assert _rows(session) == written

    # A row lost (e.g. cases older than the migration) and a row whose interval ended after
    # it was computed: the sweep puts both right, and only those.
    lost, ended = cases[0].case["id"], cases[1].case["id"]
    session.execute(BoardNotice.__table__.delete().where(BoardNotice.case_id == lost))
    session.execute(
        BoardNotice.__table__.update()
        .where(BoardNotice.case_id == ended)
        .values(
            current_until=day(100),
            status="seized",
            updated_at=dt.datetime(2026, 6, 1, tzinfo=dt.UTC),
        )
    )
    session.commit()
    result = runner.invoke(args=["seizures", "sweep", "--today", day(129).isoformat()])
    assert result.exit_code == 0, result.output
    assert "2 board entries refreshed" in result.output
    assert _rows(session) == written
    result = runner.invoke(args=["seizures", "sweep", "--today", day(129).isoformat()])
    assert "0 board entries refreshed" in result.output
