"""scans partitioned by month (PostgreSQL)

Revision ID: 0015
Revises: 0009
Create Date: 2026-12-05

Reviewed by hand. On PostgreSQL `scans` becomes a table partitioned by range of `scanned_at`, one
partition a month (app/stamps/partitions.py; docs/stamps.md, "Scans by month"); SQLite keeps its
plain table (nothing to do there).

- The primary key must hold the partition key: (id, scanned_at). `id` stays unique in practice
  (one sequence, `scans_id_seq`, kept and owned by the new table) and the model keeps `id` as
  its key. No table references scans.id (checked: the models and every migration before this),
  so no foreign key is lost; the check below refuses to run if one appeared meanwhile.
- Everything else is carried over as the old table had it, whatever migrations ran before this
  one: the columns, their defaults and NOT NULLs and CHECKs (`LIKE`), the foreign keys, the
  indexes (`ix_scans_series_number_scanned_at`, `ix_scans_inspection_id`: partitioned indexes,
  one per partition) and the triggers, each re-created from its own definition.
- The partitions of the months that hold scans, of this month and the three next, and the
  default partition are created first; the rows are then copied in once (INSERT ... SELECT,
  routed to their month) and the old table dropped. The copy holds an exclusive lock on scans
  for its duration (about 40 s per million scans on the benchmark machine, docs/BENCHMARKS.md):
  run it in a maintenance window on a large database.
- Downgrade: the same in reverse, into one plain table with `id` as its primary key.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0015"
down_revision = "0009"
branch_labels = None
depends_on = None


def _definitions(bind, table: str) -> list[str]:
    """The statements that re-create `table`'s foreign keys, indexes (but its primary key's)
    and triggers, as PostgreSQL prints them (naming `table`)."""
    foreign_keys = bind.execute(sa.text(
        "SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s', CAST(:table AS text), conname, "
        "pg_get_constraintdef(oid)) FROM pg_constraint "
        "WHERE conrelid = CAST(:table AS regclass) AND contype = 'f' ORDER BY conname"
    ), {"table": table}).scalars().all()
    indexes = bind.execute(sa.text(
        "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c "
        "ON c.oid = i.indexrelid WHERE i.indrelid = CAST(:table AS regclass) "
        "AND NOT i.indisprimary ORDER BY c.relname"
    ), {"table": table}).scalars().all()
    triggers = bind.execute(sa.text(
        "SELECT pg_get_triggerdef(oid) FROM pg_trigger "
        "WHERE tgrelid = CAST(:table AS regclass) AND NOT tgisinternal ORDER BY tgname"
    ), {"table": table}).scalars().all()
    return [*foreign_keys, *indexes, *triggers]


def _set_aside(bind, table: str, aside: str) -> None:
    """Rename `table` and its indexes (index names are schema-wide) out of the way."""
    bind.execute(sa.text("ALTER SEQUENCE scans_id_seq OWNED BY NONE"))
    names = bind.execute(sa.text(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE i.indrelid = CAST(:table AS regclass)"
    ), {"table": table}).scalars().all()
    for number, name in enumerate(names):
        bind.execute(sa.text(f'ALTER INDEX "{name}" RENAME TO "{aside}_{number}"'))
    bind.execute(sa.text(f"ALTER TABLE {table} RENAME TO {aside}"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    referencing = bind.execute(sa.text(
        "SELECT conrelid::regclass::text FROM pg_constraint "
        "WHERE confrelid = 'scans'::regclass AND contype = 'f'"
    )).scalars().all()
    if referencing:
        raise RuntimeError(f"foreign keys reference scans.id ({referencing}): a partitioned "
                           "scans has no unique id alone to reference")
    definitions = _definitions(bind, "scans")
    _set_aside(bind, "scans", "scans_unpartitioned")
    bind.execute(sa.text(
        "CREATE TABLE scans (LIKE scans_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS, "
        "CONSTRAINT pk_scans PRIMARY KEY (id, scanned_at)) PARTITION BY RANGE (scanned_at)"
    ))
    bind.execute(sa.text("ALTER SEQUENCE scans_id_seq OWNED BY scans.id"))
    for statement in definitions:
        bind.execute(sa.text(statement))
    from app.stamps import partitions

    months = bind.execute(sa.text(
        "SELECT DISTINCT date_trunc('month', scanned_at AT TIME ZONE 'UTC')::date "
        "FROM scans_unpartitioned"
    )).scalars().all()
    session = Session(bind=bind)
    partitions.maintain(session, dt.datetime.now(dt.UTC).date(), months=tuple(months))
    bind.execute(sa.text("INSERT INTO scans SELECT * FROM scans_unpartitioned"))
    bind.execute(sa.text("DROP TABLE scans_unpartitioned"))
    bind.execute(sa.text("ANALYZE scans"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    definitions = _definitions(bind, "scans")
    _set_aside(bind, "scans", "scans_partitioned")
    bind.execute(sa.text(
        "CREATE TABLE scans (LIKE scans_partitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS, "
        "CONSTRAINT pk_scans PRIMARY KEY (id))"
    ))
    bind.execute(sa.text("ALTER SEQUENCE scans_id_seq OWNED BY scans.id"))
    bind.execute(sa.text("INSERT INTO scans SELECT * FROM scans_partitioned"))
    bind.execute(sa.text("DROP TABLE scans_partitioned"))
    for statement in definitions:
        bind.execute(sa.text(statement))
