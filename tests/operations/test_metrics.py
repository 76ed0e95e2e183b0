"""GET /metrics: who may read it, and what the requests, verifications and findings add."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.idempotency.models import IdempotencyRecord
from app.stamps import codes
from tests import factories
from tests.operations.scrape import samples, value

TOKEN = "metrics-token-for-tests-0123456789"


@pytest.fixture
def metrics_token(app, monkeypatch):
    monkeypatch.setitem(app.config, "METRICS_TOKEN", TOKEN)
    return TOKEN


def scrape(client) -> str:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.data
    assert response.content_type.startswith("text/plain")
    assert response.headers["Cache-Control"] == "no-store"
    return response.get_data(as_text=True)


def test_metrics_do_not_exist_while_no_token_is_set(client, app, monkeypatch):
    monkeypatch.setitem(app.config, "METRICS_TOKEN", None)
    for headers in ({}, {"Authorization": "Bearer anything"}):
        response = client.get("/metrics", headers=headers)
        assert response.status_code == 404
        assert response.json["error"] == "not_found"


def test_metrics_need_the_token_and_no_other(client, session, metrics_token):
    officer = factories.user(session, "officer")
    refused = [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": TOKEN},
        factories.headers_for(session, officer),  # a user's access token is not the token
    ]
    for headers in refused:
        response = client.get("/metrics", headers=headers)
        assert response.status_code == 401, headers
        assert response.json["error"] == "unauthorized"
        assert "banderola_" not in response.get_data(as_text=True)
    assert client.get("/metrics", headers={"Authorization": f"bearer {TOKEN}"}).status_code == 200


def test_requests_are_counted_by_route_template_never_by_path(client, session, app,
                                                              metrics_token):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    officer = factories.headers_for(session, factories.user(session, "officer"))
    before = scrape(client)
    for _ in range(3):
        assert client.get(f"/api/v1/stamps/{serial}", headers=officer).status_code == 200
    assert client.get("/api/v1/stamps/CG26-999999999", headers=officer).status_code == 404
    after = scrape(client)

    def delta(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    route = "/api/v1/stamps/<string:serial>"
    assert delta("banderola_http_requests_total", method="GET", route=route, status="200") == 3
    assert delta("banderola_http_requests_total", method="GET", route=route, status="404") == 1
    assert delta("banderola_http_request_duration_seconds_count", method="GET", route=route) == 4
    assert delta("banderola_http_request_duration_seconds_bucket", method="GET", route=route,
                 le="+Inf") == 4
    # The serials asked for appear in no label value, whatever the route.
    labels = " ".join(v for (_name, items) in samples(after) for _k, v in items)
    assert str(serial) not in labels and "999999999" not in labels, [
        line for line in after.splitlines() if str(serial) in line]


def test_verdicts_reasons_and_findings_are_counted(client, session, app, metrics_token):
    batch, _ = factories.activated_batch(session)
    good = factories.signed_code(app, codes.Serial(batch.series, batch.first))
    officer = factories.headers_for(session, factories.user(session, "officer"))
    premises = factories.premises(session)
    before = scrape(client)

    assert client.post("/api/v1/verifications", json={"code": good}).json["verdict"] == "genuine"
    bad = client.post("/api/v1/verifications", json={"code": "CG26-999999999"}).json
    assert bad["verdict"] == "invalid" and bad["reasons"][0]["code"] == "not_issued"
    inspection = client.post("/api/v1/inspections", json={"premises_id": premises.id},
                             headers=officer).json
    scanned = client.post(f"/api/v1/inspections/{inspection['id']}/scans",
                          json={"code": "garbage"}, headers=officer).json
    assert scanned["verdict"] == "invalid"
    finding = client.post(
        f"/api/v1/inspections/{inspection['id']}/findings",
        json={"kind": "unmarked_products", "description": "packs without stamps"},
        headers=officer,
    )
    assert finding.status_code == 201
    after = scrape(client)

    def delta(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("banderola_verifications_total", verdict="genuine", scanner="consumer") == 1
    assert delta("banderola_verifications_total", verdict="invalid", scanner="consumer") == 1
    assert delta("banderola_verifications_total", verdict="invalid", scanner="officer") == 1
    assert delta("banderola_verification_reasons_total", reason="not_issued",
                 scanner="consumer") == 1
    assert delta("banderola_verification_reasons_total", reason=scanned["reasons"][0]["code"],
                 scanner="officer") == 1
    assert delta("banderola_inspection_findings_total", kind="unmarked_products") == 1


def test_queue_depths_and_pools_are_published(client, session, metrics_token):
    key = {"Idempotency-Key": "metrics-queue-test-1"}
    assert client.post("/api/v1/verifications", json={"code": "x"}, headers=key).status_code == 201
    text = scrape(client)
    stored = session.scalar(select(func.count()).select_from(IdempotencyRecord))
    assert stored >= 1
    assert value(text, "banderola_queue_depth", queue="idempotency_records") == stored
    published = {name for name, _labels in samples(text)}
    assert {"banderola_db_pool_connections_in_use", "banderola_db_pool_connections_max"} <= \
        published
    assert value(text, "banderola_db_pool_connections_max", pool="main") >= 1
