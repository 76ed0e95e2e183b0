"""HTTP hardening: security headers everywhere, CORS closed, size limits, no stack traces,
and no production start with development secrets."""

import pytest
from flask import Blueprint

from app import create_app
from app.config import Config
from tests import factories

PATHS = ["/api/v1/health", "/api/v1/keys", "/api/v1/nothing-here", "/", "/api/openapi.json"]


@pytest.mark.parametrize("path", PATHS)
def test_security_headers_on_every_answer(client, path):
    answer = client.get(path)
    csp = answer.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert "script-src 'self'" in csp
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Referrer-Policy"] == "no-referrer"
    assert answer.headers["X-Frame-Options"] == "DENY"


def test_api_answers_are_not_cached(client):
    assert client.get("/api/v1/health").headers["Cache-Control"] == "no-store"
    assert client.get("/api/v1/nothing-here").headers["Cache-Control"] == "no-store"


def test_an_answer_keeps_the_caching_its_view_chose(client):
    assert client.get("/notices.atom").headers.getlist("Cache-Control") == ["max-age=60"]
    vendored = client.get("/api/vendor/swagger-ui/swagger-ui.css")  # under /api/, but static
    assert vendored.headers.getlist("Cache-Control") == ["public, max-age=86400"]


def test_only_the_api_page_may_run_its_inline_script(client):
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    assert "script-src 'self' 'unsafe-inline'" in docs.headers["Content-Security-Policy"]
    assert docs.headers.getlist("Content-Security-Policy") == [
        docs.headers["Content-Security-Policy"]]
    assert "'unsafe-inline'" not in client.get("/").headers["Content-Security-Policy"]


def test_strict_transport_security_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/api/v1/health").headers
    secure = client.get("/api/v1/health", base_url="https://inspect.example")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_behind_a_proxy_the_client_scheme_decides_strict_transport(database_url, session,
                                                                    tmp_path):
    proxied_config = factories.config(database_url, tmp_path, PROXY_FIX_HOPS=1)
    with factories.separate_app(proxied_config) as proxied:
        client = proxied.test_client()
        forwarded = client.get("/api/v1/health", headers={"X-Forwarded-Proto": "https"})
        assert "Strict-Transport-Security" in forwarded.headers
        assert "Strict-Transport-Security" not in client.get("/api/v1/health").headers


@pytest.mark.parametrize("method", ["GET", "POST", "OPTIONS"])
def test_cors_stays_closed(client, method):
    headers = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    for path in ("/api/v1/verifications", "/api/v1/auth/login", "/api/v1/health"):
        answer = client.open(path, method=method, headers=headers, json={})
        assert not any(name.lower().startswith("access-control-") for name, _ in answer.headers)


def test_errors_use_the_api_body(client):
    answer = client.get("/api/v1/nothing-here")
    assert answer.status_code == 404
    body = answer.get_json()
    assert body.pop("request_id") == answer.headers["X-Request-Id"]
    assert body == {"code": 404, "status": "Not Found", "message": "Not found.",
                    "error": "not_found"}
    wrong_method = client.delete("/api/v1/health")
    assert wrong_method.get_json()["error"] == "method_not_allowed"


@pytest.fixture
def small_app(database_url, session, tmp_path):
    # TESTING off: Flask would otherwise let an unhandled error through to the test client.
    small_config = factories.config(database_url, tmp_path, TESTING=False,
                                    MAX_CONTENT_LENGTH=1024)
    with factories.separate_app(small_config) as small:
        boom = Blueprint("boom", __name__)

        @boom.route("/api/v1/test-boom")
        def explode():
            raise RuntimeError("secret detail /etc/passwd line 42")

        small.register_blueprint(boom)
        yield small


def test_oversized_request_is_413_payload_too_large(small_app):
    client = small_app.test_client()
    for path in ("/api/v1/verifications", "/api/v1/auth/login"):
        answer = client.post(path, json={"code": "x" * 4096})
        assert answer.status_code == 413, path
        assert answer.get_json()["error"] == "payload_too_large"


def test_no_stack_trace_reaches_the_client(small_app, caplog):
    answer = small_app.test_client().get("/api/v1/test-boom")
    assert answer.status_code == 500
    body = answer.get_json()
    assert body["error"] == "internal_error"
    text = answer.get_data(as_text=True)
    assert "Traceback" not in text and "secret detail" not in text and "RuntimeError" not in text
    assert answer.headers["Content-Security-Policy"]
    assert "secret detail" in caplog.text  # the log keeps it


def test_production_refuses_development_secrets():
    class Production(Config):
        APP_ENV = "production"
        SECRET_KEY = Config.SECRET_KEY

    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(Production)

    class ShortSecret(Production):
        SECRET_KEY = "short"

    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        ShortSecret.check()

    class Good(Production):
        SECRET_KEY = "x" * 48

    Good.check()

