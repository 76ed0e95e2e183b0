"""Custody findings in verification: clone_suspected, custody_mismatch, destroyed by custody."""

from __future__ import annotations

import datetime as dt

import pytest

from app.custody import findings as custody_findings
from app.custody import rules, service
from app.db import utcnow
from app.stamps import codes, verification
from app.stamps.models import Scan
from app.stamps.verification import verify
from tests import factories

PRISHTINE = (42.6629, 21.1655)
PRIZREN = (42.2139, 20.7397)
TOWNS = [(42.6629, 21.1655), (42.2139, 20.7397), (42.3702, 21.1553), (42.6593, 20.2887),
         (42.8914, 20.8660), (42.4635, 21.4694), (42.3803, 20.4308)]


@pytest.fixture(autouse=True)
def custody_findings_only(monkeypatch):
    """These tests are about custody's findings; other capabilities' are tested with them."""
    monkeypatch.setattr(verification, "FINDING_PROVIDERS", ("app.custody.findings",))


def _scan(session, serial, at, lat, lon, accuracy_m=None):
    session.add(Scan(series=serial.series, number=serial.number, scanned_at=at,
                     verdict="genuine", reasons=[], lat=lat, lon=lon, accuracy_m=accuracy_m))
    session.flush()


def _serial(chain, offset=0):
    return codes.Serial(chain.batch.series, chain.batch.first + offset)


def test_impossible_travel_is_clone_suspected(app, ctx, session, chain):
    serial = _serial(chain)
    _scan(session, serial, utcnow() - dt.timedelta(minutes=10), *PRISHTINE)
    at_prizren = {"lat": PRIZREN[0], "lon": PRIZREN[1], "accuracy_m": 20}
    # Both positions are anonymous claims: advice for the public, a finding for an officer.
    result = verify(session, text=factories.signed_code(app, serial), **at_prizren)
    assert (result.verdict, result.reasons) == ("genuine", ["clone_suspected"])
    assert result.advisory == {"clone_suspected"}
    result = verify(session, text=factories.signed_code(app, serial), **at_prizren,
                    officer=True, user_id=chain.officer.id)
    assert (result.verdict, result.reasons) == ("suspicious", ["clone_suspected"])
    assert result.advisory == frozenset()


def test_the_same_trip_in_two_hours_is_fine(app, ctx, session, chain):
    serial = _serial(chain)
    _scan(session, serial, utcnow() - dt.timedelta(hours=2), *PRISHTINE)
    result = verify(session, text=factories.signed_code(app, serial), lat=PRIZREN[0],
                    lon=PRIZREN[1])
    assert result.verdict == "genuine"


def test_poor_accuracy_is_not_evidence_of_travel(app, ctx, session, chain):
    serial = _serial(chain)
    _scan(session, serial, utcnow() - dt.timedelta(minutes=10), *PRISHTINE, accuracy_m=8000)
    result = verify(session, text=factories.signed_code(app, serial), lat=PRIZREN[0],
                    lon=PRIZREN[1], accuracy_m=20)
    assert result.verdict == "genuine"


def test_too_many_distinct_places_is_clone_suspected(app, ctx, session, chain):
    serial = _serial(chain)
    for days, town in enumerate(TOWNS[:6]):
        _scan(session, serial, utcnow() - dt.timedelta(days=30 - days * 3), *town)
    result = verify(session, text=factories.signed_code(app, serial))
    assert "clone_suspected" in result.reasons


def test_places_are_counted_at_the_limit_and_the_limit_is_configurable(app, ctx, session, chain):
    serial = _serial(chain)
    for days, town in enumerate(TOWNS[:5]):
        _scan(session, serial, utcnow() - dt.timedelta(days=30 - days * 3), *town)
    assert verify(session, text=factories.signed_code(app, serial)).verdict == "genuine"
    result = verify(session, text=factories.signed_code(app, serial),
                    settings={**app.config, "CLONE_MAX_DISTINCT_PLACES": 4})
    assert result.reasons == ["clone_suspected"]


def test_speed_threshold_is_configurable(app, ctx, session, chain):
    serial = _serial(chain)
    _scan(session, serial, utcnow() - dt.timedelta(hours=2), *PRISHTINE)
    result = verify(session, text=factories.signed_code(app, serial), lat=PRIZREN[0],
                    lon=PRIZREN[1], settings={**app.config, "CLONE_MAX_SPEED_KMH": 20.0})
    assert result.reasons == ["clone_suspected"]


def _officer_scan(app, session, chain, serial, premises):
    return verify(session, text=factories.signed_code(app, serial), officer=True,
                  user_id=chain.officer.id, premises_id=premises.id)


def test_officer_scan_at_another_premises_is_custody_mismatch(app, ctx, session, chain):
    serial = _serial(chain)
    assert _officer_scan(app, session, chain, serial, chain.factory).verdict == "genuine"
    result = _officer_scan(app, session, chain, serial, chain.shop)
    assert result.reasons == ["custody_mismatch"]


def test_after_receipt_the_shop_is_right_and_the_factory_wrong(app, ctx, session, chain):
    producer = rules.Actor("operator", operator_id=chain.producer.id)
    retailer = rules.Actor("operator", operator_id=chain.retailer.id)
    rng = chain.range()
    service.record_event(session, actor=producer, business_step="shipping", **rng,
                         occurred_at=utcnow() - dt.timedelta(hours=2),
                         to_premises_id=chain.shop.id)
    serial = _serial(chain, 5)
    # In transit: found at the addressee before the receipt is recorded is no mismatch.
    assert _officer_scan(app, session, chain, serial, chain.shop).verdict == "genuine"
    assert _officer_scan(app, session, chain, serial, chain.warehouse).reasons == [
        "custody_mismatch"]
    service.record_event(session, actor=retailer, business_step="receiving", **rng,
                         occurred_at=utcnow() - dt.timedelta(hours=1),
                         premises_id=chain.shop.id)
    assert _officer_scan(app, session, chain, serial, chain.shop).verdict == "genuine"
    assert _officer_scan(app, session, chain, serial, chain.factory).reasons == [
        "custody_mismatch"]


def test_consumers_never_get_custody_mismatch(app, ctx, session, chain):
    result = verify(session, text=factories.signed_code(app, _serial(chain)),
                    premises_id=chain.shop.id)
    assert result.verdict == "genuine"


def test_stamps_destroyed_in_custody_verify_as_destroyed(app, ctx, session, chain):
    service.record_event(session, actor=rules.Actor("operator", operator_id=chain.producer.id),
                         business_step="destroying", **chain.range(0, 9),
                         occurred_at=utcnow() - dt.timedelta(hours=1))
    result = verify(session, text=factories.signed_code(app, _serial(chain, 3)))
    assert result.verdict == "invalid"
    assert "destroyed" in result.reasons
    assert verify(session, text=factories.signed_code(app, _serial(chain, 10))).verdict == (
        "genuine")


def test_stored_points_count_as_coarse():
    # Rows as the verification's statement returns them: id, time (ISO text), lat, lon,
    # accuracy, user.
    at = utcnow().replace(microsecond=0)
    rows = [[1, at.isoformat(), *PRISHTINE, 5, None], [2, at.isoformat(), *PRIZREN, None, 7],
            [3, at.isoformat(), None, None, None, None]]
    points = custody_findings.scan_points(rows)
    assert [point.accuracy_m for point in points] == [700.0, 1000.0]
    assert points[0].at == at
