"""the appeal whose decision a notice notifies

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-05

Reviewed by hand: one nullable column, `case_notifications.appeal_id`, referencing
`case_appeals.id`. A notice of document `board_decision` or `court_decision` names the appeal
it notifies, so that the receipt of the Board's or the court's decision on an appeal about the
detention or an extension (Art. 251(13), 291(5)-(9)) can be recorded later, as for the
seizure's appeals. No data to move: existing rows keep it empty, which means the seizure's
appeal at that level, as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0016"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("case_notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appeal_id", BigId, nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_case_notifications_appeal_id_case_appeals"),
            "case_appeals",
            ["appeal_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("case_notifications", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_case_notifications_appeal_id_case_appeals"), type_="foreignkey"
        )
        batch_op.drop_column("appeal_id")
