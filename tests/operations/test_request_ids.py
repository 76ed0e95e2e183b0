"""X-Request-Id on every answer, in error bodies and in the JSON log line of the request."""

from __future__ import annotations

import json
import logging

import pytest

from app.operations.logs import JsonFormatter


def test_a_sane_client_id_is_echoed(client):
    for given in ("3f2b9c1e-8d7a-4e55-9b1f-0c2d3e4f5a6b", "phone-1234.5", "01HZX3:retry"):
        response = client.get("/api/v1/health", headers={"X-Request-Id": given})
        assert response.headers["X-Request-Id"] == given


@pytest.mark.parametrize("given", [
    "", " ", "-starts-with-a-dash", "a" * 129, "two words", "semi;colon", "tab\there",
    '{"json": 1}', "é-accented",
])
def test_anything_else_gets_a_new_id(client, given):
    response = client.get("/api/v1/health", headers={"X-Request-Id": given})
    assert response.headers["X-Request-Id"] != given
    assert len(response.headers["X-Request-Id"]) == 32


def test_every_answer_has_its_own_id_errors_and_files_too(client):
    answers = [client.get("/api/v1/health"), client.get("/api/v1/health"),
               client.get("/no/such/page"), client.get("/")]
    ids = [answer.headers["X-Request-Id"] for answer in answers]
    assert len(set(ids)) == len(ids)


def test_error_bodies_repeat_the_id(client):
    response = client.post("/api/v1/verifications", json={}, headers={"X-Request-Id": "rq-42"})
    assert response.status_code == 422
    assert response.json["request_id"] == "rq-42" == response.headers["X-Request-Id"]
    generated = client.get("/api/v1/cases/1")
    assert generated.status_code == 401
    assert generated.json["request_id"] == generated.headers["X-Request-Id"]


def test_the_access_record_names_the_request(client, session, caplog):
    from tests import factories

    officer = factories.user(session, "officer")
    headers = factories.headers_for(session, officer, **{"X-Request-Id": "rq-officer-1"})
    with caplog.at_level(logging.INFO, logger="banderola.access"):
        client.get("/api/v1/stamps/CG26-000000001", headers=headers)
        client.get("/api/v1/health", headers={"X-Request-Id": "rq-anonymous-1"})
    records = {record.request_id: record for record in caplog.records
               if record.name == "banderola.access"}
    line = json.loads(JsonFormatter().format(records["rq-officer-1"]))
    assert line["request_id"] == "rq-officer-1"
    assert line["level"] == "info"
    assert line["method"] == "GET"
    assert line["route"] == "/api/v1/stamps/<string:serial>"  # the template, not the serial
    assert line["status"] == 404
    assert line["duration_ms"] >= 0
    assert line["user"] == f"user:{officer.id}"
    assert {"time", "logger", "message"} <= set(line)
    anonymous = json.loads(JsonFormatter().format(records["rq-anonymous-1"]))
    assert anonymous["user"] == "anonymous" and anonymous["status"] == 200
