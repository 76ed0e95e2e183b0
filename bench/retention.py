"""Retention of scans on PostgreSQL (app/stamps/retention.py): how long a run takes, what disk
it gives back, what a second run costs, and which partitions the clone check's probe reads.

Makes a database of its own (dropped at the end), loads `--months` months of scans before the
retention cutoff and one month after it, `--rows` a month, `--evidence` of them officers'
(triggers off while loading: the rollups are not what is measured), then runs retention twice.

    .venv/bin/python bench/retention.py --rows 300000 --months 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TEST_DATABASE", "postgresql")  # partitions are PostgreSQL's

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from app.migrate import upgrade
from app.stamps import partitions, retention
from tests.databases import create_database, drop_database

TODAY = dt.date(2031, 6, 10)  # cutoff 2030-05-01 with 13 months


def size(session: Session, names: list[str]) -> int:
    return sum(session.scalar(text(f"SELECT pg_total_relation_size('{name}')")) for name in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000, help="scans a month")
    parser.add_argument("--months", type=int, default=3, help="months before the cutoff")
    parser.add_argument("--evidence", type=float, default=0.01, help="share of officers' scans")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url, name = create_database(Path(folder), prefix="banderola_bench_retention")
        try:
            upgrade(url)
            run(create_engine(url), args)
        finally:
            drop_database(name)


def run(engine, args) -> None:
    cutoff = retention.cutoff(TODAY, retention.DEFAULT_MONTHS)
    months = [cutoff.date()]
    for _ in range(args.months):
        months.insert(0, (months[0] - dt.timedelta(days=1)).replace(day=1))
    every = max(1, round(1 / args.evidence))
    with Session(engine) as session:
        partitions.maintain(session, TODAY, ahead=0, months=tuple(months))
        session.execute(text("SET session_replication_role = replica"))
        started = time.perf_counter()
        for month in months:
            session.execute(text(
                "INSERT INTO scans (series, number, scanned_at, verdict, reasons, lat, lon, "
                "accuracy_m, municipality, client_hash, client_network, user_id, inspection_id) "
                "SELECT 'ZZ', n % 100000, :start + (n * interval '1 second') * (2592000.0 / :rows),"
                " 'genuine', '[]', 42.6, 21.1, 20, 'prishtine', md5(n::text)::varchar(32), "
                "md5((n / 7)::text)::varchar(32), NULL, "
                "CASE WHEN n % :every = 0 THEN n END "
                "FROM generate_series(1, :rows) n"
            ), {"start": dt.datetime.combine(month, dt.time(), dt.UTC), "rows": args.rows,
                "every": every})
        session.execute(text("SET session_replication_role = origin"))
        session.commit()
        session.execute(text("ANALYZE scans"))
        print(f"loaded {args.rows * len(months):,} scans in {len(months)} months "
              f"({time.perf_counter() - started:.1f} s)")
        old = [partitions.partition_name(month) for month in months[:-1]]
        before = size(session, old)

        for attempt in ("first", "second"):
            started = time.perf_counter()
            partitions.maintain(session, TODAY, ahead=0)
            report = retention.apply(session, TODAY, retention.DEFAULT_MONTHS)
            session.commit()
            print(f"{attempt} run: {report.deleted:,} deleted, {len(report.rebuilt)} partitions "
                  f"rebuilt, {time.perf_counter() - started:.2f} s")
        after = size(session, old)
        kept = session.scalar(text("SELECT count(*) FROM scans"))
        print(f"partitions before the cutoff: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB; "
              f"{kept:,} scans left")
        plan = session.execute(text(
            "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) "
            "SELECT id, scanned_at, lat, lon FROM scans WHERE series = 'ZZ' AND number = 7 "
            "AND scanned_at >= :since ORDER BY scanned_at DESC LIMIT 50"
        ), {"since": cutoff}).scalars().all()
        read = sorted({line.split(" on ")[1].split()[0] for line in plan if " on scans_" in line})
        print("clone check's probe reads:", ", ".join(read))


if __name__ == "__main__":
    main()
