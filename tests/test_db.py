"""app.db: how a request's session ends, the JSON rows and the hot statements on both engines."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy import bindparam, event, func, select, text
from sqlalchemy.exc import DBAPIError

from app import db
from app.registry.models import Operator
from app.stamps.models import Scan
from tests import factories


@pytest.fixture
def ends(app):
    """How the transactions on the app's engine ended: "commit" or "rollback"."""
    engine = app.extensions["engine"]
    seen: list[str] = []

    def committed(_connection):
        seen.append("commit")

    def rolled_back(_connection):
        seen.append("rollback")

    event.listen(engine, "commit", committed)
    event.listen(engine, "rollback", rolled_back)
    db.session.remove()
    yield seen
    event.remove(engine, "commit", committed)
    event.remove(engine, "rollback", rolled_back)
    db.session.remove()


def test_a_request_that_only_read_ends_with_commit(app, ends):
    # psycopg deallocates every prepared statement on ROLLBACK; a read keeps them.
    with app.app_context():
        db.session.execute(select(func.count()).select_from(Operator))
    assert ends == ["commit"]


def test_a_write_left_uncommitted_is_rolled_back(app, ends):
    with app.app_context():
        db.session.add(Scan(series="CG26", number=424242, verdict="genuine", reasons=[],
                            scanned_at=db.utcnow()))
        db.session.flush()
    assert ends == ["rollback"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).where(Scan.number == 424242)) == 0


def test_a_request_that_failed_is_rolled_back(app, ends):
    with pytest.raises(RuntimeError), app.app_context():
        db.session.execute(select(func.count()).select_from(Operator))
        raise RuntimeError("the view failed")
    assert ends == ["rollback"]


def test_json_rows_and_hot_statements_read_as_sqlalchemy_would(session):
    at = dt.datetime(2026, 11, 30, 9, 15, 30, 123456, tzinfo=dt.UTC)
    session.add_all([
        Scan(series="CG26", number=77, verdict="genuine", reasons=["a"], scanned_at=at,
             lat=42.66, lon=21.17, municipality="prishtine"),
        Scan(series="CG26", number=77, verdict="invalid", reasons=[], scanned_at=at,
             municipality=None),
    ])
    session.flush()
    number = bindparam("number")
    scans = select(Scan.verdict, Scan.scanned_at, Scan.lat).where(
        Scan.number == number).order_by(Scan.verdict).subquery()
    statement = db.HotStatement(select(
        select(db.json_rows(*scans.c)).select_from(scans).scalar_subquery().label("rows"),
        select(func.max(Scan.scanned_at)).where(Scan.number == number).scalar_subquery()
        .label("latest"),
    ))
    row = statement.first(session.connection(), {"number": 77})
    rows = db.load_json_rows(row.rows)
    assert [(verdict, db.parse_utc(when), lat) for verdict, when, lat in rows] == [
        ("genuine", at, 42.66), ("invalid", at, None)]
    assert row.latest == at  # through the column type's own result processor: aware UTC
    empty = statement.first(session.connection(), {"number": 78})
    assert db.load_json_rows(empty.rows) == [] and empty.latest is None


def test_after_a_failed_statement_the_next_request_works(app, ends):
    # A database error answered as a 4xx (an id too large, say) leaves the transaction aborted
    # on PostgreSQL; ending it must leave the connection usable for the next request.
    with app.app_context(), pytest.raises(DBAPIError):
        db.session.execute(text("SELECT * FROM no_such_table"))
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Operator)) >= 0
    assert ends[-1] == "commit"


def test_a_failed_statement_inside_a_test_transaction_leaves_it_usable(app, session):
    # The same inside the per-test transaction's savepoints (schemathesis sends such requests):
    # an aborted transaction must be rolled back to its savepoint, not committed.
    with app.app_context(), pytest.raises(DBAPIError):
        db.session.execute(text("SELECT * FROM no_such_table"))
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Operator)) >= 0


def test_autocommit_request_runs_each_statement_as_its_own_transaction(app):
    """On PostgreSQL no BEGIN is sent, so no transaction stays open between statements; the
    pooled connection is back in transactions for the next request. SQLite is left as it is."""
    postgresql = app.extensions["engine"].dialect.name == "postgresql"
    with app.app_context():
        current = db.session()
        assert db.autocommit_request(current, app.extensions["autocommit_engine"]) is postgresql
        current.execute(select(func.count()).select_from(Operator))
        driver = current.connection().connection.driver_connection
        if postgresql:
            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    assert not any(factories.pooled_connections_in_autocommit(app))
    with app.app_context():
        current = db.session()
        current.execute(select(func.count()).select_from(Operator))
        if postgresql:
            driver = current.connection().connection.driver_connection
            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS


def test_autocommit_request_never_changes_a_transaction_already_begun(app, session):
    # The test's session is bound to a connection inside the test's transaction.
    assert not db.autocommit_request(db.session(), app.extensions["autocommit_engine"])
    db.session.remove()
    with app.app_context():
        current = db.session()
        current.execute(select(func.count()).select_from(Operator))
        assert current.in_transaction()
        assert not db.autocommit_request(current, app.extensions["autocommit_engine"])
