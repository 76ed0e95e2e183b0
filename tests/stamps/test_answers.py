"""The officer's view of a stamp: what the view builds by hand is what the schema would dump."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from app.geo.gazetteer import municipality_name
from app.stamps import answers, codes, schemas
from app.stamps.models import Scan
from app.stamps.service import activate, revoke
from app.stamps.verification import verify
from tests import factories


def test_scan_entries_are_what_scan_schema_dumps(session):
    batch, _product = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    officer = factories.user(session, "officer")
    session.add_all([
        Scan(series=serial.series, number=serial.number, verdict="genuine", reasons=[],
             scanned_at=dt.datetime(2026, 11, 30, 8, 0, 0, 250000, tzinfo=dt.UTC),
             lat=42.66, lon=21.17, municipality="prishtine", user_id=officer.id),
        Scan(series=serial.series, number=serial.number, verdict="suspicious",
             reasons=["clone_suspected"],
             scanned_at=dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC),
             municipality="no-such-place"),
    ])
    session.flush()
    for lang in ("sq", "sr", "en"):
        detail = answers.stamp_detail(session, serial, lang)
        dumped = schemas.StampDetailSchema().dump(detail)
        by_schema = schemas.ScanSchema(many=True).dump(_unready_scans(detail)["scans"])
        assert dumped["scans"] == by_schema
        assert [entry["verdict"] for entry in dumped["scans"]] == ["suspicious", "genuine"]
        assert dumped["scans"][1]["by_officer"] is True
        assert dumped["scans"][1]["municipality"] == municipality_name("prishtine", lang)
    # The latest scans travel inside the view's one statement as JSON: they read back as stored.
    suspicious, genuine = answers.stamp_detail(session, serial, "en")["scans"]
    assert suspicious["reasons"] == ["clone_suspected"]
    assert suspicious["scanned_at"] == "2026-11-30T09:00:00+00:00"
    assert (genuine["lat"], genuine["lon"]) == (42.66, 21.17)
    assert genuine["scanned_at"] == "2026-11-30T08:00:00.250000+00:00"
    assert genuine["id"] < suspicious["id"] and genuine["premises_id"] is None


def _through_json(app, value):
    return json.loads(app.json.dumps(value))


def _unready_scans(answer) -> dict:
    """The answer with its scans as a schema dumps them from: times as datetimes."""
    return {**answer, "scans": [
        {**entry, "scanned_at": dt.datetime.fromisoformat(entry["scanned_at"])}
        for entry in answer["scans"]
    ]}


def test_scan_pages_are_what_scan_page_schema_dumps(app, ctx, session):
    """A page of older scans is built JSON-ready (`Ready`): it must be what the documented
    schema would have produced, with more pages to come and without."""
    batch, _product = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    officer = factories.user(session, "officer")
    session.add_all(
        Scan(series=serial.series, number=serial.number, verdict="suspicious",
             reasons=["clone_suspected"], municipality="prizren", lat=42.21, lon=20.74,
             scanned_at=dt.datetime(2026, 11, 30, 8, minute, 0, 250000, tzinfo=dt.UTC),
             user_id=officer.id if minute % 2 else None)
        for minute in range(5)
    )
    session.flush()
    newest = max(scan.id for scan in session.query(Scan).filter_by(number=serial.number))
    for limit in (2, 10):
        for lang in ("sq", "sr", "en"):
            ready = answers.scans_before(session, serial, newest, limit, lang)
            by_schema = schemas.ScanPageSchema().dump(_unready_scans(ready))
            assert _through_json(app, ready) == _through_json(app, by_schema)
            assert ready["more"] is (limit == 2)


def test_officer_views_are_what_stamp_detail_schema_dumps(app, ctx, session):
    """The officer's view is built JSON-ready (`Ready`) and skips marshmallow's dump: it must
    be what the documented schema would have produced, for every shape a stamp can take."""
    issued = factories.batch(session, category="spirits", quantity=10,
                             excise_paid_eur=Decimal("1234.50"), excise_rate="10.00 EUR/l",
                             paid_on=dt.date(2026, 10, 30), sale_not_before=dt.date(2026, 11, 1))
    spirits = factories.product(session, category="spirits", abv=Decimal("40.5"),
                                volume_ml=700)
    activate(session, series=issued.series, first=issued.first, last=issued.first + 4,
             product_id=spirits.id, operator_id=None,
             activated_at=dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC))
    revoke(session, series=issued.series, first=issued.first + 3, last=issued.first + 3,
           reason="stolen", note="from a van")
    plain = factories.batch(session)  # no fiscal data, nothing activated
    session.flush()
    activated, revoked = (codes.Serial(issued.series, issued.first + n) for n in (0, 3))
    inactive = codes.Serial(issued.series, issued.first + 7)
    verify(session, text=str(activated), lat=42.66, lon=21.17,
           now=dt.datetime(2026, 11, 30, 12, 0, 0, 120000, tzinfo=dt.UTC))
    shapes = [activated, revoked, inactive, codes.Serial(plain.series, plain.first)]
    for serial in shapes:
        for lang in ("sq", "sr", "en"):
            ready = answers.stamp_detail(session, serial, lang)
            by_schema = schemas.StampDetailSchema().dump(_unready_scans(ready))
            assert _through_json(app, ready) == _through_json(app, by_schema)
    detail = _through_json(app, answers.stamp_detail(session, activated, "en"))
    assert detail["batch"]["excise_paid_eur"] == "1234.50"
    assert detail["product"]["abv"] == "40.5"
    assert detail["product"]["volume_ml"] == 700
    assert detail["scans_total"] == 1
    assert detail["scans"][0]["scanned_at"] == "2026-11-30T12:00:00.120000+00:00"
    assert _through_json(app, answers.stamp_detail(session, revoked, "en"))["revocation"][
        "reason"] == "stolen"
    assert answers.stamp_detail(session, inactive, "en")["product"] is None


def test_verification_answers_are_what_verification_schema_dumps(app, ctx, session):
    """The answer is built JSON-ready (`Ready`) and skips marshmallow's dump: it must be
    byte for byte what the documented schema would have produced."""
    issued = factories.batch(session, category="spirits", quantity=10,
                             sale_not_before=dt.date(2026, 1, 1))
    spirits = factories.product(session, category="spirits", abv=Decimal("40.5"))
    activate(session, series=issued.series, first=issued.first, last=issued.first + 4,
             product_id=spirits.id, operator_id=None,
             activated_at=dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC))
    genuine = codes.Serial(issued.series, issued.first)
    session.flush()
    texts = [
        factories.signed_code(app, genuine),  # first scan
        factories.signed_code(app, genuine),  # scanned before: first scan, places
        factories.signed_code(app, codes.Serial(issued.series, issued.first + 7)),  # not activated
        str(genuine),  # a bare serial
        "not a code",
    ]
    for index, text in enumerate(texts):
        result = verify(session, text=text, lat=42.66, lon=21.17, accuracy_m=20.0,
                        now=dt.datetime(2026, 11, 30, 12, index, tzinfo=dt.UTC))
        for lang in ("sq", "sr", "en"):
            ready = answers.verification_answer(result, lang)
            by_schema = schemas.VerificationSchema().dump(dict(ready))
            assert _through_json(app, ready) == _through_json(app, by_schema)
    assert ready["verdict"] == "invalid"
    scanned_before = answers.verification_answer(
        verify(session, text=texts[0], now=dt.datetime(2026, 11, 30, 13, tzinfo=dt.UTC)), "en"
    )
    assert scanned_before["stamp"]["product"]["abv"] == "40.5"
    assert scanned_before["stamp"]["previous_scans"] == 3
    assert _through_json(app, scanned_before)["stamp"]["first_scan"]["at"].startswith(
        "2026-11-30T12:00:00")


def test_advisory_reasons_are_what_verification_schema_dumps(app, ctx, session):
    """An advisory reason (API.md) carries `"advisory": true` in the JSON-ready answer exactly
    as the schema dumps it; reasons that are not advice carry no such key."""
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    settings = {**app.config, "SCANNED_BY_MANY_CLIENTS": 2}
    for network in ("a", "b"):
        verify(session, text=factories.signed_code(app, serial), client_network=network)
    for text in (factories.signed_code(app, serial), str(serial)):
        result = verify(session, text=text, settings=settings)
        for lang in ("sq", "sr", "en"):
            ready = answers.verification_answer(result, lang)
            by_schema = schemas.VerificationSchema().dump(dict(ready))
            assert _through_json(app, ready) == _through_json(app, by_schema)
    reasons = _through_json(app, ready)["reasons"]
    assert [(reason["code"], reason.get("advisory")) for reason in reasons] == [
        ("scanned_by_many", True), ("serial_only", None)]
    assert ready["verdict"] == "suspicious"  # for serial_only: the advice changes nothing
