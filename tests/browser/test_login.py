"""The sign-in form: the code field always there, and one translated message for every refused
sign-in, whatever was wrong (issue 17: a right password without its code had its own)."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from app.i18n import translate
from tests.browser import pwa
from tests.browser.pwa import fresh_totp, open_app, phone_context

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

LOCALES = {"sq": "sq-XK", "sr": "sr-Latn"}


def refusal(page, email, password, code=None) -> str:
    """Submit the form; the message of the alert the refused sign-in shows (without the
    request's reference, which is each request's own)."""
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.fill("input[name=otp]", code or "")
    with page.expect_response("**/api/v1/auth/login") as answer:
        page.locator("form button[type=submit]").click()
    assert answer.value.status == 401
    alert = page.get_by_role("alert")
    expect(alert).to_be_visible()
    expect(page.locator("form button[type=submit]")).to_be_enabled()
    return alert.locator("span").first.inner_text()


@pytest.mark.parametrize("language", list(LOCALES))
def test_the_form_offers_the_code_field_and_refuses_in_one_message(
    browser, live_server, demo, language
):
    admin = next(a for a in demo["accounts"] if a["role"] == "admin")
    context = phone_context(browser, live_server, locale=LOCALES[language])
    page = open_app(context, "/#/login")
    code = page.locator("input[name=otp]")
    expect(code).to_be_visible()
    expect(code).to_be_editable()

    messages = {
        # The admin has enrolled TOTP: the right password alone must not be told apart.
        "right password, no code": refusal(page, admin["email"], admin["password"]),
        "wrong password": refusal(page, admin["email"], "not the password at all"),
        "wrong password, right code": refusal(page, admin["email"], "not the password at all",
                                              fresh_totp(admin["totp_secret"])),
        "unknown email": refusal(page, "nobody@demo.banderola.example", admin["password"]),
    }
    assert set(messages.values()) == {translate("accounts.login_failed", language)}, messages
    assert page.evaluate("() => localStorage.getItem('bi.session')") is None
    expect(code).to_be_visible()
    assert not page.js_errors
    context.close()

    # Three failures counted towards the admin's lockout: a good sign-in starts the count anew.
    body = json.dumps({"email": admin["email"], "password": admin["password"],
                       "otp": fresh_totp(admin["totp_secret"])}).encode()
    request = urllib.request.Request(f"{live_server}/api/v1/auth/login", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
