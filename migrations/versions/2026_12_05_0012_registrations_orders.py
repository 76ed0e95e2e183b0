"""registrations, licence limits, stamp orders, Art. 241 orders and appeals, users' mfa_required

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-05

Reviewed by hand: registrations keep what the applicant sent (the administrator's password only
as its Argon2 hash) and the decision; one NUI may be pending or approved once (a partial unique
index, on both engines). Licence limits are one per operator and category. Stamp orders are
summed per operator, category and day of order (the limits of a calendar period, the Art. 241
nine-month average): hence the index on those three. Art. 241 orders are read per operator, their
appeals per order. `users.mfa_required` defaults to false for every existing user.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0007"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
LIVE = "status IN ('pending', 'approved')"


def upgrade() -> None:
    op.create_table(
        "registrations",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("nui", sa.String(length=20), nullable=False),
        sa.Column("licence_number", sa.String(length=40), nullable=False),
        sa.Column("licence_kinds", sa.JSON(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("licence_valid_from", sa.Date(), nullable=False),
        sa.Column("licence_valid_to", sa.Date(), nullable=False),
        sa.Column("premises", sa.JSON(), nullable=False),
        sa.Column("contact", sa.JSON(), nullable=False),
        sa.Column("admin_email", sa.String(length=254), nullable=False),
        sa.Column("admin_password_hash", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", BigId, nullable=True),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column("operator_id", BigId, nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected')", name=op.f("ck_registrations_status")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_registrations_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_registrations_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "uq_registrations_live_nui", ["nui"], unique=True,
            sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE),
        )

    op.create_table(
        "licence_limits",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("operator_id", BigId, nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("maximum", sa.BigInteger(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", BigId, nullable=True),
        sa.CheckConstraint("maximum >= 0", name=op.f("ck_licence_limits_maximum")),
        sa.CheckConstraint(
            "period IN ('month', 'quarter', 'year')", name=op.f("ck_licence_limits_period")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_licence_limits_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(["set_by"], ["users.id"], name=op.f("fk_licence_limits_set_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licence_limits")),
        sa.UniqueConstraint(
            "operator_id", "category", name=op.f("uq_licence_limits_operator_id_category")
        ),
    )

    op.create_table(
        "stamp_orders",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("operator_id", BigId, nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("product_id", BigId, nullable=True),
        sa.Column("premises_id", BigId, nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("ordered_on", sa.Date(), nullable=False),
        sa.Column("ordered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ordered_by", BigId, nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", BigId, nullable=True),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column("batch_id", BigId, nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_stamp_orders_quantity")),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected')", name=op.f("ck_stamp_orders_status")
        ),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"], name=op.f("fk_stamp_orders_batch_id_batches")),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], name=op.f("fk_stamp_orders_decided_by_users")),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_stamp_orders_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(["ordered_by"], ["users.id"], name=op.f("fk_stamp_orders_ordered_by_users")),
        sa.ForeignKeyConstraint(
            ["premises_id"], ["premises.id"], name=op.f("fk_stamp_orders_premises_id_premises")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stamp_orders_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stamp_orders")),
    )
    with op.batch_alter_table("stamp_orders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stamp_orders_operator_category_day",
            ["operator_id", "category", "ordered_on"], unique=False,
        )

    op.create_table(
        "avoidance_orders",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("operator_id", BigId, nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("caps", sa.JSON(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("notification_method", sa.String(length=10), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("notification_address", sa.String(length=300), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", BigId, nullable=True),
        sa.CheckConstraint(
            "notification_method IN ('hand', 'post', 'electronic')",
            name=op.f("ck_avoidance_orders_notification_method"),
        ),
        sa.ForeignKeyConstraint(["made_by"], ["users.id"], name=op.f("fk_avoidance_orders_made_by_users")),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"],
            name=op.f("fk_avoidance_orders_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avoidance_orders")),
    )
    with op.batch_alter_table("avoidance_orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_avoidance_orders_operator_id"), ["operator_id"], unique=False
        )

    op.create_table(
        "avoidance_appeals",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("avoidance_order_id", BigId, nullable=False),
        sa.Column("lodged_on", sa.Date(), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", BigId, nullable=True),
        sa.ForeignKeyConstraint(
            ["avoidance_order_id"], ["avoidance_orders.id"],
            name=op.f("fk_avoidance_appeals_avoidance_order_id_avoidance_orders"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_avoidance_appeals_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avoidance_appeals")),
    )
    with op.batch_alter_table("avoidance_appeals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_avoidance_appeals_avoidance_order_id"), ["avoidance_order_id"],
            unique=False,
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mfa_required", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("mfa_required")
    with op.batch_alter_table("avoidance_appeals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_avoidance_appeals_avoidance_order_id"))
    op.drop_table("avoidance_appeals")
    with op.batch_alter_table("avoidance_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_avoidance_orders_operator_id"))
    op.drop_table("avoidance_orders")
    with op.batch_alter_table("stamp_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_stamp_orders_operator_category_day")
    op.drop_table("stamp_orders")
    op.drop_table("licence_limits")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("uq_registrations_live_nui")
    op.drop_table("registrations")
