"""per-serial scan rollups, client networks of scans

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Reviewed by hand: `scans.client_network` (nullable, no default: adding it rewrites nothing);
three rollup tables keyed by serial (`serial_scan_rollups`: count, first scan, distinct client
networks; `serial_scan_places`: count per municipality; `serial_scan_networks`: each client
network once), all looked up by their primary keys only; the trigger on `scans` that keeps them
(app/stamps/rollups.py, one per engine) and the backfill from the existing scans. Scans before
this revision have no client network, so their serials start at zero networks.
"""

import sqlalchemy as sa
from alembic import op

from app.stamps import rollups

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("scans", sa.Column("client_network", sa.String(length=32), nullable=True))
    op.create_table(
        "serial_scan_rollups",
        sa.Column("series", sa.String(length=4), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("scans", sa.BigInteger(), nullable=False),
        sa.Column("first_scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_scan_id", sa.BigInteger(), nullable=False),
        sa.Column("first_municipality", sa.String(length=60), nullable=True),
        sa.Column("client_networks", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("series", "number", name=op.f("pk_serial_scan_rollups")),
    )
    op.create_table(
        "serial_scan_places",
        sa.Column("series", sa.String(length=4), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("municipality", sa.String(length=60), nullable=False),
        sa.Column("scans", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "series", "number", "municipality", name=op.f("pk_serial_scan_places")
        ),
    )
    op.create_table(
        "serial_scan_networks",
        sa.Column("series", sa.String(length=4), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("client_network", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint(
            "series", "number", "client_network", name=op.f("pk_serial_scan_networks")
        ),
    )
    connection = op.get_bind()
    rollups.create_trigger(connection)
    rollups.backfill(connection)


def downgrade() -> None:
    rollups.drop_trigger(op.get_bind())
    op.drop_table("serial_scan_networks")
    op.drop_table("serial_scan_places")
    op.drop_table("serial_scan_rollups")
    op.drop_column("scans", "client_network")
