"""TOTP enrolment (QR code, confirmation, recovery codes) and the enrolment-only token scope."""

import time
import urllib.parse

import pyotp
from sqlalchemy import func, select

from app.accounts.models import RecoveryCode, User
from app.idempotency.models import IdempotencyRecord
from tests import factories

PASSWORD = "correct horse battery"


def _login(client, email, **extra):
    return client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD, **extra})


def _bearer(token):
    return {"Authorization": f"Bearer {token}"}


def _enrol_and_confirm(client, headers):
    enrolment = client.post("/api/v1/auth/mfa/enrol", headers=headers).get_json()
    otp = pyotp.TOTP(enrolment["secret"]).now()
    confirmed = client.post("/api/v1/auth/mfa/confirm", json={"otp": otp}, headers=headers)
    return enrolment, confirmed


def test_unenrolled_officer_is_confined_to_enrolment_until_confirmed(client, session):
    officer = factories.user(session, "officer")
    login = _login(client, officer.email)
    assert login.status_code == 200
    assert login.get_json()["scope"] == "mfa_enrolment"
    assert login.get_json()["user"]["mfa_required"] is True
    headers = _bearer(login.get_json()["access_token"])

    assert client.get("/api/v1/auth/me", headers=headers).status_code == 200
    for method, path in [("get", "/api/v1/operators"), ("get", "/api/v1/stamps/CG26-000000001"),
                         ("post", "/api/v1/auth/password"), ("get", "/api/v1/users")]:
        refused = getattr(client, method)(path, headers=headers)
        assert refused.status_code == 403, path
        assert refused.get_json()["error"] == "mfa_required"

    enrolment, confirmed = _enrol_and_confirm(client, headers)
    assert enrolment["otpauth_uri"].startswith("otpauth://totp/")
    query = urllib.parse.parse_qs(urllib.parse.urlparse(enrolment["otpauth_uri"]).query)
    assert query["secret"] == [enrolment["secret"]]
    assert query["issuer"] == ["Banderola Inspect"]
    assert (enrolment["algorithm"], enrolment["digits"], enrolment["period_s"]) == ("SHA1", 6, 30)
    prefix = "data:image/svg+xml"
    assert enrolment["qr_svg"].startswith(prefix)
    assert confirmed.status_code == 201
    codes = confirmed.get_json()["recovery_codes"]
    assert len(codes) == len(set(codes)) == 10
    assert confirmed.get_json()["user"]["mfa_enabled"] is True

    assert client.get("/api/v1/operators", headers=headers).status_code == 200


def test_qr_code_is_an_svg_data_uri_without_script(client, session):
    headers = factories.headers_for(session, factories.user(session, "operator"))
    enrolment = client.post("/api/v1/auth/mfa/enrol", headers=headers).get_json()
    svg = urllib.parse.unquote(enrolment["qr_svg"].split(",", 1)[1])
    assert "<svg" in svg
    assert "<script" not in svg


def test_confirm_with_a_wrong_code_keeps_mfa_off(client, session):
    headers = factories.headers_for(session, factories.user(session, "operator"))
    client.post("/api/v1/auth/mfa/enrol", headers=headers)
    answer = client.post("/api/v1/auth/mfa/confirm", json={"otp": "000000"}, headers=headers)
    assert answer.status_code == 422
    assert client.get("/api/v1/auth/me", headers=headers).get_json()["mfa_enabled"] is False


def test_confirm_before_enrol_and_enrol_twice_are_conflicts(client, session):
    operator = factories.user(session, "operator")
    headers = factories.headers_for(session, operator)
    early = client.post("/api/v1/auth/mfa/confirm", json={"otp": "123456"}, headers=headers)
    assert early.status_code == 409
    _enrol_and_confirm(client, headers)
    assert client.post("/api/v1/auth/mfa/enrol", headers=headers).status_code == 409


def test_login_after_enrolment_needs_the_code_and_accepts_each_recovery_code_once(client, session):
    operator = factories.user(session, "operator")
    enrolment, confirmed = _enrol_and_confirm(client, factories.headers_for(session, operator))
    codes = confirmed.get_json()["recovery_codes"]
    assert _login(client, operator.email).status_code == 401
    # The confirmation used the current code up: the login takes the next one (drift allowed).
    following = pyotp.TOTP(enrolment["secret"]).at(time.time() + 30)
    assert _login(client, operator.email, otp=following).status_code == 200
    assert _login(client, operator.email, otp=codes[0].upper()).status_code == 200
    assert _login(client, operator.email, otp=codes[0]).status_code == 401
    assert _login(client, operator.email, otp=codes[1]).status_code == 200
    stored = session.scalars(select(RecoveryCode.code_hash)).all()
    assert not set(codes) & set(stored)
    used = session.scalar(
        select(func.count()).select_from(RecoveryCode).where(RecoveryCode.used_at.is_not(None))
    )
    assert used == 2


def test_enrolment_answers_are_never_stored_for_replay(client, session):
    headers = factories.headers_for(session, factories.user(session, "operator"))
    first = client.post("/api/v1/auth/mfa/enrol", headers={**headers, "Idempotency-Key": "k1"})
    second = client.post("/api/v1/auth/mfa/enrol", headers={**headers, "Idempotency-Key": "k1"})
    assert first.get_json()["secret"] != second.get_json()["secret"]
    assert session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 0


def test_admin_resets_a_lost_authenticator(client, session):
    admin = factories.mfa_user(session, "admin")
    officer = factories.mfa_user(session, "officer")
    officer_headers = factories.headers_for(session, officer)
    answer = client.patch(f"/api/v1/users/{officer.id}", json={"reset_mfa": True},
                          headers=factories.headers_for(session, admin))
    assert answer.status_code == 200
    assert answer.get_json()["mfa_required"] is True
    assert client.get("/api/v1/auth/me", headers=officer_headers).status_code == 401
    assert session.get(User, officer.id).totp_secret is None
    assert _login(client, officer.email).get_json()["scope"] == "mfa_enrolment"
