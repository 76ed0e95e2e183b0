"""The text check itself (text_check.py) finds what it promises and nothing on a clean screen."""

from __future__ import annotations

import pytest

from tests.browser import pwa
from tests.browser.pwa import LOCALES, open_app, phone_context
from tests.browser.text_check import unreadable_text

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

LEAKS = {
    "English (error.network)": "No network. Try again when you are online.",
    "English (nav.settings)": "Settings",
    "English (travellers.note.under_17)": "No relief for tobacco or alcohol for travellers under "
    "17 (Art. 46(2)); the whole quantity is dutiable.",
    "message key": "verdict.suspicious.explain",
    "slug": "fushe-kosove",
    "slug (prishtine)": "Rruga e Dëshmorëve 3, prishtine",
    "code (held)": "Stanje: held · Market Arbëria",
    "code": "partly_relieved",
    "JSON": '{"verdict": "genuine"}',
    "ISO date": "2026-12-05T10:00:00Z",
    "not a value": "undefined",
    "not a value (nullnull)": "nullnull",
}


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_check_finds_each_kind_of_leak_and_passes_a_clean_screen(browser, live_server, lang):
    page = open_app(phone_context(browser, live_server, locale=LOCALES[lang]))
    assert unreadable_text(page, lang) == []
    for kind, leak in LEAKS.items():
        page.evaluate(
            "(text) => { const p = document.createElement('p'); p.className = 'leak';"
            " p.textContent = text; document.querySelector('main').append(p); }",
            leak,
        )
        found = unreadable_text(page, lang)
        name, _, detail = kind.partition(" (")
        assert any(problem.startswith(name) and (not detail or detail.rstrip(")") in problem)
                   for problem in found), (kind, found)
        page.evaluate("() => document.querySelector('.leak').remove()")
    # What the person typed may be allowed back.
    page.evaluate("() => document.querySelector('main').append('hello-world-typed')")
    assert unreadable_text(page, lang, allow=("hello-world-typed",)) == []
