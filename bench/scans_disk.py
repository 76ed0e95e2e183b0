"""What scans cost in disk: each partition's rows, heap, indexes and total, and a year at a
planning rate, from a database loaded by bench/load_stamps.py (scans partitioned by month).

    .venv/bin/python bench/load_stamps.py --stamps 1000000 --batches 100 --scans 2000000 \
        --db banderola_bench_i22disk
    .venv/bin/python bench/scans_disk.py --db banderola_bench_i22disk --per-day 1000000

Sizes are PostgreSQL's own: `pg_table_size` (heap, free space map, visibility map, TOAST),
`pg_indexes_size` (both indexes and the primary key's), `pg_total_relation_size` (the two).
The tables are VACUUM ANALYZEd first, as the loader leaves them; the figures are those of rows
written in time order and never updated, as scans are.
"""

from __future__ import annotations

import argparse

import psycopg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", default="127.0.0.1:5432")
    parser.add_argument("--per-day", type=int, default=1_000_000)
    args = parser.parse_args()
    host, port = args.host.split(":")
    with psycopg.connect(host=host, port=port, user="postgres", dbname=args.db,
                         autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE scans")
        rows = conn.execute(
            "SELECT c.relname, (SELECT count(*) FROM scans s WHERE s.tableoid = c.oid), "
            "pg_table_size(c.oid), pg_indexes_size(c.oid), pg_total_relation_size(c.oid) "
            "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'scans'::regclass ORDER BY c.relname"
        ).fetchall()
    mb = 1024 * 1024
    print(f"{'partition':<16} {'rows':>10} {'heap MB':>9} {'indexes MB':>11} {'total MB':>9}"
          f" {'B/row':>7}")
    totals = [0, 0, 0, 0]
    for name, count, heap, indexes, total in rows:
        per_row = f"{total / count:7.0f}" if count else "      -"
        print(f"{name:<16} {count:>10,} {heap / mb:>9.1f} {indexes / mb:>11.1f}"
              f" {total / mb:>9.1f} {per_row}")
        for index, value in enumerate((count, heap, indexes, total)):
            totals[index] += value
    count, heap, indexes, total = totals
    print(f"{'all':<16} {count:>10,} {heap / mb:>9.1f} {indexes / mb:>11.1f} {total / mb:>9.1f}"
          f" {total / count:7.0f}")
    print(f"per scan: heap {heap / count:.0f} B, indexes {indexes / count:.0f} B, "
          f"total {total / count:.0f} B")
    year = args.per_day * 365
    gib = 1024**3
    print(f"a year at {args.per_day:,} scans a day ({year:,} scans): heap "
          f"{heap / count * year / gib:.0f} GiB, indexes {indexes / count * year / gib:.0f} GiB,"
          f" total {total / count * year / gib:.0f} GiB; a month "
          f"{total / count * args.per_day * 30.4 / gib:.1f} GiB")


if __name__ == "__main__":
    main()
