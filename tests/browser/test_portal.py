"""The operator's home (#/portal) against the real server, in sq and sr: a registered company is
approved by an admin (through the API), its administrator signs in, enrols TOTP and lands on the
portal; the limits in words; an order over the limit refused beside the quantity with what is
left, one within accepted; once approved, the codes as CSV and PDF; a range attached to a product
and shipped to another company's premises, the server's refusals beside their fields. A
distributor sees no order form but why. Every screen readable in its language, axe clean."""

from __future__ import annotations

import json
import random
import re
import urllib.error
import urllib.request
import uuid

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
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"
LIMIT = 1000


def call(base: str, method: str, path: str, body=None, token: str | None = None):
    headers = {"Content-Type": "application/json", "Accept-Language": "en"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"{base}/api/v1{path}", method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as refusal:
        return refusal.code, json.load(refusal)


def new_gtin() -> str:
    """A GTIN-13 with its check digit (GS1: weights 1 and 3 from the left)."""
    body = f"{random.randrange(10**11, 10**12)}"
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(body))
    return body + str((10 - total % 10) % 10)


@pytest.fixture(scope="module")
def admin_token(live_server, demo):
    admin = next(account for account in demo["accounts"] if account["role"] == "admin")
    return api_sign_in(live_server, admin)["access_token"]


def approved_company(base: str, token: str, kinds: list[str], lang: str) -> dict:
    """A company registered and approved through the API: its administrator's e-mail, its
    operator id and (importers, producers) a cigarettes limit of LIMIT a month, with a product."""
    email = f"portal-{uuid.uuid4().hex[:8]}@kompania.example"
    status, registered = call(base, "POST", "/registrations", {
        "company_name": f"Kompania {uuid.uuid4().hex[:4]}",
        "nui": str(random.randrange(10**8, 10**9)),
        "licence_number": f"LIC-{uuid.uuid4().hex[:8]}", "licence_kinds": kinds,
        "categories": ["cigarettes"],
        "licence_valid_from": "2026-01-01", "licence_valid_to": "2030-12-31",
        "premises": [{"name": "Depoja qendrore", "kind": "warehouse", "address": "Rruga B 4",
                      "municipality": "prishtine"}],
        "contact": {"name": "Arta Krasniqi", "phone": "+383 44 123 456", "email": email},
        "admin": {"email": email, "password": PASSWORD}, "language": lang,
    })
    assert status == 201, registered
    orders = "distributor" not in kinds
    limits = [{"category": "cigarettes", "period": "month", "maximum": LIMIT}] if orders else []
    status, decided = call(base, "POST", f"/registrations/{registered['id']}/decision",
                           {"outcome": "approved", "limits": limits}, token)
    assert status == 200, decided
    company = {"email": email, "operator_id": decided["operator_id"]}
    if orders:
        status, product = call(base, "POST", "/products", {
            "gtin": new_gtin(), "brand": "Drini",
            "name": "Classic 20", "category": "cigarettes", "stick_count": 20,
            "operator_id": company["operator_id"],
        }, token)
        assert status == 201, product
        company["product"] = product
    return company


def sign_in_and_enrol(page, email: str) -> None:
    """The company administrator's first sign-in: password, then TOTP enrolment, then the portal."""
    page.goto("/#/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"#/enrol$"))
    secret = page.locator(".secret").inner_text().replace(" ", "")
    page.fill("input[name=otp]", fresh_totp(secret))
    page.locator("form button[type=submit]").click()
    expect(page.locator(".recovery-code")).to_have_count(10)
    page.get_by_role("button", name=app_text(page, "enrol.saved")).click()
    page.wait_for_url(re.compile(r"#/portal$"))
    expect(page.locator("h1")).to_have_text(app_text(page, "portal.title"))


def error_beside(page, form: str, name: str):
    control = page.locator(f"#{form} [name={name}]")
    expect(control).to_have_attribute("aria-invalid", "true")
    return page.locator(f"[id='{control.get_attribute('id')}-error']")


def checked(page, lang: str, screen: str, name: str | None = None) -> None:
    assert_readable(page, lang, screen)
    assert axe_violations(page) == [], screen
    if name:
        screenshot(page, f"{name}-{lang}")


def translated(page, key: str, params: dict, numbers: tuple[str, ...] = (),
               words: dict[str, str] | None = None) -> str:
    """`t(key, params)` as the app says it, `numbers` formatted and `words` translated first."""
    return page.evaluate("""([key, params, numbers, words]) =>
      import('/js/i18n.js').then(async (m) => {
        await m.loadAllStrings();  // a built app's later screens' strings
        for (const name of numbers) params[name] = m.formatNumber(params[name]);
        for (const [name, word] of Object.entries(words)) params[name] = m.t(word);
        return m.t(key, params);
    })""", [key, params, list(numbers), words or {}])


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_operator_orders_downloads_attaches_and_ships(browser, live_server, admin_token, lang):
    company = approved_company(live_server, admin_token, ["importer"], lang)
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True,
                            accept_downloads=True)
    page = open_app(context)
    sign_in_and_enrol(page, company["email"])

    # The limits in words: the category and the period, never `cigarettes` or `month`.
    row = page.locator("ul.limits li")
    expect(row).to_have_count(1)
    expect(row.locator("h3")).to_have_text(app_text(page, "category.cigarettes"))
    expect(row.locator(".available")).to_contain_text(app_text(page, "portal.period.month"))
    expect(page.locator("#orders-heading ~ ul")).to_contain_text(app_text(page, "portal.noOrders"))
    checked(page, lang, "portal, limits", "portal-limits")

    # Over the limit: 409, said beside the quantity with what is left; nothing ordered.
    page.fill("#order-form input[name=quantity]", "5000")
    page.locator("#order-form button[type=submit]").click()
    over = translated(page, "portal.overLimit", {"count": LIMIT, "limit": LIMIT},
                      numbers=("limit",), words={"period": "portal.period.month"})
    expect(error_beside(page, "order-form", "quantity")).to_have_text(over)
    expect(page.locator("#order-form [role=alert]")).to_be_visible()
    expect(page.locator("li[data-order]")).to_have_count(0)
    page.locator("#order-form").scroll_into_view_if_needed()
    checked(page, lang, "portal, order over the limit", "portal-over-limit")

    # Within the limit: accepted, listed as waiting, the limit shows what is left.
    page.fill("#order-form input[name=quantity]", "400")
    page.locator("#order-form button[type=submit]").click()
    expect(page.locator("#order-form [role=status]")).to_have_text(
        app_text(page, "portal.orderSent"))
    order = page.locator("li[data-order]")
    expect(order).to_have_count(1)
    expect(order.locator(".status")).to_have_text(app_text(page, "portal.orderStatus.pending"))
    left = page.evaluate("import('/js/i18n.js').then((m) => m.formatNumber(600))")
    expect(row.locator(".available strong")).to_have_text(left)
    checked(page, lang, "portal, order sent")

    # The Customs approve it: the batch and its codes.
    order_id = order.get_attribute("data-order")
    status, decided = call(live_server, "POST", f"/orders/{order_id}/decision",
                           {"outcome": "approved"}, admin_token)
    assert status == 200, decided
    batch = decided["batch"]
    page.reload()
    page.wait_for_selector("html[data-ready]")
    order = page.locator("li[data-order]")
    expect(order.locator(".status")).to_have_text(app_text(page, "portal.orderStatus.approved"))
    history = order.locator(".history li")
    expect(history).to_have_count(2)
    expect(history.nth(0)).to_contain_text(app_text(page, "portal.orderStatus.pending"))
    expect(history.nth(1)).to_contain_text(app_text(page, "portal.orderStatus.approved"))
    with page.expect_download() as csv_download:
        order.get_by_role("button", name=app_text(page, "portal.codesCsv")).click()
    lines = csv_download.value.path().read_text(encoding="utf-8").splitlines()
    assert lines[0] == "serial,qr_text" and len(lines) == 401, lines[:3]
    first_serial = f"{batch['series']}-{batch['first']:09d}"
    assert lines[1].startswith(f"{first_serial},"), lines[1]
    with page.expect_download() as pdf_download:
        order.get_by_role("button", name=app_text(page, "portal.codesPdf")).click()
    assert pdf_download.value.path().read_bytes()[:5] == b"%PDF-"
    order.scroll_into_view_if_needed()
    checked(page, lang, "portal, approved order", "portal-orders")

    # Attach a range to the product: outside the batch (the form's check), then accepted, then
    # the same range again, refused by the server (already attached) beside the range.
    form = page.locator("#activation-form")
    form.locator("[name=first]").fill(str(batch["first"]))
    form.locator("[name=last]").fill(str(batch["last"] + 1))
    form.locator("button[type=submit]").click()
    expect(error_beside(page, "activation-form", "last")).to_be_visible()
    form.locator("[name=last]").fill(str(batch["first"] + 99))
    form.locator("button[type=submit]").click()
    expect(form.locator("[role=status]")).to_contain_text(first_serial)
    form.locator("[name=first]").fill(str(batch["first"]))
    form.locator("[name=last]").fill(str(batch["first"] + 99))
    form.locator("button[type=submit]").click()
    expect(error_beside(page, "activation-form", "first")).to_be_visible()
    expect(form.locator("[role=alert]")).to_be_visible()
    form.scroll_into_view_if_needed()
    checked(page, lang, "portal, range already attached", "portal-activate")

    # Ship it to another company's premises: the form was filled with the attached range.
    ship = page.locator("#shipment-form")
    expect(ship.locator("[name=series]")).to_have_value(batch["series"])
    option = ship.locator("[name=to_premises_id] option:not([value=''])").first
    destination = {"id": option.get_attribute("value"), "label": option.inner_text()}
    ship.locator("[name=to_premises_id]").select_option(destination["id"])
    ship.locator("[name=series]").fill("X1")
    ship.locator("button[type=submit]").click()
    expect(error_beside(page, "shipment-form", "series")).to_have_text(
        app_text(page, "portal.seriesFormat"))
    ship.locator("[name=series]").fill(batch["series"])
    ship.locator("button[type=submit]").click()
    expect(ship.locator("[role=status]")).to_contain_text(first_serial)
    checked(page, lang, "portal, shipped")
    # The same stamps again: already on their way (409), said beside the range.
    ship.locator("[name=series]").fill(batch["series"])
    ship.locator("[name=first]").fill(str(batch["first"]))
    ship.locator("[name=last]").fill(str(batch["first"] + 99))
    ship.locator("[name=to_premises_id]").select_option(destination["id"])
    ship.locator("button[type=submit]").click()
    expect(error_beside(page, "shipment-form", "first")).to_be_visible()
    ship.scroll_into_view_if_needed()
    checked(page, lang, "portal, shipment refused", "portal-ship")

    # The order tells what happened to its stamps: the shipment, to that premises, in words.
    page.reload()
    page.wait_for_selector("html[data-ready]")
    movements = page.locator("li[data-order] details.movements")
    movements.locator("summary").click()
    expect(movements.locator("li").first).to_contain_text(app_text(page, "step.shipping"))
    destination_name = destination["label"].split(" · ")[0]
    expect(movements.locator("li").first).to_contain_text(destination_name)
    movements.scroll_into_view_if_needed()
    checked(page, lang, "portal, the batch's movements", "portal-movements")

    # What the server recorded: one shipping event over the range, to that premises.
    status, events = call(live_server, "GET", f"/custody/events?series={batch['series']}"
                          f"&first={batch['first']}&last={batch['first'] + 99}", token=admin_token)
    shipped = [event for event in events if event["business_step"] == "shipping"]
    assert status == 200 and len(shipped) == 1, events
    assert shipped[0]["to_premises"]["id"] == int(destination["id"])
    assert page.js_errors == []
    context.close()


def operator_token(base: str, email: str) -> str:
    """A full session of a company administrator, its TOTP enrolled through the API."""
    status, enrolling = call(base, "POST", "/auth/login", {"email": email, "password": PASSWORD})
    assert status == 200, enrolling
    status, enrolment = call(base, "POST", "/auth/mfa/enrol", {}, enrolling["access_token"])
    assert status == 201, enrolment
    status, confirmed = call(base, "POST", "/auth/mfa/confirm",
                             {"otp": fresh_totp(enrolment["secret"])}, enrolling["access_token"])
    assert status == 201, confirmed
    status, session = call(base, "POST", "/auth/login", {
        "email": email, "password": PASSWORD, "otp": fresh_totp(enrolment["secret"])})
    assert status == 200, session
    return session["access_token"]


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_distributor_sees_why_then_receives_and_ships_on(browser, live_server, admin_token, lang):
    distributor = approved_company(live_server, admin_token, ["distributor"], lang)
    # An importer's approved order, shipped (through the API) to the distributor's premises.
    importer = approved_company(live_server, admin_token, ["importer"], lang)
    token = operator_token(live_server, importer["email"])
    status, order = call(live_server, "POST", "/orders", {"category": "cigarettes",
                                                          "quantity": 50}, token)
    assert status == 201, order
    status, decided = call(live_server, "POST", f"/orders/{order['id']}/decision",
                           {"outcome": "approved"}, admin_token)
    assert status == 200, decided
    batch = decided["batch"]
    status, places = call(live_server, "GET",
                          f"/premises?operator_id={distributor['operator_id']}", token=token)
    assert status == 200 and len(places) == 1, places
    status, shipped = call(live_server, "POST", "/custody/events", {
        "series": batch["series"], "first": batch["first"], "last": batch["last"],
        "business_step": "shipping", "occurred_at": "2026-12-01T10:00:00+00:00",
        "to_premises_id": places[0]["id"]}, token)
    assert status == 201, shipped

    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context)
    sign_in_and_enrol(page, distributor["email"])
    expect(page.get_by_text(app_text(page, "portal.noOrdering"))).to_be_visible()
    expect(page.locator("#order-form")).to_have_count(0)
    expect(page.locator("#orders-heading")).to_have_count(0)
    expect(page.locator("#activation-form")).to_have_count(0)
    checked(page, lang, "portal, distributor", "portal-distributor")

    # The receipt of the shipment, then the same receipt again: refused beside the range.
    receipt = page.locator("#receipt-form")
    for attempt in ("first", "again"):
        receipt.locator("[name=series]").fill(batch["series"])
        receipt.locator("[name=first]").fill(str(batch["first"]))
        receipt.locator("[name=last]").fill(str(batch["last"]))
        receipt.locator("[name=premises_id]").select_option(str(places[0]["id"]))
        receipt.locator("button[type=submit]").click()
        if attempt == "first":
            expect(receipt.locator("[role=status]")).to_contain_text(
                f"{batch['series']}-{batch['first']:09d}")
            checked(page, lang, "portal, shipment received")
    expect(error_beside(page, "receipt-form", "first")).to_be_visible()
    receipt.scroll_into_view_if_needed()
    checked(page, lang, "portal, receipt refused", "portal-receive")

    # Shipped on (the form was filled with the range received) to another company's premises.
    ship = page.locator("#shipment-form")
    expect(ship.locator("[name=first]")).to_have_value(str(batch["first"]))
    option = ship.locator("[name=to_premises_id] option:not([value=''])").first
    ship.locator("[name=to_premises_id]").select_option(option.get_attribute("value"))
    ship.locator("button[type=submit]").click()
    expect(ship.locator("[role=status]")).to_contain_text(f"{batch['series']}-{batch['first']:09d}")
    checked(page, lang, "portal, distributor shipped")
    assert page.js_errors == []
    context.close()
