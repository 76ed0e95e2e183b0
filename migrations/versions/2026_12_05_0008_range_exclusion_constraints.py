"""ranges that may not overlap: exclusion constraints (PostgreSQL)

Revision ID: 0008
Revises: 0010
Create Date: 2026-12-05

Reviewed by hand. Batches, activations and revocations are ranges of serials that may never
share a serial within a series (a serial belongs to one batch, is affixed to one product and
revoked once: docs/stamps.md, "Range writes"). The services check it under a lock per series
(`app.stamps.ranges.series_lock`); on PostgreSQL a constraint is the backstop:
`EXCLUDE USING gist (series WITH =, int8range(first, last, '[]') WITH &&)`, which needs the
btree_gist extension (trusted since PostgreSQL 13: the database's owner may create it). The
constraint's GiST index also answers "which range holds serial n" when a query asks so.

The existing rows are checked first, on both engines: ranges that already overlap (written
by the races of issue 17) are listed in the log and the migration stops with a message naming
them, writing nothing. They are not resolved automatically: which of two overlapping
activations is the true product, or which revocation's reason holds, is for a person to
decide. The message says how to look at them; once resolved, run the migration again.
Custody events overlap by design (a shipment, then its receipt) and get no constraint.
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("batches", "activations", "revocations")
SHOWN = 20
log = logging.getLogger("alembic.runtime.migration")


def overlaps(connection, table: str) -> list[tuple]:
    """(series, first, last, reach) of each row that starts inside an earlier row of its series
    (`reach`: the highest `last` of the rows before it): one sort, any number of rows."""
    return connection.execute(sa.text(f"""
        SELECT series, "first", "last", reach FROM (
            SELECT series, "first", "last",
                   max("last") OVER (PARTITION BY series ORDER BY "first", id
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
            FROM {table}
        ) ranked
        WHERE reach >= "first"
        ORDER BY series, "first"
    """)).all()


def upgrade() -> None:
    connection = op.get_bind()
    found = {table: overlaps(connection, table) for table in TABLES}
    if any(found.values()):
        lines = [
            f"{table}: {series}-{first:09d}..{last:09d} starts inside a range reaching "
            f"{series}-{reach:09d}"
            for table, rows in found.items() for series, first, last, reach in rows[:SHOWN]
        ]
        counts = ", ".join(f"{len(rows)} in {table}" for table, rows in found.items() if rows)
        for line in lines:
            log.error("overlapping range: %s", line)
        raise RuntimeError(
            f"migration 0008 stopped: overlapping ranges already stored ({counts}); first "
            f"ones:\n  " + "\n  ".join(lines) + "\nEach serial may be in one batch, one "
            "activation and one revocation. Decide which row holds for those serials, delete "
            "or shorten the others (docs/stamps.md, \"Range writes\"), and run the migration "
            "again. Nothing was changed."
        )
    log.info("migration 0008: no overlapping ranges in %s", ", ".join(TABLES))
    if connection.dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for table in TABLES:
        op.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT ex_{table}_series_range "
            f"EXCLUDE USING gist (series WITH =, int8range(\"first\", \"last\", '[]') WITH &&)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT ex_{table}_series_range")
