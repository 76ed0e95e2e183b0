"""Load a benchmark database into PostgreSQL's shared buffers before measuring it.

A production server keeps its working set in memory; this project's virtual machines page out
file-cache pages untouched for a few seconds (DAMON `pageout`), so without this a benchmark
measures the disk: a stamp's scans, scattered over a 1.8 GB table, read back at 50-1,000 ms per
request. Pages in shared buffers are PostgreSQL's own memory and stay. The buffers must be big
enough to hold the tables (`ALTER SYSTEM SET shared_buffers = '6GB'` and a restart; see
bench/README.md); when they are not, this says so, and the figures are of a cold database.
"""

from __future__ import annotations

import psycopg


def prewarm(url: str, tables: list[str]) -> str:
    """Read `tables` and all their indexes into shared buffers; a line saying what was done."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        buffers = conn.execute(
            "SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'"
        ).fetchone()[0]
        tables = [name for name in tables  # the ones this database has
                  if conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()[0]]
        # A partitioned table (scans, docs/stamps.md) holds nothing itself: its partitions do.
        tables = [leaf for name in tables for (leaf,) in conn.execute(
            "SELECT relid::regclass::text FROM pg_partition_tree(%s) WHERE isleaf"
            " UNION SELECT %s WHERE NOT EXISTS (SELECT FROM pg_partition_tree(%s))",
            (name, name, name))]
        relations = conn.execute(
            "SELECT c.oid::regclass::text, pg_relation_size(c.oid) FROM pg_class c"
            " WHERE c.oid = ANY(%(tables)s::regclass[])"
            " OR c.oid IN (SELECT indexrelid FROM pg_index"
            "              WHERE indrelid = ANY(%(tables)s::regclass[]))",
            {"tables": tables},
        ).fetchall()
        size = sum(bytes_ for _name, bytes_ in relations)
        for name, _bytes in relations:
            conn.execute("SELECT pg_prewarm(%s)", (name,))
    line = (f"prewarmed {len(relations)} relations, {size / 2**20:,.0f} MB, into shared_buffers"
            f" of {buffers / 2**20:,.0f} MB")
    if size > 0.9 * buffers:
        line += (" -- TOO SMALL: the rest stays on disk and the figures measure it"
                 " (bench/README.md, 'Memory')")
    return line
