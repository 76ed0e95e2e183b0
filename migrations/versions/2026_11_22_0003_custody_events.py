"""custody events

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "custody_events",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("business_step", sa.String(length=20), nullable=False),
        sa.Column("batch_id", BigId, nullable=False),
        sa.Column("series", sa.String(length=4), nullable=False),
        sa.Column("first", sa.BigInteger(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.Column("span_level", sa.SmallInteger(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("actor_user_id", BigId, nullable=True),
        sa.Column("actor_operator_id", BigId, nullable=True),
        sa.Column("premises_id", BigId, nullable=True),
        sa.Column("from_premises_id", BigId, nullable=True),
        sa.Column("to_premises_id", BigId, nullable=True),
        sa.Column("to_operator_id", BigId, nullable=True),
        sa.Column("lat", sa.Double(), nullable=True),
        sa.Column("lon", sa.Double(), nullable=True),
        sa.Column("shipment_id", BigId, nullable=True),
        sa.Column("corrects_id", BigId, nullable=True),
        sa.Column("epcis_event_id", sa.String(length=200), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(["actor_operator_id"], ["operators.id"],
                                name=op.f("fk_custody_events_actor_operator_id_operators")),
        sa.ForeignKeyConstraint(["actor_user_id"], ["users.id"],
                                name=op.f("fk_custody_events_actor_user_id_users")),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"],
                                name=op.f("fk_custody_events_batch_id_batches")),
        sa.ForeignKeyConstraint(["corrects_id"], ["custody_events.id"],
                                name=op.f("fk_custody_events_corrects_id_custody_events")),
        sa.ForeignKeyConstraint(["from_premises_id"], ["premises.id"],
                                name=op.f("fk_custody_events_from_premises_id_premises")),
        sa.ForeignKeyConstraint(["premises_id"], ["premises.id"],
                                name=op.f("fk_custody_events_premises_id_premises")),
        sa.ForeignKeyConstraint(["shipment_id"], ["custody_events.id"],
                                name=op.f("fk_custody_events_shipment_id_custody_events")),
        sa.ForeignKeyConstraint(["to_operator_id"], ["operators.id"],
                                name=op.f("fk_custody_events_to_operator_id_operators")),
        sa.ForeignKeyConstraint(["to_premises_id"], ["premises.id"],
                                name=op.f("fk_custody_events_to_premises_id_premises")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_events")),
        sa.UniqueConstraint("epcis_event_id", name=op.f("uq_custody_events_epcis_event_id")),
    )
    with op.batch_alter_table("custody_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_custody_events_series_span_level_first",
            ["series", "span_level", "first"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("custody_events", schema=None) as batch_op:
        batch_op.drop_index("ix_custody_events_series_span_level_first")
    op.drop_table("custody_events")
