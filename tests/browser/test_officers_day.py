"""The officer's targets with their map and the supervisor's dashboard (issue 21), in Albanian
and Serbian: every text written for people (tests/browser/text_check.py), no serious axe-core
violation, no request leaving the server (no tile server, no CDN); the targets open offline
from what the phone kept; the dashboard prints. Screenshots in docs/screenshots/."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    api_sign_in,
    axe_violations,
    open_app,
    phone_context,
    screenshot,
    use_session,
)
from tests.browser.text_check import unreadable_text

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PRIZREN = {"latitude": 42.2139, "longitude": 20.7397}


def account(demo, role):
    return next(a for a in demo["accounts"] if a["role"] == role)


@pytest.fixture(scope="module")
def sessions(live_server, demo):
    return {role: api_sign_in(live_server, account(demo, role))
            for role in ("officer", "supervisor")}


def phone(browser, live_server, lang, session):
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True,
                            geolocation=PRIZREN, permissions=["geolocation"])
    page = open_app(context)
    use_session(page, session)
    elsewhere: list[str] = []
    page.on("request", lambda request: elsewhere.append(request.url)
            if not request.url.startswith(live_server) and not request.url.startswith("data:")
            else None)
    return context, page, elsewhere


def settled(page):
    page.wait_for_function("() => !document.querySelector('main').innerText.includes('…')")
    page.wait_for_timeout(300)


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_officers_targets_list_route_and_map_read_in_the_language(
    browser, live_server, sessions, lang
):
    context, page, elsewhere = phone(browser, live_server, lang, sessions["officer"])
    page.goto("/#/targets?here=1")
    expect(page.locator(".target").first).to_be_visible()
    settled(page)
    # Premises in Prizren, where the demo's suspicious scans are, come first.
    expect(page.locator(".target").first).to_contain_text("Prizren")
    expect(page.locator(".route-list li")).not_to_have_count(0)
    # The map: Kosovo's outline, the premises and the route, drawn without any tile server.
    expect(page.locator(".leaflet-container")).to_be_visible()
    expect(page.locator(".leaflet-overlay-pane path")).not_to_have_count(0)
    assert page.locator(".leaflet-tile").count() == 0
    assert elsewhere == []
    assert unreadable_text(page, lang) == []
    assert axe_violations(page) == []
    screenshot(page, f"targets-{lang}")

    # Offline: the list and the map as they were.
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    expect(page.locator(".leaflet-container")).to_be_visible()
    context.set_offline(True)
    page.goto("/#/scan")
    page.goto("/#/targets")
    expect(page.locator(".target").first).to_be_visible()
    expect(page.locator("main")).to_contain_text(
        page.evaluate("() => import('/js/i18n.js').then((m) => m.t('targets.offline', "
                      "{time: ''}).split(':')[0])"))
    expect(page.locator(".leaflet-overlay-pane path")).not_to_have_count(0)
    settled(page)
    assert unreadable_text(page, lang) == []
    screenshot(page, f"targets-offline-{lang}")
    context.close()


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_supervisors_dashboard_reads_in_the_language_and_prints(
    browser, live_server, sessions, lang
):
    context, page, elsewhere = phone(browser, live_server, lang, sessions["supervisor"])
    page.goto("/#/dashboard")
    expect(page.locator(".dashboard-section").first).to_be_visible()
    settled(page)
    expect(page.locator(".chart canvas").first).to_be_visible()
    assert page.locator(".dashboard-section").count() == 6
    assert elsewhere == []
    assert unreadable_text(page, lang) == []
    assert axe_violations(page) == []
    screenshot(page, f"dashboard-{lang}")
    with page.expect_download() as download:
        page.locator(".dashboard-section button").nth(2).click()  # cases by status
    assert download.value.suggested_filename.startswith("cases_by_status-")
    page.emulate_media(media="print")
    assert not page.locator("#tabbar").is_visible()
    assert not page.locator("form").is_visible()
    context.close()
