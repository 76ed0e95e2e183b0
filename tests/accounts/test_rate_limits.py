"""Rate limits on the public endpoints and on log in: 429 `rate_limited` with Retry-After,
counted per client, in memory or on Redis (RATELIMIT_STORAGE_URI)."""

import uuid

import pytest

from tests import factories

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
