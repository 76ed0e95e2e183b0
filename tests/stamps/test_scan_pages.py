"""An officer's view carries the latest scans of a stamp; older ones come a page at a time."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.stamps import codes
from app.stamps.models import Scan
from app.stamps.schemas import SCAN_PAGE
from tests import factories

START = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def scanned(session):
    """A stamp scanned SCAN_PAGE + 7 times (two of them in the same second), another stamp
    scanned once, and an officer's headers."""
    batch, _product = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    times = [START + dt.timedelta(hours=i) for i in range(SCAN_PAGE + 6)]
    times.insert(3, times[3])  # two scans at the same instant: the id orders them
    session.add_all(
        Scan(series=serial.series, number=serial.number, verdict="genuine", reasons=[],
             scanned_at=at, municipality="prishtine")
        for at in times
    )
    other = codes.Serial(batch.series, batch.first + 1)
    session.add(Scan(series=other.series, number=other.number, verdict="genuine", reasons=[],
                     scanned_at=START))
    session.flush()
    newest_first = session.scalars(
        select(Scan.id).where(Scan.series == serial.series, Scan.number == serial.number)
        .order_by(Scan.scanned_at.desc(), Scan.id.desc())
    ).all()
    other_id = session.scalar(select(Scan.id).where(Scan.number == other.number))
    headers = factories.headers_for(session, factories.user(session, "officer"))
    return serial, newest_first, other_id, headers


def test_the_view_carries_the_latest_page_and_the_total(client, scanned):
    serial, newest_first, _other, headers = scanned
    detail = client.get(f"/api/v1/stamps/{serial}", headers=headers).get_json()
    assert [scan["id"] for scan in detail["scans"]] == newest_first[:SCAN_PAGE]
    assert detail["scans_total"] == len(newest_first) == SCAN_PAGE + 7


def test_older_pages_follow_on_without_gaps_or_repeats(client, scanned):
    serial, newest_first, _other, headers = scanned
    seen = [scan["id"] for scan in
            client.get(f"/api/v1/stamps/{serial}", headers=headers).get_json()["scans"]]
    pages = []
    while True:
        page = client.get(f"/api/v1/stamps/{serial}/scans?before={seen[-1]}&limit=3",
                          headers={**headers, "Accept-Language": "sq"})
        assert page.status_code == 200, page.get_json()
        body = page.get_json()
        pages.append(len(body["scans"]))
        seen += [scan["id"] for scan in body["scans"]]
        if not body["more"]:
            break
    assert seen == newest_first
    assert pages == [3, 3, 1]
    assert body["scans"][-1]["municipality"] == "Prishtinë"  # in the reader's language


def test_a_page_of_the_oldest_scan_is_empty(client, scanned):
    serial, newest_first, _other, headers = scanned
    body = client.get(f"/api/v1/stamps/{serial}/scans?before={newest_first[-1]}",
                      headers=headers).get_json()
    assert body == {"scans": [], "more": False}


@pytest.mark.parametrize("query, status, error", [
    ("", 422, "validation_failed"),  # before is required
    ("?before=0", 422, "validation_failed"),
    ("?before=abc", 422, "validation_failed"),
    ("?before=1&limit=0", 422, "validation_failed"),
    ("?before=1&limit=201", 422, "validation_failed"),
])
def test_bad_page_queries_are_refused(client, scanned, query, status, error):
    serial, _ids, _other, headers = scanned
    answer = client.get(f"/api/v1/stamps/{serial}/scans{query}", headers=headers)
    assert answer.status_code == status
    assert answer.get_json()["error"] == error


def test_a_page_mark_beyond_any_id_is_refused_by_the_schema(client, scanned):
    # 10^20 fits no BIGINT: the schema says so, before the database is asked (issue 17).
    serial, _ids, _other, headers = scanned
    answer = client.get(f"/api/v1/stamps/{serial}/scans?before={10**20}", headers=headers)
    assert answer.status_code == 422
    assert "before" in answer.get_json()["errors"]["query"]


def test_a_scan_of_another_stamp_is_not_a_page_mark(client, scanned):
    serial, _ids, other_id, headers = scanned
    answer = client.get(f"/api/v1/stamps/{serial}/scans?before={other_id}", headers=headers)
    assert answer.status_code == 404
    assert answer.get_json()["error"] == "not_found"


def test_pages_are_for_officers_and_well_formed_serials(client, session, scanned):
    serial, ids, _other, headers = scanned
    anonymous = client.get(f"/api/v1/stamps/{serial}/scans?before={ids[0]}")
    assert anonymous.status_code == 401
    consumer_like = factories.headers_for(session, factories.user(session, "operator"))
    assert client.get(f"/api/v1/stamps/{serial}/scans?before={ids[0]}",
                      headers=consumer_like).status_code == 403
    malformed = client.get(f"/api/v1/stamps/not-a-serial/scans?before={ids[0]}", headers=headers)
    assert malformed.status_code == 422
    assert malformed.get_json()["error"] == "validation_failed"
    assert session.scalar(select(func.count()).select_from(Scan)) == len(ids) + 1
