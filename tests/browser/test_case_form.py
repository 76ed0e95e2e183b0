"""The form that opens a detention case (issue 18, items 3 and 4): every error is said beside its
field, in the user's language, and the first is brought into view wherever the user is on the
page; an empty value is refused, never saved as EUR 0.00; the server's refusals land beside the
field they are about. What is typed is a draft kept on the phone for its user: across a change
of language and an expired session followed by a new sign-in, never shown to another user, and
deleted when its user signs out."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    api_sign_in,
    app_text,
    axe_violations,
    fresh_totp,
    open_app,
    phone_context,
    screenshot,
    use_session,
)
from tests.browser.text_check import assert_readable

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

OWNER = "Tregtia Besa SH.P.K."


def account(demo, role):
    return next(a for a in demo["accounts"] if a["role"] == role)


@pytest.fixture(scope="module")
def officer(live_server, demo):
    return api_sign_in(live_server, account(demo, "officer"))


@pytest.fixture(scope="module")
def supervisor(live_server, demo):
    return api_sign_in(live_server, account(demo, "supervisor"))


def new_case_form(browser, live_server, session, lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context)
    use_session(page, session)
    page.goto("/#/case/new")
    page.wait_for_selector(".item-row")
    return page


def error_beside(page, control):
    """The error message said beside a control (its aria-describedby names it)."""
    return page.evaluate(
        """(selector) => {
            const control = document.querySelector(selector);
            const ids = (control.getAttribute('aria-describedby') || '').split(' ');
            const error = ids.map((id) => document.getElementById(id))
                .find((el) => el?.classList.contains('field-error'));
            return error ? error.textContent : null;
        }""",
        control,
    )


def in_view(page, selector) -> bool:
    return page.evaluate(
        """(selector) => { const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight; }""",
        selector,
    )


def draft_of(page, user_id):
    """The user's draft of the form, read through the app's own module."""
    return page.evaluate(
        "(user) => import('/js/drafts.js').then((m) => m.loadDraft(user, 'case-new'))", user_id
    )


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_each_error_is_said_beside_its_field_and_the_first_is_brought_into_view(
    browser, live_server, officer, lang
):
    page = new_case_form(browser, live_server, officer, lang)
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    submit = page.locator("form button[type=submit]")
    submit.scroll_into_view_if_needed()  # the user is at the bottom of a long form
    submit.click()

    expect(page.locator("[role=alert]")).to_have_text(app_text(page, "form.checkFields", count=6))
    required = app_text(page, "form.required")
    assert error_beside(page, "[name=place_description]") == required
    assert error_beside(page, "[name=owner_name]") == required
    assert error_beside(page, ".item-row [name=description]") == required
    assert error_beside(page, ".item-row [name=quantity]") == required
    # An empty value is a mistake to correct, never EUR 0.00.
    value_error = app_text(page, "caseNew.valueRequired")
    assert error_beside(page, ".item-row [name=value_eur]") == value_error
    expect(page.locator("#case-legal-basis-error")).to_have_text(
        app_text(page, "caseNew.legalBasisMissing"))
    # The first mistake is on screen with the keyboard focus on it, not at the top of the page.
    assert page.evaluate("() => document.activeElement.name") == "place_description"
    assert in_view(page, "[name=place_description]")
    assert posts == []
    if lang != "en":
        assert_readable(page, lang, "new case form with errors")
    assert axe_violations(page) == []
    if lang == "en":
        screenshot(page, "case-form-errors")

    # Everything but the value: only the value is said to be missing, and nothing is sent.
    page.fill("[name=place_description]", "Market Arbëria Qendra, Sheshi Nëna Terezë 3")
    page.select_option("[name=place_municipality]", "prishtine")
    page.fill("[name=owner_name]", OWNER)
    page.fill(".item-row [name=description]", "Cigarettes without excise stamps")
    page.fill(".item-row [name=quantity]", "3")
    page.select_option(".item-row [name=unit]", "carton")
    page.select_option(".item-row [name=category]", "cigarettes")
    page.locator("#basis-2").check()
    submit.click()
    expect(page.locator("[role=alert]")).to_have_text(app_text(page, "form.checkFields", count=1))
    assert page.evaluate("() => document.activeElement.name") == "value_eur"
    assert error_beside(page, "[name=owner_name]") is None
    assert posts == []

    # The server's refusals: a serial that is no stamp's, a description too long for the record.
    page.fill(".item-row [name=value_eur]", "105")
    page.fill(".item-row [name=serials]", "not-a-serial")
    page.fill(".item-row [name=description]", "x" * 501)
    with page.expect_response("**/api/v1/cases") as answer:
        submit.click()
    assert answer.value.status == 422
    # A server's refusal also carries its request id, for a report to be matched to the log.
    alert = page.locator("[role=alert]")
    expect(alert).to_contain_text(app_text(page, "form.checkFields", count=1))
    expect(alert).to_contain_text(answer.value.headers["x-request-id"])
    message = answer.value.json()["errors"]["json"]["items"]["0"]["description"][0]
    assert error_beside(page, ".item-row [name=description]") == message
    assert page.evaluate("() => document.activeElement.name") == "description"
    if lang != "en":
        assert "Longer than" not in message  # marshmallow's English, translated by the server
        assert_readable(page, lang, "new case form refused by the server", allow=("x" * 501,))

    page.fill(".item-row [name=description]", "Cigarettes without excise stamps")
    with page.expect_response("**/api/v1/cases") as answer:
        submit.click()
    refusal = answer.value.json()
    assert answer.value.status == 422 and refusal["errors"] == {"items.0.serials": ["not-a-serial"]}
    assert error_beside(page, ".item-row [name=serials]") == refusal["message"]
    assert page.evaluate("() => document.activeElement.name") == "serials"

    page.fill(".item-row [name=serials]", "")
    submit.click()
    page.wait_for_url(re.compile(r"#/case/\d+$"))
    # The quantity as it was entered, in words, with the cigarettes it holds.
    expected = {"en": "3 cartons (600 cigarettes)", "sq": "3 kartonë (600 cigare)",
                "sr": "3 šteke (600 cigareta)"}[lang]
    expect(page.locator(".item-list")).to_contain_text(expected)
    assert draft_of(page, officer["user"]["id"]) is None  # the case is open: no draft left
    page.context.close()


def until(condition, page, timeout_s: float = 5.0):
    """Wait for `condition()` (a read of the page's storage), looking every 100 ms."""
    for _ in range(int(timeout_s * 10)):
        if condition():
            return
        page.wait_for_timeout(100)
    assert condition()


def sign_in_here(page, demo, role="officer"):
    """The sign-in screen, whatever the language (the next screen is the one asked for)."""
    user = account(demo, role)
    page.fill("input[name=email]", user["email"])
    page.fill("input[name=password]", user["password"])
    page.fill("input[name=otp]", fresh_totp(user["totp_secret"]))
    page.locator("form button[type=submit]").click()


def test_a_draft_survives_a_language_switch_and_an_expired_session_for_its_user_only(
    browser, live_server, demo, officer, supervisor
):
    page = new_case_form(browser, live_server, officer, "sq")
    user_id = officer["user"]["id"]
    page.fill("[name=place_description]", "Rruga e Dëshmorëve 7")
    page.fill("[name=owner_name]", OWNER)
    page.fill(".item-row [name=description]", "Raki pa banderolë")
    page.fill(".item-row [name=quantity]", "12")
    page.select_option(".item-row [name=unit]", "bottle")
    page.fill(".item-row [name=value_eur]", "96")
    page.locator("#basis-0").check()

    # Another language at once (the draft is written when the screen is left): the same form.
    page.goto("/#/settings")
    page.select_option("select[name=language]", "sr")
    page.goto("/#/case/new")
    expect(page.locator("[name=owner_name]")).to_have_value(OWNER)
    expect(page.locator(".item-row [name=value_eur]")).to_have_value("96")
    expect(page.locator("#basis-0")).to_be_checked()
    expect(page.locator(".notice-info")).to_have_count(0)  # nothing to announce

    # The session ends while the officer works: the case is not lost, a sign-in is offered.
    page.evaluate("""() => { const s = JSON.parse(localStorage.getItem('bi.session'));
        localStorage.setItem('bi.session', JSON.stringify({...s, access_token: 'ended'})); }""")
    page.locator("form button[type=submit]").click()
    expect(page.locator("[role=alert]")).to_contain_text(app_text(page, "login.expiredKept"))
    page.locator("[role=alert] a").click()
    sign_in_here(page, demo)
    page.wait_for_url(re.compile(r"#/case/new$"))
    expect(page.locator("[name=owner_name]")).to_have_value(OWNER)
    expect(page.locator(".item-row [name=unit]")).to_have_value("bottle")
    expect(page.locator(".notice-info")).to_contain_text(
        app_text(page, "caseNew.discardDraft"))
    assert_readable(page, "sr", "new case form with its draft restored")
    screenshot(page, "case-form-draft-sr")
    signed_in_again = page.evaluate("() => JSON.parse(localStorage.getItem('bi.session'))")

    # A shared phone: another user never sees it.
    use_session(page, supervisor)
    page.goto("/#/scan")
    page.goto("/#/case/new")
    expect(page.locator("[name=owner_name]")).to_have_value("")

    # Its user signs out: the draft is gone from the phone.
    use_session(page, signed_in_again)
    page.goto("/#/scan")
    page.goto("/#/case/new")
    expect(page.locator("[name=owner_name]")).to_have_value(OWNER)
    page.goto("/#/login")
    page.locator(".button-row button").click()  # sign out
    expect(page.locator("input[name=email]")).to_be_visible()
    until(lambda: draft_of(page, user_id) is None, page)
    page.context.close()


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_an_ended_session_on_the_cases_page_offers_to_sign_in_again(
    browser, live_server, officer, lang
):
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context)
    use_session(page, {**officer, "access_token": "ended"})
    page.goto("/#/cases")
    expect(page.locator("h1")).to_have_text(app_text(page, "login.required"))
    expect(page.locator("main")).to_contain_text(app_text(page, "login.expired"))
    link = page.locator("main a.button-primary")
    assert link.get_attribute("href") == f"#/login?next={'%23%2Fcases'}"
    assert_readable(page, lang, "cases after the session ended")
    context.close()
