"""users.disabled_by_customs: a user an admin (the Customs) disabled stays disabled until an admin
enables them; their company's administrator cannot (issue 17).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

Reviewed by hand. Users disabled before this revision are marked as disabled by the Customs:
who disabled them is not on the row (the audit trail names the request, not its body), and the
safe reading is the one that keeps a Customs decision; an admin re-enables any of them that a
company had disabled.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("disabled_by_customs", sa.Boolean(), server_default=sa.false(),
                      nullable=False)
        )
    users = sa.table("users", sa.column("active", sa.Boolean()),
                     sa.column("disabled_by_customs", sa.Boolean()))
    op.execute(users.update().where(users.c.active.is_(sa.false()))
               .values(disabled_by_customs=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("disabled_by_customs")
