"""the review whose decision a notice notifies

Revision ID: 0016
Revises: 0017
Create Date: 2026-12-05

Reviewed by hand: one nullable column, `case_notifications.review_id`, referencing
`case_reviews.id`. A notice of document `review_decision` names the review it notifies, so
that the receipt of a decision on a review of the detention or of an extension (Art. 251(13),
291(5)-(6)) can be recorded later as for the seizure's review. No data to move: existing rows
keep it empty, which means the seizure's review, as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0017"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("case_notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_id", BigId, nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_case_notifications_review_id_case_reviews"),
            "case_reviews",
            ["review_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("case_notifications", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_case_notifications_review_id_case_reviews"), type_="foreignkey"
        )
        batch_op.drop_column("review_id")
