"""The supervisor's home screen (issue 19): the cases screen opens with the work queue, what is
due in the next 7 days on every case, in words and the language's dates, in sq and sr."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import LOCALES, api_sign_in, app_text, open_app, phone_context, use_session
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


def account(demo, role):
    return next(a for a in demo["accounts"] if a["role"] == role)


def open_case(base_url: str, session: dict, detained_on: dt.date) -> dict:
    body = {
        "detained_on": detained_on.isoformat(),
        "place": {"description": "Dyqani, Rruga e Dëshmorëve 7", "municipality": "mitrovice-jug"},
        "owner": {"kind": "legal", "name": "Tregtia Besa SH.P.K."},
        "items": [{"kind": "goods", "description": "Cigare pa banderola", "quantity": 20,
                   "unit": "carton", "value_eur": 700, "category": "cigarettes"}],
        "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
    }
    request = urllib.request.Request(
        f"{base_url}/api/v1/cases", method="POST", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json",
                 "Authorization": f"Bearer {session['access_token']}"})
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read())


@pytest.fixture(scope="module")
def urgent_case(live_server, demo):
    officer = api_sign_in(live_server, account(demo, "officer"))
    # Detained 27 days ago (Kosovo's today is the server's; a day's slack either way is fine):
    # the last day to extend is within the week.
    return open_case(live_server, officer, dt.date.today() - dt.timedelta(days=27))


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_supervisor_sees_what_is_due_first_in_words(browser, live_server, demo, urgent_case,
                                                       lang):
    supervisor = api_sign_in(live_server, account(demo, "supervisor"))
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context)
    use_session(page, supervisor)
    page.goto("/#/cases")
    queue = page.locator(".due-list")
    expect(queue).to_be_visible()
    entry = queue.locator("li", has_text=urgent_case["number"]).first
    expect(entry).to_contain_text(app_text(page, "due.extend_or_decide"))
    heading = app_text(page, "due.title", days=7)
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    assert_readable(page, lang, "work queue")
    context.close()
