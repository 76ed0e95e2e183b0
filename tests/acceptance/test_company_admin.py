"""An operator company's administrator (demo `operator`, Duhani Prizren) manages its own users:
adds a clerk, who signs in on their own device, changes their password and signs out; makes
and unmakes administrators, disables a user; and reaches no other company's users."""

from __future__ import annotations

import uuid

import pytest

from tests.acceptance.http import ok, refused


@pytest.fixture(scope="module")
def clerk_account(operator) -> dict:
    email = f"clerk-{uuid.uuid4().hex[:8]}@duhani.example"
    password = "first-password-2026"
    user = ok(operator.post("/api/v1/users", json={
        "email": email, "password": password, "roles": ["operator"],
        "full_name": "Arbër Clerk"}), 201)
    return {"user": user, "email": email, "password": password}


def test_the_company_administrator_sees_and_adds_only_its_own_users(operator, clerk_account):
    company = operator.user["operator_id"]
    assert clerk_account["user"]["operator_id"] == company
    assert clerk_account["user"]["company_admin"] is False
    listed = ok(operator.get("/api/v1/users"))
    assert {user["operator_id"] for user in listed} == {company}
    assert clerk_account["user"]["id"] in [user["id"] for user in listed]
    seen = ok(operator.get(f"/api/v1/users/{clerk_account['user']['id']}"))
    assert seen["email"] == clerk_account["email"]


def test_what_a_company_administrator_may_not_do(operator, admin, clerk_account):
    refused(operator.post("/api/v1/users", json={
        "email": f"boss-{uuid.uuid4().hex[:8]}@duhani.example", "password": "long-password-1",
        "roles": ["admin"]}), 403, "forbidden")
    refused(operator.post("/api/v1/users", json={
        "email": clerk_account["email"], "password": "long-password-1",
        "roles": ["operator"]}), 409, "conflict")
    refused(operator.post("/api/v1/users", json={
        "email": "short@duhani.example", "password": "short", "roles": ["operator"]}),
        422, "validation_failed")
    outsider = next(user for user in ok(admin.get("/api/v1/users"))
                    if user["operator_id"] not in (None, operator.user["operator_id"]))
    refused(operator.get(f"/api/v1/users/{outsider['id']}"), 404, "not_found")
    refused(operator.patch(f"/api/v1/users/{outsider['id']}", json={"active": False}),
            404, "not_found")
    refused(operator.patch(f"/api/v1/users/{operator.user['id']}",
                           json={"company_admin": False}), 403, "forbidden")


def test_the_clerk_signs_in_changes_the_password_and_signs_out(clients, operator, clerk_account):
    clerk = clients.anonymous("clerk-phone")
    # Every portal user enrols TOTP at their first sign-in; until then only enrolment is open.
    answer = clerk.log_in(clerk_account["email"], clerk_account["password"])
    assert answer["scope"] == "mfa_enrolment"
    refused(clerk.get("/api/v1/batches"), 403, "mfa_required")
    clerk.forget_token()
    clerk_account["totp_secret"] = clerk.log_in_and_enrol(clerk_account["email"],
                                                          clerk_account["password"])
    me = ok(clerk.get("/api/v1/auth/me"))
    assert me["operator_id"] == operator.user["operator_id"] and me["company_admin"] is False
    assert me["company_role"] == "read_only" and me["mfa_enabled"] is True
    assert {b["operator_id"] for b in ok(clerk.get("/api/v1/batches"))} <= {me["operator_id"]}
    refused(clerk.get("/api/v1/users"), 403, "forbidden")
    refused(clerk.post("/api/v1/auth/password", json={
        "current_password": "not-the-password", "new_password": "second-password-2026"}),
        422, "validation_failed")
    ok(clerk.post("/api/v1/auth/password", json={
        "current_password": clerk_account["password"],
        "new_password": "second-password-2026"}), 204)
    clerk_account["password"] = "second-password-2026"
    ok(clerk.post("/api/v1/auth/logout"), 204)
    refused(clerk.get("/api/v1/auth/me"), 401, "unauthorized")
    clerk.forget_token()
    refused(clerk.post("/api/v1/auth/login", json={
        "email": clerk_account["email"], "password": "first-password-2026"}),
        401, "unauthorized")
    refused(clerk.post("/api/v1/auth/login", json={
        "email": clerk_account["email"], "password": clerk_account["password"]}),
        401, "unauthorized")  # the right password alone no longer signs in
    clerk.log_in(clerk_account["email"], clerk_account["password"], clerk_account["totp_secret"])
    assert ok(clerk.get("/api/v1/auth/me"))["email"] == clerk_account["email"]


def test_administrators_are_made_and_users_disabled(clients, operator, clerk_account):
    user_id = clerk_account["user"]["id"]
    made = ok(operator.patch(f"/api/v1/users/{user_id}", json={"company_admin": True}))
    assert made["company_admin"] is True
    ok(operator.patch(f"/api/v1/users/{user_id}", json={"company_admin": False,
                                                        "full_name": "Arbër Clerk-Gashi"}))
    clerk = clients.anonymous("clerk-laptop")
    clerk.log_in(clerk_account["email"], clerk_account["password"], clerk_account["totp_secret"])
    disabled = ok(operator.patch(f"/api/v1/users/{user_id}", json={"active": False}))
    assert disabled["active"] is False
    refused(clerk.get("/api/v1/auth/me"), 401, "unauthorized")  # every session ends
    clerk.forget_token()
    refused(clerk.post("/api/v1/auth/login", json={
        "email": clerk_account["email"], "password": clerk_account["password"]}),
        401, "unauthorized")


def test_the_administrator_makes_an_api_key_for_the_erp_and_revokes_it(clients, operator):
    made = ok(operator.post("/api/v1/api-keys", json={"name": "ERP Duhani",
                                                      "scopes": ["epcis"]}), 201)
    assert made["key"].startswith(made["prefix"]) and made["scopes"] == ["epcis"]
    listed = ok(operator.get("/api/v1/api-keys"))
    assert made["id"] in [key["id"] for key in listed]
    assert all("key" not in key for key in listed)
    batch = ok(operator.get("/api/v1/batches"))[0]
    query = f"?series={batch['series']}&first={batch['first']}&last={batch['first'] + 9}"
    erp = clients.anonymous("duhani-erp")
    erp.http.headers["Authorization"] = f"Bearer {made['key']}"
    ok(erp.get(f"/api/v1/custody/events{query}"))
    refused(erp.get("/api/v1/batches"), 403, "forbidden")  # outside the key's scope
    ok(operator.delete(f"/api/v1/api-keys/{made['id']}"), 204)
    refused(erp.get(f"/api/v1/custody/events{query}"), 401, "unauthorized")
