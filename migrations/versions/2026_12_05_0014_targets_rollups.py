"""rollups of the officer's targets and the supervisor's dashboard

Revision ID: 0014
Revises: 0015
Create Date: 2026-12-05

Reviewed by hand: four tables of per-day counts kept by `app.inspections.rollups` (refreshed
incrementally after a watermark, never edited by requests): consumer scans per day,
municipality and cell of 0.01 degree (the targets read them by municipality and day, hence the
index), every scan per day and municipality by verdict (the dashboard), per day and premises
the diverted stamps, per premises (ever, a small table read whole) the custody mismatches of
inspections, and the watermark itself. On PostgreSQL the two indexes the targets read
cover their columns (index-only scans) and the tables are vacuumed more often than the default. Keys
are natural ("" stands for no municipality, as a key column cannot be empty). No data to move:
`flask inspections rollups` fills them from the scans.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0015"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


# The refresh updates today's rows every minute: vacuum them often, so that the covering
# indexes stay index-only (PostgreSQL only; SQLite has no such setting).
FREQUENT_VACUUM = "(autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05)"


def upgrade() -> None:
    op.create_table(
        "scan_cell_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("municipality", sa.String(length=60), nullable=False),
        sa.Column("lat_cell", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("lon_cell", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("scans", sa.Integer(), nullable=False),
        sa.Column("suspicious", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "municipality", "lat_cell", "lon_cell", name=op.f("pk_scan_cell_days")
        ),
    )
    with op.batch_alter_table("scan_cell_days", schema=None) as batch_op:
        batch_op.create_index(
            "ix_scan_cell_days_municipality_day", ["municipality", "day"], unique=False,
            postgresql_include=["lat_cell", "lon_cell", "scans", "suspicious"],
        )
    op.create_table(
        "scan_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("municipality", sa.String(length=60), nullable=False),
        sa.Column("genuine", sa.Integer(), nullable=False),
        sa.Column("suspicious", sa.Integer(), nullable=False),
        sa.Column("invalid", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "municipality", name=op.f("pk_scan_days")),
    )
    op.create_table(
        "premises_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("premises_id", BigId, autoincrement=False, nullable=False),
        sa.Column("diverted", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["premises_id"], ["premises.id"], name=op.f("fk_premises_days_premises_id_premises")
        ),
        sa.PrimaryKeyConstraint("day", "premises_id", name=op.f("pk_premises_days")),
    )
    with op.batch_alter_table("premises_days", schema=None) as batch_op:
        batch_op.create_index(
            "ix_premises_days_day", ["day"], unique=False,
            postgresql_include=["premises_id", "diverted"],
        )
    op.create_table(
        "premises_mismatches",
        sa.Column("premises_id", BigId, autoincrement=False, nullable=False),
        sa.Column("mismatches", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["premises_id"], ["premises.id"],
            name=op.f("fk_premises_mismatches_premises_id_premises"),
        ),
        sa.PrimaryKeyConstraint("premises_id", name=op.f("pk_premises_mismatches")),
    )
    op.create_table(
        "rollup_marks",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("last_scan_id", sa.BigInteger(), nullable=False),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_rollup_marks")),
    )
    if op.get_context().dialect.name == "postgresql":
        for table in ("scan_cell_days", "scan_days", "premises_days"):
            op.execute(f"ALTER TABLE {table} SET {FREQUENT_VACUUM}")


def downgrade() -> None:
    op.drop_table("rollup_marks")
    op.drop_table("premises_mismatches")
    with op.batch_alter_table("premises_days", schema=None) as batch_op:
        batch_op.drop_index("ix_premises_days_day")
    op.drop_table("premises_days")
    op.drop_table("scan_days")
    with op.batch_alter_table("scan_cell_days", schema=None) as batch_op:
        batch_op.drop_index("ix_scan_cell_days_municipality_day")
    op.drop_table("scan_cell_days")
