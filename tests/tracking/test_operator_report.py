"""GET /api/v1/operators/me/report: the operator's own stamps only, scans per day, municipality
and product, verdicts, findings with the places 5 scans back; a year at most; CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from app.geo.gazetteer import municipality_name
from app.kosovo_time import today
from app.stamps.models import Scan
from app.tracking import rules
from tests import factories

REPORT = "/api/v1/operators/me/report"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


def _at(days_ago: int, hour: int = 12) -> dt.datetime:
    day = today() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time(hour), dt.UTC)


@pytest.fixture
def scanned(session):
    """Company A's activated batch scanned: 6 times in Prishtinë (one serial, 2 of them
    clone_suspected), twice in Prizren (suspicious), once with no place; company B's stamps
    scanned too, and one scan of A's 40 days ago."""
    own, item = factories.activated_batch(session, quantity=10)
    other, _ = factories.activated_batch(session, quantity=10)
    one = own.first
    rows = [(own, one, 1, "genuine", [], "prishtine")] * 4
    rows += [(own, one, 0, "suspicious", ["clone_suspected"], "prishtine")] * 2
    rows += [(own, one + 1, 0, "suspicious", ["custody_mismatch"], "prizren")] * 2
    rows += [(own, one + 2, 2, "genuine", [], None)]
    rows += [(own, one + 3, 40, "genuine", [], "prishtine")]
    rows += [(other, other.first, 0, "suspicious", ["clone_suspected"], "prishtine")] * 6
    for batch, number, days_ago, verdict, reasons, place in rows:
        session.add(Scan(series=batch.series, number=number, scanned_at=_at(days_ago),
                         verdict=verdict, reasons=reasons, municipality=place))
    session.flush()
    return {"own": own, "other": other, "item": item}


def _headers(session, operator_id, role="read_only"):
    who = factories.user(session, "operator", operator_id=operator_id, company_role=role)
    return factories.headers_for(session, who)


def test_the_report_counts_the_operators_own_scans(client, session, scanned):
    own = scanned["own"]
    answer = client.get(REPORT, headers=_headers(session, own.operator_id))
    assert answer.status_code == 200, answer.get_json()
    report = answer.get_json()
    assert report["to"] == today().isoformat()
    assert report["from"] == (today() - dt.timedelta(days=29)).isoformat()
    assert report["totals"] == {"scans": 9, "genuine": 5, "suspicious": 4, "invalid": 0}
    assert [(d["date"], d["scans"]) for d in report["per_day"]] == [
        ((today() - dt.timedelta(days=2)).isoformat(), 1),
        ((today() - dt.timedelta(days=1)).isoformat(), 4),
        (today().isoformat(), 4)]
    # Prizren has 2 scans: not named; with the scan of no place, 3 unplaced.
    assert [(p["municipality"], p["scans"], p["suspicious"]) for p in report["per_municipality"]] \
        == [("prishtine", 6, 2)]
    assert report["per_municipality"][0]["name"] == municipality_name("prishtine", "en")
    assert report["unplaced_scans"] == 3
    assert [(p["product"]["id"], p["scans"]) for p in report["per_product"]] == [
        (scanned["item"].id, 9)]
    findings = {(f["serial"], f["reason"]): f for f in report["findings"]}
    assert set(findings) == {(f"{own.series}-{own.first:09d}", "clone_suspected"),
                             (f"{own.series}-{own.first + 1:09d}", "custody_mismatch")}
    clone = findings[(f"{own.series}-{own.first:09d}", "clone_suspected")]
    assert clone["scans"] == 2
    assert [(m["municipality"], m["scans"]) for m in clone["municipalities"]] == [("prishtine", 6)]
    mismatch = findings[(f"{own.series}-{own.first + 1:09d}", "custody_mismatch")]
    assert mismatch["municipalities"] == [] and mismatch["unplaced_scans"] == 2
    assert report["min_place_scans"] == rules.MIN_PLACE_SCANS


def test_a_wider_window_takes_older_scans_and_names_are_in_the_readers_language(
        client, session, scanned):
    own = scanned["own"]
    start = (today() - dt.timedelta(days=60)).isoformat()
    report = client.get(f"{REPORT}?from={start}&to={today().isoformat()}",
                        headers={**_headers(session, own.operator_id),
                                 "Accept-Language": "sr"}).get_json()
    assert report["totals"]["scans"] == 10
    assert report["per_municipality"][0]["name"] == municipality_name("prishtine", "sr")
    assert municipality_name("prishtine", "sr") != municipality_name("prishtine", "en")


def test_another_company_sees_none_of_these_scans(client, session, scanned):
    outsider = factories.operator(session)
    report = client.get(REPORT, headers=_headers(session, outsider.id, "administrator"))
    assert report.get_json()["totals"]["scans"] == 0
    assert report.get_json()["findings"] == []
    other = client.get(REPORT, headers=_headers(session, scanned["other"].operator_id)).get_json()
    assert other["totals"]["scans"] == 6
    assert {f["serial"] for f in other["findings"]} == {
        f"{scanned['other'].series}-{scanned['other'].first:09d}"}


@pytest.mark.parametrize(("start", "end"), [
    (dt.date(2025, 1, 1), dt.date(2026, 1, 2)),  # 367 days
    (dt.date(2026, 3, 2), dt.date(2026, 3, 1)),
])
def test_a_window_over_a_year_or_upside_down_is_422(client, session, scanned, start, end):
    answer = client.get(f"{REPORT}?from={start}&to={end}",
                        headers=_headers(session, scanned["own"].operator_id))
    assert answer.status_code == 422
    assert answer.get_json()["error"] == "validation_failed"
    bad = client.get(f"{REPORT}?from=yesterday",
                     headers=_headers(session, scanned["own"].operator_id))
    assert bad.status_code == 422


def test_a_year_exactly_is_accepted():
    assert rules.window(dt.date(2025, 1, 1), dt.date(2025, 12, 31), dt.date(2026, 1, 1)) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert rules.window(dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2026, 1, 1))[1] \
        == dt.date(2024, 12, 31)  # 366 days of a leap year
    with pytest.raises(ValueError, match="too_long"):
        rules.window(dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(2026, 1, 1))


def test_places_need_five_scans():
    assert rules.placed({"prishtine": 5, "prizren": 4, None: 3}) == ([("prishtine", 5)], 7)


def test_the_report_as_csv(client, session, scanned):
    answer = client.get(f"{REPORT}?format=csv",
                        headers=_headers(session, scanned["own"].operator_id))
    assert answer.status_code == 200 and answer.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))
    assert rows[0]["section"] == "total" and rows[0]["scans"] == "9"
    assert {row["section"] for row in rows} == {"total", "day", "municipality", "product",
                                                "finding"}
    finding = next(row for row in rows if row["reason"] == "clone_suspected")
    assert finding["municipality"] == f"{municipality_name('prishtine', 'en')} (6)"


def test_only_operators_read_it_and_keys_need_the_reports_scope(client, session, scanned):
    for role in ("officer", "admin"):
        headers = factories.headers_for(session, factories.mfa_user(session, role))
        assert client.get(REPORT, headers=headers).status_code == 403
    assert client.get(REPORT).status_code == 401
    boss = _headers(session, scanned["own"].operator_id, "administrator")
    keys = {scope: client.post("/api/v1/api-keys", json={"name": scope, "scopes": [scope]},
                               headers=boss).get_json()["key"] for scope in ("reports", "epcis")}
    report = client.get(REPORT, headers={"Authorization": f"Bearer {keys['reports']}"})
    assert report.status_code == 200 and report.get_json()["totals"]["scans"] == 9
    assert client.get(REPORT, headers={"Authorization": f"Bearer {keys['epcis']}"}).status_code \
        == 403


def test_a_window_before_the_scans_retention_is_422_and_names_the_first_day(
        client, session, scanned):
    """Consumers' scans before the retention cutoff are deleted (docs/stamps.md, "Retention"):
    a report of those days would show a fall in scans that never happened."""
    from app.stamps import retention

    headers = {**_headers(session, scanned["own"].operator_id), "Accept-Language": "en"}
    earliest = rules.earliest_day(retention.cutoff(today(), retention.DEFAULT_MONTHS))
    late = client.get(f"{REPORT}?from={earliest - dt.timedelta(days=1)}"
                      f"&to={earliest + dt.timedelta(days=30)}", headers=headers)
    assert late.status_code == 422
    body = late.get_json()
    assert body["error"] == "validation_failed"
    assert "from" in body["errors"]
    assert earliest.isoformat() in body["message"] and "13 months" in body["message"]
    kept = client.get(f"{REPORT}?from={earliest}&to={earliest + dt.timedelta(days=30)}",
                      headers=headers)
    assert kept.status_code == 200
    # A year to today always fits inside what retention keeps.
    year = client.get(f"{REPORT}?from={today() - dt.timedelta(days=365)}&to={today()}",
                      headers=headers)
    assert year.status_code == 200
