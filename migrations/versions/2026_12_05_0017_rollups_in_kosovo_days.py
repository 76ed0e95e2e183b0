"""the rollups' days become Kosovo days; two indexes the targets' reads need

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-05

Reviewed by hand: two indexes, found with EXPLAIN ANALYZE on the bench data (docs/BENCHMARKS.md,
"Issue 21"): the hotspots sum `scan_cell_days` over the window for every municipality, which the
(municipality, day) index does not serve (a bitmap heap scan of the table): an index on the day
covering what it sums (PostgreSQL; plain on SQLite); the last inspection per premises was a
sequential scan and a hash join: (premises_id, started_at). `scan_cell_days`, `scan_days` and `premises_days` were
keyed by the UTC day of `scans.scanned_at`; `app.inspections.rollups.day_of` now gives the
Kosovo day (Europe/Belgrade), so the rows already counted are in the wrong days. They are
emptied and the watermark goes back to 0: the next `flask inspections rollups` (the timer, every
minute) reads every scan again, which is a rebuild (about a quarter of an hour per 10 million
scans, docs/BENCHMARKS.md) during which the targets and the dashboard show partial counts and an
`as_of` of the last run. `premises_mismatches` has no day and is kept, but the rebuild counts
it again, so it is emptied too. Downgrade empties them the same way (the old code rebuilds in
UTC days).
"""

from alembic import op

revision = "0017"
down_revision = "0014"
branch_labels = None
depends_on = None


def _empty() -> None:
    for table in ("scan_cell_days", "scan_days", "premises_days", "premises_mismatches"):
        op.execute(f"DELETE FROM {table}")
    op.execute("UPDATE rollup_marks SET last_scan_id = 0 WHERE name = 'scans'")


def upgrade() -> None:
    op.create_index("ix_scan_cell_days_day", "scan_cell_days", ["day"],
                    postgresql_include=["municipality", "scans", "suspicious"])
    op.create_index("ix_inspections_premises_id_started_at", "inspections",
                    ["premises_id", "started_at"])
    _empty()


def downgrade() -> None:
    op.drop_index("ix_inspections_premises_id_started_at", table_name="inspections")
    op.drop_index("ix_scan_cell_days_day", table_name="scan_cell_days")
    _empty()
