"""Every main screen: no serious or critical axe-core violations, a phone screenshot, and the
weight of the app shell."""

from __future__ import annotations

import pytest

from tests.browser import pwa
from tests.browser.pwa import (
    axe_violations,
    enter_code,
    open_app,
    phone_context,
    screenshot,
    wait_for_offline_readiness,
)

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

SHELL_BUDGET_BYTES = 150 * 1024


def genuine(demo):
    return next(c for c in demo["codes"] if c["expect"] == "genuine")


def invalid(demo):
    return next(c for c in demo["codes"] if c["expect"] == "invalid")


def show_scan(page, demo):
    page.goto("/#/scan")


def show_result_genuine(page, demo):
    enter_code(page, genuine(demo)["text"])
    page.locator(".verdict-genuine").wait_for()


def show_result_invalid(page, demo):
    enter_code(page, invalid(demo)["text"])
    page.locator(".verdict-invalid").wait_for()


def show_result_unrecognised(page, demo):
    enter_code(page, "hello world")
    page.locator(".verdict-unrecognised").wait_for()


def show_checks(page, demo):
    enter_code(page, genuine(demo)["text"])
    page.locator(".verdict-genuine").wait_for()
    enter_code(page, invalid(demo)["text"])
    page.locator(".verdict-invalid").wait_for()
    page.goto("/#/checks")
    page.locator(".check-row").nth(1).wait_for()


def show_report(page, demo):
    page.goto("/#/report")


def show_board(page, demo):
    page.goto("/#/board")
    page.wait_for_function("() => !document.querySelector('main').innerText.includes('…')")


def show_allowances(page, demo):
    page.goto("/#/allowances")
    page.wait_for_function("() => document.activeElement.tagName === 'H1'")
    page.fill("input[name=age]", "30")
    page.fill("input[name=quantity]", "2")
    page.select_option("select[name=unit]", "carton")
    with page.expect_response("**/api/v1/allowances/check"):
        page.locator("form button[type=submit]").click()
    page.locator(".allowance-results").wait_for()


def show_settings(page, demo):
    page.goto("/#/settings")


def show_login(page, demo):
    page.goto("/#/login")


SCREENS = {
    "scan": show_scan,
    "result-genuine": show_result_genuine,
    "result-invalid": show_result_invalid,
    "result-unrecognised": show_result_unrecognised,
    "checks": show_checks,
    "report": show_report,
    "board": show_board,
    "allowances": show_allowances,
    "settings": show_settings,
    "login": show_login,
}


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_is_accessible_and_photographed(browser, live_server, demo, name, lang):
    context = phone_context(
        browser,
        live_server,
        locale={"sq": "sq-XK", "sr": "sr-Latn", "en": "en-GB"}[lang],
        bypass_csp=True,
    )  # lets add_script_tag inject axe-core
    page = open_app(context)
    SCREENS[name](page, demo)
    # The screen moves the focus to its heading once rendered (a busy machine may take a while;
    # fails after 5 s if it never does); the allowance calculator takes the reader to its
    # answer, below the form.
    heading = "H2" if name == "allowances" else "H1"
    page.wait_for_function(f"() => document.activeElement.tagName === '{heading}'", timeout=5000)
    page.wait_for_timeout(300)  # let the toast settle before axe and the screenshot
    violations = axe_violations(page)
    if lang == "en":
        screenshot(page, name)
    elif name in ("scan", "result-genuine"):
        screenshot(page, f"{name}-{lang}")
    assert violations == [], violations
    assert not page.js_errors


def test_app_shell_transfers_under_150_kb(browser, live_server):
    """First visit: every byte the page and its service worker fetch over the network (bodies as
    sent, so compressed if the server compresses, plus headers), except the QR decoder."""
    context = phone_context(browser, live_server)
    sizes: dict[str, int] = {}

    def record(response):
        path = response.url.split(live_server, 1)[-1]
        if path.startswith("/node_modules/") or path.startswith("/api/"):
            return
        try:
            size = response.request.sizes()
        except Exception:  # the body of a failed fetch
            return
        if response.status == 200 and size["responseBodySize"] == 0:
            return  # served from the HTTP cache (the service worker re-reading what the page got)
        sizes[f"{response.request.method} {path} #{len(sizes)}"] = (
            size["responseBodySize"] + size["responseHeadersSize"]
        )

    context.on("response", record)
    page = open_app(context)
    wait_for_offline_readiness(page)
    page.wait_for_timeout(500)
    total = sum(sizes.values())
    print(
        f"\napp shell first visit: {len(sizes)} responses, {total} bytes ({total / 1024:.1f} KiB)"
    )
    assert total < SHELL_BUDGET_BYTES, sorted(sizes.items(), key=lambda item: -item[1])[:10]
