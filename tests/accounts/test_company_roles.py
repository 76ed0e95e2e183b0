"""Company roles (administrator, ordering, logistics, read_only): one pure rule
(`company_permits`) decides, every operator-facing operation asks it, and nothing of one company
is visible to or changeable by another."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts.models import COMPANY_ROLES
from app.accounts.rules import COMPANY_ACTIONS, company_permits
from app.db import utcnow
from app.stamps.service import activate
from tests import factories


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


def test_what_each_company_role_may_do():
    allowed = {role: {a for a in COMPANY_ACTIONS if company_permits(role, a)}
               for role in COMPANY_ROLES}
    assert allowed == {
        "administrator": {"read", "codes", "order", "logistics", "manage_users"},
        "ordering": {"read", "codes", "order"},
        "logistics": {"read", "codes", "logistics"},
        "read_only": {"read"},
    }
    assert not any(company_permits(None, action) for action in COMPANY_ACTIONS)
    assert not company_permits("superuser", "read")
    with pytest.raises(ValueError):
        company_permits("administrator", "fly")


def _hours_ago(hours: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)).isoformat()


@pytest.fixture
def world(session):
    """Company A with a factory, a shop of company B, 10 activated stamps of A's, a colleague."""
    own = factories.operator(session)
    other = factories.operator(session)
    factory = factories.premises(session, own.id, kind="factory")
    shop = factories.premises(session, other.id, kind="shop")
    batch = factories.batch(session, operator_id=own.id, quantity=10)
    item = factories.product(session)
    activate(session, series=batch.series, first=batch.first, last=batch.first + 4,
             product_id=item.id, premises_id=factory.id, operator_id=None,
             activated_at=utcnow() - dt.timedelta(days=1))
    colleague = factories.user(session, "operator", operator_id=own.id)
    return {"own": own, "other": other, "factory": factory, "shop": shop, "batch": batch,
            "item": item, "colleague": colleague}


def _calls(w):
    """(action, method, path, body) of every operator-facing operation, on company A's things."""
    b = w["batch"]
    rng = {"series": b.series, "first": b.first, "last": b.first + 4}
    query = f"?series={b.series}&first={b.first}&last={b.first + 4}"
    return [
        ("read", "GET", "/api/v1/batches", None),
        ("read", "GET", f"/api/v1/batches/{b.id}", None),
        ("codes", "GET", f"/api/v1/batches/{b.id}/codes", None),
        ("read", "GET", f"/api/v1/custody/events{query}", None),
        ("read", "GET", f"/api/v1/epcis/events{query}", None),
        ("logistics", "POST", "/api/v1/activations",
         {"series": b.series, "first": b.first + 5, "last": b.first + 6,
          "product_id": w["item"].id}),
        ("logistics", "POST", "/api/v1/custody/events",
         {"business_step": "shipping", **rng, "from_premises_id": w["factory"].id,
          "to_premises_id": w["shop"].id, "occurred_at": _hours_ago(1)}),
        ("logistics", "POST", "/api/v1/epcis/capture", {"type": "EPCISDocument"}),
        ("logistics", "POST", "/api/v1/revocations",
         {"series": b.series, "first": b.last, "last": b.last, "reason": "damaged"}),
        ("logistics", "POST", f"/api/v1/batches/{b.id}/missing", {"reason": "stolen"}),
        ("manage_users", "GET", "/api/v1/users", None),
        ("manage_users", "GET", f"/api/v1/users/{w['colleague'].id}", None),
        ("manage_users", "PATCH", f"/api/v1/users/{w['colleague'].id}",
         {"full_name": "Renamed"}),
        ("manage_users", "POST", "/api/v1/users",
         {"email": "new.colleague@a.example", "password": "long enough password",
          "roles": ["operator"]}),
    ]


@pytest.mark.parametrize("role", COMPANY_ROLES)
def test_every_operator_operation_asks_the_company_role(client, session, world, role):
    who = factories.user(session, "operator", operator_id=world["own"].id, company_role=role)
    headers = factories.headers_for(session, who)
    for action, method, path, body in _calls(world):
        answer = client.open(path, method=method, json=body, headers=headers)
        if company_permits(role, action):
            assert answer.status_code not in (401, 403, 404, 405), (path, answer.get_json())
            assert answer.status_code < 500, path
        else:
            assert answer.status_code == 403, (role, path, answer.status_code)
            assert answer.get_json()["error"] == "forbidden"


def test_nothing_of_company_a_is_visible_to_company_b(client, session, world):
    """Company B's administrator (every power in B) over every operator operation on A's
    stamps and users: not found, empty, or refused; never A's data."""
    outsider = factories.user(session, "operator", operator_id=world["other"].id,
                              company_role="administrator")
    headers = factories.headers_for(session, outsider)
    b = world["batch"]
    answers = {(method, path): client.open(path, method=method, json=body, headers=headers)
               for _action, method, path, body in _calls(world)}
    assert answers[("GET", "/api/v1/batches")].get_json() == []
    for path in (f"/api/v1/batches/{b.id}", f"/api/v1/batches/{b.id}/codes",
                 f"/api/v1/users/{world['colleague'].id}"):
        assert answers[("GET", path)].status_code == 404, path
    query = f"?series={b.series}&first={b.first}&last={b.first + 4}"
    assert answers[("GET", f"/api/v1/custody/events{query}")].get_json() == []
    epcis = answers[("GET", f"/api/v1/epcis/events{query}")].get_json()
    assert epcis["epcisBody"]["eventList"] == []
    listed = answers[("GET", "/api/v1/users")].get_json()
    assert {user["operator_id"] for user in listed} == {world["other"].id}
    for method, path in (("PATCH", f"/api/v1/users/{world['colleague'].id}"),
                         ("POST", f"/api/v1/batches/{b.id}/missing")):
        assert answers[(method, path)].status_code == 404, path
    for path in ("/api/v1/activations", "/api/v1/revocations", "/api/v1/custody/events"):
        assert answers[("POST", path)].status_code in (403, 409, 422), path
    assert session.get(type(world["colleague"]), world["colleague"].id).full_name != "Renamed"


def test_a_company_administrator_gives_roles_inside_the_company(client, session, world):
    boss = factories.user(session, "operator", operator_id=world["own"].id,
                          company_role="administrator")
    headers = factories.headers_for(session, boss)
    made = client.post("/api/v1/users", headers=headers, json={
        "email": "orders@a.example", "password": "long enough password", "roles": ["operator"],
        "company_role": "ordering"})
    assert made.status_code == 201, made.get_json()
    assert (made.get_json()["company_role"], made.get_json()["company_admin"]) == (
        "ordering", False)
    plain = client.post("/api/v1/users", headers=headers, json={
        "email": "plain@a.example", "password": "long enough password", "roles": ["operator"]})
    assert plain.get_json()["company_role"] == "read_only"  # the least, until given more
    user_id = made.get_json()["id"]
    changed = client.patch(f"/api/v1/users/{user_id}", json={"company_role": "logistics"},
                           headers=headers)
    assert changed.get_json()["company_role"] == "logistics"
    promoted = client.patch(f"/api/v1/users/{user_id}", json={"company_admin": True},
                            headers=headers)
    assert promoted.get_json()["company_role"] == "administrator"
    clash = client.patch(f"/api/v1/users/{user_id}", headers=headers,
                         json={"company_admin": True, "company_role": "read_only"})
    assert clash.status_code == 422
    unknown = client.patch(f"/api/v1/users/{user_id}", json={"company_role": "owner"},
                           headers=headers)
    assert unknown.status_code == 422 and unknown.get_json()["error"] == "validation_failed"
    self_demotion = client.patch(f"/api/v1/users/{boss.id}", json={"company_role": "read_only"},
                                 headers=headers)
    assert self_demotion.status_code == 403


def test_a_change_of_company_role_ends_the_users_sessions(client, session, world):
    boss = factories.user(session, "operator", operator_id=world["own"].id,
                          company_role="administrator")
    colleague_headers = factories.headers_for(session, world["colleague"])
    assert client.get("/api/v1/batches", headers=colleague_headers).status_code == 200
    client.patch(f"/api/v1/users/{world['colleague'].id}", json={"company_role": "read_only"},
                 headers=factories.headers_for(session, boss))
    assert client.get("/api/v1/batches", headers=colleague_headers).status_code == 401


def test_staff_users_carry_no_company_role(client, session):
    admin = factories.mfa_user(session, "admin")
    headers = factories.headers_for(session, admin)
    answer = client.post("/api/v1/users", headers=headers, json={
        "email": "officer.new@dogana.example", "password": "long enough password",
        "roles": ["officer"], "company_role": "administrator"})
    assert answer.status_code == 422
    officer = client.post("/api/v1/users", headers=headers, json={
        "email": "officer.new@dogana.example", "password": "long enough password",
        "roles": ["officer"]}).get_json()
    assert officer["company_role"] is None and officer["company_admin"] is False
