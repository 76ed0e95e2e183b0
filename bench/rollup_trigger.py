"""What the rollup trigger (app/stamps/rollups.py) costs a scan, and what a hot serial's row
costs its lookups between vacuums, on PostgreSQL (127.0.0.1, user postgres).

    .venv/bin/python bench/rollup_trigger.py

A scratch database at head: (1) EXPLAIN ANALYZE of 600 INSERTs into `scans` (50 serials,
7 networks) with the trigger and 600 without, medians of the last 500; (2) 6 x 1,000 scans of
one serial, each block's median INSERT and then its rollup lookup (time and buffers) against a
never-scanned serial's, with the table's size and dead rows. The database is dropped.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.migrate import upgrade  # noqa: E402

DB = "banderola_bench_rollups"
INSERT = ("EXPLAIN (ANALYZE, FORMAT JSON) INSERT INTO scans (series, number, scanned_at, verdict,"
          " reasons, municipality, client_network) VALUES ('CG26', %s, now(), 'genuine', '[]',"
          " 'prishtine', %s) RETURNING id")
LOOKUP = ("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM serial_scan_rollups"
          " WHERE series = 'CG26' AND number = %s")


def main() -> None:
    with psycopg.connect("postgresql://postgres@127.0.0.1/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB}")
    try:
        upgrade(f"postgresql+psycopg://postgres@127.0.0.1/{DB}")
        with psycopg.connect(f"postgresql://postgres@127.0.0.1/{DB}", autocommit=True) as conn:
            for label, enable in (("with the trigger", True), ("without", False)):
                conn.execute(
                    f"ALTER TABLE scans {'ENABLE' if enable else 'DISABLE'} TRIGGER scans_rollup")
                total, trigger = [], []
                for i in range(600):
                    [[plan]] = conn.execute(INSERT, (i % 50, f"n{i % 7}")).fetchone()
                    total.append(plan["Planning Time"] + plan["Execution Time"])
                    trigger.append(sum(t["Time"] for t in plan.get("Triggers", [])))
                print(f"INSERT {label}: median {statistics.median(total[100:]):.3f} ms,"
                      f" of which the trigger {statistics.median(trigger[100:]):.3f} ms")
            conn.execute("ALTER TABLE scans ENABLE TRIGGER scans_rollup")
            for block in range(6):
                times = []
                for _ in range(1000):
                    [[plan]] = conn.execute(INSERT, (1_000_000, "n")).fetchone()
                    times.append(plan["Execution Time"])
                [[hot]] = conn.execute(LOOKUP, (1_000_000,)).fetchone()
                [[fresh]] = conn.execute(LOOKUP, (2_000_000 + block,)).fetchone()
                size, dead = conn.execute(
                    "SELECT pg_relation_size('serial_scan_rollups'), n_dead_tup"
                    " FROM pg_stat_user_tables WHERE relname = 'serial_scan_rollups'").fetchone()
                print(f"after {1000 * (block + 1):,} scans of one serial: INSERT median"
                      f" {statistics.median(times):.3f} ms; its lookup {hot['Execution Time']:.3f}"
                      f" ms ({hot['Plan'].get('Shared Hit Blocks')} buffers), a fresh serial's"
                      f" {fresh['Execution Time']:.3f} ms; table {size // 1024} kB, {dead} dead")
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
