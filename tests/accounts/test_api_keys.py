"""API keys: the company administrator makes them (shown once, kept hashed), a key acts for
its company with its scopes only, and a revoked key is refused at once."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from app.accounts.models import ApiKey
from app.audit.models import AuditRecord
from app.custody.models import CustodyEvent
from tests import factories
from tests.custody.conftest import chain  # noqa: F401 - the fixture
from tests.custody.test_epcis import document, location, object_event

KEYS = "/api/v1/api-keys"
CAPTURE = "/api/v1/epcis/capture"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


def _boss(session, operator_id):
    who = factories.user(session, "operator", operator_id=operator_id,
                         company_role="administrator")
    return factories.headers_for(session, who)


def _key(client, headers, scopes, name="ERP") -> dict:
    answer = client.post(KEYS, json={"name": name, "scopes": scopes}, headers=headers)
    assert answer.status_code == 201, answer.get_json()
    return answer.get_json()


def _bearer(key: dict) -> dict:
    return {"Authorization": f"Bearer {key['key']}"}


def _shipment(chain):  # noqa: F811 - the fixture's value
    return document(object_event(
        chain, "urn:epcglobal:cbv:bizstep:shipping", hours=3,
        readPoint={"id": location(chain.factory)},
        sourceList=[{"type": "location", "source": location(chain.factory)}],
        destinationList=[{"type": "location", "destination": location(chain.warehouse)}]))


def test_a_key_is_shown_once_and_kept_as_its_digest(client, session, chain):  # noqa: F811
    headers = _boss(session, chain.producer.id)
    made = _key(client, headers, ["epcis", "epcis", "reports"])
    assert made["key"].startswith("bik_") and len(made["key"]) >= 4 + 43
    assert made["scopes"] == ["epcis", "reports"]
    assert made["key"].startswith(made["prefix"]) and len(made["prefix"]) < len(made["key"])
    stored = session.scalar(select(ApiKey).where(ApiKey.id == made["id"]))
    assert stored.key_hash == hashlib.sha256(made["key"].encode()).hexdigest()
    listed = client.get(KEYS, headers=headers).get_json()
    assert [key["id"] for key in listed] == [made["id"]]
    assert "key" not in listed[0] and made["key"] not in str(listed)
    audit = session.scalars(select(AuditRecord.data)).all()
    assert made["key"] not in str(audit)


def test_an_epcis_key_captures_for_its_company_and_reaches_nothing_else(
        client, session, chain):  # noqa: F811
    key = _key(client, _boss(session, chain.producer.id), ["epcis"])
    answer = client.post(CAPTURE, json=_shipment(chain), headers=_bearer(key))
    assert answer.status_code == 201, answer.get_json()
    event = session.scalar(select(CustodyEvent))
    assert event.actor_operator_id == chain.producer.id and event.actor_user_id is None
    writes = session.scalars(select(AuditRecord.actor).where(AuditRecord.action.like("POST%")))
    assert f"api_key:{key['id']}" in set(writes)
    query = f"?series={chain.batch.series}&first={chain.batch.first}&last={chain.batch.last}"
    assert client.get(f"/api/v1/custody/events{query}", headers=_bearer(key)).status_code == 200
    for method, path in (("GET", "/api/v1/batches"), ("GET", f"/api/v1/batches/{chain.batch.id}"),
                         ("GET", f"/api/v1/batches/{chain.batch.id}/codes"),
                         ("POST", "/api/v1/activations"), ("GET", "/api/v1/users"),
                         ("GET", KEYS), ("POST", KEYS), ("GET", "/api/v1/auth/me"),
                         ("GET", "/api/v1/operators/me/report")):
        refused = client.open(path, method=method, json={}, headers=_bearer(key))
        assert refused.status_code == 403, (path, refused.status_code)
        assert refused.get_json()["error"] == "forbidden"


def test_a_key_without_the_scope_is_refused(client, session, chain):  # noqa: F811
    key = _key(client, _boss(session, chain.producer.id), ["reports"])
    refused = client.post(CAPTURE, json=_shipment(chain), headers=_bearer(key))
    assert refused.status_code == 403
    assert session.scalar(select(CustodyEvent)) is None


def test_another_companys_key_acts_only_for_that_company(client, session, chain):  # noqa: F811
    key = _key(client, _boss(session, chain.retailer.id), ["epcis"])
    refused = client.post(CAPTURE, json=_shipment(chain), headers=_bearer(key))
    assert refused.status_code in (403, 409, 422)
    assert session.scalar(select(CustodyEvent)) is None
    # The producer's events exist; the retailer's key sees none of them.
    producer_key = _key(client, _boss(session, chain.producer.id), ["epcis"])
    assert client.post(CAPTURE, json=_shipment(chain),
                       headers=_bearer(producer_key)).status_code == 201
    query = f"?series={chain.batch.series}&first={chain.batch.first}&last={chain.batch.last}"
    assert client.get(f"/api/v1/custody/events{query}", headers=_bearer(key)).get_json() == []


def test_a_revoked_key_is_refused_at_once(client, session, chain):  # noqa: F811
    headers = _boss(session, chain.producer.id)
    key = _key(client, headers, ["epcis"])
    query = f"?series={chain.batch.series}&first={chain.batch.first}&last={chain.batch.last}"
    assert client.get(f"/api/v1/custody/events{query}", headers=_bearer(key)).status_code == 200
    assert client.delete(f"{KEYS}/{key['id']}", headers=headers).status_code == 204
    refused = client.get(f"/api/v1/custody/events{query}", headers=_bearer(key))
    assert refused.status_code == 401 and refused.get_json()["error"] == "unauthorized"
    listed = client.get(KEYS, headers=headers).get_json()
    assert listed[0]["revoked_at"] is not None
    forged = {"Authorization": "Bearer bik_" + "A" * 43}
    assert client.get(f"/api/v1/custody/events{query}", headers=forged).status_code == 401


@pytest.mark.parametrize("role", ["ordering", "logistics", "read_only"])
def test_only_the_company_administrator_manages_keys(client, session, chain, role):  # noqa: F811
    key = _key(client, _boss(session, chain.producer.id), ["epcis"])
    who = factories.user(session, "operator", operator_id=chain.producer.id, company_role=role)
    headers = factories.headers_for(session, who)
    for method, path in (("GET", KEYS), ("POST", KEYS), ("DELETE", f"{KEYS}/{key['id']}")):
        answer = client.open(path, method=method, json={"name": "x", "scopes": ["epcis"]},
                             headers=headers)
        assert answer.status_code == 403, (role, path)


def test_keys_of_another_company_do_not_exist_for_an_administrator(
        client, session, chain):  # noqa: F811
    key = _key(client, _boss(session, chain.producer.id), ["epcis"])
    outsider = _boss(session, chain.retailer.id)
    assert client.get(KEYS, headers=outsider).get_json() == []
    assert client.delete(f"{KEYS}/{key['id']}", headers=outsider).status_code == 404
    query = f"?series={chain.batch.series}&first={chain.batch.first}&last={chain.batch.last}"
    assert client.get(f"/api/v1/custody/events{query}", headers=_bearer(key)).status_code == 200


@pytest.mark.parametrize("body", [
    {"name": "ERP", "scopes": []},
    {"name": "ERP", "scopes": ["admin"]},
    {"name": "", "scopes": ["epcis"]},
    {"scopes": ["epcis"]},
    {"name": "x" * 101, "scopes": ["epcis"]},
])
def test_bad_key_requests_are_422_and_write_nothing(client, session, chain, body):  # noqa: F811
    answer = client.post(KEYS, json=body, headers=_boss(session, chain.producer.id))
    assert answer.status_code == 422 and answer.get_json()["error"] == "validation_failed"
    assert session.scalar(select(ApiKey)) is None


def test_customs_staff_make_no_company_keys(client, session):
    for role in ("admin", "officer"):
        headers = factories.headers_for(session, factories.mfa_user(session, role))
        answer = client.post(KEYS, json={"name": "x", "scopes": ["epcis"]}, headers=headers)
        assert answer.status_code == 403


def test_rate_limits_count_each_key_on_its_own(app):
    from types import SimpleNamespace

    from flask import g

    from app.extensions import _rate_limit_key

    with app.test_request_context("/api/v1/epcis/capture"):
        g.api_key, g.user = SimpleNamespace(id=7), SimpleNamespace(id=None)
        assert _rate_limit_key() == "api_key:7"
        g.api_key = SimpleNamespace(id=8)
        assert _rate_limit_key() == "api_key:8"
