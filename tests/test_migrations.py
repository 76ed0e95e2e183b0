"""The schema comes from the migrations; they must agree with the models and go down again."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from app.db import Base, import_models
from app.migrate import alembic_config, include_name


def test_models_and_migrations_agree(database_url):
    import_models()
    engine = create_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_migration_has_a_downgrade_and_one_head():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(scripts.get_heads()) == 1
    for revision in scripts.walk_revisions():
        assert callable(getattr(revision.module, "downgrade", None)), revision.revision


def test_0008_stops_on_overlapping_ranges_already_stored_and_names_them(tmp_path):
    """Ranges that overlap (left by the races of issue 17) are listed and nothing is changed;
    once a person has resolved them the migration runs."""
    from sqlalchemy import text

    from app.migrate import upgrade
    from tests.databases import create_database, drop_database

    url, pg_name = create_database(tmp_path, prefix="banderola_0008")
    before = ScriptDirectory.from_config(alembic_config(url)).get_revision("0008").down_revision
    try:
        upgrade(url, before)
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO revocations (series, first, last, reason, revoked_at) VALUES "
                "('CG26', 1, 91, 'stolen', CURRENT_TIMESTAMP), "
                "('CG26', 2, 3, 'damaged', CURRENT_TIMESTAMP), "
                "('CG26', 92, 95, 'lost', CURRENT_TIMESTAMP), "
                "('AL26', 2, 3, 'lost', CURRENT_TIMESTAMP)"))
        with pytest.raises(RuntimeError) as stopped:
            upgrade(url, "0008")
        message = str(stopped.value)
        assert "1 in revocations" in message
        assert "revocations: CG26-000000002..000000003 starts inside a range reaching " \
               "CG26-000000091" in message
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == before
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM revocations WHERE reason = 'damaged'"))
        engine.dispose()
        upgrade(url, "0008")
    finally:
        drop_database(pg_name)


@pytest.mark.postgresql  # SQLite serialises writers instead (docs/stamps.md, Range writes)
def test_0008_refuses_overlapping_ranges_in_the_database_itself(database_url):
    """PostgreSQL: whatever a writer forgets, the database refuses a second revocation, batch
    or activation over a serial (EXCLUDE USING gist)."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text(
                "INSERT INTO revocations (series, first, last, reason, revoked_at) VALUES "
                "('CG99', 1, 91, 'stolen', now())"))
            with pytest.raises(IntegrityError) as refused:
                connection.execute(text(
                    "INSERT INTO revocations (series, first, last, reason, revoked_at) VALUES "
                    "('CG99', 91, 93, 'damaged', now())"))
            assert refused.value.orig.sqlstate == "23P01"
            connection.rollback()
    finally:
        engine.dispose()
