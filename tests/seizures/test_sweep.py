"""`flask seizures sweep`: deemed seizures recorded once, with their Notice of Seizure prepared."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.audit.models import AuditRecord
from app.seizures import cases, rules
from app.seizures.sweep import sweep as sweep_cases
from tests import factories

D = dt.date(2026, 5, 4)
CLOCK_START = D  # the first day of the `clock` fixture


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def sweep(app, clock, on: dt.date):
    clock.today = on
    result = app.test_cli_runner().invoke(args=["seizures", "sweep", "--today", on.isoformat()])
    assert result.exit_code == 0, result.output
    return result.output


def test_sweep_records_each_deemed_seizure_once_and_prepares_its_notice(app, api, clock, session):
    undecided = api.opened(D)
    extended = api.opened(D)
    seized = api.opened(D)
    clock.today = day(5)
    assert api.extend(extended["id"], 30, day(5)).status_code == 201
    assert api.decide(seized["id"], "seize", day(5)).status_code == 201

    output = sweep(app, clock, day(30))
    assert "0 deemed seizure(s)" in output

    output = sweep(app, clock, day(31))
    assert f"{undecided['number']}: deemed seized on {day(31).isoformat()}" in output
    assert extended["number"] not in output and seized["number"] not in output
    assert "1 deemed seizure(s)" in output
    audited = session.scalars(
        select(AuditRecord).where(AuditRecord.action == "seizures.deemed_seizure")
    ).all()
    assert [(r.actor, r.data["number"]) for r in audited] == [
        ("system:seizures-sweep", undecided["number"])]
    assert "0 deemed seizure(s)" in sweep(app, clock, day(31))  # idempotent
    assert "0 deemed seizure(s)" in sweep(app, clock, day(40))

    clock.today = day(40)
    case = api.get(undecided["id"])
    assert case["status"] == "deemed_seized"
    assert [e["action"] for e in case["history"]] == ["opened", "deemed_seized", "notice_prepared"]
    assert case["history"][1]["legal_date"] == day(31).isoformat()
    assert case["history"][1]["user_id"] is None
    [prepared] = case["notifications"]
    assert prepared["status"] == "prepared" and prepared["sent_on"] is None
    assert prepared["method"] == "electronic"  # the owner has an electronic address
    assert "seizure-notice" in case["documents"]
    assert case["notice_current"] is False  # nothing was sent yet

    # Sending completes the prepared notice rather than adding another.
    response = api.notify(undecided["id"], "seizure", day(40), method="electronic")
    assert response.status_code == 201
    [sent] = response.json["case"]["notifications"]
    assert sent["id"] == prepared["id"] and sent["status"] == "sent"
    assert response.json["case"]["notice_current"] is True

    output = sweep(app, clock, day(61))
    assert f"{extended['number']}: deemed seized on {day(61).isoformat()}" in output


def test_sweep_keeps_a_notice_already_sent(session, ctx):
    case = factories.case(session, D)
    # The notice of a deemed seizure was sent before the sweep ran.
    cases.record_notification(
        session,
        case,
        today=day(33),
        user_id=case.opened_by,
        policy=rules.DEFAULT_POLICY,
        notification={
            "document": "seizure", "method": "hand", "sent_on": day(32),
            "recipient": case.owner_name, "address": case.owner_address,
        },
    )
    [deemed] = sweep_cases(session, day(33), policy=rules.DEFAULT_POLICY)
    assert deemed.notice is None and deemed.seized_on == day(31)
    assert len(case.notifications) == 1


def test_sweep_refuses_a_future_date(app, clock):
    tomorrow = day(1)
    result = app.test_cli_runner().invoke(
        args=["seizures", "sweep", "--today", tomorrow.isoformat()]
    )
    assert result.exit_code != 0
