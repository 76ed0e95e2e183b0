"""The data of the officer's-day benchmarks (bench/targets.py, bench/dashboard.py), loaded into a
bench PostgreSQL database with generate_series (no row goes through Python):

- 10,000 premises in Prishtina (random points over the municipality's built-up box);
- BENCH_SCANS consumer scans (default 10,000,000) over the last 365 days: 90 % genuine, 7 %
  suspicious, 3 % invalid; 80 % in Prishtina's box, 20 % around Prizren (which makes diversion);
- 100,000 consumer reports over the year, one in ten naming a premises;
- 50,000 custody events: shipments of 200 stamps each to a random premises;
- 20,000 inspections over the year by 20 officers, and 1,000 cases at premises.

The database is created on 127.0.0.1:5432 as user postgres (BENCH_PG_ADMIN to change) and
dropped at the end unless BENCH_KEEP=1; BENCH_DATABASE=postgresql+psycopg://.../name measures
on a database so kept, without loading it again.
"""

from __future__ import annotations

import os
import time
import uuid
from contextlib import contextmanager

import psycopg

from app.migrate import upgrade

PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
PREMISES = 10_000
SCANS = int(os.environ.get("BENCH_SCANS", 10_000_000))
REPORTS = 100_000
SHIPMENTS = 50_000
INSPECTIONS = 20_000
CASES = 1_000
OFFICERS = 20
SCAN_CHUNK = 1_000_000


@contextmanager
def database():
    """A new bench database, dropped at the end (kept with BENCH_KEEP=1); with BENCH_DATABASE
    (a database an earlier run kept), that one, already loaded, never dropped."""
    if os.environ.get("BENCH_DATABASE"):
        yield os.environ["BENCH_DATABASE"]
        return
    name = f"banderola_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://")
    finally:
        if os.environ.get("BENCH_KEEP") != "1":
            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            print(f"kept database {name}")


def _step(connection, label: str, sql: str, **params) -> None:
    started = time.perf_counter()
    for statement in filter(str.strip, sql.split(";\n")):
        connection.execute(statement, params if "%(" in statement else None)
    connection.commit()
    print(f"  {label}: {time.perf_counter() - started:.1f} s", flush=True)


def load(url: str) -> None:
    """Migrate the database at `url` and fill it (nothing when it is BENCH_DATABASE's)."""
    if os.environ.get("BENCH_DATABASE"):
        print(f"reusing the loaded database {url.rsplit('/', 1)[1]}", flush=True)
        return
    upgrade(url)
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    print(f"loading: {PREMISES} premises, {SCANS} scans, {REPORTS} reports, "
          f"{SHIPMENTS} shipments, {INSPECTIONS} inspections, {CASES} cases", flush=True)
    with psycopg.connect(plain) as connection:
        connection.execute("SELECT setseed(0.21)")
        _step(connection, "operator, officers, product, batch", """
            INSERT INTO operators (id, name, nui, licence_number, licence_kinds,
                                   licence_valid_from, licence_valid_until, created_at)
            VALUES (1, 'Bench SH.P.K.', '900000001', 'AKC-B-1', '["distributor"]',
                    '2020-01-01', '2099-12-31', now());
            INSERT INTO users (id, email, full_name, password_hash, roles, active,
                               disabled_by_customs, mfa_enabled, failed_logins,
                               password_changed_at, created_at)
            SELECT g, 'officer' || g || '@bench.example', 'Officer ' || g, 'x',
                   (CASE WHEN g = 1 THEN '["supervisor"]' ELSE '["officer"]' END)::json,
                   true, false, true, 0, now(), now()
            FROM generate_series(1, %(officers)s) g;
            INSERT INTO batches (id, operator_id, category, series, first, last, issued_at)
            VALUES (1, 1, 'cigarettes', 'CG26', 1, 100000000, now() - interval '400 days');
        """, officers=OFFICERS + 1)
        _step(connection, "premises", """
            INSERT INTO premises (id, operator_id, name, kind, address, municipality, lat, lon,
                                  created_at)
            SELECT g, 1, 'Dyqani ' || g, 'shop', 'Rruga ' || g, 'prishtine',
                   42.60 + random() * 0.12, 21.05 + random() * 0.20,
                   now() - (random() * 1000) * interval '1 day'
            FROM generate_series(1, %(n)s) g
        """, n=PREMISES)
        _step(connection, "custody events (shipments)", """
            INSERT INTO custody_events (id, business_step, batch_id, series, first, last,
                                        span_level, occurred_at, recorded_at, late,
                                        to_premises_id)
            SELECT g, 'shipping', 1, 'CG26', (g - 1) * 200 + 1, g * 200, 8,
                   now() - interval '380 days' + (random() * 10) * interval '1 day', now(),
                   false, 1 + floor(random() * %(premises)s)::int
            FROM generate_series(1, %(n)s) g
        """, n=SHIPMENTS, premises=PREMISES)
        for start in range(0, SCANS, SCAN_CHUNK):
            count = min(SCAN_CHUNK, SCANS - start)
            _step(connection, f"scans {start + count:,}", """
                INSERT INTO scans (series, number, scanned_at, verdict, reasons, lat, lon,
                                   accuracy_m, municipality)
                SELECT 'CG26', 1 + floor(random() * 10000000)::bigint,
                       now() - interval '2 minutes' - (random() * 365) * interval '1 day',
                       CASE WHEN r < 0.90 THEN 'genuine' WHEN r < 0.97 THEN 'suspicious'
                            ELSE 'invalid' END,
                       CASE WHEN r < 0.90 THEN '[]' WHEN r < 0.97 THEN '["clone_suspected"]'
                            ELSE '["unreadable"]' END::json,
                       round((CASE WHEN far THEN 42.17 + random() * 0.08
                                   ELSE 42.60 + random() * 0.12 END)::numeric, 2),
                       round((CASE WHEN far THEN 20.70 + random() * 0.08
                                   ELSE 21.05 + random() * 0.20 END)::numeric, 2),
                       700, CASE WHEN far THEN 'prizren' ELSE 'prishtine' END
                FROM (SELECT random() AS r, random() < 0.2 AS far
                      FROM generate_series(1, %(n)s)) s
            """, n=count)
        _step(connection, "reports", """
            INSERT INTO reports (description, premises_name, lat, lon, municipality, status,
                                 created_at)
            SELECT 'Bench report', CASE WHEN random() < 0.1
                       THEN 'Dyqani ' || (1 + floor(random() * %(premises)s)::int) END,
                   round((42.60 + random() * 0.12)::numeric, 2),
                   round((21.05 + random() * 0.20)::numeric, 2), 'prishtine', 'received',
                   now() - (random() * 365) * interval '1 day'
            FROM generate_series(1, %(n)s)
        """, n=REPORTS, premises=PREMISES)
        _step(connection, "inspections", """
            INSERT INTO inspections (officer_id, premises_id, place_description, lat, lon,
                                     municipality, started_at, closed_at)
            SELECT 2 + floor(random() * %(officers)s)::int, p, 'Rruga', 42.66, 21.16,
                   'prishtine', t, t + interval '1 hour'
            FROM (SELECT 1 + floor(random() * %(premises)s)::int AS p,
                         now() - (random() * 365) * interval '1 day' AS t
                  FROM generate_series(1, %(n)s)) s
        """, n=INSPECTIONS, officers=OFFICERS, premises=PREMISES)
        _step(connection, "cases", """
            INSERT INTO cases (number, detained_on, premises_id, place_description,
                               municipality, owner_kind, owner_name, legal_basis, opened_by,
                               created_at)
            SELECT 'DK-2026-' || lpad(g::text, 6, '0'),
                   current_date - (floor(random() * 365))::int,
                   1 + floor(random() * %(premises)s)::int, 'Dyqani', 'prishtine', 'legal',
                   'Bench SH.P.K.', '["Art. 251(1)"]'::json, 2, now()
            FROM generate_series(1, %(n)s) g
        """, n=CASES, premises=PREMISES)
        _step(connection, "analyze", "ANALYZE")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]
