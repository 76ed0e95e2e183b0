"""Times GET /api/v1/inspections/targets for Prishtina (10,000 premises) with the officer's
position and the day's route, on PostgreSQL with the data of bench/officers_day.py (10 million
scans unless BENCH_SCANS says otherwise); also times `flask inspections rollups --rebuild` over
all the scans and one incremental refresh after 10,000 new scans.

Run from the repository root: .venv/bin/python -m bench.targets [--with-dashboard] (the
dashboard's figures too, on the same data: bench/dashboard.py)
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import secrets
import sys
import tempfile
import time

from sqlalchemy import text

from app import create_app, db
from app.accounts.auth import token_digest
from app.accounts.models import AccessToken
from app.config import Config
from app.db import utcnow
from app.inspections import rollups
from bench.officers_day import database, load, percentile

ROUNDS = int(os.environ.get("BENCH_ROUNDS", 40))


def bench_app(url: str, directory: str):
    class BenchConfig(Config):
        DATABASE_URL = url
        INSTANCE_PATH = directory
        RATELIMIT_ENABLED = False

    app = create_app(BenchConfig)
    # As wsgi.py does for the served app: its long-lived objects out of the collector's reach,
    # or a full collection (100 ms and more) lands in a timed request now and then.
    gc.freeze()
    return app


def token(session, user_id: int) -> dict:
    value = secrets.token_urlsafe(24)
    session.add(AccessToken(token_hash=token_digest(value), user_id=user_id,
                            expires_at=utcnow() + dt.timedelta(hours=2)))
    session.commit()
    return {"Authorization": f"Bearer {value}"}


def rebuild(app) -> None:
    with app.app_context():
        if os.environ.get("BENCH_SKIP_REBUILD") != "1":  # a kept database has them already
            started = time.perf_counter()
            read = rollups.rebuild(db.session, lag_s=0)
            db.session.commit()
            rollups.vacuum(db.session)
            print(f"rollups --rebuild (and VACUUM ANALYZE): {read:,} scans in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
        db.session.execute(text("""
            INSERT INTO scans (series, number, scanned_at, verdict, reasons, lat, lon,
                               accuracy_m, municipality)
            SELECT 'CG26', 1 + floor(random() * 10000000)::bigint, now() - interval '1 minute',
                   'suspicious', '[]', 42.66, 21.16, 700, 'prishtine'
            FROM generate_series(1, 10000)"""))
        db.session.commit()
        started = time.perf_counter()
        read = rollups.refresh(db.session, lag_s=0)
        db.session.commit()
        print(f"rollups refresh: {read:,} new scans in {(time.perf_counter() - started) * 1000:.0f}"
              " ms", flush=True)


CPU: list[float] = []  # the application's own CPU time of each timed request (not PostgreSQL's)


def timed(client, path: str, headers: dict, **params) -> list[float]:
    times = []
    CPU.clear()
    for _ in range(ROUNDS):
        started, cpu = time.perf_counter(), time.process_time()
        answer = client.get(path, query_string=params, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        CPU.append((time.process_time() - cpu) * 1000)
        assert answer.status_code == 200, answer.text[:300]
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label}: p50 {percentile(times, 0.5):.0f} ms, p95 {percentile(times, 0.95):.0f} ms, "
          f"max {max(times):.0f} ms ({len(times)} requests); the application's CPU: p50 "
          f"{percentile(CPU, 0.5):.0f} ms, p95 {percentile(CPU, 0.95):.0f} ms", flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as directory, database() as url:
        load(url)
        app = bench_app(url, directory)
        rebuild(app)
        with app.app_context():
            headers = token(db.session, 2)
        client = app.test_client()
        client.get("/api/v1/inspections/targets", headers=headers)  # warm caches
        times = timed(client, "/api/v1/inspections/targets", headers, municipality="prishtine",
                      lat=42.66, lon=21.16, limit=20)
        report("GET /inspections/targets (Prishtina, 10,000 premises, route of 20)", times)
        times = timed(client, "/api/v1/inspections/targets", headers, municipality="prishtine",
                      limit=100)
        report("GET /inspections/targets (Prishtina, limit 100, no route)", times)
        if "--with-dashboard" in sys.argv[1:]:  # the same data, loaded once
            from bench.dashboard import measure

            measure(app)
        app.extensions["engine"].dispose()


if __name__ == "__main__":
    main()
