"""Without network every button either works or says why not: "Send now", "Update the keys", the
Officer tab of a consumer who never signed in, and screens that need the server."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    app_text,
    enter_code,
    open_app,
    phone_context,
    wait_for_offline_readiness,
)
from tests.browser.text_check import assert_readable

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_settings_buttons_say_why_they_cannot_work_offline(browser, live_server, demo, lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context)
    wait_for_offline_readiness(page)
    context.set_offline(True)

    def send_now():
        return page.get_by_role("button", name=app_text(page, "settings.sendNow"))

    queue_status = page.locator(".card p[role=status]").first
    keys_status = page.locator(".card p[role=status]").nth(1)

    page.goto("/#/settings")
    send_now().click()
    expect(queue_status).to_have_text(app_text(page, "settings.nothingToSend"))

    genuine = next(c for c in demo["codes"] if c["expect"] == "genuine")
    enter_code(page, genuine["text"])
    page.locator(".verdict-authentic").wait_for()
    page.goto("/#/settings")
    send_now().click()
    expect(queue_status).to_have_text(app_text(page, "settings.sendOffline"))

    page.get_by_role("button", name=app_text(page, "settings.refreshKeys")).click()
    expect(keys_status).to_contain_text(app_text(page, "error.network"))
    expect(keys_status).to_contain_text(app_text(page, "settings.keysKept"))
    assert_readable(page, lang, "settings offline")

    # Online again, the same buttons do their work and say so.
    context.set_offline(False)
    page.reload()
    page.wait_for_selector("html[data-ready]")
    page.get_by_role("button", name=app_text(page, "settings.refreshKeys")).click()
    expect(keys_status).to_have_text(app_text(page, "settings.keysUpdated"))
    expect(page.locator("main")).to_contain_text(app_text(page, "settings.nothingQueued"))
    assert not page.js_errors


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_officer_tab_and_the_board_offline_for_a_consumer(browser, live_server, lang):
    """A consumer who never signed in taps the Officer tab with no network: the sign-in screen's
    invitation, not an error; the board says there is no network, in words."""
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context)
    wait_for_offline_readiness(page)
    context.set_offline(True)
    page.reload()
    page.wait_for_selector("html[data-ready]")

    page.locator("#tabbar a[data-route=officer]").click()
    expect(page.locator("h1")).to_have_text(app_text(page, "login.required"))
    expect(page.locator("#tabbar a[aria-current=page]")).to_have_attribute("data-route", "officer")
    page.locator("main a.button").click()
    expect(page.locator("h1")).to_have_text(app_text(page, "login.title"))
    for name in ("cases", "stamp/CG26-000000001", "case/new"):
        page.goto(f"/#/{name}")
        expect(page.locator("h1")).to_have_text(app_text(page, "login.required"))

    page.goto("/#/board")
    expect(page.locator("main [role=alert]")).to_have_text(app_text(page, "error.network"))
    assert_readable(page, lang, "board offline")
    assert not page.js_errors
