"""The officer's view of a stamp: what the view builds by hand is what the schema would dump."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from app.stamps import codes, schemas, views
from app.stamps.models import Scan
from app.stamps.service import activate
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
        detail = views.stamp_detail(session, serial, lang)
        dumped = schemas.StampDetailSchema().dump(detail)
        by_schema = schemas.ScanSchema(many=True).dump([
            {**entry, "scanned_at": dt.datetime.fromisoformat(entry["scanned_at"])}
            for entry in detail["scans"]
        ])
        assert dumped["scans"] == by_schema
        assert [entry["verdict"] for entry in dumped["scans"]] == ["suspicious", "genuine"]
        assert dumped["scans"][1]["by_officer"] is True
        assert dumped["scans"][1]["municipality"] == views.municipality_name("prishtine", lang)


def _through_json(app, value):
    return json.loads(app.json.dumps(value))


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
            ready = views.verification_answer(result, lang)
            by_schema = schemas.VerificationSchema().dump(dict(ready))
            assert _through_json(app, ready) == _through_json(app, by_schema)
    assert ready["verdict"] == "invalid"
    scanned_before = views.verification_answer(
        verify(session, text=texts[0], now=dt.datetime(2026, 11, 30, 13, tzinfo=dt.UTC)), "en"
    )
    assert scanned_before["stamp"]["product"]["abv"] == "40.5"
    assert scanned_before["stamp"]["previous_scans"] == 3
    assert _through_json(app, scanned_before)["stamp"]["first_scan"]["at"].startswith(
        "2026-11-30T12:00:00")
