"""The traveller allowance calculator: every answer explains itself (age 16, age 200), items are
numbered 1..n, and without network the phone computes the same answer by the same rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.pwa import (
    LOCALES,
    app_text,
    open_app,
    phone_context,
    screenshot,
    wait_for_offline_readiness,
)
from tests.browser.text_check import assert_readable

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


def fill_item(page, index, kind, quantity, unit, **details):
    row = page.locator(".item-row").nth(index)
    row.locator("select[name=kind]").select_option(kind)
    row.locator("select[name=unit]").select_option(unit)
    row.locator("input[name=quantity]").fill(quantity)
    for name, value in details.items():
        row.locator(f"input[name={name}]").fill(value)


def add_item(page):
    page.get_by_role("button", name=app_text(page, "allowances.add")).click()


def calculate(page):
    page.locator("form button[type=submit]").click()


def answer(page) -> list[dict]:
    """Each item of the answer as shown: status, amounts, and the codes of its notes."""
    return page.evaluate("""() => [...document.querySelectorAll('.allowance-item')].map((item) => ({
        text: [...item.querySelectorAll('strong, dd')].map((el) => el.innerText).join(' | '),
        notes: [...item.querySelectorAll('[data-note]')].map((el) => el.dataset.note),
    }))""")


def general_notes(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll(
        '.allowance-results > section [data-note]')].map((el) => el.dataset.note)""")


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_every_answer_explains_itself(browser, live_server, lang):
    page = open_app(phone_context(browser, live_server, locale=LOCALES[lang]))
    page.goto("/#/allowances")
    page.fill("input[name=age]", "16")
    fill_item(page, 0, "cigarettes", "2", "carton")
    calculate(page)
    page.locator(".allowance-results").wait_for()
    item = page.locator(".allowance-item")
    expect(item).to_have_count(1)
    expect(item.locator("[data-note=under_17]")).to_have_count(1)
    assert item.locator("[data-note=under_17]").inner_text().strip()
    assert "17" in item.locator("[data-note=under_17]").inner_text()
    assert_readable(page, lang, "allowances, age 16")

    # Age 200 is refused on the phone, at the age field, saying what is allowed.
    sent = []
    page.on("request", lambda r: sent.append(r) if "allowances/check" in r.url else None)
    page.fill("input[name=age]", "200")
    calculate(page)
    age = page.locator("input[name=age]")
    expect(age).to_have_attribute("aria-invalid", "true")
    error = page.locator(".field-error")
    expect(error).to_have_text(app_text(page, "allowances.error.age_range", max=130))
    assert "130" in error.inner_text()
    expect(age).to_be_focused()
    assert sent == []
    assert_readable(page, lang, "allowances, age 200")
    assert not page.js_errors


def test_items_are_numbered_from_one_and_renumbered(browser, live_server):
    page = open_app(phone_context(browser, live_server))
    page.goto("/#/allowances")
    legends = page.locator(".item-row legend")
    expect(legends).to_have_text(["Item 1"])
    add_item(page)
    add_item(page)
    expect(legends).to_have_text(["Item 1", "Item 2", "Item 3"])
    page.locator(".item-row").nth(1).get_by_role("button", name="Remove").click()
    expect(legends).to_have_text(["Item 1", "Item 2"])
    page.goto("/#/scan")
    page.goto("/#/allowances")
    expect(legends).to_have_text(["Item 1"])
    assert not page.js_errors


JOURNEY = [  # a traveller's luggage, one line per item: kind, quantity, unit, details
    ("cigarettes", "150", "piece", {}),
    ("cigars", "30", "piece", {}),
    ("spirits", "2", "bottle", {"volume_ml": "700"}),
    ("other", "1", "piece", {"value_eur": "900"}),
    ("other", "2", "piece", {"value_eur": "160"}),
]


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_offline_the_phone_gives_the_servers_answer(browser, live_server, lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context)
    wait_for_offline_readiness(page)
    page.goto("/#/allowances")
    page.fill("input[name=age]", "30")
    for index, (kind, quantity, unit, details) in enumerate(JOURNEY):
        if index:
            add_item(page)
        fill_item(page, index, kind, quantity, unit, **details)
    with page.expect_response("**/api/v1/allowances/check") as online:
        calculate(page)
    assert online.value.ok
    page.locator(".allowance-results").wait_for()
    assert page.locator(".allowance-results .notice").count() == 0
    from_server = answer(page)
    server_notes = general_notes(page)
    assert [item["notes"][-1] for item in from_server] == [
        "within_limit", "allowance_shared", "limit_exceeded", "other_item_over_limit",
        "other_relieved",
    ]
    assert server_notes == ["assortment_order", "other_goods_combination", "guidance_only"]
    if lang == "en":
        screenshot(page, "allowances-notes")

    context.set_offline(True)
    calculate(page)
    expect(page.locator(".allowance-results .notice")).to_have_text(
        app_text(page, "allowances.computedOffline")
    )
    assert answer(page) == from_server
    assert general_notes(page) == server_notes
    assert_readable(page, lang, "allowances computed offline")
    if lang == "en":
        screenshot(page, "allowances-offline")
    assert not page.js_errors


@pytest.mark.parametrize(
    ("lang", "entered", "dutiable", "note"),
    [("en", "3 cartons (600 cigarettes)", "400 cigarettes", "400 pieces."),
     ("sq", "3 kartonë (600 cigare)", "400 cigare", "400 copë."),
     ("sr", "3 šteke (600 cigareta)", "400 cigareta", "400 komada.")],
)
def test_quantities_are_said_in_the_unit_entered_and_in_words(
    browser, live_server, lang, entered, dutiable, note
):
    """Issue 18: 3 cartons came back as "200 pieces / 400 pieces" and a note "400 pc..";
    now the item says what was entered, and every amount is a word in its plural form."""
    page = open_app(phone_context(browser, live_server, locale=LOCALES[lang]))
    page.goto("/#/allowances")
    page.fill("input[name=age]", "30")
    fill_item(page, 0, "cigarettes", "3", "carton")
    calculate(page)
    item = page.locator(".allowance-item")
    expect(item.locator("h3")).to_contain_text(entered)
    expect(item.locator("dd.dutiable")).to_have_text(dutiable)
    assert item.locator("[data-note=limit_exceeded]").inner_text().endswith(note)
    assert_readable(page, lang, "allowances, 3 cartons")
