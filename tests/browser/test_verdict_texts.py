"""What a verdict says follows from the reasons given: a typed serial is never called authentic, a
revoked stamp is not "authentic but never activated", and a typing mistake is not a counterfeit
(it is not a stamp serial: check what you typed and try again)."""

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
    screenshot,
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


def explanation(page) -> str:
    return page.locator(".verdict-explanation").inner_text()


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_each_verdict_explains_what_its_reasons_say(browser, live_server, demo, lang):
    page = open_app(phone_context(browser, live_server, locale=LOCALES[lang]))

    # A serial typed by hand: suspicious because nothing proves the stamp authentic.
    typed = demo_code(demo, "suspicious", "serial_only")
    enter_code(page, typed["serial"])
    page.locator(".verdict-suspicious").wait_for()
    assert explanation(page) == app_text(page, "verdict.suspicious.serialOnly.explain")
    assert_readable(page, lang, "suspicious, typed serial")
    if lang == "en":
        assert "authentic, but" not in page.locator("main").inner_text()
        screenshot(page, "result-suspicious-typed")

    # A signed code, authentic but not activated: the explanation may say so.
    enter_code(page, demo_code(demo, "suspicious", "not_activated")["text"])
    page.locator(".verdict-suspicious").wait_for()
    assert explanation(page) == app_text(page, "verdict.suspicious.explain")

    # Revoked and never activated: invalid, and nothing calls it authentic.
    enter_code(page, demo_code(demo, "invalid", "revoked")["text"])
    page.locator(".verdict-invalid").wait_for()
    # (Other tests' scans may add findings, e.g. custody_mismatch: the two are always there.)
    expect(page.locator("[data-reason=revoked]")).to_have_count(1)
    assert page.locator("[data-reason=not_activated]").count() == 1
    if lang == "en":
        assert "authentic" not in page.locator("main").inner_text().lower()
    assert_readable(page, lang, "invalid, revoked")


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_a_typing_mistake_is_not_a_counterfeit(browser, live_server, demo, lang):
    page = open_app(phone_context(browser, live_server, locale=LOCALES[lang]))
    do_not_buy = app_text(page, "verdict.invalid.explain")

    for typed, key in [
        ("hello world", "unrecognised.typed.explain"),  # malformed_code
        ("XX26-000000001", "unrecognised.typed.explain"),  # no such series: malformed_code
        ("CG19-000000001", "unrecognised.notIssued.explain"),  # a series, never issued
    ]:
        enter_code(page, typed)
        page.locator(".verdict-unrecognised").wait_for()
        assert explanation(page) == app_text(page, key)
        assert do_not_buy not in page.locator("main").inner_text()
        assert typed in page.locator(".result").inner_text()
        assert_readable(page, lang, f"unrecognised {typed}", allow=(typed,))

    # Try again: back on the scan screen with the text ready to correct.
    page.get_by_role("button", name=app_text(page, "result.retry")).click()
    field = page.locator(".manual-form input[name=code]")
    expect(field).to_have_value("CG19-000000001")
    expect(field).to_be_focused()

    # A signed code that was never issued is no typing mistake: it stays invalid.
    enter_code(page, demo_code(demo, "invalid", "not_issued")["text"])
    page.locator(".verdict-invalid").wait_for()
    assert explanation(page) == do_not_buy
    assert not page.js_errors
