"""Support requests: a signed-in user asks and sees their own; admins see all, filter by
status and set it; nobody else's request is visible; bad input writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.support.models import SupportRequest
from tests import factories

REQUESTS = "/api/v1/support-requests"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


def _ask(client, headers, subject="Printer", body="The PDF sheet prints blank.", **extra):
    answer = client.post(REQUESTS, json={"subject": subject, "body": body}, headers=headers,
                         **extra)
    assert answer.status_code == 201, answer.get_json()
    return answer.get_json()


def test_a_user_asks_and_follows_their_requests(client, session):
    operator = factories.user(session, "operator", company_role="read_only")
    headers = factories.headers_for(session, operator)
    asked = _ask(client, {**headers, "Accept-Language": "sq"})
    assert (asked["status"], asked["language"], asked["operator_id"]) == (
        "open", "sq", operator.operator_id)
    assert asked["user"]["email"] == operator.email
    officer_headers = factories.headers_for(session, factories.mfa_user(session, "officer"))
    theirs = _ask(client, officer_headers, subject="Scanner", body="The camera stays black.")
    assert [r["id"] for r in client.get(REQUESTS, headers=headers).get_json()] == [asked["id"]]
    assert client.get(f"{REQUESTS}/{asked['id']}", headers=headers).status_code == 200
    hidden = client.get(f"{REQUESTS}/{theirs['id']}", headers=headers)
    assert hidden.status_code == 404 and hidden.get_json()["error"] == "not_found"


def test_admins_see_every_request_filter_by_status_and_set_it(client, session):
    admin = factories.headers_for(session, factories.mfa_user(session, "admin"))
    first = _ask(client, factories.headers_for(session, factories.user(session, "operator")))
    second = _ask(client, factories.headers_for(session, factories.mfa_user(session, "officer")))
    listed = client.get(REQUESTS, headers=admin).get_json()
    assert [r["id"] for r in listed] == [second["id"], first["id"]]
    moved = client.patch(f"{REQUESTS}/{first['id']}", json={"status": "in_progress"},
                         headers=admin)
    assert moved.status_code == 200 and moved.get_json()["status"] == "in_progress"
    assert [r["id"] for r in client.get(f"{REQUESTS}?status=open", headers=admin).get_json()] \
        == [second["id"]]
    closed = client.patch(f"{REQUESTS}/{second['id']}", json={"status": "closed"}, headers=admin)
    assert closed.get_json()["status"] == "closed"


def test_only_admins_set_the_status(client, session):
    operator = factories.user(session, "operator", company_role="administrator")
    headers = factories.headers_for(session, operator)
    asked = _ask(client, headers)
    for who in (headers, factories.headers_for(session, factories.mfa_user(session, "supervisor"))):
        answer = client.patch(f"{REQUESTS}/{asked['id']}", json={"status": "closed"}, headers=who)
        assert answer.status_code == 403
    assert session.get(SupportRequest, asked["id"]).status == "open"


def test_anonymous_callers_and_api_keys_ask_nothing(client, session):
    assert client.post(REQUESTS, json={"subject": "x", "body": "y"}).status_code == 401
    assert client.get(REQUESTS).status_code == 401
    boss = factories.headers_for(session, factories.user(session, "operator",
                                                         company_role="administrator"))
    key = client.post("/api/v1/api-keys", json={"name": "ERP", "scopes": ["reports"]},
                      headers=boss).get_json()["key"]
    answer = client.post(REQUESTS, json={"subject": "x", "body": "y"},
                         headers={"Authorization": f"Bearer {key}"})
    assert answer.status_code == 403


@pytest.mark.parametrize("body", [
    {"subject": "", "body": "text"}, {"subject": "x", "body": ""}, {"subject": "x"},
    {"subject": "x" * 201, "body": "text"}, {"subject": "x", "body": "y" * 5001},
    {"subject": 5, "body": "text"},
])
def test_bad_requests_are_422_and_write_nothing(client, session, body):
    headers = factories.headers_for(session, factories.mfa_user(session, "officer"))
    answer = client.post(REQUESTS, json=body, headers=headers)
    assert answer.status_code == 422 and answer.get_json()["error"] == "validation_failed"
    assert session.scalar(select(func.count()).select_from(SupportRequest)) == 0


def test_a_bad_status_is_422(client, session):
    admin = factories.headers_for(session, factories.mfa_user(session, "admin"))
    asked = _ask(client, admin)
    answer = client.patch(f"{REQUESTS}/{asked['id']}", json={"status": "solved"}, headers=admin)
    assert answer.status_code == 422
    assert client.patch(f"{REQUESTS}/999999", json={"status": "closed"},
                        headers=admin).status_code == 404
