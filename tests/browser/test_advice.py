"""Advice beside a verdict (issue 18 "Many phones, one stamp", issue 17 item 6): a genuine stamp
whose code anonymous phones claimed from seven towns stays GENUINE on the consumer's screen,
with a separate line asking to compare the product and report it, in Albanian and Serbian."""

from __future__ import annotations

import json
import urllib.request

import pytest
from sqlalchemy import create_engine

from app.stamps import codes
from app.stamps.keys import ensure_signing_key
from tests.browser import pwa
from tests.browser.pwa import LOCALES, app_text, enter_code, open_app, phone_context, screenshot
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

TOWNS = [(42.6629, 21.1655), (42.2139, 20.7397), (42.3702, 21.1553), (42.6593, 20.2887),
         (42.8914, 20.8660), (42.4635, 21.4694), (42.3803, 20.4308)]


@pytest.fixture(scope="module")
def poisoned(server_instance, live_server, demo):
    """A signed code of the demo's first batch that no other test uses, scanned anonymously
    with invented positions in seven towns, minutes apart, each with another user agent."""
    instance, env = server_instance
    first = codes.parse_serial(next(c for c in demo["codes"] if c["expect"] == "genuine")["serial"])
    serial = codes.Serial(first.series, first.number + 40)
    engine = create_engine(env["DATABASE_URL"])
    kid, key = ensure_signing_key(engine, instance / "keys")
    engine.dispose()
    text = codes.qr_text("https://e-banderola.example/v/", serial, kid,
                         codes.sign(key, kid, serial))
    for index, (lat, lon) in enumerate(TOWNS):
        request = urllib.request.Request(
            f"{live_server}/api/v1/verifications",
            data=json.dumps({"code": text, "lat": lat, "lon": lon, "accuracy_m": 10}).encode(),
            headers={"Content-Type": "application/json", "User-Agent": f"Forged/{index}"},
        )
        with urllib.request.urlopen(request) as answer:
            assert answer.status == 201
    return text


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_anonymous_claims_are_advice_beside_a_genuine_verdict(browser, live_server, poisoned,
                                                             lang):
    page = open_app(phone_context(browser, live_server, locale=LOCALES[lang]))
    enter_code(page, poisoned)
    page.locator(".verdict-genuine").wait_for()
    advice = page.locator(".advice")
    advice.wait_for()
    assert advice.locator("h2").inner_text() == app_text(page, "result.advice")
    assert advice.locator("[data-reason=clone_suspected]").count() == 1
    assert page.locator(".verdict-explanation").inner_text() == app_text(
        page, "verdict.genuine.explain")
    assert page.locator("#why-heading").count() == 0  # nothing against the stamp itself
    assert_readable(page, lang, "genuine with advice")
    screenshot(page, f"result-genuine-advice-{lang}")
    assert not page.js_errors
