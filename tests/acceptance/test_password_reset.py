"""Forgot password, as `make run` serves it (no mail server: the mail is an .eml file in the
instance's `mail/` folder): a company clerk asks for a link, opens it from the mail, sets a new
password and signs in with it; the old session has ended, the link works once, and an address
without an account gets the very same answer. The clerk then picks the language of their mails."""

from __future__ import annotations

import email
import email.policy
import re
import time
import uuid

import pytest

from tests.acceptance.http import ok, refused

RESET = "/api/v1/auth/password-reset"
CONFIRM = "/api/v1/auth/password-reset/confirm"
LINK = re.compile(r"#/reset-password\?token=([A-Za-z0-9_-]+)")


def _mails_to(live, address: str) -> list[email.message.EmailMessage]:
    folder = live.instance / "mail"
    if not folder.exists():
        return []
    mails = [email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
             for path in sorted(folder.glob("*.eml"))]
    return [mail for mail in mails if mail["To"] == address]


def _token_mailed_to(live, address: str) -> str:
    """The token of the newest reset mail to `address`; the mail leaves once the answer is
    sent, so it may take a moment to be written."""
    deadline = time.monotonic() + 10
    while True:
        mails = _mails_to(live, address)
        if mails:
            text = mails[-1].get_body(preferencelist=("plain",)).get_content()
            return LINK.search(text).group(1)
        assert time.monotonic() < deadline, f"no mail to {address} in {live.instance / 'mail'}"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def clerk(operator) -> dict:
    address = f"forgetful-{uuid.uuid4().hex[:8]}@duhani.example"
    password = "the first passphrase"
    ok(operator.post("/api/v1/users", json={
        "email": address, "password": password, "roles": ["operator"],
        "full_name": "Drita Forgetful"}), 201)
    return {"email": address, "password": password}


def test_a_forgotten_password_is_reset_from_the_mailed_link(clients, live, clerk):
    phone = clients.anonymous("forgetful-phone")
    phone.log_in(clerk["email"], clerk["password"])
    old_session = dict(phone.http.headers)
    laptop = clients.anonymous("forgetful-laptop")

    known = laptop.post(RESET, json={"email": clerk["email"]}, headers={"Accept-Language": "sq"})
    unknown = laptop.post(RESET, json={"email": f"nobody-{uuid.uuid4().hex[:8]}@example.org"},
                          headers={"Accept-Language": "sq"})
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()

    token = _token_mailed_to(live, clerk["email"])
    refused(laptop.post(CONFIRM, json={"token": token, "password": "short"}),
            422, "validation_failed")
    done = ok(laptop.post(CONFIRM, json={"token": token, "password": "a second passphrase"}))
    assert done["email"] == clerk["email"]
    refused(laptop.post(CONFIRM, json={"token": token, "password": "a third passphrase"}),
            422, "validation_failed")

    refused(phone.get("/api/v1/auth/me", headers=old_session), 401, "unauthorized")
    laptop.log_in(clerk["email"], "a second passphrase")
    assert ok(laptop.get("/api/v1/auth/me"))["email"] == clerk["email"]


def test_the_clerk_chooses_the_language_of_their_mails(clients, clerk):
    laptop = clients.anonymous("forgetful-laptop")
    if laptop.user is None:
        laptop.log_in(clerk["email"], "a second passphrase")
    assert ok(laptop.patch("/api/v1/auth/me", json={"language": "sr"}))["language"] == "sr"
    assert ok(laptop.get("/api/v1/auth/me"))["language"] == "sr"
    refused(laptop.patch("/api/v1/auth/me", json={"language": "de"}), 422, "validation_failed")
