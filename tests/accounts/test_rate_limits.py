"""Rate limits on the public endpoints and on log in: 429 `rate_limited` with Retry-After,
counted per client, in memory or on Redis (RATELIMIT_STORAGE_URI)."""

import json
import os
import threading
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.extensions import LOCAL_REDIS, MEMORY, rate_limit_storage
from tests import factories, servers

REDIS_URI = "redis://127.0.0.1:6379/15"


def _redis_available() -> bool:
    try:
        import redis

        redis.Redis.from_url(REDIS_URI, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


@pytest.fixture(params=["memory", "redis"])
def limited_app(request, database_url, session, tmp_path):
    if request.param == "redis" and not _redis_available():
        pytest.skip("no Redis at 127.0.0.1:6379")

    limited_config = factories.config(
        database_url,
        tmp_path,
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI="memory://" if request.param == "memory" else REDIS_URI,
        RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}",  # a fresh window on a shared Redis
        RATELIMIT_PUBLIC="3/minute",
        RATELIMIT_LOGIN="2/minute",
    )
    with factories.separate_app(limited_config) as limited:
        yield limited


def _verify(client, address):
    return client.post("/api/v1/verifications", json={"code": "CG26-000000001"},
                       environ_base={"REMOTE_ADDR": address})


def test_public_verifications_are_limited_per_client(limited_app):
    client = limited_app.test_client()
    answers = [_verify(client, "10.0.0.1").status_code for _ in range(4)]
    assert answers == [201, 201, 201, 429]
    refused = _verify(client, "10.0.0.1")
    body = refused.get_json()
    assert (body["code"], body["error"], body["status"]) == (429, "rate_limited",
                                                            "Too Many Requests")
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["Content-Security-Policy"]
    assert _verify(client, "10.0.0.2").status_code == 201  # another client has its own budget


def test_login_is_limited_per_address_whatever_the_email(limited_app):
    client = limited_app.test_client()
    statuses = [
        client.post("/api/v1/auth/login",
                    json={"email": f"nobody{n}@test.example", "password": "x"},
                    environ_base={"REMOTE_ADDR": "10.0.1.1"}).status_code
        for n in range(3)
    ]
    assert statuses == [401, 401, 429]


def test_unlimited_endpoints_are_not_counted(limited_app):
    client = limited_app.test_client()
    assert all(client.get("/api/v1/keys").status_code == 200 for _ in range(6))


def test_rate_limits_can_be_switched_off(database_url, session, tmp_path):
    unlimited_config = factories.config(database_url, tmp_path, RATELIMIT_PUBLIC="1/minute")
    with factories.separate_app(unlimited_config) as unlimited:
        client = unlimited.test_client()
        assert {_verify(client, "10.0.2.1").status_code for _ in range(3)} == {201}


def test_unset_storage_is_the_local_redis_when_it_answers_else_memory():
    closed = f"redis://127.0.0.1:{servers.free_port()}/0"  # nothing listens there
    assert rate_limit_storage(None, local_redis=closed) == MEMORY
    assert rate_limit_storage("memory://", local_redis=closed) == "memory://"
    assert rate_limit_storage(REDIS_URI, local_redis=closed) == REDIS_URI
    if _redis_available():
        assert rate_limit_storage(None) == LOCAL_REDIS


def _limited_env(database_url, instance, **settings):
    env = os.environ | {
        "DATABASE_URL": database_url,
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "RATELIMIT_ENABLED": "true",
        "RATELIMIT_LOGIN": "3/minute",
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        **settings,
    }
    if "RATELIMIT_STORAGE_URI" not in settings:
        env.pop("RATELIMIT_STORAGE_URI", None)  # unset: what `make run` does
    return env


def _parallel_logins(base, count):
    """`count` log-in attempts at once, each on its own connection: their status codes."""
    start = threading.Barrier(count, timeout=30)
    # An unknown email still costs a password verification: a worker busy with one attempt
    # leaves the next to the other.
    body = json.dumps({"email": "nobody@test.example", "password": "not a password"}).encode()

    def attempt(_):
        request = urllib.request.Request(f"{base}/api/v1/auth/login", data=body,
                                         headers={"Content-Type": "application/json"})
        start.wait()
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status
        except urllib.error.HTTPError as refused:
            return refused.code

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(attempt, range(count)))


def test_gunicorn_workers_share_the_limits_through_the_local_redis(database_url, tmp_path):
    """Issue 17: under `make run` (2 workers, counters in memory) a limit was twice as high."""
    if not _redis_available():
        pytest.skip("no Redis at 127.0.0.1:6379")
    env = _limited_env(database_url, tmp_path)
    # One thread each (sync workers): a worker takes the next connection only when it is free.
    with servers.gunicorn(env, tmp_path / "gunicorn.log", workers=2, threads=1,
                          preload=True) as server:
        statuses = [*_parallel_logins(server.base, 8), *_parallel_logins(server.base, 8)]
        assert "rate limits count in each" not in server.log_text()
    assert sorted(statuses) == [401] * 3 + [429] * 13


def test_several_workers_counting_in_memory_are_warned_about_at_start(database_url, tmp_path):
    env = _limited_env(database_url, tmp_path, RATELIMIT_STORAGE_URI="memory://")
    with servers.gunicorn(env, tmp_path / "gunicorn.log", workers=2) as server:
        log = server.log_text()
    assert "rate limits count in each of the 2 workers' memory" in log
    assert "RATELIMIT_STORAGE_URI" in log
