"""GET /api/v1/inspections/targets: each signal moves a premises up and its reason names it; a
place shows only when enough scans back it; only officers and supervisors see the list."""

from __future__ import annotations

import datetime as dt

import pytest

from app.custody.models import CustodyEvent, span_level
from app.db import utcnow
from app.inspections import rollups
from app.inspections.models import Inspection
from app.reports.models import Report
from app.stamps.models import Scan
from tests import factories

URL = "/api/v1/inspections/targets"
# Two premises in Prishtina, in cells far apart (about 6 km).
QUIET = (42.6629, 21.1655)
LOUD = (42.70, 21.11)
PRIZREN = (42.21, 20.74)


@pytest.fixture
def officer_headers(session):
    return factories.headers_for(session, factories.user(session, "officer"))


@pytest.fixture
def pair(session):
    """(quiet, loud): the same age, never inspected; tests give `loud` one signal."""
    registered = utcnow() - dt.timedelta(days=100)
    quiet = factories.premises(session, lat=QUIET[0], lon=QUIET[1], created_at=registered)
    loud = factories.premises(session, lat=LOUD[0], lon=LOUD[1], created_at=registered)
    return quiet, loud


def _scan(session, position, verdict="suspicious", **fields):
    scan = Scan(
        series=fields.pop("series", None), number=fields.pop("number", None),
        scanned_at=fields.pop("scanned_at", utcnow() - dt.timedelta(hours=2)),
        verdict=verdict, reasons=fields.pop("reasons", []),
        lat=round(position[0], 2), lon=round(position[1], 2), accuracy_m=700,
        municipality=fields.pop("municipality", "prishtine"), **fields,
    )
    session.add(scan)
    session.flush()
    return scan


def _targets(client, headers, session, **query):
    rollups.refresh(session, lag_s=0)
    response = client.get(URL, query_string={"municipality": "prishtine", **query},
                          headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def _ids(answer):
    return [target["premises"]["id"] for target in answer["targets"]]


def _reasons(answer, premises_id):
    target = next(t for t in answer["targets"] if t["premises"]["id"] == premises_id)
    return {reason["code"]: reason for reason in target["reasons"]}


def test_without_signals_the_older_registration_id_comes_first(client, session, officer_headers,
                                                                pair):
    quiet, loud = pair
    answer = _targets(client, officer_headers, session)
    assert _ids(answer) == [quiet.id, loud.id]
    assert set(_reasons(answer, loud.id)) == {"not_inspected"}


def test_suspicious_scans_nearby_move_a_premises_up(client, session, officer_headers, pair):
    quiet, loud = pair
    for _ in range(5):
        _scan(session, LOUD)
    answer = _targets(client, officer_headers, session)
    assert _ids(answer)[0] == loud.id
    reason = _reasons(answer, loud.id)["suspicious_scans"]
    assert reason["count"] == 5
    assert "5" in reason["message"]
    assert "suspicious_scans" not in _reasons(answer, quiet.id)
    [spot] = answer["hotspots"]
    assert spot["municipality"] == "prishtine" and spot["suspicious"] == 5


def test_fewer_scans_than_the_floor_show_no_place(client, session, officer_headers, pair):
    quiet, loud = pair
    for _ in range(4):
        _scan(session, LOUD)
    answer = _targets(client, officer_headers, session)
    assert _ids(answer) == [quiet.id, loud.id]
    assert "suspicious_scans" not in _reasons(answer, loud.id)
    assert answer["hotspots"] == []
    # The answer never carries a consumer's scan: no scan ids, times or positions but premises'.
    text = str(answer)
    assert "scan_id" not in text and str(round(LOUD[1], 2)) not in text.replace(str(LOUD[1]), "")


def test_genuine_scans_count_towards_the_floor(client, session, officer_headers, pair):
    _quiet, loud = pair
    for _ in range(4):
        _scan(session, LOUD, verdict="genuine")
    _scan(session, LOUD)
    answer = _targets(client, officer_headers, session)
    assert _reasons(answer, loud.id)["suspicious_scans"]["count"] == 1


def test_consumer_reports_naming_a_premises_move_it_up(client, session, officer_headers, pair):
    _quiet, loud = pair
    session.add(Report(description="No stamp on the packs", premises_name=loud.name.upper(),
                       municipality="prishtine"))
    session.add(Report(description="Odd stamp", lat=round(LOUD[0], 2), lon=round(LOUD[1], 2),
                       municipality="prishtine"))
    session.add(Report(description="Both", premises_name=loud.name, lat=round(LOUD[0], 2),
                       lon=round(LOUD[1], 2), municipality="prishtine"))  # counted once
    session.flush()
    answer = _targets(client, officer_headers, session)
    assert _ids(answer)[0] == loud.id
    assert _reasons(answer, loud.id)["consumer_reports"]["count"] == 3


def test_stamps_shipped_to_a_premises_and_scanned_far_away_are_diversion(
    client, session, officer_headers, pair
):
    _quiet, loud = pair
    batch = factories.batch(session, quantity=10)
    session.add(CustodyEvent(
        business_step="shipping", batch_id=batch.id, series=batch.series, first=batch.first,
        last=batch.last, span_level=span_level(batch.first, batch.last),
        occurred_at=utcnow() - dt.timedelta(days=3), to_premises_id=loud.id,
    ))
    session.flush()
    _scan(session, PRIZREN, verdict="genuine", series=batch.series, number=batch.first,
          municipality="prizren")
    _scan(session, PRIZREN, verdict="genuine", series=batch.series, number=batch.first + 1,
          municipality="prizren")
    _scan(session, LOUD, verdict="genuine", series=batch.series, number=batch.first + 2)  # at home
    answer = _targets(client, officer_headers, session)
    assert _ids(answer)[0] == loud.id
    assert _reasons(answer, loud.id)["diversion"]["count"] == 2


def test_custody_mismatches_of_earlier_inspections_move_a_premises_up(
    client, session, officer_headers, pair
):
    _quiet, loud = pair
    officer = factories.user(session, "officer")
    inspection = Inspection(officer_id=officer.id, premises_id=loud.id,
                            started_at=utcnow() - dt.timedelta(days=200))
    session.add(inspection)
    session.flush()
    _scan(session, LOUD, reasons=["custody_mismatch"], inspection_id=inspection.id,
          premises_id=loud.id, user_id=officer.id,
          scanned_at=utcnow() - dt.timedelta(days=200))
    answer = _targets(client, officer_headers, session)
    assert _ids(answer)[0] == loud.id
    assert _reasons(answer, loud.id)["custody_mismatch"]["count"] == 1


def test_earlier_cases_move_a_premises_up(client, session, officer_headers, pair):
    _quiet, loud = pair
    case = factories.case(session, dt.date.today() - dt.timedelta(days=40))
    case.premises_id = loud.id
    session.flush()
    answer = _targets(client, officer_headers, session)
    assert _ids(answer)[0] == loud.id
    assert _reasons(answer, loud.id)["past_cases"]["count"] == 1


def test_a_recent_inspection_moves_a_premises_down(client, session, officer_headers, pair):
    quiet, loud = pair
    officer = factories.user(session, "officer")
    session.add(Inspection(officer_id=officer.id, premises_id=quiet.id, started_at=utcnow()))
    session.flush()
    answer = _targets(client, officer_headers, session)
    assert _ids(answer) == [loud.id, quiet.id]
    assert _reasons(answer, loud.id)["not_inspected"]["count"] == 100
    assert "not_inspected" not in _reasons(answer, quiet.id)


def test_with_a_position_the_day_has_a_route_with_distances(client, session, officer_headers,
                                                             pair):
    quiet, loud = pair
    answer = _targets(client, officer_headers, session, lat=QUIET[0], lon=QUIET[1] + 0.001)
    assert [stop["premises_id"] for stop in answer["route"]] == [quiet.id, loud.id]
    assert answer["route"][-1]["cumulative_km"] == answer["total_km"]
    assert 5 < answer["total_km"] < 7
    assert all("distance_km" in target for target in answer["targets"])


def test_scans_younger_than_the_lag_wait_for_the_next_refresh(session, pair):
    for _ in range(5):
        _scan(session, LOUD, scanned_at=utcnow())
    assert rollups.refresh(session, lag_s=60) == 0
    assert rollups.refresh(session, lag_s=0) == 5
    assert rollups.refresh(session, lag_s=0) == 0


@pytest.mark.parametrize(("query", "field"), [
    ({"lat": 48.85, "lon": 2.35}, "lat"),  # Paris
    ({"lat": 95, "lon": 21}, "lat"),
    ({"lat": 42.66}, "lon"),
    ({"municipality": "atlantis"}, "municipality"),
    ({"limit": 0}, "limit"),
    ({"limit": 101}, "limit"),
])
def test_bad_input_is_refused_with_a_stable_error(client, officer_headers, query, field):
    response = client.get(URL, query_string=query, headers=officer_headers)
    assert response.status_code == 422
    assert response.json["error"] == "validation_failed"
    assert field in str(response.json["errors"])


def test_unknown_municipality_is_explained_in_albanian(client, officer_headers):
    response = client.get(URL, query_string={"municipality": "atlantis"},
                          headers={**officer_headers, "Accept-Language": "sq"})
    assert response.json["message"] == "Nuk ka komunë të tillë në Kosovë."


@pytest.mark.parametrize(("role", "status"), [
    (None, 401), ("operator", 403), ("supervisor", 200), ("admin", 403)
])
def test_only_officers_and_supervisors_see_targets(client, session, role, status):
    headers = factories.headers_for(session, factories.user(session, role)) if role else {}
    assert client.get(URL, headers=headers).status_code == status


def test_a_tile_servers_origin_is_allowed_as_an_image_source():
    from app.security import tile_origin, with_image_origins

    assert tile_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png") == "https://*.tile.example.org"
    assert tile_origin("javascript:alert(1)") is None
    assert "img-src 'self' data: blob: https://t.example;" in with_image_origins(
        "img-src 'self' data: blob:; connect-src 'self'", ("https://t.example",))
