"""Retention of scans (app/stamps/retention.py, `flask scans maintain`): anonymous consumers'
scans older than SCAN_RETENTION_MONTHS go, signed-in users' scans stay untouched, and what the
verification, the officer's view of a stamp and the dashboard answer is the same before and
after (a rebuild of the dashboard's rollups included); a second run changes nothing;
concurrent runs delete each scan once (PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from app.db import utcnow
from app.inspections import rollups
from app.migrate import upgrade
from app.stamps import codes, partitions, retention
from app.stamps.models import Scan
from tests import factories
from tests.databases import create_database, drop_database

# Eight towns more than 2 km apart: more places than a genuine pack visits (5).
TOWNS = [("prishtine", 42.66, 21.17), ("prizren", 42.21, 20.74), ("peje", 42.66, 20.29),
         ("gjakove", 42.38, 20.43), ("mitrovice", 42.89, 20.87), ("gjilan", 42.46, 21.47),
         ("ferizaj", 42.37, 21.15), ("podujeve", 42.91, 21.19)]


def scan_at(session, at: dt.datetime, serial: codes.Serial, town: int | None = None,
            **fields) -> Scan:
    place = {}
    if town is not None:
        name, lat, lon = TOWNS[town]
        place = {"municipality": name, "lat": lat, "lon": lon, "accuracy_m": 20.0}
    scan = Scan(series=serial.series, number=serial.number, verdict="genuine", reasons=[],
                scanned_at=at, **place, **fields)
    session.add(scan)
    session.flush()
    return scan


def codes_of(reasons: list[dict]) -> list[str]:
    return [reason["code"] for reason in reasons]


def run(session, today: dt.date, months: int = 13, commit: bool = False) -> retention.Retention:
    """What `scans maintain` does (committing as it does with `commit`)."""
    partitions.maintain(session, today, ahead=3)
    if not commit:
        return retention.apply(session, today, months, read_up_to=rollups.read_up_to(session))
    session.commit()
    report = retention.Retention(cutoff=retention.cutoff(today, months))
    for _month in retention.steps(session, report, read_up_to=rollups.read_up_to(session)):
        session.commit()
    session.commit()
    return report


def every_scan(session) -> dict[int, tuple]:
    return {row[0]: tuple(row) for row in session.execute(
        select(Scan.id, Scan.series, Scan.number, Scan.scanned_at, Scan.verdict, Scan.lat,
               Scan.lon, Scan.accuracy_m, Scan.municipality, Scan.client_hash,
               Scan.client_network, Scan.user_id, Scan.premises_id, Scan.inspection_id))}


def test_the_cutoff_is_the_first_of_a_month_whole_months_back():
    assert retention.cutoff(dt.date(2026, 12, 5), 13) == dt.datetime(2025, 11, 1, tzinfo=dt.UTC)
    assert retention.cutoff(dt.datetime(2027, 1, 31, 23, 0, tzinfo=dt.UTC), 1) == \
        dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    # The operator's report and the dashboard cover at most 366 days: all of them are kept.
    for day in (dt.date(2026, 3, 1), dt.date(2026, 3, 31), dt.date(2028, 2, 29)):
        assert retention.cutoff(day, retention.DEFAULT_MONTHS).date() < \
            day - dt.timedelta(days=366)
    with pytest.raises(ValueError):
        retention.cutoff(dt.date(2026, 1, 1), 0)


def test_answers_are_the_same_before_and_after_retention_and_evidence_is_untouched(
    app, client, session
):
    now = utcnow()
    old = now - dt.timedelta(days=600)  # before the cutoff, whatever the day
    recent = now - dt.timedelta(days=20)
    officer = factories.user(session, "officer")
    supervisor = factories.user(session, "supervisor")
    batch, _ = factories.activated_batch(session)
    # A: scanned in eight towns long ago by phones on eight networks, twice lately.
    # B: scanned in eight towns lately (a clone now), once long ago.
    # C: scanned only long ago, once by an officer in an inspection.
    a, b, c = (codes.Serial(batch.series, batch.first + k) for k in range(3))
    for town in range(8):
        scan_at(session, old + dt.timedelta(hours=town), a, town,
                client_hash=f"h{town}", client_network=f"n{town}")
        scan_at(session, recent + dt.timedelta(hours=town), b, town, client_network=f"m{town}")
    scan_at(session, old - dt.timedelta(days=3), a, None, client_network="n0")
    for k in range(2):
        scan_at(session, recent + dt.timedelta(days=k), a, 0, client_network="n0")
    scan_at(session, old, b, 1, client_hash="x", client_network="nb")
    scan_at(session, old, c, 2, client_hash="y", client_network="nc")
    scan_at(session, old + dt.timedelta(hours=1), c, 3, user_id=officer.id, inspection_id=7)
    scan_at(session, old + dt.timedelta(hours=2), c, 4, inspection_id=8)
    rollups.refresh(session, now=now, lag_s=0)
    evidence = {k: v for k, v in every_scan(session).items() if v[11] or v[13]}
    assert len(evidence) == 2

    officer_headers = factories.headers_for(session, officer)
    supervisor_headers = factories.headers_for(session, supervisor)

    def answers() -> dict:
        result = {}
        for serial in (a, b, c):
            code = factories.signed_code(app, serial)
            view = client.get(f"/api/v1/stamps/{serial}", headers=officer_headers).get_json()
            consumer = client.post("/api/v1/verifications", json={"code": code}).get_json()
            located = client.post("/api/v1/verifications", json={
                "code": code, "lat": 42.66, "lon": 21.17, "accuracy_m": 10}).get_json()
            result[str(serial)] = {
                "view": {key: view.get(key) for key in ("scans_total", "findings",
                                                        "client_networks")},
                "answers": [(answer["verdict"], answer["reasons"],
                             {key: answer["stamp"].get(key) for key in (
                                 "first_scan", "scan_places", "previous_scans")})
                            for answer in (consumer, located)],
            }
        day = old.date()
        result["dashboard"] = client.get(
            f"/api/v1/dashboard?from={day - dt.timedelta(days=5)}&to={day + dt.timedelta(days=5)}",
            headers=supervisor_headers).get_json()
        result["dashboard"].pop("as_of")  # when the rollups were last refreshed
        return result

    before = answers()
    assert before[str(b)]["answers"][0][0] == "genuine"  # a clone to officers, advice here
    assert "clone_suspected" in codes_of(before[str(b)]["answers"][0][1])
    assert "clone_suspected" not in codes_of(before[str(a)]["answers"][0][1])  # old: not read
    # The verifications above are scans too: take them back so that the second round starts
    # from the same history (a rollback would also undo the retention's own changes).
    for scan in session.scalars(select(Scan).where(Scan.scanned_at > now - dt.timedelta(
            minutes=5))):
        session.delete(scan)
    session.flush()
    from app.stamps import rollups as serial_rollups
    serial_rollups.backfill(session.connection())  # recount without them, before any deletion
    rollups.refresh(session, now=utcnow(), lag_s=0)

    report = run(session, now.date())
    assert report.deleted == 8 + 1 + 1 + 1  # A's old scans, B's, C's anonymous one
    after_scans = every_scan(session)
    assert {k: v for k, v in after_scans.items() if v[11] or v[13]} == evidence
    assert not [v for v in after_scans.values()
                if v[3] < report.cutoff and not (v[11] or v[13])]
    # A rebuild of the inspections rollups after retention keeps the days before the cutoff.
    rollups.rebuild(session, since=report.cutoff, lag_s=0)
    after = answers()
    assert after == before

    again = run(session, now.date())
    assert again.deleted == 0 and again.rebuilt == []


def test_scans_the_inspections_rollups_have_not_read_wait(session):
    now = utcnow()
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    read = scan_at(session, now - dt.timedelta(days=700), serial, 1)
    rollups.refresh(session, now=now, lag_s=0)
    unread = scan_at(session, now - dt.timedelta(days=650), serial, 2)
    report = run(session, now.date())
    assert report.waiting and report.deleted == 1
    assert session.get(Scan, unread.id) is not None
    session.expunge_all()
    assert session.get(Scan, read.id) is None
    rollups.refresh(session, now=now, lag_s=0)
    assert run(session, now.date()).deleted == 1
    assert session.scalar(select(func.count()).select_from(Scan)) == 0


def test_the_command_says_what_it_deleted_and_nothing_the_second_time(app, session):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    scan_at(session, utcnow() - dt.timedelta(days=500), serial, 1)
    rollups.refresh(session, now=utcnow(), lag_s=0)
    runner = app.test_cli_runner()
    first = runner.invoke(args=["scans", "maintain"])
    again = runner.invoke(args=["scans", "maintain"])
    assert first.exit_code == 0 and again.exit_code == 0, (first.output, again.output)
    assert "retention: 1 anonymous scans before" in first.output
    assert "retention: nothing to delete before" in again.output


@pytest.fixture
def scratch_url(tmp_path):
    """A database of its own: concurrent runs commit, as the timers' would."""
    url, name = create_database(tmp_path, prefix="banderola_retention")
    upgrade(url)
    yield url
    drop_database(name)


@pytest.mark.postgresql
def test_concurrent_runs_delete_each_scan_once_keep_the_evidence_and_let_scans_in(
        scratch_url):
    engine = create_engine(scratch_url, pool_size=4)
    today = dt.date(2031, 6, 10)
    serial = codes.Serial("ZZ", 1)
    with Session(engine) as session:
        for month in (1, 2, 3):
            for k in range(5):
                scan_at(session, dt.datetime(2029, month, 2 + k, tzinfo=dt.UTC), serial, k)
            scan_at(session, dt.datetime(2029, month, 9, tzinfo=dt.UTC), serial, 1, user_id=None,
                    inspection_id=month)
        rollups.refresh(session, now=dt.datetime(2031, 6, 10, tzinfo=dt.UTC), lag_s=0)
        # The months ahead exist, as the daily timer keeps them: consumers' scans go to this
        # month's partition, never to the default one a new partition's ATTACH locks.
        partitions.maintain(session, today, ahead=3)
        session.commit()
    start = threading.Barrier(5)
    reports, errors = [], []

    def one():
        try:
            with Session(engine) as session:
                start.wait()
                reports.append(run(session, today, commit=True))
        except Exception as error:
            errors.append(error)

    def consumers():
        """Scans of this month keep coming in, one transaction each, while retention runs."""
        try:
            with Session(engine) as session:
                start.wait()
                for k in range(40):
                    scan_at(session, dt.datetime(2031, 6, 10, 1, k, tzinfo=dt.UTC), serial, 0)
                    session.commit()
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(4)]
    threads.append(threading.Thread(target=consumers))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sum(report.deleted for report in reports) == 15
    assert sorted(name for report in reports for name in report.rebuilt) == [
        "scans_2029_01", "scans_2029_02", "scans_2029_03"]
    with Session(engine) as session:
        assert session.execute(text(
            "SELECT tableoid::regclass::text, inspection_id FROM scans "
            "WHERE scanned_at < '2031-01-01' ORDER BY 2")).all() == [
            ("scans_2029_01", 1), ("scans_2029_02", 2), ("scans_2029_03", 3)]
        assert session.scalar(text(
            "SELECT count(*) FROM scans WHERE tableoid = 'scans_2031_06'::regclass")) == 40
        assert session.scalar(text("SELECT count(*) FROM serial_scan_rollups")) == 1
        assert session.scalar(text("SELECT scans FROM serial_scan_rollups")) == 18 + 40
    engine.dispose()


def test_the_app_refuses_to_start_without_a_month_of_retention():
    """Every verification bounds its clone check by the retention cutoff: no month is no
    cutoff, refused at start rather than on each scan."""
    from app.config import Config

    class NoRetention(Config):
        SCAN_RETENTION_MONTHS = 0

    with pytest.raises(RuntimeError, match="SCAN_RETENTION_MONTHS"):
        NoRetention.check()
    Config.check()
