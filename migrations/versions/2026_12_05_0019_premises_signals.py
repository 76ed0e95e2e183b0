"""one row per premises for the targets: the window's diversion, the last inspection

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05

Reviewed by hand, found with the profile of the targets on the bench data (docs/BENCHMARKS.md,
"Issue 21"): the two slowest of their statements summed `premises_days` over the 30 days and
took the latest of every premises' inspections at every request.
- `premises_windows`: per premises, the diverted scans of `premises_days` summed from
  `rollup_marks.window_from` (a new nullable column) on; `flask inspections rollups` recounts
  it in the transaction that adds to `premises_days`. Created empty with `window_from` NULL:
  until the timer's next run (a minute) the targets sum `premises_days` as before.
- `premises_last_inspections`: per premises, the start of its latest inspection, written by a
  trigger on `inspections` (app/inspections/last_inspections.py, one per engine) and filled here
  from the inspections already stored.
Both are keyed by the premises (a foreign key, as `premises_days`), read by that key only.
Downgrade drops them, the trigger and the column.
"""

import sqlalchemy as sa
from alembic import op

from app.inspections import last_inspections

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "premises_windows",
        sa.Column("premises_id", BigId, autoincrement=False, nullable=False),
        sa.Column("diverted", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["premises_id"], ["premises.id"],
            name=op.f("fk_premises_windows_premises_id_premises"),
        ),
        sa.PrimaryKeyConstraint("premises_id", name=op.f("pk_premises_windows")),
    )
    op.create_table(
        "premises_last_inspections",
        sa.Column("premises_id", BigId, autoincrement=False, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["premises_id"], ["premises.id"],
            name=op.f("fk_premises_last_inspections_premises_id_premises"),
        ),
        sa.PrimaryKeyConstraint("premises_id", name=op.f("pk_premises_last_inspections")),
    )
    with op.batch_alter_table("rollup_marks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("window_from", sa.Date(), nullable=True))
    connection = op.get_bind()
    last_inspections.create_trigger(connection)
    last_inspections.backfill(connection)


def downgrade() -> None:
    last_inspections.drop_trigger(op.get_bind())
    with op.batch_alter_table("rollup_marks", schema=None) as batch_op:
        batch_op.drop_column("window_from")
    op.drop_table("premises_last_inspections")
    op.drop_table("premises_windows")
