"""Idempotency-Key on writes: replay, mismatch, racing duplicates, and the 48 h purge."""

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import delete, func, select

from app.audit.models import AuditRecord
from app.db import make_engine, utcnow
from app.idempotency import service as idempotency
from app.idempotency.models import IdempotencyRecord
from app.registry.models import Operator
from app.stamps.models import Scan
from tests import factories


def _operator_body(n: int) -> dict:
    return {
        "name": f"Idempotent {n} SH.P.K.",
        "nui": f"81{n:07d}",
        "licence_number": f"AKC-I-{n}",
        "licence_kinds": ["importer"],
        "licence_valid_from": "2026-01-01",
        "licence_valid_until": "2028-12-31",
    }


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_replay_returns_the_first_answer_and_writes_nothing(client, session):
    headers = factories.headers_for(session, factories.mfa_user(session, "admin"),
                                    **{"Idempotency-Key": "op-1"})
    first = client.post("/api/v1/operators", json=_operator_body(1), headers=headers)
    assert first.status_code == 201
    operators, audits = _count(session, Operator), _count(session, AuditRecord)
    again = client.post("/api/v1/operators", json=_operator_body(1), headers=headers)
    assert again.status_code == 201
    assert again.get_json() == first.get_json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert (_count(session, Operator), _count(session, AuditRecord)) == (operators, audits)


def test_same_key_with_another_body_is_a_conflict(client, session):
    headers = factories.headers_for(session, factories.mfa_user(session, "admin"),
                                    **{"Idempotency-Key": "op-2"})
    client.post("/api/v1/operators", json=_operator_body(2), headers=headers)
    answer = client.post("/api/v1/operators", json=_operator_body(3), headers=headers)
    assert answer.status_code == 409
    assert answer.get_json()["error"] == "conflict"


def test_keys_are_per_user(client, session):
    body = _operator_body(4)
    first = factories.headers_for(session, factories.mfa_user(session, "admin"),
                                  **{"Idempotency-Key": "shared"})
    second = factories.headers_for(session, factories.mfa_user(session, "admin"),
                                   **{"Idempotency-Key": "shared"})
    assert client.post("/api/v1/operators", json=body, headers=first).status_code == 201
    # Another user's key is theirs: their request runs (and meets the duplicate NUI).
    assert client.post("/api/v1/operators", json=body, headers=second).status_code == 409


def test_anonymous_verifications_replay_per_client(client, session):
    headers = {"Idempotency-Key": "scan-1", "User-Agent": "phone A"}
    body = {"code": "CG26-000000001"}
    first = client.post("/api/v1/verifications", json=body, headers=headers)
    again = client.post("/api/v1/verifications", json=body, headers=headers)
    assert again.get_json() == first.get_json()
    other = client.post("/api/v1/verifications", json=body,
                        headers={**headers, "User-Agent": "phone B"})
    assert other.get_json()["scan_id"] != first.get_json()["scan_id"]


def test_over_long_key_is_refused(client, session):
    answer = client.post("/api/v1/verifications", json={"code": "CG26-000000001"},
                         headers={"Idempotency-Key": "k" * 201})
    assert answer.status_code == 422


def test_purge_keeps_records_for_48_hours(app, session):
    now = utcnow()
    for age_h, key in [(47, "young"), (49, "old")]:
        session.add(IdempotencyRecord(principal="anon:x", key=key, fingerprint="f",
                                      status_code=201, content_type="application/json",
                                      body="{}", created_at=now - dt.timedelta(hours=age_h)))
    session.flush()
    assert idempotency.purge_expired(session, now) == 1
    assert session.scalars(select(IdempotencyRecord.key)).all() == ["young"]


def test_purge_command(app, session):
    result = app.test_cli_runner().invoke(args=["idempotency", "purge"])
    assert result.exit_code == 0
    assert "purged 0" in result.output


@pytest.mark.postgresql  # SQLite serialises writers (BEGIN IMMEDIATE): there is no race to lose
def test_a_duplicate_waits_for_the_first_answer_and_replays_it(database_url, tmp_path):
    """The second request with a key arrives while the first is inside its view: it waits for
    the first to commit (the key is claimed before the view runs), then replays its answer."""

    race_config = factories.config(database_url, tmp_path)
    engine = make_engine(database_url)
    with engine.connect() as conn:
        high_audit = conn.scalar(select(func.coalesce(func.max(AuditRecord.id), 0)))
        high_scan = conn.scalar(select(func.coalesce(func.max(Scan.id), 0)))
    first_inside = threading.Event()
    real_find = idempotency.find_replay

    def find_then_linger(*args, **kwargs):
        found = real_find(*args, **kwargs)
        if found is None and not first_inside.is_set():
            first_inside.set()
            time.sleep(0.5)  # the second request arrives meanwhile
        return found

    answers = []

    def racer():
        with race_app.test_client() as client:
            answers.append(client.post("/api/v1/verifications", json={"code": "CG26-000000007"},
                                       headers={"Idempotency-Key": "race-1"}))

    with factories.separate_app(race_config) as race_app, pytest.MonkeyPatch.context() as patch:
        patch.setattr(idempotency, "find_replay", find_then_linger)
        first = threading.Thread(target=racer)
        first.start()
        first_inside.wait(10)
        second = threading.Thread(target=racer)
        second.start()
        first.join()
        second.join()
    try:
        assert sorted(a.status_code for a in answers) == [201, 201]
        assert answers[0].get_json() == answers[1].get_json()
        assert sum(a.headers.get("Idempotent-Replayed") == "true" for a in answers) == 1
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Scan)
                               .where(Scan.id > high_scan)) == 1
    finally:
        with engine.begin() as conn:
            conn.execute(delete(IdempotencyRecord).where(IdempotencyRecord.key == "race-1"))
            conn.execute(delete(Scan).where(Scan.id > high_scan))
            conn.execute(delete(AuditRecord).where(AuditRecord.id > high_audit))
        engine.dispose()


@pytest.mark.postgresql
def test_a_duplicate_that_waits_too_long_is_told_to_retry(database_url, tmp_path):
    """While the first request with a key runs longer than IDEMPOTENCY_WAIT_MS, a second is
    answered 409 `conflict` "in progress" with Retry-After, and writes nothing."""
    from sqlalchemy import text

    from app.transactions import _client_hash

    race_config = factories.config(database_url, tmp_path, IDEMPOTENCY_WAIT_MS=200)
    engine = make_engine(database_url)
    with engine.connect() as conn:
        high_scan = conn.scalar(select(func.coalesce(func.max(Scan.id), 0)))
    principal = "anon:" + _client_hash(race_config.SECRET_KEY, "127.0.0.1", "retrying-phone")
    try:
        with engine.connect() as first, factories.separate_app(race_config) as race_app:
            first.execute(text("SELECT pg_advisory_xact_lock(:kind, hashtext(:claimed))"),
                          {"kind": idempotency.KEY_LOCK_CLASS, "claimed": f"{principal}\nslow-1"})
            answer = race_app.test_client().post(
                "/api/v1/verifications", json={"code": "CG26-000000007"},
                headers={"Idempotency-Key": "slow-1", "User-Agent": "retrying-phone",
                         "Accept-Language": "en"})
            first.rollback()
        assert answer.status_code == 409
        assert answer.get_json()["error"] == "conflict"
        assert "still being processed" in answer.get_json()["message"]
        assert answer.headers["Retry-After"] == str(idempotency.IN_PROGRESS_RETRY_AFTER_S)
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Scan)
                               .where(Scan.id > high_scan)) == 0
    finally:
        engine.dispose()
