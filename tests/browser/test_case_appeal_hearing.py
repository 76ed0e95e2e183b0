"""The supervisor's appeal form records how the Independent Review Board hears an appeal (a
closed or an open session, said in words) and the day the Customs was notified of it, asked only
for the Board; a notification before the appeal was lodged is refused beside its field, in the
user's language, with nothing written; once recorded, the case screen names the Customs' written
answer due to a closed hearing, 30 days after the notification (Art. 291(7)). Read in sq and sr
with the text check; a screenshot of the form with that refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import LOCALES, app_text, open_app, phone_context, screenshot, use_session
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
def test_the_supervisor_lodges_a_board_appeal_heard_in_a_closed_session(
    browser, live_server, sessions, lang  # noqa: F811
):
    case = extension_review_upheld(live_server, sessions)
    today = dt.date.today()
    on = lambda n: (today + dt.timedelta(days=n)).isoformat()  # noqa: E731
    path = f"/api/v1/cases/{case['id']}"

    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context)
    use_session(page, sessions["supervisor"])
    page.goto(f"/#/case/{case['id']}")
    answer_due = app_text(page, "deadline.extension_board_response_due_on")
    assert answer_due and answer_due != "deadline.extension_board_response_due_on"
    expect(page.locator(".deadlines")).not_to_contain_text(answer_due)

    lodge = page.locator("details[data-action=appeal]")
    lodge.locator("summary").click()
    expect(lodge.locator("select[name=of]")).to_have_value("extension")
    hearing = lodge.locator("select[name=hearing]")
    notified = lodge.locator("input[name=notified_on]")
    # a court appeal has no hearing of the Board: the fields are not asked
    lodge.locator("select[name=level]").select_option("court")
    expect(hearing).to_be_hidden()
    expect(notified).to_be_hidden()
    lodge.locator("select[name=level]").select_option("board")
    expect(hearing).to_be_visible()
    # nothing said until the supervisor chooses; each choice in words
    expect(hearing).to_have_value("")
    for value in ("closed", "open"):
        expect(hearing.locator(f"option[value={value}]")).to_have_text(
            app_text(page, f"hearing.{value}"))
    hearing.select_option("closed")
    # not in the future, not before the appeal was lodged (today, the form's default)
    lodged = lodge.locator("input[name=lodged_on]").input_value()
    assert lodged == on(0)
    expect(notified).to_have_attribute("max", on(0))
    expect(notified).to_have_attribute("min", lodged)

    # the server refuses a notification before the lodging, beside the field, nothing written
    notified.fill(on(-1))
    lodge.locator("button[type=submit]").click()
    error = lodge.locator(".field-error")
    expect(error).to_have_count(1)
    expect(lodge.locator(".field", has=page.locator("input[name=notified_on]")).locator(
        ".field-error")).to_be_visible()
    expect(lodge.locator(".hint")).to_have_text(app_text(page, "hearing.hint"))
    lodge.locator("select[name=level]").scroll_into_view_if_needed()
    assert_readable(page, lang, "appeal form: notification before the lodging", allow=TYPED)
    screenshot(page, f"case-appeal-hearing-{lang}")
    assert call(live_server, sessions["supervisor"], "GET", path)["appeals"] == []

    notified.fill(on(0))
    lodge.locator("button[type=submit]").click()

    expect(page.locator(".timeline")).to_contain_text(app_text(page, "history.appeal_lodged"))
    answer = call(live_server, sessions["supervisor"], "GET", path)
    assert [(a["of"], a["level"], a["hearing"], a["notified_on"]) for a in answer["appeals"]] == [
        ("extension", "board", "closed", on(0))]
    assert answer["deadlines"]["extension_board_response_due_on"] == on(30)
    dates = page.locator(".deadlines")
    entry = dates.locator("dt", has_text=answer_due)
    expect(entry).to_have_count(1)
    due = page.evaluate(
        "(day) => import('/js/i18n.js').then((m) => m.formatDate(day))", on(30))
    expect(dates.locator("dt", has_text=answer_due).locator("xpath=following-sibling::dd[1]")
           ).to_contain_text(due)
    dates.scroll_into_view_if_needed()
    assert_readable(page, lang, "case dates after a closed hearing was recorded", allow=TYPED)
    assert not page.js_errors
    context.close()
