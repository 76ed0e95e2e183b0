"""things, not cases: decisions and dispositions name their items, unpaid duty, the holder,
refunds (issue 19, items 1-3, 8, 9)

Revision ID: 0010
Revises: 0011
Create Date: 2026-12-05

Reviewed by hand. An item's status is derived, as a case's always was (`rules.item_status_on`),
from the decisions and dispositions that name it: `case_decision_items` and
`case_disposition_items` (one row per thing named). Decisions and dispositions recorded before
this revision were about the whole case; they are backfilled to name every item of their case,
so each item's status is what the case's status was. `case_items.duty_unpaid_eur` (Art.
251(9)(a)) is 0 for existing items (the value entered was the ceiling). `cases.holder_*` (Art.
284(4)) are empty for existing cases: the receipt went to the owner. `case_refunds` (Art. 292(b))
starts empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0011"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _links(table: str, act: str, acts: str) -> None:
    op.create_table(
        table,
        sa.Column(f"{act}_id", BigId, autoincrement=False, nullable=False),
        sa.Column("item_id", BigId, autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(
            [f"{act}_id"], [f"{acts}.id"], name=op.f(f"fk_{table}_{act}_id_{acts}")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["case_items.id"], name=op.f(f"fk_{table}_item_id_case_items")
        ),
        sa.PrimaryKeyConstraint(f"{act}_id", "item_id", name=op.f(f"pk_{table}")),
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_item_id"), ["item_id"], unique=False)
    # Acts recorded before named every thing of their case.
    op.execute(
        f"INSERT INTO {table} ({act}_id, item_id) "
        f"SELECT a.id, i.id FROM {acts} a JOIN case_items i ON i.case_id = a.case_id"
    )


def upgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("duty_unpaid_eur", sa.Numeric(precision=14, scale=2), server_default="0",
                      nullable=False)
        )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("holder_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("holder_role", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("holder_address", sa.String(length=300), nullable=True))
    _links("case_decision_items", "decision", "case_decisions")
    _links("case_disposition_items", "disposition", "case_dispositions")
    op.create_table(
        "case_refunds",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("case_id", BigId, nullable=False),
        sa.Column("amount_eur", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("entered_by", BigId, nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_refunds_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["entered_by"], ["users.id"], name=op.f("fk_case_refunds_entered_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_refunds")),
    )
    with op.batch_alter_table("case_refunds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_refunds_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_refunds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_refunds_case_id"))
    op.drop_table("case_refunds")
    for table in ("case_disposition_items", "case_decision_items"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_item_id"))
        op.drop_table(table)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("holder_address")
        batch_op.drop_column("holder_role")
        batch_op.drop_column("holder_name")
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_column("duty_unpaid_eur")
