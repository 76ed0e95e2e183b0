"""The audit hash chain: every write recorded, tampering found by `flask audit verify`."""

import threading

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.audit.models import AuditRecord
from app.db import make_engine
from tests import factories


def _records(session):
    return session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()


def test_every_write_is_chained_with_who_and_what(client, session):
    admin = factories.mfa_user(session, "admin")
    headers = factories.headers_for(session, admin)
    report = client.post("/api/v1/reports", json={"description": "Packs without stamps"})
    assert report.status_code == 201
    client.post("/api/v1/auth/logout", headers=headers)
    records = _records(session)
    assert [r.action for r in records[-2:]] == [
        "POST /api/v1/reports", "POST /api/v1/auth/logout"]
    assert records[-2].actor.startswith("anon:")
    assert records[-1].actor == f"user:{admin.id}"
    assert records[-1].prev_hash == records[-2].hash
    assert audit.verify_chain(session) == (len(records), None)


def test_a_row_edited_behind_the_apps_back_is_named(app, session):
    first = audit.append(session, actor="user:1", action="test.one", data={"n": 1})
    second = audit.append(session, actor="user:1", action="test.two", data={"n": 2})
    audit.append(session, actor="user:1", action="test.three", data={"n": 3})
    session.execute(text("UPDATE audit_records SET actor = 'user:2' WHERE id = :id"),
                    {"id": second.id})
    session.expire_all()
    checked, broken = audit.verify_chain(session)
    assert broken.record_id == second.id
    assert broken.reason == "content does not match its hash"
    assert checked == len(_records(session)) - 1
    assert first.id < second.id


def test_a_deleted_row_breaks_the_next_link(app, session):
    audit.append(session, actor="user:1", action="test.one", data={})
    middle = audit.append(session, actor="user:1", action="test.two", data={})
    last = audit.append(session, actor="user:1", action="test.three", data={})
    session.execute(text("DELETE FROM audit_records WHERE id = :id"), {"id": middle.id})
    session.expire_all()
    _, broken = audit.verify_chain(session)
    assert broken.record_id == last.id
    assert broken.reason == "previous hash does not match"


def test_verify_command_exit_codes(app, session):
    runner = app.test_cli_runner()
    record = audit.append(session, actor="user:1", action="test.one", data={"n": 1})
    session.commit()  # into the test's outer transaction: the command's session ends after it
    ok = runner.invoke(args=["audit", "verify"])
    assert ok.exit_code == 0
    assert "chain intact" in ok.output
    session.execute(text("UPDATE audit_records SET data = :data WHERE id = :id"),
                    {"data": '{"n": 2}', "id": record.id})
    session.commit()
    broken = runner.invoke(args=["audit", "verify"])
    assert broken.exit_code == 1
    assert f"BROKEN at record {record.id}" in broken.output


@pytest.mark.postgresql  # the advisory lock is PostgreSQL's; SQLite has one writer at a time
def test_concurrent_appends_form_one_chain(database_url):
    """Writers in parallel transactions never chain to the same record (advisory lock)."""
    engine = make_engine(database_url)
    with engine.connect() as conn:
        high = conn.scalar(select(func.coalesce(func.max(AuditRecord.id), 0)))
    start = threading.Barrier(8, timeout=10)
    errors = []

    def writer(n):
        try:
            start.wait()
            for i in range(10):
                with Session(engine) as own:
                    audit.append(own, actor=f"user:{n}", action="test.race", data={"i": i})
                    own.commit()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        with Session(engine) as own:
            assert audit.verify_chain(own)[1] is None
            new = own.scalars(select(AuditRecord).where(AuditRecord.id > high)).all()
            assert len(new) == 80
            assert len({r.prev_hash for r in new}) == 80
    finally:
        with engine.begin() as conn:
            conn.execute(delete(AuditRecord).where(AuditRecord.id > high))
        engine.dispose()
