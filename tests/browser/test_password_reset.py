"""Forgot password in the PWA, in Albanian and Serbian: from the sign-in screen to the mail (the
live server writes it as an .eml file: no MAIL_SERVER, as with `make run`), the link's screen,
the new password, and the same link refused the second time. No English and no raw key on the
way."""

from __future__ import annotations

import email
import re
import subprocess
import sys
import time
import uuid
from email import policy
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import axe_violations, open_app, phone_context, screenshot

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
OLD_PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "blue lantern river 42"
LOCALES = {"sq": "sq-XK", "sr": "sr-Latn"}
# What each screen says, in each language (pwa/js/i18n.js; the mail: app/mail/messages.py).
TEXT = {
    "sq": {
        "sign_in": "Hyrja",
        "forgot_link": "Keni harruar fjalëkalimin?",
        "forgot_title": "Fjalëkalimi i harruar",
        "send": "Më dërgo lidhjen",
        "missing": "Shkruani adresën e email-it.",
        "sent_title": "Kontrolloni email-in",
        "subject": "Rivendosni fjalëkalimin e Banderola Inspect",
        "reset_title": "Zgjidhni një fjalëkalim të ri",
        "new": "Fjalëkalimi i ri",
        "repeat": "Fjalëkalimi i ri edhe një herë",
        "set": "Vendos fjalëkalimin e ri",
        "too_short": "Fjalëkalimi duhet të ketë të paktën 10 karaktere.",
        "mismatch": "Dy fjalëkalimet nuk janë të njëjta.",
        "done_title": "Fjalëkalimi u ndryshua",
        "used": "Kjo lidhje për rivendosjen e fjalëkalimit është përdorur tashmë",
        "ask_again": "Kërko një lidhje të re",
        "enrol_title": "Konfiguroni hyrjen me dy hapa",
    },
    "sr": {
        "sign_in": "Prijava",
        "forgot_link": "Zaboravili ste lozinku?",
        "forgot_title": "Zaboravljena lozinka",
        "send": "Pošalji mi link",
        "missing": "Upišite adresu e-pošte.",
        "sent_title": "Proverite e-poštu",
        "subject": "Resetujte lozinku za Banderola Inspect",
        "reset_title": "Izaberite novu lozinku",
        "new": "Nova lozinka",
        "repeat": "Nova lozinka još jednom",
        "set": "Postavi novu lozinku",
        "too_short": "Lozinka mora imati najmanje 10 znakova.",
        "mismatch": "Dve lozinke nisu iste.",
        "done_title": "Lozinka je promenjena",
        "used": "Ovaj link za resetovanje lozinke je već iskorišćen",
        "ask_again": "Zatraži novi link",
        "enrol_title": "Podesite prijavu u dva koraka",
    },
}
# The English of these screens, and the shape of a catalogue key: neither may reach the screen.
ENGLISH = ["Forgot", "password", "Password", "Send me the link", "Check your email", "Choose a",
           "Set the new", "Enter your", "Back to sign-in", "the link", "Sign in", "new one"]
RAW_KEY = re.compile(r"\b(?:login|forgot|reset|error|nav)\.[a-zA-Z]+\b")


def create_officer(server_instance) -> str:
    """A new officer (TOTP not yet enrolled), made with the CLI against the live database."""
    _instance, env = server_instance
    address = f"reset-{uuid.uuid4().hex[:8]}@dogana.example"
    done = subprocess.run(
        [BIN / "flask", "--app", "wsgi", "users", "create", "--email", address, "--role",
         "officer"],
        cwd=ROOT, env=env, input=f"{OLD_PASSWORD}\n", text=True, capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    return address


def mail_to(server_instance, address: str, timeout_s: float = 15.0) -> email.message.EmailMessage:
    """The mail the live server wrote for `address` in instance/mail/ (it goes once the
    answer is sent, so it may take a moment)."""
    instance, _env = server_instance
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for path in sorted((instance / "mail").glob("*.eml")):
            message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            if message["To"] == address:
                return message
        time.sleep(0.2)
    raise AssertionError(f"no mail to {address}")


def assert_translated(page, language):
    text = page.locator("main").inner_text()
    assert not RAW_KEY.search(text), text
    for english in ENGLISH:
        assert english not in text, (english, language, text)


@pytest.mark.parametrize("language", ["sq", "sr"])
def test_forgot_password_journey(browser, live_server, server_instance, language):
    words = TEXT[language]
    context = phone_context(browser, live_server, locale=LOCALES[language])
    page = open_app(context)
    address = create_officer(server_instance)

    page.goto("/#/login")
    expect(page.locator("h1")).to_have_text(words["sign_in"])
    page.get_by_role("link", name=words["forgot_link"]).click()
    page.wait_for_url(re.compile(r"#/forgot-password$"))
    expect(page.locator("h1")).to_have_text(words["forgot_title"])
    assert_translated(page, language)

    # Nothing typed: said beside the field, and the field is marked invalid.
    page.get_by_role("button", name=words["send"]).click()
    field = page.locator("input[name=email]")
    expect(page.locator(".field-error")).to_have_text(words["missing"])
    expect(field).to_have_attribute("aria-invalid", "true")
    assert words["missing"] in page.evaluate(
        "el => document.getElementById(el.getAttribute('aria-describedby')).textContent",
        field.element_handle())
    field.fill(address)
    page.get_by_role("button", name=words["send"]).click()
    expect(page.locator("h1")).to_have_text(words["sent_title"])
    expect(page.get_by_role("status").first).to_contain_text(address)
    assert_translated(page, language)

    message = mail_to(server_instance, address)
    assert message["Subject"] == words["subject"]
    assert message["Content-Language"] == language
    body = message.get_body(preferencelist=("plain",)).get_content()
    (link,) = re.findall(r"https?://\S+", body)
    assert link.startswith("http://127.0.0.1:8000/#/reset-password?token=")  # PUBLIC_BASE_URL
    fragment = link.split("/", 3)[3]

    page.goto(f"/{fragment}")
    expect(page.locator("h1")).to_have_text(words["reset_title"])
    assert page.url.endswith("#/reset-password"), page.url  # the token left the address bar
    assert_translated(page, language)
    page.get_by_label(words["new"], exact=True).fill("short")
    page.get_by_role("button", name=words["set"]).click()
    expect(page.locator(".field-error")).to_have_text(words["too_short"])
    page.get_by_label(words["new"], exact=True).fill(NEW_PASSWORD)
    page.get_by_label(words["repeat"]).fill(NEW_PASSWORD + "!")
    page.get_by_role("button", name=words["set"]).click()
    expect(page.locator(".field-error")).to_have_text(words["mismatch"])
    assert_translated(page, language)
    page.get_by_label(words["repeat"]).fill(NEW_PASSWORD)
    page.get_by_role("button", name=words["set"]).click()
    expect(page.locator("h1")).to_have_text(words["done_title"])
    expect(page.get_by_role("status").first).to_contain_text(address)
    assert_translated(page, language)

    # The new password signs in (an officer then sets up two-step sign-in)...
    page.locator("main a[href='#/login']").click()
    page.fill("input[name=email]", address)
    page.fill("input[name=password]", NEW_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"#/enrol$"))
    expect(page.locator("h1")).to_have_text(words["enrol_title"])
    page.evaluate("() => localStorage.removeItem('bi.session')")

    # ... and the same link, opened again, is refused in the user's language.
    page.goto(f"/{fragment}")
    expect(page.locator("h1")).to_have_text(words["reset_title"])
    page.get_by_label(words["new"], exact=True).fill("another long passphrase")
    page.get_by_label(words["repeat"]).fill("another long passphrase")
    page.get_by_role("button", name=words["set"]).click()
    expect(page.get_by_role("alert")).to_contain_text(words["used"])
    expect(page.get_by_role("link", name=words["ask_again"])).to_be_visible()
    assert_translated(page, language)
    assert not page.js_errors
    context.close()


def test_reset_screens_are_accessible(browser, live_server):
    context = phone_context(browser, live_server, locale="sr-Latn", bypass_csp=True)  # axe-core
    page = open_app(context)
    page.goto("/#/forgot-password")
    expect(page.locator("h1")).to_have_text(TEXT["sr"]["forgot_title"])
    page.get_by_role("button", name=TEXT["sr"]["send"]).click()
    expect(page.locator(".field-error")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "forgot-password-sr")
    page.goto("/#/reset-password?token=not-a-real-token")
    expect(page.locator("h1")).to_have_text(TEXT["sr"]["reset_title"])
    page.wait_for_function("() => document.activeElement?.tagName === 'H1'")
    assert axe_violations(page) == []
    screenshot(page, "reset-password-sr")
    assert not page.js_errors
    # Opened without a link's token: where to get one.
    bare = open_app(context, "/#/reset-password")
    expect(bare.get_by_role("link", name=TEXT["sr"]["ask_again"])).to_be_visible()
    assert not bare.js_errors
    context.close()
