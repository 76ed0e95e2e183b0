"""Support requests (#/support) and the user guides (#/manual) against the real server, in sq and
sr: an officer reaches support from the signed-in screen, a request left empty is refused beside
its fields, one sent is listed with its status in words and an admin sees it; a company's user
reaches support and the guide from the portal and reads the operators' guide; a consumer who
never signed in opens the consumers' guide from Settings, rendered from the server's HTML under
the real Content-Security-Policy. Readable in the language, axe clean."""

from __future__ import annotations

import json
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
    use_session,
)
from tests.browser.text_check import assert_readable

browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


def account(demo, role: str, prefix: str | None = None) -> dict:
    return next(a for a in demo["accounts"] if a["role"] == role
                and (prefix is None or a["email"].startswith(prefix)))


def get(base: str, path: str, token: str, lang: str = "en"):
    request = urllib.request.Request(f"{base}/api/v1{path}", headers={
        "Authorization": f"Bearer {token}", "Accept-Language": lang})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def checked(page, lang: str, screen: str, name: str | None = None) -> None:
    assert_readable(page, lang, screen)
    assert axe_violations(page) == [], screen
    if name:
        screenshot(page, f"{name}-{lang}")


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_officer_sends_a_support_request(browser, live_server, demo, lang):
    officer = account(demo, "officer")
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context, "/#/settings")
    use_session(page, api_sign_in(live_server, officer))
    page.goto("/#/login")
    page.get_by_role("link", name=app_text(page, "portal.supportLink")).click()
    expect(page.locator("h1")).to_have_text(app_text(page, "support.title"))

    # Nothing typed: said beside both fields, nothing sent.
    page.locator("#support-form button[type=submit]").click()
    for name in ("subject", "body"):
        expect(page.locator(f"#support-form [name={name}]")).to_have_attribute(
            "aria-invalid", "true")
    checked(page, lang, "support, empty form")

    subject = f"Skaneri {uuid.uuid4().hex[:6]}"
    page.fill("#support-form input[name=subject]", subject)
    page.fill("#support-form textarea[name=body]", "Kamera nuk hapet në inspektim.")
    page.locator("#support-form button[type=submit]").click()
    expect(page.locator("#support-form [role=status]")).to_have_text(
        app_text(page, "support.sent", email=officer["email"]))
    item = page.locator(f"li.support-request:has-text('{subject}')")
    expect(item.locator(".status")).to_have_text(app_text(page, "support.status.open"))
    page.locator("#support-list").scroll_into_view_if_needed()
    checked(page, lang, "support, request sent", "support")

    # The Customs' admin sees it, in the language it was asked in.
    admin_token = api_sign_in(live_server, account(demo, "admin"))["access_token"]
    found = [r for r in get(live_server, "/support-requests", admin_token)
             if r["subject"] == subject]
    assert len(found) == 1 and found[0]["language"] == lang and found[0]["status"] == "open"
    context.close()


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_operator_reads_their_guide_and_finds_support(browser, live_server, demo, lang):
    operator = account(demo, "operator", "operator@")
    session = api_sign_in(live_server, operator)
    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context, "/#/settings")
    use_session(page, session)
    page.goto("/#/portal")
    expect(page.get_by_role("link", name=app_text(page, "portal.supportLink"))).to_be_visible()
    page.get_by_role("link", name=app_text(page, "portal.manualLink")).click()
    expected = get(live_server, f"/manuals/operator?lang={lang}", session["access_token"])
    article = page.locator("article.manual[data-role=operator]")
    expect(article.locator("h1")).to_have_text(expected["title"])
    assert article.locator("h2").count() >= 2
    # The server's HTML, as HTML: headings and lists, never tags shown as text.
    assert "<h2>" not in article.inner_text()
    expect(page.locator("h1")).to_be_focused()
    checked(page, lang, "operator's guide", "manual-operator")
    context.close()


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_consumer_guide_from_settings_without_signing_in(browser, live_server, lang):
    """No bypass of the CSP: the guide's HTML is shown under the server's policy."""
    context = phone_context(browser, live_server, locale=LOCALES[lang])
    page = open_app(context, "/#/settings")
    csp: list[str] = []
    page.on("console", lambda m: csp.append(m.text) if "Content Security" in m.text else None)
    page.get_by_role("link", name=app_text(page, "portal.manualLink")).click()
    article = page.locator("article.manual[data-role=consumer]")
    expect(article.locator("h1")).to_be_visible()
    assert article.locator("ol li, ul li").count() >= 3
    assert csp == [] and page.js_errors == []
    # Another role's guide asks for sign-in first.
    page.goto("/#/manual/officer")
    expect(page.locator(".notice")).to_have_text(app_text(page, "manual.signIn"))
    context.close()

    context = phone_context(browser, live_server, locale=LOCALES[lang], bypass_csp=True)
    page = open_app(context, "/#/manual/consumer")
    expect(page.locator("article.manual h1")).to_be_visible()
    checked(page, lang, "consumer's guide", "manual-consumer")
    context.close()
