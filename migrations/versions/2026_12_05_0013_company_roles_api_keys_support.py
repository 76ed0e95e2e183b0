"""company roles, API keys, support requests

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

Reviewed by hand:
- users.company_role replaces users.company_admin. Operator users who were their company's
  administrator become `administrator`; the other operator users become `logistics`, which is
  what they could do before (batches, codes, activations, custody, EPCIS; not the users), so
  nobody gains or loses a power by the migration. Customs staff have none. Operator users
  must now enrol TOTP: the live sessions of those who have not are revoked, so that their next
  sign-in enrols. The downgrade maps
  `administrator` back to company_admin and every other role to false.
- On SQLite the dropped columns go with ALTER TABLE DROP COLUMN (SQLite 3.35+), not batch
  mode: copying `users` and dropping the old table fails once other tables reference its rows.
- api_keys: only the SHA-256 of each key (unique, looked up by it on every request that sends
  one) and its first characters; per company (index on operator_id), revoked, never deleted.
- support_requests: by user (index: a user lists their own), by status (admins list the open).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("company_role", sa.String(length=20), nullable=True))
    users = sa.table(
        "users",
        sa.column("operator_id", BigId),
        sa.column("company_admin", sa.Boolean()),
        sa.column("company_role", sa.String(20)),
    )
    op.execute(users.update()
               .where(users.c.operator_id.is_not(None), users.c.company_admin.is_(sa.true()))
               .values(company_role="administrator"))
    op.execute(users.update()
               .where(users.c.operator_id.is_not(None), users.c.company_admin.is_not(sa.true()))
               .values(company_role="logistics"))
    _drop_user_column("company_admin")
    # Operators' portal users must now use TOTP: the sessions of those not enrolled end, so
    # that their next sign-in enrols (a token issued before would reach everything until it
    # expired).
    op.execute(sa.text(
        "UPDATE access_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE revoked_at IS NULL"
        " AND user_id IN (SELECT id FROM users WHERE operator_id IS NOT NULL"
        " AND mfa_enabled = :off)"
    ).bindparams(off=False))

    op.create_table(
        "api_keys",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("operator_id", BigId, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("key_prefix", sa.String(length=16), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("created_by", BigId, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", BigId, nullable=True),
        sa.ForeignKeyConstraint(["operator_id"], ["operators.id"],
                                name=op.f("fk_api_keys_operator_id_operators")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"],
                                name=op.f("fk_api_keys_created_by_users")),
        sa.ForeignKeyConstraint(["revoked_by"], ["users.id"],
                                name=op.f("fk_api_keys_revoked_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_api_keys_key_hash")),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_operator_id"), ["operator_id"],
                              unique=False)

    op.create_table(
        "support_requests",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("operator_id", BigId, nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", BigId, nullable=True),
        sa.CheckConstraint("status IN ('open', 'in_progress', 'closed')",
                           name=op.f("ck_support_requests_status")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_support_requests_user_id_users")),
        sa.ForeignKeyConstraint(["operator_id"], ["operators.id"],
                                name=op.f("fk_support_requests_operator_id_operators")),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"],
                                name=op.f("fk_support_requests_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_requests")),
    )
    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_requests_user_id"), ["user_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_support_requests_status"), ["status"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("support_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_requests_status"))
        batch_op.drop_index(batch_op.f("ix_support_requests_user_id"))
    op.drop_table("support_requests")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_operator_id"))
    op.drop_table("api_keys")
    # Plain ALTER TABLE ADD COLUMN on both engines (batch mode would copy the table).
    op.add_column("users", sa.Column("company_admin", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    users = sa.table("users", sa.column("company_admin", sa.Boolean()),
                     sa.column("company_role", sa.String(20)))
    op.execute(users.update().where(users.c.company_role == "administrator")
               .values(company_admin=sa.true()))
    _drop_user_column("company_role")


def _drop_user_column(name: str) -> None:
    """Drop a plain column of `users`. On SQLite (3.35 and later) with ALTER TABLE DROP COLUMN:
    batch mode would copy the table and drop the old one, which the foreign keys of every
    table that references users (tokens, cases, custody events...) refuse while they hold rows."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE users DROP COLUMN {name}")
        return
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column(name)
