"""The company's users and API keys (#/portal-users) against the real server, in sq and sr: the
demo importer's company administrator adds a user with a company role, changes the role and
disables them, each said in words; a password the policy refuses is said beside the field; an
API key is made, shown once with its warning, copied, works for the report, and once revoked
(after a confirmation) is refused. A read-only user of the company is told who manages users.
Readable in the language, axe clean."""

from __future__ import annotations

import json
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
    use_session,
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


def call(base: str, method: str, path: str, body=None, token: str | None = None):
    headers = {"Content-Type": "application/json", "Accept-Language": "en"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"{base}/api/v1{path}", method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(request) as answer:
            text = answer.read()
            return answer.status, json.loads(text) if text else None
    except urllib.error.HTTPError as refusal:
        return refusal.code, json.load(refusal)


@pytest.fixture(scope="module")
def administrator(demo):
    return next(a for a in demo["accounts"] if a["email"].startswith("operator@"))


def checked(page, lang: str, screen: str, name: str | None = None) -> None:
    assert_readable(page, lang, screen)
    assert axe_violations(page) == [], screen
    if name:
        screenshot(page, f"{name}-{lang}")


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_administrator_manages_users_and_keys(browser, live_server, administrator, lang):
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = open_app(context, "/#/settings")
    use_session(page, api_sign_in(live_server, administrator))
    page.goto("/#/portal")
    page.get_by_role("link", name=app_text(page, "portal.usersLink")).click()
    expect(page.locator("h1")).to_have_text(app_text(page, "users.title"))
    me = page.locator(f"li[data-user]:has-text('{administrator['email']}')")
    expect(me.locator(".company-role")).to_have_text(app_text(page, "companyRole.administrator"))
    expect(me).to_contain_text(app_text(page, "users.yourself"))

    # A password the policy refuses: beside the field, in the language; nobody added.
    email = f"depo-{uuid.uuid4().hex[:6]}@duhani.example"
    page.locator("details.new-user summary").click()
    page.fill("#user-form input[name=email]", email)
    page.fill("#user-form input[name=password]", "short")
    page.select_option("#user-form select[name=company_role]", "logistics")
    page.locator("#user-form button[type=submit]").click()
    control = page.locator("#user-form input[name=password]")
    expect(control).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"li[data-user]:has-text('{email}')")).to_have_count(0)
    checked(page, lang, "company users, password refused")

    # Added as logistics, shown with the role in words.
    page.fill("#user-form input[name=password]", PASSWORD)
    page.fill("#user-form input[name=full_name]", "Blerim Gashi")
    page.locator("#user-form button[type=submit]").click()
    added = page.locator(f"li[data-user]:has-text('{email}')")
    expect(added.locator(".company-role")).to_have_text(app_text(page, "companyRole.logistics"))
    expect(added.locator(".user-status")).to_have_text(app_text(page, "users.notEnrolled"))
    page.locator("#users-heading").scroll_into_view_if_needed()
    checked(page, lang, "company users", "portal-users")

    # The role changed to ordering, then disabled: the server agrees.
    added.locator("select[name=company_role]").select_option("ordering")
    added.locator(".change-role").click()
    expect(added.locator(".company-role")).to_have_text(app_text(page, "companyRole.ordering"))
    added.locator(".disable").click()
    expect(added.locator(".user-status")).to_have_text(app_text(page, "users.disabled"))
    token = page.evaluate("JSON.parse(localStorage.getItem('bi.session')).access_token")
    status, user = call(live_server, "GET", f"/users/{added.get_attribute('data-user')}",
                        token=token)
    assert status == 200 and user["company_role"] == "ordering" and user["active"] is False

    # A key for the report: shown once with the warning, copied, and it works.
    page.locator("details.new-key-form summary").click()
    page.fill("#key-form input[name=name]", "ERP i depos")
    page.locator("#key-form button[type=submit]").click()
    expect(page.locator("#key-scopes .field-error")).to_have_text(
        app_text(page, "keys.scopeRequired"))
    page.check("#scope-reports")
    page.locator("#key-form button[type=submit]").click()
    shown = page.locator(".shown-key")
    expect(shown.locator(".key-warning")).to_have_text(app_text(page, "keys.onceWarning"))
    key = page.locator("#new-key").input_value()
    assert key.startswith("bik_")
    shown.locator(".copy-key").click()
    expect(shown.locator(".copied")).to_have_text(app_text(page, "keys.copied"))
    assert page.evaluate("navigator.clipboard.readText()") == key
    assert call(live_server, "GET", "/operators/me/report", token=key)[0] == 200
    checked(page, lang, "API key shown once", "portal-users-key")

    # Revoked after a confirmation; the key is refused from then on.
    row = page.locator("li[data-key]:has-text('ERP i depos')").first
    row.locator(".revoke").click()
    expect(row.locator(".confirm")).to_contain_text(
        app_text(page, "keys.revokeConfirm", name="ERP i depos"))
    checked(page, lang, "revoke confirmation")
    row.locator(".confirm-revoke").click()
    expect(page.locator(f"li[data-key='{row.get_attribute('data-key')}'] .revoked")).to_be_visible()
    assert call(live_server, "GET", "/operators/me/report", token=key)[0] == 401
    # Nothing of the key stays on the page after leaving it.
    page.goto("/#/portal")
    page.goto("/#/portal-users")
    expect(page.locator("h1")).to_have_text(app_text(page, "users.title"))
    assert key not in page.content()
    context.close()


def enrolled_user(base: str, admin_token: str, role: str) -> dict:
    """A user of the administrator's company with `role`, enrolled in TOTP through the API."""
    email = f"lexues-{uuid.uuid4().hex[:6]}@duhani.example"
    status, user = call(base, "POST", "/users", {"email": email, "password": PASSWORD,
                                                 "roles": ["operator"], "company_role": role},
                        admin_token)
    assert status == 201, user
    status, partial = call(base, "POST", "/auth/login", {"email": email, "password": PASSWORD})
    assert status == 200, partial
    status, enrolment = call(base, "POST", "/auth/mfa/enrol", token=partial["access_token"])
    assert status in (200, 201), enrolment
    secret = enrolment["secret"]
    status, confirmed = call(base, "POST", "/auth/mfa/confirm",
                             {"otp": fresh_totp(secret)}, partial["access_token"])
    assert status in (200, 201), confirmed
    return {"email": email, "password": PASSWORD, "totp_secret": secret}


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_others_are_told_who_manages_users(browser, live_server, administrator, lang):
    admin_token = api_sign_in(live_server, administrator)["access_token"]
    reader = enrolled_user(live_server, admin_token, "read_only")
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context, "/#/settings")
    use_session(page, api_sign_in(live_server, reader))
    page.goto("/#/portal-users")
    expect(page.locator(".notice")).to_have_text(
        app_text(page, "users.administratorsOnly", role=app_text(page, "companyRole.read_only")))
    expect(page.locator("#user-form, #key-form")).to_have_count(0)
    checked(page, lang, "company users, not an administrator", "portal-users-others")
    context.close()
