"""The operator's verification report (#/portal-report) against the real server, in sq and sr:
consumers scan one of the demo importer's genuine stamps in Prishtinë and in Prizren; the
company's administrator opens the report from the portal's home and sees the scans of the last
30 days as a chart (uPlot, fetched only on this screen) with a table of the same figures, the
verdicts, the municipalities and products in words, the finding on the serial with the
municipalities where it was scanned, downloads the CSV; a window over a year is refused beside
the field before anything is asked. Readable in the language, axe clean, CSP kept."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    api_sign_in,
    app_text,
    axe_violations,
    open_app,
    phone_context,
    screenshot,
    use_session,
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PRISHTINE = (42.6629, 21.1655)
PRIZREN = (42.2128, 20.7392)
NAMES = {"sq": {"prishtine": "Prishtinë"}, "sr": {"prishtine": "Priština"}}


def verify(base: str, code: str, where: tuple[float, float]) -> dict:
    request = urllib.request.Request(
        f"{base}/api/v1/verifications", method="POST",
        data=json.dumps({"code": code, "lat": where[0], "lon": where[1]}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


@pytest.fixture(scope="module")
def scanned(live_server, demo):
    """A genuine stamp of the demo importer (operator@demo) scanned 6 times in Prishtinë and 6
    in Prizren (a possible copy: one stamp cannot be in both), and another once."""
    operator = next(a for a in demo["accounts"] if a["email"].startswith("operator@"))
    genuine = [c for c in demo["codes"] if c["expect"] == "genuine" and "/" in c["text"]]
    code = genuine[0]
    for where in [PRISHTINE] * 6 + [PRIZREN] * 6:
        verify(live_server, code["text"], where)
    verify(live_server, genuine[1]["text"], PRISHTINE)
    return {"operator": operator, "serial": code["serial"]}


def checked(page, lang: str, screen: str, name: str | None = None) -> None:
    assert_readable(page, lang, screen)
    assert axe_violations(page) == [], screen
    if name:
        screenshot(page, f"{name}-{lang}")


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_report_shows_scans_places_and_findings(browser, live_server, scanned, lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True,
                            accept_downloads=True)
    page = open_app(context, "/#/settings")
    use_session(page, api_sign_in(live_server, scanned["operator"]))
    page.goto("/#/portal")
    page.get_by_role("link", name=app_text(page, "portal.reportLink")).click()
    expect(page.locator("h1")).to_have_text(app_text(page, "report.portalTitle"))
    expect(page.locator(".chart[data-drawn] canvas")).to_have_count(1)

    # The chart's figures in a table: 30 days, today last, with the 13 scans.
    days = page.locator(".chart-table tbody tr")
    expect(days).to_have_count(30)
    page.locator(".chart-table summary").click()
    tally = page.locator(".report-tally dd").first
    scans = int(tally.inner_text().replace(".", "").replace("\u00a0", "").replace(" ", ""))
    assert scans >= 13
    # Municipalities by name, never the slug; the finding on the serial, in words, with where.
    places = page.locator("#places-heading ~ .table-wrap tbody")
    expect(places).to_contain_text(NAMES[lang]["prishtine"])
    finding = page.locator(f".finding:has-text('{scanned['serial']}')").first
    expect(finding).to_be_visible()
    reason = finding.get_attribute("data-reason")
    assert reason in ("clone_suspected", "scanned_by_many", "custody_mismatch")
    expect(finding).to_contain_text(app_text(page, f"report.finding.{reason}"))
    expect(finding.locator(".places")).to_contain_text(NAMES[lang]["prishtine"])
    expect(finding.locator(".places")).to_contain_text("Prizren")
    page.evaluate("window.scrollTo(0, 0)")
    checked(page, lang, "operator's report", "portal-report")
    page.evaluate("document.getElementById('days-heading').scrollIntoView()")
    screenshot(page, f"portal-report-chart-{lang}")
    page.locator("#findings-heading").scroll_into_view_if_needed()
    checked(page, lang, "operator's report, findings", "portal-report-findings")

    # Printed: the tables and the chart without the app's bars, buttons and the window's form.
    page.emulate_media(media="print")
    for hidden in (".tabbar", ".app-header", "#report-window", "#report-csv"):
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.locator(".chart canvas")).to_be_visible()
    expect(page.locator("#places-heading ~ .table-wrap table")).to_be_visible()
    page.emulate_media(media="screen")

    # The same figures as CSV.
    with page.expect_download() as download:
        page.locator("#report-csv").click()
    lines = download.value.path().read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("section,date,municipality"), lines[:2]
    assert any(line.startswith("finding,") and scanned["serial"] in line for line in lines)

    # More than a year: said beside the last day, nothing asked.
    page.fill("#report-window input[name=from]", "2024-01-01")
    page.fill("#report-window input[name=to]", "2025-06-30")
    page.locator("#report-window button[type=submit]").click()
    control = page.locator("#report-window input[name=to]")
    expect(control).to_have_attribute("aria-invalid", "true")
    error = page.locator(f"[id='{control.get_attribute('id')}-error']")
    expect(error).to_have_text(app_text(page, "report.tooLong"))
    assert "2024-01-01" not in page.url
    checked(page, lang, "operator's report, window too long")
    context.close()


def test_chart_library_only_on_the_report_and_within_the_csp(browser, live_server, scanned):
    """The consumer's first visit never fetches uPlot; the report draws its chart under the
    server's Content-Security-Policy (no bypass), with no error."""
    context = phone_context(browser, live_server, locale="sq-XK")
    page = open_app(context)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    csp_errors: list[str] = []
    page.on("console", lambda message: csp_errors.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.wait_for_timeout(500)
    assert not [url for url in fetched if "uplot" in url.lower()]
    use_session(page, api_sign_in(live_server, scanned["operator"]))
    page.goto("/#/portal-report")
    expect(page.locator(".chart[data-drawn] canvas")).to_have_count(1)
    assert [url for url in fetched if url.endswith("/node_modules/uplot/dist/uPlot.iife.min.js")]
    assert csp_errors == [] and page.js_errors == []
    context.close()
