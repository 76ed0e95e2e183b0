"""Two-step sign-in enrolment in the PWA: a new officer signs in with the password alone, sets up
TOTP from the key on the screen, keeps the ten recovery codes, and later signs in with one of
them, which then no longer works."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import axe_violations, fresh_totp, open_app, phone_context, screenshot

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PASSWORD = "correct horse battery staple"
SECRET_GROUPS = re.compile(r"^[A-Z2-7]{4}( [A-Z2-7]{1,4})*$")
RECOVERY_CODE = re.compile(r"^[a-z0-9]{5}-[a-z0-9]{5}$")


def create_officer(server_instance) -> str:
    """A new officer without TOTP, made with the CLI against the live server's database."""
    _instance, env = server_instance
    email = f"enrol-{uuid.uuid4().hex[:8]}@dogana.example"
    done = subprocess.run(
        [
            BIN / "flask",
            "--app",
            "wsgi",
            "users",
            "create",
            "--email",
            email,
            "--role",
            "officer",
            "--name",
            "Test Officer",
        ],
        cwd=ROOT,
        env=env,
        input=f"{PASSWORD}\n",
        text=True,
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    assert "must enrol TOTP" in done.stdout
    return email


def sign_in(page, email, code=None):
    page.goto("/#/login")
    expect(page.locator("h1")).to_have_text("Sign in")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    if code is not None:
        page.fill("input[name=otp]", code)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page):
    page.goto("/#/login")
    page.get_by_role("button", name="Sign out").click()
    expect(page.locator("h1")).to_have_text("Sign in")


def heading_has_focus(page, text):
    expect(page.locator("h1")).to_have_text(text)
    page.wait_for_function("() => document.activeElement?.tagName === 'H1'")


def enrol(page) -> list[str]:
    """On the enrolment screen: type the code of the key shown, return the recovery codes."""
    shown = page.locator(".secret").inner_text()
    assert SECRET_GROUPS.match(shown), shown
    page.get_by_label("Six-digit code shown by the app").fill(
        fresh_totp(shown.replace(" ", ""))
    )
    page.get_by_role("button", name="Confirm").click()
    heading_has_focus(page, "Save your recovery codes")
    expect(page.locator(".recovery-code")).to_have_count(10)
    codes = page.locator(".recovery-code").all_inner_texts()
    assert len(set(codes)) == 10 and all(RECOVERY_CODE.match(code) for code in codes), codes
    expect(page.get_by_text("They are shown only this once.")).to_be_visible()
    return codes


def test_enrol_then_sign_in_with_a_recovery_code_once(browser, live_server, server_instance):
    # The app's own CSP (no bypass): the QR code is a data: image and must still load.
    context = phone_context(browser, live_server)
    page = open_app(context)
    email = create_officer(server_instance)

    sign_in(page, email)
    page.wait_for_url(re.compile(r"#/enrol$"))
    heading_has_focus(page, "Set up two-step sign-in")
    qr = page.locator("img.qr")
    expect(qr).to_have_attribute("src", re.compile(r"^data:image/svg\+xml"))
    page.wait_for_function("() => document.querySelector('img.qr').complete")
    assert qr.evaluate("img => img.naturalWidth") > 0
    expect(
        page.get_by_role("link", name="Open in the authenticator app on this phone")
    ).to_have_attribute("href", re.compile(r"^otpauth://totp/"))

    # A wrong code is refused, said in an alert, and the same key stays on the screen.
    secret = page.locator(".secret").inner_text()
    page.get_by_label("Six-digit code shown by the app").fill("12345")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("alert")).to_contain_text("six digits")
    wrong = next(
        c
        for c in ("000000", "999999")
        if not pyotp.TOTP(secret.replace(" ", "")).verify(c, valid_window=1)
    )
    page.get_by_label("Six-digit code shown by the app").fill(wrong)
    page.get_by_role("button", name="Confirm").click()
    # ... and a well-formed but wrong one is refused by the server.
    expect(page.get_by_role("alert")).to_contain_text("current 6-digit code")
    expect(page.locator(".secret")).to_have_text(secret)
    codes = enrol(page)
    expect(page.locator(".secret")).to_have_count(0)  # the key is shown no more

    page.get_by_role("button", name="I have saved them").click()
    page.wait_for_url(re.compile(r"#/inspection$"))
    expect(page.get_by_role("button", name="Find premises near me")).to_be_visible()
    session = page.evaluate("() => JSON.parse(localStorage.getItem('bi.session'))")
    assert session["scope"] == "full" and session["user"]["mfa_enabled"] is True

    # Later: without the phone, a recovery code signs in, typed in capitals and without the hyphen.
    sign_out(page)
    sign_in(page, email, codes[0].upper().replace("-", ""))
    page.wait_for_url(re.compile(r"#/inspection$"))
    expect(page.get_by_role("button", name="Find premises near me")).to_be_visible()

    # The same code a second time is refused; the form stays.
    sign_out(page)
    sign_in(page, email, codes[0])
    expect(page.get_by_role("alert")).to_be_visible()
    assert page.url.endswith("#/login")
    assert page.evaluate("() => localStorage.getItem('bi.session')") is None

    # Another recovery code still works, and so does the app's code.
    sign_in(page, email, codes[1])
    page.wait_for_url(re.compile(r"#/inspection$"))
    sign_out(page)
    sign_in(page, email, fresh_totp(secret.replace(" ", "")))
    page.wait_for_url(re.compile(r"#/inspection$"))
    assert not page.js_errors
    context.close()


def test_enrolment_screen_is_accessible(browser, live_server, server_instance):
    context = phone_context(browser, live_server, bypass_csp=True)  # for axe-core only
    page = open_app(context)
    email = create_officer(server_instance)
    sign_in(page, email)
    page.wait_for_url(re.compile(r"#/enrol$"))
    heading_has_focus(page, "Set up two-step sign-in")
    page.wait_for_function("() => document.querySelector('img.qr')?.complete")
    assert axe_violations(page) == []
    screenshot(page, "enrol")
    secret = page.locator(".secret").inner_text()

    # An officer screen asks for the enrolment first; a refused call (403 mfa_required) brings
    # the enrolment screen back, with the same key (it is not replaced behind the user's back).
    page.goto("/#/cases")
    expect(page.locator("h1")).to_have_text("Set up two-step sign-in first")
    page.goto("/#/board")
    expect(page.locator("h1")).to_have_text(
        "Notices of Seizure"
    )  # public calls go without the limited token
    page.evaluate("""async () => {
        const { api } = await import('/js/api.js');
        await api.cases().catch(() => null);
    }""")
    page.wait_for_url(re.compile(r"#/enrol$"))
    expect(page.locator(".secret")).to_have_text(secret)

    enrol(page)
    assert axe_violations(page) == []
    screenshot(page, "enrol-codes")
    assert not page.js_errors
    context.close()
