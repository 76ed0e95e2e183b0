"""The officer's view of a stamp: what the view builds by hand is what the schema would dump."""

from __future__ import annotations

import datetime as dt

from app.stamps import codes, schemas, views
from app.stamps.models import Scan
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
