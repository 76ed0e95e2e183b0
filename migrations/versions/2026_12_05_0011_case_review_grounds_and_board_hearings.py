"""reviews of detention and extension decisions, grounds of review decisions, Board hearings

Revision ID: 0011
Revises: 0013
Create Date: 2026-12-05

Reviewed by hand: `case_reviews.of` says which decision is reviewed (Art. 251(13), 291(1):
`seizure`, the only kind so far and the default of existing rows, `detention` or `extension`);
`case_reviews.reasons` and `case_appeals.reasons` keep the grounds of a decision (Art. 12(3));
`case_appeals.hearing` (`closed`/`open`) and `case_appeals.notified_on` give the Customs' time to
answer a closed Board hearing (Art. 291(7)); `case_appeals.of` says whose review decision is
appealed (default `seizure`, the only kind so far). All nullable or defaulted: no backfill.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_reviews") as batch:
        batch.add_column(
            sa.Column("of", sa.String(length=10), server_default="seizure", nullable=False)
        )
        batch.add_column(sa.Column("reasons", sa.Text(), nullable=True))
    with op.batch_alter_table("case_appeals") as batch:
        batch.add_column(sa.Column("reasons", sa.Text(), nullable=True))
        batch.add_column(sa.Column("hearing", sa.String(length=6), nullable=True))
        batch.add_column(sa.Column("notified_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("of", sa.String(length=10), server_default="seizure", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("case_appeals") as batch:
        batch.drop_column("of")
        batch.drop_column("notified_on")
        batch.drop_column("hearing")
        batch.drop_column("reasons")
    with op.batch_alter_table("case_reviews") as batch:
        batch.drop_column("reasons")
        batch.drop_column("of")
