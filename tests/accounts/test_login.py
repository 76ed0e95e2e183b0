"""POST /api/v1/auth/login, tokens, logout: lockout, expiry, revocation, nothing revealed."""

import datetime as dt

import pytest
from sqlalchemy import select

from app.accounts import service
from app.accounts.models import AccessToken, User
from app.audit.models import AuditRecord
from app.db import utcnow
from app.i18n import translate
from tests import factories

PASSWORD = "correct horse battery"


def _login(client, email, password=PASSWORD, **extra):
    return client.post("/api/v1/auth/login", json={"email": email, "password": password, **extra})


def _refusal(answer) -> dict:
    """The body of a refused login, without its request id (every request's own)."""
    return {key: value for key, value in answer.get_json().items() if key != "request_id"}


@pytest.mark.parametrize("company_role", ["administrator", "read_only"])
def test_an_operator_without_totp_must_enrol_first(client, session, company_role):
    """Operators' portal users enrol TOTP at their first sign-in, as Customs staff do
    (seeds/000: "the portal uses ... multi-factor authentication")."""
    user = factories.user(session, "operator", company_role=company_role)
    answer = _login(client, user.email.upper())
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["scope"] == "mfa_enrolment"
    assert body["user"]["roles"] == ["operator"] and body["user"]["mfa_required"] is True
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert client.get("/api/v1/auth/me", headers=headers).get_json()["email"] == user.email
    refused = client.get("/api/v1/batches", headers=headers)
    assert refused.status_code == 403 and refused.get_json()["error"] == "mfa_required"


def test_an_enrolled_operator_signs_in_with_password_and_code(client, session):
    user = factories.mfa_user(session, "operator")
    assert _login(client, user.email).status_code == 401
    answer = _login(client, user.email, otp=factories.totp_code(user))
    assert answer.status_code == 200 and answer.get_json()["scope"] == "full"


def test_enrolled_user_needs_a_current_totp_code(client, session):
    admin = factories.mfa_user(session, "admin")
    missing = _login(client, admin.email)
    assert missing.status_code == 401
    assert missing.get_json()["error"] == "unauthorized"
    assert _login(client, admin.email, otp="000000").status_code == 401
    ok = _login(client, admin.email, otp=factories.totp_code(admin))
    assert ok.status_code == 200
    assert ok.get_json()["scope"] == "full"


@pytest.mark.parametrize("language", ["en", "sq", "sr"])
def test_the_second_factor_does_not_tell_a_right_password(client, session, language):
    """Issue 17: a right password without its code once had its own message."""
    officer = factories.mfa_user(session, "officer")
    right_code = factories.totp_code(officer)
    attempts = {
        "right password, no code": {},
        "right password, wrong code": {"otp": "000000"},
        "wrong password, right code": {"password": "wrong password!", "otp": right_code},
        "wrong password, no code": {"password": "wrong password!"},
        "unknown email": {"email": "nobody@test.example"},
    }
    answers = {
        name: client.post(
            "/api/v1/auth/login",
            json={"email": officer.email, "password": PASSWORD, **attempt},
            headers={"Accept-Language": language},
        )
        for name, attempt in attempts.items()
    }
    # The same answer but for the request's own reference (`request_id`).
    bodies = {
        name: (answer.status_code, answer.get_json() | {"request_id": None})
        for name, answer in answers.items()
    }
    assert len({repr(body) for body in bodies.values()}) == 1, bodies
    status, body = bodies["unknown email"]
    assert (status, body["error"]) == (401, "unauthorized")
    assert body["message"] == translate("accounts.login_failed", language)
    # Four failures, one short of the lockout; the right code given with a wrong password was
    # not used up.
    assert _login(client, officer.email, otp=right_code).status_code == 200


def test_every_refusal_costs_the_same_verifications(client, session, monkeypatch):
    """Whatever was wrong, a refused login verifies one password (Argon2) and, when a
    recovery-code-shaped code is given, as many recovery codes as a user has: its time does
    not tell a right password or a known email. (Counted, not timed.)"""
    officer = factories.mfa_user(session, "officer")
    enrolled = factories.mfa_user(session, "supervisor")
    service.replace_recovery_codes(session, enrolled)
    verified = []
    real_verify = service._verify

    def counting_verify(password_hash, password, hasher=service._hasher):
        verified.append("code" if hasher is service._code_hasher else "password")
        return real_verify(password_hash, password, hasher)

    monkeypatch.setattr(service, "_verify", counting_verify)
    cases = [
        (officer.email, PASSWORD, None),
        (officer.email, "wrong password!", None),
        ("nobody@test.example", PASSWORD, None),
        (officer.email, PASSWORD, "000000"),
        (officer.email, PASSWORD, "abcde-fghjk"),
        (enrolled.email, PASSWORD, "abcde-fghjk"),
        (enrolled.email, "wrong password!", "abcde-fghjk"),
        ("nobody@test.example", PASSWORD, "abcde-fghjk"),
    ]
    work = []
    for email, password, otp in cases:
        verified.clear()
        answer = _login(client, email, password, **({"otp": otp} if otp else {}))
        assert answer.status_code == 401
        work.append((otp is not None and "-" in otp, sorted(verified)))
    plain = ["password"]
    with_recovery = ["code"] * service.RECOVERY_CODE_COUNT + ["password"]
    assert work == [(False, plain)] * 4 + [(True, with_recovery)] * 4


def test_unknown_email_and_wrong_password_answer_alike(client, session):
    user = factories.user(session, "operator")
    unknown = _login(client, "nobody@test.example")
    wrong = _login(client, user.email, password="wrong password!")
    assert unknown.status_code == wrong.status_code == 401
    assert _refusal(unknown) == _refusal(wrong)


def test_lockout_after_five_failures_then_released(client, session):
    user = factories.user(session, "operator")
    for _ in range(5):
        assert _login(client, user.email, password="wrong password!").status_code == 401
    locked = _login(client, user.email)  # the right password, but locked
    assert locked.status_code == 401
    assert _refusal(locked) == _refusal(_login(client, "nobody@test.example"))
    user = session.get(User, user.id)  # each request ends the scoped session
    assert user.locked_until > utcnow()
    user.locked_until = utcnow() - dt.timedelta(seconds=1)
    session.flush()
    assert _login(client, user.email).status_code == 200


def test_wrong_otp_counts_towards_lockout(client, session):
    officer = factories.mfa_user(session, "officer")
    for _ in range(5):
        _login(client, officer.email, otp="123456")
    assert _login(client, officer.email, otp=factories.totp_code(officer)).status_code == 401


def test_a_totp_code_is_accepted_once_by_default(client, session):
    officer = factories.mfa_user(session, "officer")
    code = factories.totp_code(officer)
    assert _login(client, officer.email, otp=code).status_code == 200
    assert _login(client, officer.email, otp=code).status_code == 401
    assert _login(client, officer.email, otp=factories.totp_code(officer, 1)).status_code == 200


def test_expired_token_is_refused(client, session):
    user = factories.user(session, "operator")
    token = factories.token_for(session, user, ttl=dt.timedelta(seconds=-1))
    answer = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401
    assert answer.get_json()["error"] == "unauthorized"


def test_unknown_token_is_refused_even_on_public_endpoints(client, session):
    answer = client.get("/api/v1/keys", headers={"Authorization": "Bearer not-a-token"})
    assert answer.status_code == 401


def test_logout_revokes_the_token(client, session):
    user = factories.user(session, "operator")
    headers = factories.headers_for(session, user)
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/v1/auth/me", headers=headers).status_code == 401


def test_disabled_user_cannot_log_in(client, session):
    user = factories.user(session, "operator")
    user.active = False
    session.flush()
    answer = _login(client, user.email)
    assert answer.status_code == 401
    assert _refusal(answer) == _refusal(_login(client, "nobody@test.example"))


def test_logins_and_failures_are_audited(client, session):
    user = factories.user(session, "operator")
    _login(client, user.email, password="wrong password!")
    _login(client, user.email)
    records = session.scalars(
        select(AuditRecord).where(AuditRecord.actor == f"user:{user.id}").order_by(AuditRecord.id)
    ).all()
    assert [(r.action, r.data.get("reason")) for r in records] == [
        ("auth.login_failed", "password"),
        ("auth.login", None),
    ]


def test_tokens_are_stored_as_digests_only(client, session):
    user = factories.user(session, "operator")
    token = _login(client, user.email).get_json()["access_token"]
    stored = session.scalars(select(AccessToken.token_hash)).all()
    assert token not in stored
