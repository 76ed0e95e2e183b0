"""Registering a company in the PWA (#/register) against the real server, in sq, sr and en: the
form's own checks and the server's refusals are said beside their fields (the shape's 422 on
`premises.0.address`, the NUI's and the password policy's), a NUI already registered (409) is
said beside the NUI, and the success screen; every screen readable in sq and sr, axe clean."""

from __future__ import annotations

import json
import random
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
    open_app,
    phone_context,
    screenshot,
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


def call(base: str, method: str, path: str, token: str):
    request = urllib.request.Request(f"{base}/api/v1{path}", method=method,
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


@pytest.fixture(scope="module")
def admin_token(live_server, demo):
    admin = next(account for account in demo["accounts"] if account["role"] == "admin")
    return api_sign_in(live_server, admin)["access_token"]


def new_nui() -> str:
    return f"{random.randrange(100_000_000, 999_999_999)}"


def fill_registration(page, nui: str, email: str, *, address: str = "Rruga e Durrësit 12",
                      password: str = PASSWORD) -> None:
    """The whole form, as an applicant fills it (importer of cigarettes, one warehouse)."""
    page.fill("input[name=company_name]", "Duhani i Mirë SH.P.K.")
    page.fill("input[name=nui]", nui)
    page.fill("input[name=licence_number]", "LIC-2026-0042")
    page.check("input[name=licence_kinds][value=importer]")
    page.check("input[name=categories][value=cigarettes]")
    page.fill("input[name=licence_valid_from]", "2026-01-01")
    page.fill("input[name=licence_valid_to]", "2030-12-31")
    fill_premises(page.locator(".premises-group").first, "warehouse", address, "prishtine")
    page.fill("input[name=contact_name]", "Arta Krasniqi")
    page.fill("input[name=contact_phone]", "+383 44 123 456")
    page.fill("input[name=contact_email]", email)
    page.fill("input[name=admin_email]", email)
    page.fill("input[name=admin_password]", password)


def fill_premises(group, kind: str, address: str, municipality: str, name: str = "") -> None:
    group.locator("[name=premises_name]").fill(name)
    group.locator("[name=premises_kind]").select_option(kind)
    group.locator("[name=premises_address]").fill(address)
    expect(group.locator("[name=premises_municipality] option")).to_have_count(39)
    group.locator("[name=premises_municipality]").select_option(municipality)


def submit(page) -> None:
    page.locator("form button[type=submit]").click()


def error_beside(page, name: str, within=None):
    """The error said beside the control named `name` (its aria-describedby)."""
    control = (within or page).locator(f"[name={name}]").first
    expect(control).to_have_attribute("aria-invalid", "true")
    error_id = f"{control.get_attribute('id')}-error"
    return page.locator(f"[id='{error_id}']")


def readable(page, lang: str, screen: str) -> None:
    if lang != "en":
        assert_readable(page, lang, screen)
    assert axe_violations(page) == [], screen


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_registration_form_errors_beside_fields_then_received(browser, live_server, admin_token,
                                                              lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context, "/#/register")
    expect(page.locator("h1")).to_have_text(app_text(page, "register.title"))
    page.wait_for_function(
        "() => document.querySelectorAll('select[name=premises_municipality] option').length > 30"
    )
    readable(page, lang, "register form")
    if lang != "en":
        screenshot(page, f"register-form-{lang}")

    # The form's own checks: every required field, said beside it; a short NUI.
    submit(page)
    expect(error_beside(page, "company_name")).to_have_text(app_text(page, "form.required"))
    expect(page.locator("#register-licence_kinds .field-error")).to_have_text(
        app_text(page, "register.chooseOne"))
    page.fill("input[name=nui]", "12345")
    submit(page)
    expect(error_beside(page, "nui")).to_have_text(app_text(page, "register.nuiFormat"))
    readable(page, lang, "register form, its own errors")
    if lang != "en":
        screenshot(page, f"register-errors-{lang}")

    # The server's shape (422, `premises.0.address`): said beside the address, translated.
    email = f"reg-{uuid.uuid4().hex[:8]}@kompania.example"
    nui = new_nui()
    fill_registration(page, nui, email, address="A")
    submit(page)
    address_error = error_beside(page, "premises_address")
    expect(address_error).to_be_visible()
    expect(page.get_by_role("alert")).to_be_visible()
    if lang != "en":
        assert_readable(page, lang, "register form, the server's 422 on the address")

    # The server's rules: a NUI of zeros, then a common password, each beside its field.
    page.locator(".premises-group").first.locator("[name=premises_address]").fill(
        "Rruga e Durrësit 12")
    page.fill("input[name=nui]", "000000000")
    submit(page)
    expect(error_beside(page, "nui")).to_be_visible()
    expect(page.locator("[name=premises_address]").first).not_to_have_attribute(
        "aria-invalid", "true")
    page.fill("input[name=nui]", nui)
    page.fill("input[name=admin_password]", "password123")
    submit(page)
    expect(error_beside(page, "admin_password")).to_be_visible()
    readable(page, lang, "register form, the server's refusal of the password")

    page.fill("input[name=admin_password]", PASSWORD)

    # A second premises: its empty address said beside it, then the server's 422 on
    # `premises.1.address` beside it, not beside the first.
    page.get_by_role("button", name=app_text(page, "register.addPremises")).click()
    second = page.locator(".premises-group").nth(1)
    expect(second.locator("legend")).to_have_text(
        app_text(page, "register.premisesNumber", number=2))
    submit(page)
    expect(error_beside(page, "premises_address", second)).to_have_text(
        app_text(page, "form.required"))
    fill_premises(second, "factory", "B", "prizren", name="Fabrika Prizren")
    submit(page)
    expect(error_beside(page, "premises_address", second)).to_be_visible()
    expect(page.locator("[name=premises_address]").first).not_to_have_attribute(
        "aria-invalid", "true")
    readable(page, lang, "register form, the second premises refused")
    second.locator("[name=premises_address]").fill("Rruga e Fabrikës 1")
    submit(page)
    expect(page.locator("h1")).to_have_text(app_text(page, "register.receivedTitle"))
    expect(page.get_by_role("status")).to_contain_text(email)
    readable(page, lang, "registration received")
    pending = call(live_server, "GET", "/registrations?status=pending", admin_token)
    ours = next(registration for registration in pending if registration["nui"] == nui)
    assert [(p.get("name"), p["kind"], p["municipality"]) for p in ours["premises"]] == [
        (None, "warehouse", "prishtine"), ("Fabrika Prizren", "factory", "prizren")], ours
    if lang != "en":
        screenshot(page, f"register-received-{lang}")

    # The same NUI again (another applicant): 409, said beside the NUI.
    page.goto("/#/register")
    page.reload()
    page.wait_for_selector("html[data-ready]")
    fill_registration(page, nui, f"other-{uuid.uuid4().hex[:8]}@kompania.example")
    submit(page)
    expect(error_beside(page, "nui")).to_have_text(app_text(page, "register.nuiTaken"))
    expect(page.get_by_role("alert")).to_be_visible()
    readable(page, lang, "register form, NUI already registered")
    if lang != "en":
        screenshot(page, f"register-nui-taken-{lang}")
    assert page.js_errors == []
    context.close()
