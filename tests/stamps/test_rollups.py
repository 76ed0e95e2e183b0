"""A hot serial (issue 18): a verification reads the serial's history from rollups that a
trigger keeps on every insert of a scan, and the answer is the one the scans themselves give
(the first scan, the count, the places, the client networks), on both engines; parallel scans
through gunicorn on PostgreSQL lose no update."""

from __future__ import annotations

import datetime as dt
import os
import random
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import delete, func, select, text

from app.db import make_engine, utcnow
from app.stamps import codes, rollups
from app.stamps.answers import stamp_detail
from app.stamps.models import Scan, SerialScanNetwork, SerialScanPlace, SerialScanRollup
from app.stamps.verification import SCAN_PLACES, _history, _registry_facts, verify
from tests import factories, servers

MUNICIPALITIES = ["prishtine", "prizren", "peje", "gjakove", "ferizaj", "gjilan", "decan", None]


def _old_history(session, serial: codes.Serial) -> dict:
    """What the verification answered before the rollups: computed from every scan."""
    of_serial = (Scan.series == serial.series, Scan.number == serial.number)
    count = session.scalar(select(func.count()).where(*of_serial))
    if not count:
        return {}
    first = session.execute(
        select(Scan.scanned_at, Scan.municipality).where(*of_serial)
        .order_by(Scan.scanned_at, Scan.id).limit(1)
    ).one()
    places = session.execute(
        select(Scan.municipality, func.count()).where(*of_serial, Scan.municipality.is_not(None))
        .group_by(Scan.municipality)
    ).all()
    return {
        "previous_scans": count,
        "first_scan": {"at": first.scanned_at, "municipality": first.municipality},
        "scan_places": sorted(
            ({"municipality": municipality, "scans": scans} for municipality, scans in places),
            key=lambda place: (-place["scans"], place["municipality"]),
        )[:SCAN_PLACES],
    }


def _old_networks(session, serial: codes.Serial) -> int:
    return session.scalar(
        select(func.count(func.distinct(Scan.client_network))).where(
            Scan.series == serial.series, Scan.number == serial.number)
    )


def _rollup_history(session, serial: codes.Serial) -> tuple[dict, int]:
    row, _activated, _revoked = _registry_facts(session, serial, None)
    return _history(row), row.client_networks or 0


def _random_scans(session, serial: codes.Serial, rng: random.Random, n: int) -> None:
    """Scans in random order of time (ties included, so that the id decides the first), some
    through `verify`, some added as rows (as any other writer would)."""
    base = utcnow() - dt.timedelta(days=40)
    for index in range(n):
        at = base + dt.timedelta(minutes=rng.choice([0, 5, 5, 60, 600, 3000]) + rng.randint(0, 3))
        network = rng.choice([None, "net-a", "net-b", "net-c", f"net-{index}"])
        if index % 3 == 0:
            lat, lon = rng.choice([(42.66, 21.17), (42.21, 20.74), (None, None)])
            verify(session, text=str(serial), lat=lat, lon=lon, now=at, client_network=network)
        else:
            session.add(Scan(series=serial.series, number=serial.number, verdict="genuine",
                             reasons=[], scanned_at=at, municipality=rng.choice(MUNICIPALITIES),
                             client_network=network))
            session.flush()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_rollups_answer_what_the_scans_answered(session, seed):
    batch, _ = factories.activated_batch(session)
    rng = random.Random(seed)
    serials = [codes.Serial(batch.series, batch.first + k) for k in range(3)]
    for serial in serials:
        _random_scans(session, serial, rng, rng.randint(1, 40))
    for serial in serials:
        history, networks = _rollup_history(session, serial)
        assert history == _old_history(session, serial)
        assert networks == _old_networks(session, serial)
    never = codes.Serial(batch.series, batch.last)
    assert _rollup_history(session, never) == ({}, 0) and _old_history(session, never) == {}


def test_the_officer_view_counts_every_scan_from_the_rollup(app, session):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    _random_scans(session, serial, random.Random(7), 60)
    old = _old_history(session, serial)
    with app.test_request_context():
        detail = stamp_detail(session, serial, "en")
    assert detail["scans_total"] == 60 == old["previous_scans"]
    assert len(detail["scans"]) == 50


def test_backfill_rebuilds_what_the_trigger_kept(session):
    batch, _ = factories.activated_batch(session)
    rng = random.Random(11)
    serials = [codes.Serial(batch.series, batch.first + k) for k in range(4)]
    for serial in serials:
        _random_scans(session, serial, rng, 25)

    numbers = [serial.number for serial in serials]

    def state():
        # This test's serials only: other tests' serials of the series may hold rollups of
        # scans that retention has since deleted (rollups are not rebuilt after retention).
        session.expire_all()
        return [
            sorted(tuple(row) for row in session.execute(
                select(*model.__table__.c).where(model.series == batch.series,
                                                 model.number.in_(numbers))))
            for model in (SerialScanRollup, SerialScanPlace, SerialScanNetwork)
        ]

    kept = state()
    assert kept[0] and kept[1] and kept[2]
    rollups.backfill(session.connection(), serials[0].series, serials[0].number)
    assert state() == kept
    rollups.backfill(session.connection())
    assert state() == kept


def test_scans_without_a_serial_roll_up_nothing(session):
    before = session.scalar(select(func.count()).select_from(SerialScanRollup))
    verify(session, text="hello world")
    assert session.scalar(select(func.count()).select_from(SerialScanRollup)) == before


@pytest.mark.postgresql
def test_parallel_scans_of_one_serial_lose_no_update(database_url, tmp_path):
    """Forty requests at once per round, from twelve networks, through two gunicorn workers
    in autocommit: the rollup's counts equal the scans afterwards."""
    engine = make_engine(database_url)
    serial = codes.Serial("CG26", 9_000_000 + random.randrange(1_000_000))
    env = os.environ | {
        "DATABASE_URL": database_url,
        "INSTANCE_PATH": str(tmp_path),
        "KEYS_DIR": str(tmp_path / "keys"),
        "EVIDENCE_DIR": str(tmp_path / "evidence"),
        "RATELIMIT_ENABLED": "false",
        "PROXY_FIX_HOPS": "1",
    }

    def scan(index: int) -> int:
        request = urllib.request.Request(
            f"{server.base}/api/v1/verifications",
            data=f'{{"code": "{serial}", "lat": 42.66, "lon": 21.17}}'.encode(),
            headers={"Content-Type": "application/json",
                     "X-Forwarded-For": f"10.{index % 12}.0.{index}"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status

    try:
        with servers.gunicorn(env, tmp_path / "gunicorn.log", workers=2, threads=8,
                              preload=True) as server, ThreadPoolExecutor(20) as pool:
            for _round in range(3):
                assert set(pool.map(scan, range(40))) == {201}
        with engine.connect() as connection:
            of_serial = "series = :series AND number = :number"
            params = {"series": serial.series, "number": serial.number}
            scans, networks, first = connection.execute(text(
                f"SELECT count(*), count(DISTINCT client_network), min(scanned_at) FROM scans "
                f"WHERE {of_serial}"), params).one()
            rollup = connection.execute(text(
                f"SELECT scans, client_networks, first_scanned_at FROM serial_scan_rollups "
                f"WHERE {of_serial}"), params).one()
            place = connection.execute(text(
                f"SELECT municipality, scans FROM serial_scan_places WHERE {of_serial}"),
                params).all()
        assert (scans, networks) == (120, 12)
        assert tuple(rollup) == (scans, networks, first)
        assert [tuple(row) for row in place] == [("prishtine", 120)]
    finally:
        with engine.begin() as connection:
            for model in (Scan, SerialScanRollup, SerialScanPlace, SerialScanNetwork):
                connection.execute(delete(model).where(
                    model.series == serial.series, model.number == serial.number))
        engine.dispose()
