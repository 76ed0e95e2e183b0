"""app.db: how a request's session ends, on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError

from app import db
from app.registry.models import Operator
from app.stamps.models import Scan


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
