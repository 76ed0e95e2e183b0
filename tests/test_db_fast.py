"""app.db_fast: the speed-up tools read and write as SQLAlchemy would, on both engines."""

from __future__ import annotations

import datetime as dt

import psycopg
from sqlalchemy import bindparam, func, select

from app import db, db_fast
from app.registry.models import Operator
from app.stamps.models import Scan
from tests import factories


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
    statement = db_fast.HotStatement(select(
        select(db_fast.json_rows(*scans.c)).select_from(scans).scalar_subquery().label("rows"),
        select(func.max(Scan.scanned_at)).where(Scan.number == number).scalar_subquery()
        .label("latest"),
    ))
    row = statement.first(session.connection(), {"number": 77})
    rows = db_fast.load_json_rows(row.rows)
    assert [(verdict, db_fast.parse_utc(when), lat) for verdict, when, lat in rows] == [
        ("genuine", at, 42.66), ("invalid", at, None)]
    assert row.latest == at  # through the column type's own result processor: aware UTC
    empty = statement.first(session.connection(), {"number": 78})
    assert db_fast.load_json_rows(empty.rows) == [] and empty.latest is None


def test_autocommit_request_runs_each_statement_as_its_own_transaction(app):
    """On PostgreSQL no BEGIN is sent, so no transaction stays open between statements; the
    pooled connection is back in transactions for the next request. SQLite is left as it is."""
    postgresql = app.extensions["engine"].dialect.name == "postgresql"
    with app.app_context():
        current = db.session()
        autocommit_engine = app.extensions["autocommit_engine"]
        assert db_fast.autocommit_request(current, autocommit_engine) is postgresql
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
    assert not db_fast.autocommit_request(db.session(), app.extensions["autocommit_engine"])
    db.session.remove()
    with app.app_context():
        current = db.session()
        current.execute(select(func.count()).select_from(Operator))
        assert current.in_transaction()
        assert not db_fast.autocommit_request(current, app.extensions["autocommit_engine"])
