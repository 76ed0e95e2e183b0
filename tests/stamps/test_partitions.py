"""Scans by month on PostgreSQL (app/stamps/partitions.py, migration 0015): `scans maintain`
makes the partitions ahead and gives strays of the default partition their month's partition;
run again, or twice at once, it changes nothing; a scan lands in its month's partition; the
verification's answers are the same whichever partition their scans are in."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from app.db import utcnow
from app.migrate import upgrade
from app.stamps import codes, partitions
from app.stamps.models import Scan
from tests import factories
from tests.databases import create_database, drop_database

on_postgresql = pytest.mark.postgresql


def where(session, scan_id: int) -> str:
    return session.scalar(text("SELECT tableoid::regclass::text FROM scans WHERE id = :id"),
                          {"id": scan_id})


def scan_at(session, at: dt.datetime, **fields) -> Scan:
    scan = Scan(series=fields.pop("series", "ZZ"), number=fields.pop("number", 1),
                verdict="genuine", reasons=[], scanned_at=at, **fields)
    session.add(scan)
    session.flush()
    return scan


@on_postgresql
def test_scans_is_partitioned_by_month_with_a_default_partition(session):
    assert partitions.is_partitioned(session)
    names = partitions.partitions(session)
    this_month = utcnow().date().replace(day=1)
    months = [this_month]
    for _ in range(3):
        months.append(partitions.next_month(months[-1]))
    assert {partitions.DEFAULT, *map(partitions.partition_name, months)} <= set(names)
    primary_key = session.scalar(text(
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'scans'::regclass AND contype = 'p'"))
    assert primary_key == "PRIMARY KEY (id, scanned_at)"


@on_postgresql
def test_maintain_twice_makes_the_same_partitions(session):
    future = dt.date(2031, 2, 17)
    first = partitions.maintain(session, future, ahead=3)
    assert first.created == ["scans_2031_02", "scans_2031_03", "scans_2031_04",
                             "scans_2031_05"]
    after_first = partitions.partitions(session)
    second = partitions.maintain(session, future, ahead=3)
    assert second.created == [] and second.moved == 0
    assert partitions.partitions(session) == after_first


@on_postgresql
def test_a_scan_lands_in_its_months_partition_and_a_stray_is_moved_to_its_own(session):
    partitions.maintain(session, dt.date(2031, 2, 17), ahead=3)
    in_april = scan_at(session, dt.datetime(2031, 4, 30, 23, 59, tzinfo=dt.UTC))
    in_may = scan_at(session, dt.datetime(2031, 5, 1, 0, 0, tzinfo=dt.UTC))
    stray = scan_at(session, dt.datetime(2035, 1, 5, 12, 0, tzinfo=dt.UTC))
    assert where(session, in_april.id) == "scans_2031_04"
    assert where(session, in_may.id) == "scans_2031_05"
    assert where(session, stray.id) == partitions.DEFAULT
    report = partitions.maintain(session, dt.date(2031, 2, 17), ahead=3)
    assert report.created == ["scans_2035_01"] and report.moved == 1
    assert where(session, stray.id) == "scans_2035_01"
    assert session.get(Scan, stray.id).scanned_at == stray.scanned_at
    assert partitions.maintain(session, dt.date(2031, 2, 17), ahead=3).created == []


@on_postgresql
def test_the_verifications_answers_are_the_same_before_and_after_strays_are_moved(
    app, client, session
):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    code = factories.signed_code(app, serial)
    # Scans of past months the partitions do not cover (the default partition holds them),
    # and one of this month.
    now = utcnow()
    for days, municipality in ((400, "prizren"), (370, "peje"), (200, "prizren"), (1, None)):
        scan_at(session, now - dt.timedelta(days=days), series=serial.series,
                number=serial.number, municipality=municipality)
    officer = factories.user(session, "officer")
    headers = factories.headers_for(session, officer)
    before = client.get(f"/api/v1/stamps/{serial}", headers=headers).get_json()
    first = client.post("/api/v1/verifications", json={"code": code}).get_json()
    assert session.scalar(text(
        f"SELECT count(*) FROM {partitions.DEFAULT} WHERE number = :n"), {"n": serial.number}) == 3

    report = partitions.maintain(session, now.date(), ahead=3)
    assert report.moved >= 3
    assert session.scalar(text(
        f"SELECT count(*) FROM {partitions.DEFAULT} WHERE number = :n"), {"n": serial.number}) == 0
    after = client.get(f"/api/v1/stamps/{serial}", headers=headers).get_json()
    second = client.post("/api/v1/verifications", json={"code": code}).get_json()

    assert before["scans"] == after["scans"][1:]  # the verification in between, newest first
    assert first["stamp"]["first_scan"] == second["stamp"]["first_scan"]
    assert first["stamp"]["first_scan"]["municipality"] == "Prizren"
    assert second["stamp"]["previous_scans"] == first["stamp"]["previous_scans"] + 1
    assert first["stamp"]["scan_places"] == second["stamp"]["scan_places"]
    assert first["verdict"] == second["verdict"]


@on_postgresql
def test_the_command_reports_and_changes_nothing_the_second_time(app, session):
    runner = app.test_cli_runner()
    runs = [runner.invoke(args=["scans", "maintain"]) for _ in range(2)]
    assert all(run.exit_code == 0 for run in runs), runs[0].output
    assert "scans: nothing to do" in runs[1].output
    assert runs[0].output.split(";")[-1] == runs[1].output.split(";")[-1]  # N partitions


@pytest.fixture
def scratch_url(tmp_path):
    """A database of its own: concurrent runs commit, as the timers' would."""
    url, name = create_database(tmp_path, prefix="banderola_partitions")
    upgrade(url)
    yield url
    drop_database(name)


@on_postgresql
def test_concurrent_runs_create_each_partition_once(scratch_url):
    engine = create_engine(scratch_url, pool_size=4)
    with Session(engine) as session:
        scan_at(session, dt.datetime(2040, 6, 1, tzinfo=dt.UTC))  # a stray of a later month
        session.commit()
    start = threading.Barrier(4)
    reports, errors = [], []

    def run():
        try:
            with Session(engine) as session:
                start.wait()
                reports.append(partitions.maintain(session, dt.date(2039, 11, 3), ahead=3))
                session.commit()
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    created = sorted(name for report in reports for name in report.created)
    assert created == ["scans_2039_11", "scans_2039_12", "scans_2040_01", "scans_2040_02",
                       "scans_2040_06"]
    assert sum(report.moved for report in reports) == 1
    with Session(engine) as session:
        assert session.scalar(text("SELECT count(*) FROM scans")) == 1
        assert session.scalar(text("SELECT tableoid::regclass::text FROM scans")) == \
            "scans_2040_06"
    engine.dispose()


def test_the_command_run_again_has_nothing_to_do_and_sqlite_keeps_one_table(app, session):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["scans", "maintain"])
    again = runner.invoke(args=["scans", "maintain"])
    assert first.exit_code == 0 and again.exit_code == 0, (first.output, again.output)
    assert "nothing to do" in again.output
    if session.get_bind().dialect.name == "sqlite":
        assert "nothing to do" in first.output
        assert partitions.partitions(session) == []
