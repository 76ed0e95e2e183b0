"""Delivery of the outbox: to a real SMTP server (plain, or STARTTLS with AUTH), as .eml files
when no server is set, with bounded retries, and never a mail of a transaction that rolled back."""

from __future__ import annotations

import datetime as dt
import email
import os
import socket
import stat
from dataclasses import replace
from email import policy

import pytest
from sqlalchemy import func, select, update

from app import db
from app.errors import Conflict
from app.mail.compose import compose
from app.mail.models import FAILED, PENDING, SENT, OutboxMail
from app.mail.service import deliver, enqueue, open_body, retry_delay
from app.transactions import writes
from tests import factories
from tests.support.smtp import html_of, link_in, running_smtp_server, text_of

LINK = "https://inspect.example/#/reset-password?token=s3cret-t0ken"


def reset_mail(to="arta@example.org", language="sq"):
    return compose("password_reset", language, to, email=to, link=LINK, minutes=60)


def queued(session, to="arta@example.org", language="sq", **options) -> OutboxMail:
    mail = enqueue(session, reset_mail(to, language), kind="password_reset", **options)
    session.commit()
    return mail


def outbox_row(session, mail_id) -> OutboxMail:
    session.expire_all()
    return session.get(OutboxMail, mail_id)


def make_due(session, mail_id) -> None:
    """As if the retry delay had passed."""
    session.execute(update(OutboxMail).where(OutboxMail.id == mail_id)
                    .values(next_attempt_at=OutboxMail.created_at))
    session.commit()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_committed_mail_reaches_the_smtp_server(app, session, smtp_server):
    settings = smtp_server.settings(app.extensions["mail"])
    mail = queued(session)
    run = deliver(session, settings)
    assert (run.sent, run.failed, run.given_up, run.stopped) == (1, 0, 0, False)
    (received,) = smtp_server.inbox.received
    assert received.rcpt_tos == ["arta@example.org"]
    assert received.mail_from == "no-reply@e-banderola.example"
    message = received.message
    assert message["From"] == "Banderola Inspect <no-reply@e-banderola.example>"
    assert message["Subject"] == "Rivendosni fjalëkalimin e Banderola Inspect"
    assert message["Content-Language"] == "sq"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith(f".{mail.id}@e-banderola.example>")
    assert text_of(message).startswith("Përshëndetje,")
    assert link_in(message) == LINK
    assert f'href="{LINK}"' in html_of(message)
    row = outbox_row(session, mail.id)
    assert (row.status, row.attempts, row.last_error) == (SENT, 1, None)
    assert row.sent_at is not None
    assert deliver(session, settings).sent == 0  # sent once, never again


def test_starttls_and_login_when_configured(app, session, tmp_path):
    with running_smtp_server(tls_dir=tmp_path, users={"relay": "relay-pass"}) as server:
        settings = server.settings(app.extensions["mail"])
        assert settings.use_tls and settings.username == "relay"
        queued(session)
        assert deliver(session, settings).sent == 1
        (received,) = server.inbox.received
        assert received.tls is True
        assert received.login == "relay"


def test_a_wrong_smtp_password_is_recorded_and_the_mail_kept(app, session, tmp_path):
    with running_smtp_server(tls_dir=tmp_path, users={"relay": "relay-pass"}) as server:
        settings = server.settings(app.extensions["mail"], password="wrong")
        mail = queued(session)
        run = deliver(session, settings)
        assert (run.sent, run.failed, run.stopped) == (0, 1, True)
        assert server.inbox.received == []
        row = outbox_row(session, mail.id)
        assert row.status == PENDING
        assert row.last_error.startswith("SMTPAuthenticationError: (535")
        assert "wrong" not in row.last_error


def test_with_tls_asked_for_a_mail_never_goes_in_clear(app, session, smtp_server):
    settings = smtp_server.settings(app.extensions["mail"], use_tls=True)
    mail = queued(session)
    run = deliver(session, settings)
    assert (run.sent, run.failed) == (0, 1)
    assert smtp_server.inbox.received == []
    assert "STARTTLS" in outbox_row(session, mail.id).last_error


def test_an_unreachable_server_leaves_the_mail_for_a_retry(app, session):
    base = app.extensions["mail"]
    settings = replace(base, server="127.0.0.1", port=closed_port())
    first, second = queued(session), queued(session, to="besa@example.org")
    run = deliver(session, settings)
    # The run stops at the first connection failure: the second mail keeps its attempts.
    assert (run.sent, run.failed, run.stopped) == (0, 1, True)
    row = outbox_row(session, first.id)
    assert (row.status, row.attempts) == (PENDING, 1)
    assert row.last_error.startswith("ConnectionRefusedError")
    assert row.next_attempt_at - row.last_attempt_at == retry_delay(1) == dt.timedelta(minutes=2)
    assert outbox_row(session, second.id).attempts == 0

    with running_smtp_server() as server:
        later = server.settings(base)
        # Not due yet: the first waits for its retry; the second goes.
        assert deliver(session, later).sent == 1
        assert [m["To"] for m in server.messages] == ["besa@example.org"]
        make_due(session, first.id)
        assert deliver(session, later).sent == 1
        retried = server.messages[-1]
        assert retried["To"] == "arta@example.org"
        assert retried["Message-ID"].endswith(f".{first.id}@e-banderola.example>")
    row = outbox_row(session, first.id)
    assert (row.status, row.attempts, row.last_error) == (SENT, 2, None)


def test_attempts_are_bounded(app, session):
    settings = replace(app.extensions["mail"], server="127.0.0.1", port=closed_port(),
                       max_attempts=3)
    mail = queued(session)
    outcomes = []
    for _ in range(4):
        run = deliver(session, settings)
        outcomes.append((run.failed, run.given_up))
        make_due(session, mail.id)
    assert outcomes == [(1, 0), (1, 0), (0, 1), (0, 0)]
    row = outbox_row(session, mail.id)
    assert (row.status, row.attempts) == (FAILED, 3)
    assert row.last_error.startswith("ConnectionRefusedError")


def test_a_mailbox_refused_for_good_is_given_up_and_the_others_still_go(app, session,
                                                                       smtp_server):
    smtp_server.inbox.refuse = {
        "gone@example.org": "550 5.1.1 No such mailbox",
        "busy@example.org": "451 4.3.0 Try again later",
    }
    settings = smtp_server.settings(app.extensions["mail"])
    gone = queued(session, to="gone@example.org")
    busy = queued(session, to="busy@example.org")
    fine = queued(session, to="fine@example.org")
    run = deliver(session, settings)
    assert (run.sent, run.failed, run.given_up, run.stopped) == (1, 1, 1, False)
    assert [m["To"] for m in smtp_server.messages] == ["fine@example.org"]
    assert outbox_row(session, gone.id).status == FAILED
    assert "550" in outbox_row(session, gone.id).last_error
    assert outbox_row(session, busy.id).status == PENDING  # a 4xx is tried again later
    assert outbox_row(session, fine.id).status == SENT


def test_a_mail_with_a_secret_is_sealed_in_the_outbox(app, session, smtp_server):
    settings = smtp_server.settings(app.extensions["mail"])
    mail = queued(session, seal_with=app.config["SECRET_KEY"])
    row = outbox_row(session, mail.id)
    assert row.sealed
    assert "s3cret-t0ken" not in row.text_body + row.html_body
    assert LINK in open_body(row, app.config["SECRET_KEY"])[0]
    deliver(session, settings)
    assert link_in(smtp_server.messages[0]) == LINK


def test_a_sealed_mail_that_cannot_be_opened_is_given_up(app, session, smtp_server):
    settings = smtp_server.settings(app.extensions["mail"], secret_key="another key")
    mail = queued(session, seal_with=app.config["SECRET_KEY"])
    run = deliver(session, settings)
    assert (run.sent, run.given_up) == (0, 1)
    row = outbox_row(session, mail.id)
    assert (row.status, row.last_error) == (FAILED, "InvalidToken: ")
    assert smtp_server.inbox.received == []


def test_without_a_mail_server_mails_are_eml_files(app, session, tmp_path):
    settings = replace(app.extensions["mail"], server=None, mail_dir=tmp_path / "mail")
    queued(session, to="a@example.org", language="en")
    queued(session, to="b@example.org", language="sr")
    assert deliver(session, settings).sent == 2
    files = sorted((tmp_path / "mail").iterdir())
    assert [path.suffix for path in files] == [".eml", ".eml"]
    messages = [email.message_from_bytes(path.read_bytes(), policy=policy.default)
                for path in files]
    assert [m["To"] for m in messages] == ["a@example.org", "b@example.org"]  # time order
    assert messages[1]["Subject"] == "Resetujte lozinku za Banderola Inspect"
    assert link_in(messages[1]) == LINK
    assert stat.S_IMODE(os.stat(files[0]).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "mail").st_mode) == 0o700


def test_the_default_is_eml_files_in_the_instance_folder(app):
    settings = app.extensions["mail"]
    assert settings.server is None
    assert str(settings.mail_dir) == os.path.join(app.instance_path, "mail")


@pytest.fixture
def mailing_app(database_url, session, tmp_path, smtp_server):
    """An app of its own, sending to the test server, with two routes that write a mail: one
    commits, the other fails after writing it."""
    config = factories.config(database_url, tmp_path, MAIL_SERVER="127.0.0.1",
                              MAIL_PORT=smtp_server.port)
    with factories.separate_app(config) as own:

        @own.post("/test/mail")
        @writes
        def mail_and_commit():
            enqueue(db.session, reset_mail("kept@example.org"), kind="test")
            return {"id": 1}, 201

        @own.post("/test/mail-then-fail")
        @writes
        def mail_then_fail():
            enqueue(db.session, reset_mail("lost@example.org"), kind="test")
            raise Conflict()

        yield own


def test_a_request_sends_its_mail_after_its_commit(mailing_app, session, smtp_server):
    answer = mailing_app.test_client().post("/test/mail", buffered=True)
    assert answer.status_code == 201
    assert [m["To"] for m in smtp_server.messages] == ["kept@example.org"]
    assert session.scalar(select(OutboxMail.status).where(
        OutboxMail.to_address == "kept@example.org")) == SENT


def test_a_request_that_rolls_back_sends_nothing_and_leaves_nothing(mailing_app, session,
                                                                    smtp_server):
    answer = mailing_app.test_client().post("/test/mail-then-fail", buffered=True)
    assert answer.status_code == 409
    assert deliver(session, mailing_app.extensions["mail"]).sent == 0
    assert smtp_server.inbox.received == []
    assert session.scalar(select(func.count()).select_from(OutboxMail).where(
        OutboxMail.to_address == "lost@example.org")) == 0


def test_a_request_never_fails_because_the_mail_server_is_down(database_url, session, tmp_path):
    config = factories.config(database_url, tmp_path, MAIL_SERVER="127.0.0.1",
                              MAIL_PORT=closed_port())
    with factories.separate_app(config) as own:

        @own.post("/test/mail")
        @writes
        def mail_and_commit():
            enqueue(db.session, reset_mail("later@example.org"), kind="test")
            return {"id": 1}, 201

        answer = own.test_client().post("/test/mail", buffered=True)
    assert answer.status_code == 201
    row = session.scalar(select(OutboxMail).where(OutboxMail.to_address == "later@example.org"))
    assert (row.status, row.attempts) == (PENDING, 1)
    assert row.last_error.startswith("ConnectionRefusedError")


def test_mail_send_command_delivers_what_is_due_once(app, session, app_mail):
    queued(session)
    queued(session, to="besa@example.org")
    runner = app.test_cli_runner()
    first = runner.invoke(args=["mail", "send"])
    assert first.exit_code == 0, first.output
    assert "2 sent, 0 to retry, 0 given up" in first.output
    again = runner.invoke(args=["mail", "send"])
    assert again.exit_code == 0
    assert "0 sent, 0 to retry, 0 given up" in again.output
    assert len(app_mail.messages) == 2


def test_mail_send_command_fails_when_an_attempt_fails(app, session, monkeypatch):
    monkeypatch.setitem(app.extensions, "mail", replace(
        app.extensions["mail"], server="127.0.0.1", port=closed_port()))
    queued(session)
    result = app.test_cli_runner().invoke(args=["mail", "send"])
    assert result.exit_code == 1
    assert "0 sent, 1 to retry, 0 given up (server unreachable: stopped)" in result.output
