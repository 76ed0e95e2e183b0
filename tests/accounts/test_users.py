"""Users and roles: admins manage everyone, a company administrator their own colleagues."""

import pytest
from sqlalchemy import select

from app.accounts.models import User
from app.i18n import translate
from app.stamps.keys import public_keys
from app.stamps.models import SigningKey
from tests import factories

NEW_PASSWORD = "a long new password"


def _new_user(**fields):
    return {"email": "new.user@test.example", "password": NEW_PASSWORD, **fields}


def test_admin_creates_lists_and_edits_users(client, session):
    admin = factories.mfa_user(session, "admin")
    headers = factories.headers_for(session, admin)
    company = factories.operator(session)
    created = client.post("/api/v1/users", json=_new_user(roles=["operator"],
                          operator_id=company.id, company_admin=True), headers=headers)
    assert created.status_code == 201
    body = created.get_json()
    assert "password" not in body
    assert (body["roles"], body["operator_id"], body["company_admin"]) == (
        ["operator"], company.id, True)
    listed = client.get(f"/api/v1/users?operator_id={company.id}", headers=headers).get_json()
    assert [u["id"] for u in listed] == [body["id"]]
    changed = client.patch(f"/api/v1/users/{body['id']}", json={"roles": ["supervisor"]},
                           headers=headers)
    assert changed.status_code == 200
    assert changed.get_json()["operator_id"] is None
    assert changed.get_json()["company_admin"] is False
    assert changed.get_json()["mfa_required"] is True


def test_user_validation(client, session):
    headers = factories.headers_for(session, factories.mfa_user(session, "admin"))
    officer_with_company = _new_user(roles=["officer"], operator_id=factories.operator(session).id)
    for body, status in [
        (_new_user(roles=["operator"]), 422),  # an operator user needs a company
        (officer_with_company, 422),
        (_new_user(roles=["officer"], password="short"), 422),
        (_new_user(roles=["pilot"]), 422),
    ]:
        answer = client.post("/api/v1/users", json=body, headers=headers)
        assert answer.status_code == status, body
        assert answer.get_json()["error"] == "validation_failed"
    client.post("/api/v1/users", json=_new_user(roles=["officer"]), headers=headers)
    again = client.post("/api/v1/users", json=_new_user(roles=["officer"]), headers=headers)
    assert again.status_code == 409


def test_company_admin_manages_only_own_company(client, session):
    boss = factories.company_admin(session)
    colleague = factories.user(session, "operator", operator_id=boss.operator_id)
    stranger = factories.user(session, "operator")
    headers = factories.headers_for(session, boss)

    listed = client.get("/api/v1/users", headers=headers).get_json()
    assert {u["id"] for u in listed} == {boss.id, colleague.id}
    # operator_id of another company is ignored: a company admin sees their own company only.
    other = client.get(f"/api/v1/users?operator_id={stranger.operator_id}", headers=headers)
    assert {u["id"] for u in other.get_json()} == {boss.id, colleague.id}
    assert client.get(f"/api/v1/users/{stranger.id}", headers=headers).status_code == 404
    assert client.patch(f"/api/v1/users/{stranger.id}", json={"active": False},
                        headers=headers).status_code == 404

    added = client.post("/api/v1/users", json=_new_user(roles=["operator"]), headers=headers)
    assert added.status_code == 201
    assert added.get_json()["operator_id"] == boss.operator_id
    for refused in [
        _new_user(email="x1@test.example", roles=["officer"]),
        _new_user(email="x2@test.example", roles=["operator", "admin"]),
        _new_user(email="x3@test.example", roles=["operator"], operator_id=stranger.operator_id),
    ]:
        answer = client.post("/api/v1/users", json=refused, headers=headers)
        assert answer.status_code == 403, refused

    promoted = client.patch(f"/api/v1/users/{colleague.id}", json={"company_admin": True},
                            headers=headers)
    assert promoted.status_code == 200
    assert promoted.get_json()["company_admin"] is True
    assert client.patch(f"/api/v1/users/{colleague.id}", json={"roles": ["admin"]},
                        headers=headers).status_code == 403
    assert client.patch(f"/api/v1/users/{boss.id}", json={"company_admin": False},
                        headers=headers).status_code == 403
    assert client.patch(f"/api/v1/users/{boss.id}", json={"active": False},
                        headers=headers).status_code == 403


def test_disabling_a_user_ends_their_sessions_and_enabling_lets_them_back(client, session):
    boss = factories.company_admin(session)
    colleague = factories.user(session, "operator", operator_id=boss.operator_id)
    colleague_headers = factories.headers_for(session, colleague)
    headers = factories.headers_for(session, boss)
    assert client.patch(f"/api/v1/users/{colleague.id}", json={"active": False},
                        headers=headers).status_code == 200
    assert client.get("/api/v1/auth/me", headers=colleague_headers).status_code == 401
    login = {"email": colleague.email, "password": "correct horse battery"}
    assert client.post("/api/v1/auth/login", json=login).status_code == 401
    client.patch(f"/api/v1/users/{colleague.id}", json={"active": True}, headers=headers)
    assert client.post("/api/v1/auth/login", json=login).status_code == 200


def test_a_user_the_customs_disabled_stays_disabled_until_the_customs_lifts_it(client, session):
    """Issue 17: a company administrator re-enabled (and promoted) a user an admin disabled."""
    customs = factories.headers_for(session, factories.mfa_user(session, "admin"))
    boss = factories.company_admin(session)
    colleague = factories.user(session, "operator", operator_id=boss.operator_id)
    company = factories.headers_for(session, boss)
    path = f"/api/v1/users/{colleague.id}"
    disabled = client.patch(path, json={"active": False}, headers=customs).get_json()
    assert (disabled["active"], disabled["disabled_by_customs"]) == (False, True)
    for change in ({"active": True, "company_admin": True}, {"active": True},
                   {"company_admin": True}, {"active": False}):
        refused = client.patch(path, json=change, headers=company)
        assert refused.status_code == 403, change
        assert refused.get_json()["message"] == translate("accounts.disabled_by_customs", "en")
    still = client.get(path, headers=company).get_json()
    assert (still["active"], still["company_admin"], still["disabled_by_customs"]) == (
        False, False, True)
    assert client.patch(path, json={"full_name": "A. Colleague"},
                        headers=company).status_code == 200
    lifted = client.patch(path, json={"active": True}, headers=customs).get_json()
    assert (lifted["active"], lifted["disabled_by_customs"]) == (True, False)
    # Lifted, the user is the company's again: its administrator disables and enables them.
    for active in (False, True):
        answer = client.patch(path, json={"active": active}, headers=company)
        assert answer.status_code == 200
        assert answer.get_json()["disabled_by_customs"] is False


def test_plain_operator_and_officer_cannot_manage_users(client, session):
    for who in (factories.user(session, "operator"), factories.mfa_user(session, "officer")):
        headers = factories.headers_for(session, who)
        assert client.get("/api/v1/users", headers=headers).status_code == 403
        assert client.post("/api/v1/users", json=_new_user(roles=["operator"]),
                           headers=headers).status_code == 403


def test_admin_cannot_disable_themselves(client, session):
    admin = factories.mfa_user(session, "admin")
    admin_id = admin.id
    answer = client.patch(f"/api/v1/users/{admin_id}", json={"active": False},
                          headers=factories.headers_for(session, admin))
    assert answer.status_code == 403
    assert session.get(User, admin_id).active is True


def test_password_change_ends_other_sessions(client, session):
    user = factories.user(session, "operator")
    email = user.email
    this_device = factories.headers_for(session, user)
    other_device = factories.headers_for(session, user)
    wrong = client.post("/api/v1/auth/password", headers=this_device,
                        json={"current_password": "not it at all", "new_password": NEW_PASSWORD})
    assert wrong.status_code == 422
    changed = client.post("/api/v1/auth/password", headers=this_device, json={
        "current_password": "correct horse battery", "new_password": NEW_PASSWORD})
    assert changed.status_code == 204
    assert client.get("/api/v1/auth/me", headers=this_device).status_code == 200
    assert client.get("/api/v1/auth/me", headers=other_device).status_code == 401
    old = {"email": email, "password": "correct horse battery"}
    assert client.post("/api/v1/auth/login", json=old).status_code == 401
    new = {"email": email, "password": NEW_PASSWORD}
    assert client.post("/api/v1/auth/login", json=new).status_code == 200


@pytest.mark.parametrize("language", ["en", "sq", "sr"])
def test_every_way_of_setting_a_password_applies_the_policy(client, session, language):
    """Issue 17: a password of ten spaces was accepted."""
    admin = factories.headers_for(session, factories.mfa_user(session, "admin"),
                                  **{"Accept-Language": language})
    created = client.post("/api/v1/users", headers=admin,
                          json=_new_user(roles=["officer"], password=" " * 10))
    assert created.status_code == 422
    body = created.get_json()
    assert body["error"] == "validation_failed"
    assert body["message"] == translate("accounts.password_too_short", language, minimum=10)
    assert body["errors"] == {"password": [
        translate("accounts.password_too_short", language, minimum=10),
        translate("accounts.password_too_simple", language, distinct=5),
    ]}
    user = factories.user(session, "operator", email="jane.doe@test.example")
    mine = factories.headers_for(session, user, **{"Accept-Language": language})
    for new_password, problem in [("qwertyuiop", "accounts.password_common"),
                                  ("Jane.Doe.2026", "accounts.password_personal")]:
        changed = client.post("/api/v1/auth/password", headers=mine, json={
            "current_password": "correct horse battery", "new_password": new_password})
        assert changed.status_code == 422
        assert changed.get_json()["errors"] == {"new_password": [translate(problem, language)]}
    assert session.scalar(select(User).where(User.email == "new.user@test.example")) is None


def test_admin_rotates_the_signing_key(app, client, session, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "KEYS_DIR", str(tmp_path))
    before = session.scalar(select(SigningKey).where(SigningKey.status == "active"))
    headers = factories.headers_for(session, factories.mfa_user(session, "admin"))
    try:
        answer = client.post("/api/v1/keys/rotate", headers=headers)
        assert answer.status_code == 201
        new_kid = answer.get_json()["kid"]
        assert new_kid != before.kid
        assert (tmp_path / f"{new_kid}.pem").exists()
        keys = {k["kid"]: k["status"] for k in client.get("/api/v1/keys").get_json()["keys"]}
        assert keys[before.kid] == "retired"
        assert keys[new_kid] == "active"
    finally:
        public_keys.clear()  # the rotation is rolled back with the test


def test_only_admins_rotate_keys(client, session):
    for who in (factories.mfa_user(session, "officer"), factories.mfa_user(session, "supervisor"),
                factories.company_admin(session)):
        answer = client.post("/api/v1/keys/rotate", headers=factories.headers_for(session, who))
        assert answer.status_code == 403
