"""Reads from a real streaming replica (tests/operations/replica.py starts the pair): writes on
the primary appear on the replica; GET requests are served by the replica (seen in its
pg_stat_activity, and by what a paused replica does not show yet); a client that just wrote
reads from the primary; a replica stopped, lagging, or not a replica at all sends reads back to
the primary, is said so by GET /api/v1/health, and is reported at start."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from app import create_app, db
from app.config import Config
from app.migrate import upgrade
from tests import factories
from tests.operations.replica import streaming_pair  # noqa: F401 - a fixture
from tests.operations.scrape import samples, value
from tests.servers import free_port

pytestmark = pytest.mark.postgresql


@pytest.fixture(scope="module")
def pair(streaming_pair):  # noqa: F811
    upgrade(streaming_pair.primary_url)
    streaming_pair.wait_replayed()
    return streaming_pair


@pytest.fixture(scope="module")
def people(pair):
    """An admin and an officer with bearer tokens, written on the primary and replicated."""
    engine = create_engine(pair.primary_url)
    with Session(engine) as session:
        admin = factories.user(session, "admin")
        officer = factories.user(session, "officer")
        tokens = {
            "admin": {"Authorization": f"Bearer {factories.token_for(session, admin)}"},
            "officer": {"Authorization": f"Bearer {factories.token_for(session, officer)}"},
        }
        session.commit()
    engine.dispose()
    pair.wait_replayed()
    return tokens


@pytest.fixture
def make_app(pair, tmp_path):
    """An application on the pair with `settings`; the test harness's session binding is put
    back afterwards (create_app binds the shared scoped session to its own engine)."""
    previous = db.session.session_factory.kw.get("bind")
    made = []

    def make(**settings):
        class ReplicaConfig(Config):
            TESTING = True
            DATABASE_URL = pair.primary_url
            DATABASE_REPLICA_URL = pair.replica_url
            INSTANCE_PATH = str(tmp_path)
            KEYS_DIR = str(tmp_path / "keys")
            EVIDENCE_DIR = str(tmp_path / "evidence")
            RATELIMIT_ENABLED = False
            REPLICA_CHECK_INTERVAL_S = 0.0
            REPLICA_MAX_LAG_S = 60.0
            READ_YOUR_WRITES_S = 10.0
            READ_YOUR_WRITES_STORAGE_URI = "memory://"
            METRICS_TOKEN = "replica-metrics-token-0123456789"

        for name, setting in settings.items():
            setattr(ReplicaConfig, name, setting)
        application = create_app(ReplicaConfig)
        made.append(application)
        return application

    yield make
    db.session.remove()
    for application in made:
        if application.extensions.get("replica") is not None:
            application.extensions["replica"].engine.dispose()
        application.extensions["engine"].dispose()
        application.extensions["autocommit_engine"].dispose()
    db.session.configure(bind=previous)


@contextlib.contextmanager
def replay_paused(pair):
    pair.pause_replay()
    try:
        yield
    finally:
        pair.resume_replay()
        pair.wait_replayed()


def operator_body(name: str) -> dict:
    return {
        "name": name,
        "nui": str(uuid.uuid4().int)[:9],
        "licence_number": f"AKC-R-{uuid.uuid4().hex[:6]}",
        "licence_kinds": ["importer"],
        "licence_valid_from": "2020-01-01",
        "licence_valid_until": "2099-12-31",
    }


def insert_operator_on_primary(pair, name: str) -> None:
    """A row written on the primary by someone else (not through the app under test)."""
    engine = create_engine(pair.primary_url)
    with Session(engine) as session:
        factories.operator(session, name=name, licence_valid_from=dt.date(2020, 1, 1))
        session.commit()
    engine.dispose()


def operator_names(client, headers, **environ) -> set[str]:
    answer = client.get("/api/v1/operators", headers=headers, environ_base=environ)
    assert answer.status_code == 200, answer.get_json()
    return {operator["name"] for operator in answer.get_json()}


def scrape(client) -> str:
    answer = client.get("/metrics",
                        headers={"Authorization": "Bearer replica-metrics-token-0123456789"})
    assert answer.status_code == 200
    return answer.get_data(as_text=True)


def replica_backends(pair) -> int:
    with pair.connect(pair.replica_port) as connection:
        return connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'banderola-replica'"
        ).fetchone()[0]


def test_a_write_through_the_primary_appears_on_the_replica(pair, people, make_app):
    client = make_app().test_client()
    name = f"Replicated {uuid.uuid4().hex[:6]} SH.P.K."
    answer = client.post("/api/v1/operators", json=operator_body(name), headers=people["admin"])
    assert answer.status_code == 201, answer.get_json()
    pair.wait_replayed()
    with pair.connect(pair.replica_port) as replica:
        assert replica.execute("SELECT pg_is_in_recovery()").fetchone()[0] is True
        found = replica.execute("SELECT count(*) FROM operators WHERE name = %s", (name,))
        assert found.fetchone()[0] == 1


def test_reads_are_served_by_the_replica(pair, people, make_app):
    application = make_app()
    client = application.test_client()
    health = client.get("/api/v1/health").get_json()
    assert health["replica"] == "ok" and health["reads_from"] == "replica", health
    assert health["status"] == "ok" and health["database"] == "ok"
    application.extensions["replica"].engine.dispose()
    assert replica_backends(pair) == 0
    name = f"Not yet replayed {uuid.uuid4().hex[:6]} SH.P.K."
    with replay_paused(pair):
        insert_operator_on_primary(pair, name)
        # The primary has it, the replica has not replayed it: a read that misses it was served
        # by the replica, and the replica's own list of sessions shows the application's.
        assert name not in operator_names(client, people["officer"])
        assert replica_backends(pair) >= 1
    assert name in operator_names(client, people["officer"])


def test_a_client_reads_its_own_writes_from_the_primary(pair, people, make_app):
    client = make_app(READ_YOUR_WRITES_S=2.0).test_client()
    name = f"Just written {uuid.uuid4().hex[:6]} SH.P.K."
    with replay_paused(pair):
        answer = client.post("/api/v1/operators", json=operator_body(name),
                             headers=people["admin"])
        assert answer.status_code == 201, answer.get_json()
        # The writer sees it at once, from its token or from its address (another request of
        # the same phone), while another client, elsewhere, is served by the replica.
        assert name in operator_names(client, people["admin"])
        assert name in operator_names(client, people["officer"])
        assert name not in operator_names(client, people["officer"], REMOTE_ADDR="10.9.8.7")
        time.sleep(2.2)
        # The window has passed: the writer's reads go back to the replica.
        assert name not in operator_names(client, people["admin"])
    assert name in operator_names(client, people["admin"])


def test_a_lagging_replica_sends_reads_to_the_primary(pair, people, make_app):
    client = make_app(REPLICA_MAX_LAG_S=1.0).test_client()
    assert client.get("/api/v1/health").get_json()["replica"] == "ok"
    name = f"Lagging {uuid.uuid4().hex[:6]} SH.P.K."
    with replay_paused(pair):
        insert_operator_on_primary(pair, name)
        client.get("/api/v1/health")  # notes the primary's position the replica must reach
        time.sleep(1.5)
        health = client.get("/api/v1/health").get_json()
        assert health["replica"] == "lagging" and health["reads_from"] == "primary", health
        assert health["replica_lag_s"] > 1.0
        assert health["status"] == "ok"
        assert name in operator_names(client, people["officer"])
    health = client.get("/api/v1/health").get_json()
    assert health["replica"] == "ok" and health["replica_lag_s"] == 0.0, health


def test_a_stopped_replica_sends_reads_to_the_primary(pair, people, make_app):
    client = make_app().test_client()
    assert operator_names(client, people["officer"])  # a pooled connection to the replica
    name = f"While down {uuid.uuid4().hex[:6]} SH.P.K."
    pair.stop_replica()
    try:
        insert_operator_on_primary(pair, name)
        health = client.get("/api/v1/health").get_json()
        assert health["replica"] == "down" and health["reads_from"] == "primary", health
        assert "does not answer" in health["replica_error"]
        assert health["status"] == "ok" and health["database"] == "ok"
        assert name in operator_names(client, people["officer"])
        published = scrape(client)
        server = f"127.0.0.1:{pair.replica_port}"
        assert ("banderola_replica_reads", frozenset({("server", server)})) in samples(published)
        assert value(published, "banderola_replica_reads", server=server) == 0
    finally:
        pair.start_replica()
    pair.wait_replayed()
    health = client.get("/api/v1/health").get_json()
    assert health["replica"] == "ok" and health["reads_from"] == "replica", health
    assert name in operator_names(client, people["officer"])
    published = scrape(client)
    server = f"127.0.0.1:{pair.replica_port}"
    assert value(published, "banderola_replica_reads", server=server) == 1
    assert value(published, "banderola_replica_lag_seconds", server=server) == 0


def test_a_read_routed_to_a_replica_that_has_just_stopped_is_answered_from_the_primary(
    pair, people, make_app
):
    """The replica stops between two checks (the interval here is an hour): the read already
    routed to it fails there, and is answered again from the primary, not with a 500; the
    replica, checked at once, is then reported down and the next reads go to the primary."""
    before = f"Before the stop {uuid.uuid4().hex[:6]} SH.P.K."
    insert_operator_on_primary(pair, before)
    pair.wait_replayed()
    client = make_app(REPLICA_CHECK_INTERVAL_S=3600.0).test_client()
    assert before in operator_names(client, people["officer"])  # checked: ok; pooled connection
    assert client.get("/api/v1/health").get_json()["reads_from"] == "replica"
    name = f"After the stop {uuid.uuid4().hex[:6]} SH.P.K."
    pair.stop_replica()
    try:
        insert_operator_on_primary(pair, name)
        answer = client.get("/api/v1/operators", headers=people["officer"])
        assert answer.status_code == 200, answer.get_json()
        assert name in {operator["name"] for operator in answer.get_json()}
        health = client.get("/api/v1/health").get_json()
        assert health["replica"] == "down" and health["reads_from"] == "primary", health
        assert name in operator_names(client, people["officer"])
    finally:
        pair.start_replica()
    pair.wait_replayed()


def test_a_replica_url_naming_the_primary_is_reported(pair, people, make_app, caplog):
    with caplog.at_level(logging.INFO, logger="banderola.replica"):
        client = make_app(DATABASE_REPLICA_URL=pair.primary_url).test_client()
    assert "not a standby" in caplog.text and "DATABASE_URL itself" in caplog.text
    health = client.get("/api/v1/health").get_json()
    assert health["replica"] == "not_a_replica" and health["reads_from"] == "primary", health
    assert "pg_is_in_recovery() is false" in health["replica_error"]
    assert operator_names(client, people["officer"])


def test_a_replica_url_naming_nothing_is_reported(pair, people, make_app, caplog):
    nowhere = f"postgresql+psycopg://postgres:secret@127.0.0.1:{free_port()}/banderola"
    with caplog.at_level(logging.INFO, logger="banderola.replica"):
        client = make_app(DATABASE_REPLICA_URL=nowhere).test_client()
    assert "does not answer" in caplog.text and "secret" not in caplog.text
    health = client.get("/api/v1/health").get_json()
    assert health["replica"] == "down" and health["reads_from"] == "primary", health
    assert "secret" not in health["replica_error"]
    assert operator_names(client, people["officer"])


def test_read_your_writes_holds_across_gunicorn_workers(pair, people, tmp_path):
    """Two workers, the writers' marks in Redis: a write answered by one worker is seen by the
    reads that the other answers, while the replica has not replayed it; another client's
    reads, in parallel, come from the replica and do not see it yet."""
    import json
    import os
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    from tests.servers import gunicorn

    env = os.environ | {
        "DATABASE_URL": pair.primary_url,
        "DATABASE_REPLICA_URL": pair.replica_url,
        "INSTANCE_PATH": str(tmp_path),
        "KEYS_DIR": str(tmp_path / "keys"),
        "EVIDENCE_DIR": str(tmp_path / "evidence"),
        "RATELIMIT_ENABLED": "false",
        "REPLICA_MAX_LAG_S": "600",
        "REPLICA_CHECK_INTERVAL_S": "0.2",
        "READ_YOUR_WRITES_S": "600",
        "READ_YOUR_WRITES_STORAGE_URI": "redis://127.0.0.1:6379/0",
        "RATELIMIT_KEY_PREFIX": f"test-replica-{uuid.uuid4().hex[:8]}:",
    }

    def request(base, method, path, headers, body=None, agent="writer"):
        data = json.dumps(body).encode() if body is not None else None
        call = urllib.request.Request(
            base + path, data=data, method=method,
            headers={**headers, "Content-Type": "application/json", "User-Agent": agent})
        with urllib.request.urlopen(call, timeout=10) as answer:
            return answer.status, json.loads(answer.read())

    name = f"Across workers {uuid.uuid4().hex[:6]} SH.P.K."
    with (
        gunicorn(env, tmp_path / "gunicorn.log", workers=2, threads=2, preload=True) as server,
        replay_paused(pair),
    ):
        status, _ = request(server.base, "POST", "/api/v1/operators", people["admin"],
                            operator_body(name))
        assert status == 201

        def names(headers, agent):
            status, listed = request(server.base, "GET", "/api/v1/operators", headers,
                                     agent=agent)
            assert status == 200
            return name in {operator["name"] for operator in listed}

        with ThreadPoolExecutor(8) as pool:
            writer = list(pool.map(lambda _: names(people["admin"], "writer"), range(40)))
            other = list(pool.map(lambda _: names(people["officer"], "other"), range(40)))
        assert all(writer), writer.count(False)
        assert not any(other), other.count(True)


def test_through_gunicorn_a_read_on_a_replica_that_has_just_stopped_is_answered(
    pair, people, tmp_path
):
    """The same as served: one worker, the replica checked once an hour; it stops after the
    check, and the next read, sent to it, is answered from the primary (200 and the row written
    since), and the worker now says the replica is down."""
    import json
    import urllib.request

    from tests.servers import gunicorn, server_env

    env = server_env(pair.primary_url, tmp_path, DATABASE_REPLICA_URL=pair.replica_url,
                     REPLICA_MAX_LAG_S="600", REPLICA_CHECK_INTERVAL_S="3600",
                     READ_YOUR_WRITES_S="0")

    def get(base, path, headers=None):
        with urllib.request.urlopen(urllib.request.Request(base + path, headers=headers or {}),
                                    timeout=10) as answer:
            return answer.status, json.loads(answer.read())

    before = f"Served before {uuid.uuid4().hex[:6]} SH.P.K."
    insert_operator_on_primary(pair, before)
    pair.wait_replayed()
    with gunicorn(env, tmp_path / "gunicorn.log", workers=1, threads=1) as server:
        status, listed = get(server.base, "/api/v1/operators", people["officer"])
        assert status == 200 and before in {operator["name"] for operator in listed}
        assert get(server.base, "/api/v1/health")[1]["reads_from"] == "replica"
        after = f"Served after {uuid.uuid4().hex[:6]} SH.P.K."
        pair.stop_replica()
        try:
            insert_operator_on_primary(pair, after)
            status, listed = get(server.base, "/api/v1/operators", people["officer"])
            assert status == 200 and after in {operator["name"] for operator in listed}
            health = get(server.base, "/api/v1/health")[1]
            assert health["replica"] == "down" and health["reads_from"] == "primary", health
        finally:
            pair.start_replica()
    pair.wait_replayed()
