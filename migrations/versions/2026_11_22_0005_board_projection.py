"""The public board's projection: one row per case with a Notice of Seizure sent, with the days
on which the notice is current (maintained by the seizures service with every act).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "board_notices",
        sa.Column("case_id", BigId, autoincrement=False, nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("seized_on", sa.Date(), nullable=True),
        sa.Column("municipality", sa.String(length=60), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("goods", sa.JSON(), nullable=False),
        sa.Column("legal_basis", sa.JSON(), nullable=False),
        sa.Column("review_deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("owner_kind", sa.String(length=10), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=True),
        sa.Column("current_from", sa.Date(), nullable=True),
        sa.Column("current_until", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_board_notices_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_board_notices")),
    )
    with op.batch_alter_table("board_notices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_board_notices_current", ["current_until", "current_from"], unique=False
        )

    # Data: nothing to do on a new database. Existing cases are projected from their facts by
    # the rules, which live in the application, not here: run `flask seizures rebuild-board`
    # after upgrading (the daily `flask seizures sweep` also projects any case left out).
    connection = op.get_bind()
    notified = connection.execute(
        sa.text(
            "SELECT count(*) FROM case_notifications "
            "WHERE document = 'seizure' AND sent_on IS NOT NULL"
        )
    ).scalar()
    if notified:
        print(
            f"board_notices: {notified} Notice(s) of Seizure exist; "
            "run `flask seizures rebuild-board` to publish them"
        )


def downgrade() -> None:
    with op.batch_alter_table("board_notices", schema=None) as batch_op:
        batch_op.drop_index("ix_board_notices_current")

    op.drop_table("board_notices")
