"""Every consumer screen, in Albanian and in Serbian, reads as that language: no English sentence,
raw message key, code, slug, JSON, ISO date or "undefined" (tests/browser/text_check.py). The
screens: scan, the result of each kind of verdict online and offline, recent checks, report,
allowances with results and notes (online and offline), settings and the board."""

from __future__ import annotations

import pytest

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    enter_code,
    open_app,
    phone_context,
    wait_for_offline_readiness,
)
from tests.browser.text_check import unreadable_text

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

# What people type is theirs to read back: it is not the app's text.
TYPED = ("hello world", "CG19-000000001")


def allowances_answer(page):
    page.goto("/#/allowances")
    page.wait_for_selector(".item-row")
    page.fill("input[name=age]", "16")
    page.locator(".item-row select[name=kind]").select_option("cigars")
    page.fill(".item-row input[name=quantity]", "60")
    page.locator("form .button-row button").first.click()  # add goods
    rows = page.locator(".item-row")
    rows.nth(1).locator("select[name=kind]").select_option("perfume")
    rows.nth(1).locator("select[name=unit]").select_option("ml")
    rows.nth(1).locator("input[name=quantity]").fill("75")
    page.locator("form button[type=submit]").click()
    page.locator(".allowance-results").wait_for()


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_no_consumer_screen_shows_english_or_raw_codes(browser, live_server, demo, lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context)
    wait_for_offline_readiness(page)
    problems: dict[str, list[str]] = {}

    def look(screen):
        page.wait_for_timeout(200)  # let the focus move and live regions settle
        found = unreadable_text(page, lang, allow=TYPED)
        if found:
            problems[screen] = found

    for code in demo["codes"]:
        if code.get("reason") == "sale_window":
            continue  # test_officer.py counts every scan of that stamp; its verdict is suspicious
        enter_code(page, code["text"])
        page.locator(".verdict").wait_for()
        look(f"result {code['expect']} {code.get('reason', '')}")
    for typed in TYPED:
        enter_code(page, typed)
        page.locator(".verdict-unrecognised").wait_for()
        look(f"result of {typed!r}")
    for route in ("scan", "checks", "report", "settings", "board"):
        page.goto(f"/#/{route}")
        page.wait_for_timeout(300)
        look(route)
    page.goto("/#/board")
    page.wait_for_selector(".notice-card")
    look("board with notices")
    allowances_answer(page)
    look("allowances with results and notes")

    context.set_offline(True)
    genuine = next(c for c in demo["codes"] if c["expect"] == "genuine")
    tampered = next(c for c in demo["codes"] if c.get("reason") == "signature_invalid")
    for text, shown in [(genuine["text"], ".verdict-authentic"),
                        (tampered["text"], ".verdict-invalid"),
                        ("CG26-000000012", ".verdict-unchecked"),
                        ("hello world", ".verdict-unrecognised")]:
        enter_code(page, text)
        page.locator(shown).wait_for()
        look(f"offline result {shown}")
    for route in ("checks", "settings", "board", "inspection"):
        page.goto(f"/#/{route}")
        page.wait_for_timeout(300)
        look(f"offline {route}")
    page.goto("/#/report")
    page.fill("textarea[name=description]", "x")
    page.locator("form button[type=submit]").click()
    page.locator(".notice-ok").wait_for()
    look("report saved offline")
    allowances_answer(page)
    look("allowances computed offline")

    page.goto("/#/settings")
    context.set_offline(False)
    page.wait_for_selector("#toast.toast-visible", timeout=15000)
    look("settings with the announcement of the verdicts")
    page.goto("/#/checks")
    look("recent checks after the network returned")
    assert problems == {}
    assert not page.js_errors
