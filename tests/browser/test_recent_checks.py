"""Checks made offline: every queued scan's server verdict reaches the consumer, an invalid one is
never hidden by a later genuine one, and the list of recent checks keeps each final verdict."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    app_text,
    enter_code,
    open_app,
    phone_context,
    screenshot,
    wait_for_offline_readiness,
)
from tests.browser.text_check import assert_readable

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


def demo_code(demo, expect, reason=None):
    return next(
        c
        for c in demo["codes"]
        if c["expect"] == expect and (reason is None or c.get("reason") == reason)
    )


def check_offline(page, text):
    enter_code(page, text)
    page.locator(".verdict-authentic, .verdict-unchecked").wait_for()


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_a_revoked_stamp_checked_offline_is_not_hidden_by_a_later_genuine_one(
    browser, live_server, demo, lang
):
    revoked = demo_code(demo, "invalid", "revoked")
    genuine = demo_code(demo, "genuine")
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context)
    wait_for_offline_readiness(page)

    context.set_offline(True)
    check_offline(page, revoked["text"])  # offline, only the signature: it is authentic
    check_offline(page, genuine["text"])
    context.set_offline(False)

    # The genuine stamp's result is on screen and upgrades itself; the revoked one is announced
    # in a message that stays until closed, naming it and its verdict.
    page.locator(".verdict-genuine").wait_for(timeout=15000)
    announcement = page.locator("#toast.toast-visible.toast-sticky")
    expect(announcement).to_contain_text(revoked["serial"], timeout=15000)
    expect(announcement).to_contain_text(app_text(page, "verdict.invalid"))
    assert genuine["serial"] not in announcement.inner_text()
    assert_readable(page, lang, "announcement after the network returned")

    announcement.locator("a").click()
    page.locator(".verdict-invalid").wait_for()
    assert page.locator("[data-reason=revoked]").count() == 1
    assert revoked["serial"] in page.locator(".product-card").inner_text()
    assert page.locator(".verdict-explanation").inner_text() == app_text(
        page, "verdict.invalid.explain"
    )

    page.goto("/#/checks")
    rows = page.locator(".check-row")
    expect(rows).to_have_count(2)
    assert rows.nth(0).get_attribute("data-kind") == "genuine"
    assert rows.nth(1).get_attribute("data-kind") == "invalid"
    assert revoked["serial"] in rows.nth(1).inner_text()
    assert app_text(page, "checks.checkedLater") in rows.nth(1).inner_text()
    assert_readable(page, lang, "recent checks")
    screenshot(page, "checks" if lang == "en" else f"checks-{lang}")
    assert not page.js_errors


def test_verdicts_arriving_elsewhere_are_summarised_worst_first(browser, live_server, demo):
    """Away from the result screen, several verdicts come as one summary of all of them, the
    worst named first, linking to the list, where each is flagged new."""
    revoked = demo_code(demo, "invalid", "revoked")
    genuine = demo_code(demo, "genuine")
    typed = demo_code(demo, "suspicious", "serial_only")
    context = phone_context(browser, live_server)
    page = open_app(context)
    wait_for_offline_readiness(page)
    context.set_offline(True)
    for code in (genuine, revoked, typed):
        check_offline(page, code["text"])
    page.goto("/#/settings")
    expect(page.locator("main")).to_contain_text("3 items are waiting to be sent")

    context.set_offline(False)
    announcement = page.locator("#toast.toast-visible")
    expect(announcement).to_have_text(
        re.compile(r"Full verdicts of 3 checks made offline: Invalid: 1, Suspicious: 1, "
                   r"Genuine: 1\. See the list\."),
        timeout=15000,
    )
    announcement.locator("a").click()
    expect(page).to_have_url(re.compile(r"#/checks$"))
    rows = page.locator(".check-row")
    expect(rows).to_have_count(3)
    assert [rows.nth(i).get_attribute("data-kind") for i in range(3)] == [
        "suspicious", "invalid", "genuine"
    ]
    assert page.locator(".check-new").count() == 3
    expect(announcement).to_be_hidden()

    # Seen once: coming back, nothing is flagged new any more.
    page.goto("/#/scan")
    page.goto("/#/checks")
    expect(page.locator(".check-row")).to_have_count(3)
    assert page.locator(".check-new").count() == 0
    assert not page.js_errors
