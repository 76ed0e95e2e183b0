"""The consumer's product card says how often and where the stamp was scanned before."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import enter_code, open_app, phone_context

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PRIZREN = {"latitude": 42.2139, "longitude": 20.7397}


def test_result_says_where_the_stamp_was_scanned_before(browser, live_server, demo):
    code = [c for c in demo["codes"] if c["expect"] == "genuine"][-1]
    context = phone_context(browser, live_server, geolocation=PRIZREN, permissions=["geolocation"])
    page = open_app(context)
    page.evaluate("() => localStorage.setItem('bi.shareLocation', '1')")  # the consumer opts in
    history = page.locator(".product-card dt:text-is('Scanned before') + dd")

    enter_code(page, code["text"])
    expect(page.locator(".product-card")).to_be_visible()
    enter_code(page, code["text"])
    page.wait_for_url(re.compile(r"#/result/[\w-]+$"))
    expect(history).to_have_text(re.compile(r"^(once|\d+ times): (.+ \(\d+\), )*Prizren \(\d+\)"))
    assert not page.js_errors
    context.close()
