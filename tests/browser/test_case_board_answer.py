"""The supervisor's case screen lists, among the case's dates, the Customs' written answer to a
closed hearing of the Independent Review Board on an appeal about the review of an extension
(Art. 291(7)), by its name in sq and sr, read with the text check."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import LOCALES, app_text, open_app, phone_context, use_session
from tests.browser.test_case_review_of import (  # noqa: F401
    TYPED,
    call,
    extension_review_upheld,
    sessions,
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_case_screen_names_the_answer_due_to_a_closed_board_hearing_on_an_extension(
    browser, live_server, sessions, lang  # noqa: F811
):
    case = extension_review_upheld(live_server, sessions)
    today = dt.date.today()
    on = lambda n: (today + dt.timedelta(days=n)).isoformat()  # noqa: E731
    path = f"/api/v1/cases/{case['id']}"
    call(live_server, sessions["supervisor"], "POST", f"{path}/appeals",
         {"level": "board", "lodged_on": on(-1), "of": "extension", "hearing": "closed",
          "notified_on": on(-1)})
    assert call(live_server, sessions["supervisor"], "GET", path)["deadlines"][
        "extension_board_response_due_on"] == on(29)

    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context)
    use_session(page, sessions["supervisor"])
    page.goto(f"/#/case/{case['id']}")
    label = app_text(page, "deadline.extension_board_response_due_on")
    assert label and label != "deadline.extension_board_response_due_on"
    expect(page.locator(".deadlines")).to_contain_text(label)
    page.locator(".deadlines").scroll_into_view_if_needed()
    assert_readable(page, lang, "case dates with the answer due to the Board", allow=TYPED)
    assert not page.js_errors
    context.close()
