"""GET /api/v1/dashboard: the supervisor's figures for a period, and each table as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from app import kosovo_time
from app.db import utcnow
from app.inspections import rollups
from app.inspections.models import Inspection
from app.seizures import rules
from app.seizures.facts import facts_of
from app.stamps.models import Scan
from tests import factories

URL = "/api/v1/dashboard"


@pytest.fixture
def headers(session):
    return factories.headers_for(session, factories.user(session, "supervisor"))


def _scans(session, verdict, count, municipality="prizren", when=None):
    for _ in range(count):
        session.add(Scan(verdict=verdict, reasons=[], municipality=municipality, lat=42.21,
                         lon=20.74, scanned_at=when or utcnow() - dt.timedelta(hours=1)))
    session.flush()


def test_verdicts_per_day_and_suspicious_findings_by_municipality(client, session, headers):
    _scans(session, "genuine", 3)
    _scans(session, "suspicious", 2)
    _scans(session, "invalid", 1)
    _scans(session, "suspicious", 4, municipality="peje")  # under the floor of 5 scans
    _scans(session, "genuine", 7, when=utcnow() - dt.timedelta(days=3))
    rollups.refresh(session, lag_s=0)
    answer = client.get(URL, headers=headers).json
    days = {row["day"]: row for row in answer["verdicts_per_day"]}
    assert len(days) == 30
    today = kosovo_time.legal_date(utcnow() - dt.timedelta(hours=1)).isoformat()
    assert days[today] == {"day": today, "genuine": 3, "suspicious": 6, "invalid": 1}
    three_days_ago = kosovo_time.legal_date(utcnow() - dt.timedelta(days=3)).isoformat()
    assert days[three_days_ago]["genuine"] == 7
    assert [(row["municipality"], row["suspicious"]) for row in
            answer["findings_by_municipality"]] == [("prizren", 2)]


def test_a_day_is_a_kosovo_day_in_summer_and_in_winter(client, session, headers):
    """Kosovo's midnight is 23:00 UTC in winter and 22:00 UTC in summer: a scan at half past
    midnight in Prishtina counts on that Kosovo day, not on the UTC day before."""
    def at(text):
        return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)

    _scans(session, "genuine", 1, when=at("2026-01-14T22:30:00"))  # 23:30 on the 14th
    _scans(session, "suspicious", 2, when=at("2026-01-14T23:30:00"))  # 00:30 on the 15th
    _scans(session, "genuine", 3, when=at("2026-07-14T21:30:00"))  # 23:30 on the 14th
    _scans(session, "invalid", 4, when=at("2026-07-14T22:30:00"))  # 00:30 on the 15th
    rollups.refresh(session, lag_s=0)
    answer = client.get(URL, headers=headers,
                        query_string={"from": "2026-01-10", "to": "2026-07-20"}).json
    days = {row["day"]: (row["genuine"], row["suspicious"], row["invalid"])
            for row in answer["verdicts_per_day"]}
    assert days["2026-01-14"] == (1, 0, 0)
    assert days["2026-01-15"] == (0, 2, 0)
    assert days["2026-07-14"] == (3, 0, 0)
    assert days["2026-07-15"] == (0, 0, 4)


def test_cases_by_status_and_the_deadlines_due_this_week(client, session, headers):
    today = kosovo_time.today()
    for back in range(0, 60):
        detained_on = today - dt.timedelta(days=back)
        case = factories.case(session, detained_on, today=today)
        upcoming = {what: on for what, on in rules.deadlines(facts_of(case), today).items()
                    if today <= on <= today + dt.timedelta(days=6)}
        if upcoming:
            break
    answer = client.get(URL, headers=headers).json
    counts = {row["status"]: row["count"] for row in answer["cases_by_status"]}
    assert sum(counts.values()) == back + 1
    due = [row for row in answer["deadlines_due"] if row["case_id"] == case.id]
    assert due and all(today.isoformat() <= row["on"] for row in due)
    assert {row["what"] for row in due} <= set(upcoming)


def test_premises_not_inspected_and_officers_inspections_this_week(client, session, headers):
    seen = factories.premises(session)
    forgotten = factories.premises(session)
    officer = factories.user(session, "officer", full_name="Arben Krasniqi")
    session.add(Inspection(officer_id=officer.id, premises_id=seen.id, started_at=utcnow()))
    session.add(Inspection(officer_id=officer.id, premises_id=forgotten.id,
                           started_at=utcnow() - dt.timedelta(days=200)))
    session.flush()
    answer = client.get(URL, headers=headers).json
    listed = {row["premises_id"]: row for row in answer["premises_not_inspected"]}
    assert forgotten.id in listed and seen.id not in listed
    assert listed[forgotten.id]["last_inspected_on"]
    assert {"officer_id": officer.id, "name": "Arben Krasniqi", "inspections": 1} in answer[
        "officers_inspections"]


def test_each_table_exports_as_csv(client, session, headers):
    _scans(session, "suspicious", 5)
    rollups.refresh(session, lag_s=0)
    response = client.get(URL, query_string={"format": "csv", "table": "verdicts_per_day"},
                          headers=headers)
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 30 and rows[-1]["suspicious"] == "5"
    findings = client.get(URL, query_string={"format": "csv", "table": "findings_by_municipality"},
                          headers=headers)
    assert findings.text.splitlines()[0] == "municipality,name,scans,suspicious"


@pytest.mark.parametrize(("query", "field"), [
    ({"from": "2026-01-01", "to": "2027-01-02"}, "to"),
    ({"from": "2026-03-01", "to": "2026-02-01"}, "to"),
    ({"from": "yesterday"}, "from"),
    ({"format": "csv"}, "table"),
    ({"format": "csv", "table": "scans"}, "table"),
])
def test_bad_periods_and_tables_are_refused(client, headers, query, field):
    response = client.get(URL, query_string=query, headers=headers)
    assert response.status_code == 422
    assert response.json["error"] == "validation_failed"
    assert field in str(response.json["errors"])


def test_a_year_is_allowed(client, headers):
    response = client.get(URL, query_string={"from": "2026-01-01", "to": "2026-12-31"},
                          headers=headers)
    assert response.status_code == 200
    assert len(response.json["verdicts_per_day"]) == 365


@pytest.mark.parametrize(("role", "status"), [
    (None, 401), ("operator", 403), ("officer", 403), ("admin", 200)
])
def test_only_supervisors_and_admins_see_the_dashboard(client, session, role, status):
    headers = factories.headers_for(session, factories.user(session, role)) if role else {}
    assert client.get(URL, headers=headers).status_code == status


def test_the_cases_read_as_rows_have_the_facts_of_their_records(session):
    """The dashboard reads cases as plain rows (as the board does): the same legal facts as the
    case records give, refunds included, for every case and across chunks."""
    from decimal import Decimal

    from app.dashboard import queries
    from app.seizures.facts import facts_of
    from app.seizures.models import Case, CaseExtension, CaseRefund

    today = kosovo_time.today()
    officer = factories.user(session, "officer")
    cases = [factories.case(session, today - dt.timedelta(days=back)) for back in (0, 9, 40, 400)]
    session.add(CaseExtension(case_id=cases[1].id, decided_on=today - dt.timedelta(days=2),
                              days=30, reason="Analysis", decided_by=officer.id))
    session.add(CaseRefund(case_id=cases[3].id, amount_eur=Decimal("12.50"),
                           paid_on=today - dt.timedelta(days=1), entered_by=officer.id))
    session.flush()
    session.expire_all()
    old_chunk, queries.CASE_CHUNK = queries.CASE_CHUNK, 3
    try:
        read = {case.id: facts for case, facts in queries._cases(session)}
    finally:
        queries.CASE_CHUNK = old_chunk
    assert read == {case.id: facts_of(session.get(Case, case.id)) for case in cases}
    assert read[cases[3].id].refunds and read[cases[1].id].extensions
