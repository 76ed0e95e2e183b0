"""The test harness: a database built by the migrations, one transaction per test, rolled back.

`TEST_DATABASE=sqlite` (default) uses a temporary SQLite file; `TEST_DATABASE=postgresql`
creates a private database on the local server (127.0.0.1:5432) and drops it at the end.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from app import create_app, db
from app.config import Config
from app.migrate import upgrade
from app.stamps.keys import ensure_signing_key, public_keys
from tests.databases import create_database, drop_database


def pytest_collection_modifyitems(config, items):
    """Tests that touch no database are marked `nodb`: the PostgreSQL pass of `make test` skips
    re-running them (they ran once already on the SQLite pass). The acceptance suite serves
    from a database of its own (tests/acceptance), so it runs on both passes."""
    for item in items:
        if "database_url" in getattr(item, "fixturenames", ()):
            continue
        if item.get_closest_marker("postgresql") is not None:
            continue  # a database of its own (e.g. tests/operations/replica.py)
        if item.get_closest_marker("acceptance") is None:
            item.add_marker(pytest.mark.nodb)
    # Tests of PostgreSQL's own concurrency run on the PostgreSQL pass only.
    if os.environ.get("TEST_DATABASE", "sqlite") != "postgresql":
        kept = [item for item in items if item.get_closest_marker("postgresql") is None]
        if len(kept) != len(items):
            config.hook.pytest_deselected(items=[i for i in items if i not in kept])
            items[:] = kept


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    url, pg_name = create_database(tmp_path_factory.mktemp("db"))
    upgrade(url)
    yield url
    drop_database(pg_name)


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("instance")

    class TestConfig(Config):
        TESTING = True
        DATABASE_URL = database_url
        INSTANCE_PATH = str(instance)
        KEYS_DIR = str(instance / "keys")
        EVIDENCE_DIR = str(instance / "evidence")
        SQLITE_BEGIN = "DEFERRED"
        RATELIMIT_ENABLED = False

    application = create_app(TestConfig)
    ensure_signing_key(application.extensions["engine"], Path(TestConfig.KEYS_DIR))
    public_keys.clear()
    return application


@pytest.fixture
def session(app):
    """The scoped session bound to one connection whose transaction is rolled back after."""
    engine = app.extensions["engine"]
    connection = engine.connect()
    outer = connection.begin()
    db.session.remove()
    db.session.configure(bind=connection, join_transaction_mode="create_savepoint")
    try:
        yield db.session
    finally:
        db.session.remove()
        outer.rollback()
        connection.close()
        db.session.configure(bind=engine, join_transaction_mode="conditional_savepoint")


class CommittingClient(FlaskClient):
    """Commits what the test built before each request, as data would be in a running system.

    With the per-test outer transaction, a commit only releases a savepoint; the end of the
    test still rolls everything back.
    """

    def open(self, *args, **kwargs):
        db.session.commit()
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app, session):
    app.test_client_class = CommittingClient
    return app.test_client()


@pytest.fixture
def ctx(app, session):
    """An application context, for service tests that translate or read config."""
    with app.test_request_context():
        yield
