"""An error from the server shows, under its message, the reference of the request (its
X-Request-Id), which a user can quote so that the server's log line is found."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import axe_violations, open_app, phone_context

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

REFERENCE = {"en-GB": "Reference: ", "sq-XK": "Referenca: ", "sr-Latn-RS": "Referenca: "}


@pytest.mark.parametrize("locale", list(REFERENCE))
def test_a_refused_sign_in_shows_the_requests_reference(browser, live_server, locale):
    context = phone_context(browser, live_server, locale=locale, bypass_csp=True)  # for axe-core
    try:
        page = open_app(context, "/#/login")
        page.fill("input[name=email]", "nobody@dogana.example")
        page.fill("input[name=password]", "not the password")
        with page.expect_response("**/api/v1/auth/login") as answer:
            page.click("form button[type=submit]")
        assert answer.value.status == 401
        request_id = answer.value.headers["x-request-id"]
        assert re.fullmatch(r"[0-9a-f]{32}", request_id)

        error = page.locator(".notice-error")
        expect(error.locator(".error-reference")).to_have_text(REFERENCE[locale] + request_id)
        message = error.locator("span").first
        expect(message).not_to_be_empty()
        assert request_id not in message.inner_text()  # the words stay the words
        assert axe_violations(page) == []
        assert page.js_errors == []
    finally:
        context.close()


def test_no_reference_without_an_answer(browser, live_server):
    """Offline there is no request the server saw, so nothing to refer to."""
    context = phone_context(browser, live_server)
    try:
        page = open_app(context, "/#/login")
        context.set_offline(True)
        page.fill("input[name=email]", "nobody@dogana.example")
        page.fill("input[name=password]", "not the password")
        page.click("form button[type=submit]")
        expect(page.locator(".notice-error")).to_be_visible()
        expect(page.locator(".error-reference")).to_have_count(0)
    finally:
        context.close()
