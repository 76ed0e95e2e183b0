"""Forgot password (seeds/000, API.md): a single-use, expiring link mailed to the account,
read here from a real SMTP server; confirming it sets the password and ends every session.
Whether an address has an account never shows."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.accounts import password_reset
from app.accounts.auth import token_digest
from app.accounts.models import AccessToken, PasswordReset, User
from app.audit.models import AuditRecord
from app.db import make_engine, utcnow
from app.mail.models import OutboxMail
from app.mail.service import open_body
from app.registry.models import Operator
from tests import factories
from tests.support import smtp
from tests.support.smtp import link_in, text_of

smtp_server, app_mail = smtp.smtp_server, smtp.app_mail  # the shared SMTP fixtures

RESET = "/api/v1/auth/password-reset"
CONFIRM = "/api/v1/auth/password-reset/confirm"
NEW_PASSWORD = "a brand new passphrase"


def ask(client, email, language="en", **environ):
    """POST /auth/password-reset; the answer is closed, as a server does, so its mail leaves."""
    return client.post(RESET, json={"email": email}, headers={"Accept-Language": language},
                       environ_base=environ, buffered=True)


def confirm(client, token, password=NEW_PASSWORD, language="en"):
    return client.post(CONFIRM, json={"token": token, "password": password},
                       headers={"Accept-Language": language})


def token_of(message) -> str:
    link = link_in(message)
    assert link.startswith("http://127.0.0.1:8000/#/reset-password?token=")
    return link.rsplit("=", 1)[1]


def me(client, token):
    return client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})


def login(client, email, password):
    return client.post("/api/v1/auth/login", json={"email": email, "password": password})


def test_reset_from_mail_to_new_password_ends_every_session(client, session, app_mail):
    user = factories.user(session, "operator")
    sessions = [factories.token_for(session, user) for _ in range(2)]

    answer = ask(client, user.email.upper(), "sr")
    assert answer.status_code == 202
    assert answer.get_json()["status"] == "accepted"
    (message,) = app_mail.messages
    assert message["To"] == user.email
    assert message["Content-Language"] == "sr"
    assert message["Subject"] == "Resetujte lozinku za Banderola Inspect"
    assert "u roku od 60 minuta" in text_of(message)

    done = confirm(client, token_of(message), language="sr")
    assert done.status_code == 200, done.get_json()
    assert done.get_json() == {
        "status": "password_set",
        "email": user.email,
        "message": "Nova lozinka je postavljena i sve sesije naloga su završene. Prijavite se "
        "novom lozinkom.",
    }
    for token in sessions:
        assert me(client, token).status_code == 401
    assert login(client, user.email, "correct horse battery").status_code == 401
    assert login(client, user.email, NEW_PASSWORD).status_code == 200
    record = session.scalars(select(AuditRecord).where(AuditRecord.action ==
                                                       "auth.password_reset")).all()[-1]
    assert (record.actor, record.data) == (f"user:{user.id}", {"sessions_ended": 2})
    # The account's next mails follow the language just used.
    assert session.get(User, user.id).language == "sr"


def test_a_link_works_once_and_a_second_use_writes_nothing(client, session, app_mail):
    user = factories.user(session, "operator")
    ask(client, user.email)
    token = token_of(app_mail.messages[0])
    assert confirm(client, token).status_code == 200
    hash_after_reset = session.get(User, user.id).password_hash

    again = confirm(client, token, password="yet another passphrase")
    assert again.status_code == 422
    body = again.get_json()
    assert (body["error"], body["errors"]) == ("validation_failed", {"token": ["used"]})
    assert body["message"].startswith("This password reset link was already used")
    assert session.get(User, user.id).password_hash == hash_after_reset


def test_a_link_expires(client, session, app_mail):
    user = factories.user(session, "operator")
    ask(client, user.email)
    token = token_of(app_mail.messages[0])
    session.execute(update(PasswordReset).where(PasswordReset.user_id == user.id)
                    .values(expires_at=utcnow() - dt.timedelta(seconds=1)))
    answer = confirm(client, token, language="sq")
    assert answer.status_code == 422
    assert answer.get_json()["errors"] == {"token": ["expired"]}
    assert answer.get_json()["message"] == ("Kjo lidhje për rivendosjen e fjalëkalimit ka "
                                            "skaduar. Kërkoni një të re.")
    assert login(client, user.email, NEW_PASSWORD).status_code == 401


def test_a_new_request_replaces_the_older_link(client, session, app_mail):
    user = factories.user(session, "operator")
    ask(client, user.email)
    ask(client, user.email)
    first, second = (token_of(message) for message in app_mail.messages)
    assert confirm(client, first).get_json()["errors"] == {"token": ["used"]}
    assert confirm(client, second).status_code == 200


def test_an_unknown_or_disabled_address_gets_the_same_answer_and_no_mail(client, session,
                                                                        app_mail):
    user = factories.user(session, "operator")
    disabled = factories.user(session, "operator")
    disabled.active = False
    answers = [ask(client, email, "sq") for email in
               (user.email, "nobody@test.example", disabled.email)]
    assert {a.status_code for a in answers} == {202}
    assert answers[0].get_json() == answers[1].get_json() == answers[2].get_json()
    assert answers[0].get_json()["message"].startswith("Nëse kjo adresë i përket një llogarie")
    assert [m["To"] for m in app_mail.messages] == [user.email]
    assert session.scalar(select(func.count()).select_from(PasswordReset).where(
        PasswordReset.user_id == disabled.id)) == 0


def test_only_the_tokens_digest_is_stored(client, session, app_mail, app):
    user = factories.user(session, "operator")
    ask(client, user.email)
    token = token_of(app_mail.messages[0])
    reset = session.scalar(select(PasswordReset).where(PasswordReset.user_id == user.id))
    assert reset.token_hash == token_digest(token)
    mail = session.scalar(select(OutboxMail).order_by(OutboxMail.id.desc()).limit(1))
    assert mail.sealed and token not in mail.text_body and token not in (mail.html_body or "")


def test_a_refused_password_writes_nothing_and_the_link_still_works(client, session, app_mail):
    user = factories.user(session, "operator")
    ask(client, user.email)
    token = token_of(app_mail.messages[0])
    short = confirm(client, token, password="short")
    assert short.status_code == 422
    assert short.get_json()["errors"] == {"password": [
        "The password must have at least 10 characters (spaces at either end do not count)."
    ]}
    assert confirm(client, token).status_code == 200


@pytest.mark.parametrize("token", ["not-a-token", "x" * 43])
def test_an_unknown_token_is_refused(client, session, token):
    answer = confirm(client, token)
    assert answer.status_code == 422
    assert answer.get_json()["errors"] == {"token": ["unknown"]}


def test_malformed_bodies_are_refused(client, session):
    assert client.post(RESET, json={"email": "not an address"}).status_code == 422
    assert client.post(CONFIRM, json={"token": "t"}).status_code == 422
    assert client.post(CONFIRM, json={"token": "", "password": NEW_PASSWORD}).status_code == 422


def test_the_mail_is_in_the_users_language_when_they_chose_one(client, session, app_mail):
    user = factories.user(session, "operator")
    headers = factories.headers_for(session, user)
    chosen = client.patch("/api/v1/auth/me", json={"language": "sq"}, headers=headers)
    assert chosen.status_code == 200 and chosen.get_json()["language"] == "sq"
    assert client.patch("/api/v1/auth/me", json={"language": "de"},
                        headers=headers).status_code == 422
    ask(client, user.email, "en")
    assert app_mail.messages[0]["Content-Language"] == "sq"


def test_a_reset_lifts_the_lockout_but_not_the_second_factor(client, session, app_mail):
    officer = factories.mfa_user(session, "officer")
    officer.locked_until = utcnow() + dt.timedelta(minutes=10)
    ask(client, officer.email)
    assert confirm(client, token_of(app_mail.messages[0])).status_code == 200
    assert login(client, officer.email, NEW_PASSWORD).status_code == 401  # no code
    with_code = client.post("/api/v1/auth/login", json={
        "email": officer.email, "password": NEW_PASSWORD, "otp": factories.totp_code(officer)})
    assert with_code.status_code == 200


@pytest.fixture
def limited_app(database_url, session, tmp_path):
    config = factories.config(
        database_url, tmp_path,
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI="memory://",
        RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}",
        RATELIMIT_LOGIN="3/minute",
        RATELIMIT_PASSWORD_RESET="2/hour",
    )
    with factories.separate_app(config) as limited:
        yield limited


def test_reset_requests_are_limited_per_client_address(limited_app):
    client = limited_app.test_client()
    statuses = [ask(client, f"someone{n}@test.example", REMOTE_ADDR="10.0.5.1").status_code
                for n in range(4)]
    assert statuses == [202, 202, 202, 429]
    assert ask(client, "someone9@test.example", REMOTE_ADDR="10.0.5.2").status_code == 202


def test_reset_requests_are_limited_per_email_address_whoever_asks(limited_app):
    client = limited_app.test_client()
    statuses = [ask(client, "target@test.example", REMOTE_ADDR=f"10.0.6.{n}").status_code
                for n in range(3)]
    assert statuses == [202, 202, 429]
    refused = ask(client, " TARGET@test.example", REMOTE_ADDR="10.0.6.9")
    assert refused.status_code == 429 and refused.get_json()["error"] == "rate_limited"
    assert ask(client, "other@test.example", REMOTE_ADDR="10.0.6.1").status_code == 202


# --- Races on PostgreSQL: requests committing for real, in parallel ---

@pytest.fixture
def committed_user(database_url):
    """An operator user committed outside the test's transaction; removed with all it caused."""
    engine = make_engine(database_url)
    with Session(engine) as own:
        high_audit = own.scalar(select(func.coalesce(func.max(AuditRecord.id), 0)))
        high_mail = own.scalar(select(func.coalesce(func.max(OutboxMail.id), 0)))
        user = factories.user(own, "operator")
        own.commit()
        email, user_id, operator_id = user.email, user.id, user.operator_id
    yield engine, email, user_id
    with engine.begin() as connection:
        connection.execute(delete(PasswordReset).where(PasswordReset.user_id == user_id))
        connection.execute(delete(AccessToken).where(AccessToken.user_id == user_id))
        connection.execute(delete(User).where(User.id == user_id))
        connection.execute(delete(AuditRecord).where(AuditRecord.id > high_audit))
        connection.execute(delete(OutboxMail).where(OutboxMail.id > high_mail))
        connection.execute(delete(Operator).where(Operator.id == operator_id))
    engine.dispose()


def _in_parallel(count, work):
    answers, threads = [], [threading.Thread(target=lambda: answers.append(work()),
                                             name=f"racer-{n}") for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.mark.postgresql
def test_parallel_requests_leave_one_live_link(committed_user, database_url, tmp_path):
    engine, email, user_id = committed_user
    barrier = threading.Barrier(3, timeout=10)
    real_digest = password_reset.token_digest

    def digest_together(token):  # all three reach the user's row at once
        if threading.current_thread().name.startswith("racer"):
            barrier.wait()
        return real_digest(token)

    config = factories.config(database_url, tmp_path)
    with factories.separate_app(config) as own, pytest.MonkeyPatch.context() as patch:
        patch.setattr(password_reset, "token_digest", digest_together)
        answers = _in_parallel(3, lambda: own.test_client().post(RESET, json={"email": email}))
    assert [a.status_code for a in answers] == [202, 202, 202]
    with Session(engine) as own_session:
        links = own_session.scalars(select(PasswordReset).where(
            PasswordReset.user_id == user_id)).all()
    assert len(links) == 3
    assert sum(link.revoked_at is None for link in links) == 1


@pytest.mark.postgresql
def test_parallel_uses_of_one_link_let_one_win(committed_user, database_url, tmp_path):
    engine, email, _ = committed_user
    config = factories.config(database_url, tmp_path)
    with factories.separate_app(config) as own:
        own.test_client().post(RESET, json={"email": email})
        with Session(engine) as own_session:
            mail = own_session.scalar(select(OutboxMail).where(OutboxMail.to_address == email))
            body, _ = open_body(mail, own.config["SECRET_KEY"])
        token = body.split("token=")[1].split()[0]
        barrier = threading.Barrier(2, timeout=10)
        real_check = password_reset.check_password

        def check_together(password, **policy):  # both have read the link as unused
            real_check(password, **policy)
            barrier.wait()

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(password_reset, "check_password", check_together)
            answers = _in_parallel(2, lambda: own.test_client().post(
                CONFIRM, json={"token": token, "password": NEW_PASSWORD}))
    assert sorted(a.status_code for a in answers) == [200, 422]
    refused = next(a for a in answers if a.status_code == 422)
    assert refused.get_json()["errors"] == {"token": ["used"]}
