"""The supervisor's case screen: a request for review names the decision it is about, among
those the case has (the seizure, the detention, an extension), with the dates the law leaves for
it, decided on the same screen (the owner's last day for the Board then shown) and appealed to
the Board; a decision names the things it is about, ticked by default, so that one thing of two
is returned and the other stays detained (Art. 251(11), (13), 291(1)-(6)). Read in sq and sr
with the text check; screenshots of both forms."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    api_sign_in,
    app_text,
    open_app,
    phone_context,
    screenshot,
    use_session,
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

CIGARETTES, VAN = "Cigare pa banderola", "Furgon i bardhë"
REASONS = "Automjeti nuk ka lidhje me kundërvajtjen."
TYPED = (CIGARETTES, VAN, REASONS)


def account(demo, role):
    return next(a for a in demo["accounts"] if a["role"] == role)


@pytest.fixture(scope="module")
def sessions(live_server, demo):
    return {role: api_sign_in(live_server, account(demo, role))
            for role in ("officer", "supervisor")}


def call(base_url: str, session: dict, method: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"{base_url}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json",
                 "Authorization": f"Bearer {session['access_token']}"})
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read())


def extended_case(base_url: str, sessions: dict) -> tuple[dict, dt.date]:
    """Cigarettes and the van they were in, detained five days ago; detention extended the next
    day, the notice handed to the owner."""
    today = dt.date.today()
    detained, extended = today - dt.timedelta(days=5), today - dt.timedelta(days=4)
    case = call(base_url, sessions["officer"], "POST", "/api/v1/cases", {
        "detained_on": detained.isoformat(),
        "place": {"description": "Pika kufitare Jarinjë", "municipality": "leposaviq"},
        "owner": {"kind": "legal", "name": "Transporti Besa SH.P.K."},
        "items": [
            {"kind": "goods", "description": CIGARETTES, "quantity": 40, "unit": "carton",
             "value_eur": 1400, "category": "cigarettes"},
            {"kind": "vehicle", "description": VAN, "quantity": 1, "unit": "piece",
             "value_eur": 9000},
        ],
        "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
    })
    call(base_url, sessions["supervisor"], "POST", f"/api/v1/cases/{case['id']}/extensions", {
        "days": 30, "reason": "Analiza laboratorike e banderolave.",
        "decided_on": extended.isoformat(),
        "notification": {"method": "hand", "sent_on": extended.isoformat(),
                         "recipient": "Transporti Besa SH.P.K."}})
    return case, extended


def extension_review_upheld(base_url: str, sessions: dict) -> dict:
    """An extended case whose owner asked, three days ago, for a review of the extension, upheld
    the next day with its receipt: the Board appeal's window is open."""
    case, _ = extended_case(base_url, sessions)
    on = lambda n: (dt.date.today() + dt.timedelta(days=n)).isoformat()  # noqa: E731
    path = f"/api/v1/cases/{case['id']}"
    review = call(base_url, sessions["officer"], "POST", f"{path}/reviews",
                  {"requested_on": on(-3), "of": "extension"})
    call(base_url, sessions["supervisor"], "POST", f"{path}/reviews/{review['id']}/decision",
         {"outcome": "upheld", "decided_on": on(-2), "received_on": on(-2),
          "reasons": "Analiza laboratorike nuk ka përfunduar."})
    return case


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_the_supervisor_asks_a_review_of_the_extension_and_returns_one_thing_of_two(
    browser, live_server, sessions, lang
):
    case, extended = extended_case(live_server, sessions)
    cigarettes, van = (item["id"] for item in case["items"])
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context)
    use_session(page, sessions["supervisor"])
    page.goto(f"/#/case/{case['id']}")

    review = page.locator("details[data-action=request_review]")
    review.locator("summary").click()
    of = review.locator("select[name=of]")
    # the case has a detention and an extension, no seizure yet
    expect(of.locator("option")).to_have_count(2)
    expect(of.locator("option[value=extension]")).to_have_text(app_text(page, "reviewOf.extension"))
    of.select_option("extension")
    # no earlier than the extension, no later than today
    expect(review.locator("input[name=requested_on]")).to_have_attribute("min",
                                                                          extended.isoformat())
    review.scroll_into_view_if_needed()
    assert_readable(page, lang, "request for review of an extension", allow=TYPED)
    screenshot(page, f"case-review-of-{lang}")
    review.locator("button[type=submit]").click()
    expect(page.locator(".timeline")).to_contain_text(app_text(page, "history.review_requested"))
    reviews = call(live_server, sessions["supervisor"], "GET", f"/api/v1/cases/{case['id']}")[
        "reviews"]
    assert [(r["of"], r["requested_on"]) for r in reviews] == [
        ("extension", dt.date.today().isoformat())]

    # the review of the extension decided, its receipt given: the owner's day for the Board
    decision = page.locator("details[data-action=decide_review]")
    decision.locator("summary").click()
    expect(decision.locator("select[name=of] option")).to_have_count(1)
    expect(decision.locator("select[name=of]")).to_have_value("extension")
    decision.locator("select[name=outcome]").select_option("upheld")
    decision.locator("textarea[name=reasons]").fill(REASONS)
    decision.locator("input[name=received_on]").fill(dt.date.today().isoformat())
    decision.locator("button[type=submit]").click()
    expect(page.locator(".deadlines")).to_contain_text(
        app_text(page, "deadline.extension_board_appeal_due_on"))
    reviews = call(live_server, sessions["supervisor"], "GET", f"/api/v1/cases/{case['id']}")[
        "reviews"]
    assert [(r["of"], r["outcome"]) for r in reviews] == [("extension", "upheld")]

    # the owner appeals that decision to the Board: recorded as an appeal about the extension
    lodge = page.locator("details[data-action=appeal]")
    lodge.locator("summary").click()
    expect(lodge.locator("select[name=of]")).to_have_value("extension")
    lodge.locator("select[name=level]").select_option("board")
    lodge.locator("button[type=submit]").click()
    expect(page.locator(".timeline")).to_contain_text(app_text(page, "history.appeal_lodged"))
    appeals = call(live_server, sessions["supervisor"], "GET", f"/api/v1/cases/{case['id']}")[
        "appeals"]
    assert [(a["of"], a["level"]) for a in appeals] == [("extension", "board")]

    decide = page.locator("details[data-action=decide]")
    decide.locator("summary").click()
    decide.locator("select[name=outcome]").select_option("return")
    decide.locator("textarea[name=reasons]").fill(REASONS)
    boxes = decide.locator("input[type=checkbox][name=item_ids]")
    expect(boxes).to_have_count(2)
    for index in range(2):
        expect(boxes.nth(index)).to_be_checked()
    decide.locator(f"input[type=checkbox][value='{cigarettes}']").uncheck()
    decide.locator(".item-choice").scroll_into_view_if_needed()
    page.evaluate("() => document.getElementById('toast').classList.remove('toast-visible')")
    assert_readable(page, lang, "decision on one thing of two", allow=TYPED)
    screenshot(page, f"case-items-{lang}")
    decide.locator("button[type=submit]").click()

    items = page.locator(".item-list li")
    expect(items.filter(has_text=VAN).locator(".status")).to_have_text(
        app_text(page, "status.returned"))
    expect(items.filter(has_text=CIGARETTES).locator(".status")).to_have_text(
        app_text(page, "status.detained"))
    expect(page.locator(".case-status .status")).to_have_text(app_text(page, "status.detained"))
    assert_readable(page, lang, "case after one thing returned", allow=TYPED)
    answer = call(live_server, sessions["supervisor"], "GET", f"/api/v1/cases/{case['id']}")
    assert {item["id"]: item["status"] for item in answer["items"]} == {
        cigarettes: "detained", van: "returned"}
    assert [d["item_ids"] for d in answer["decisions"]] == [[van]]
    assert not page.js_errors
    context.close()
