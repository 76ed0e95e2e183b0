"""Every screen of officers, supervisors and administrators, and the public board with its Atom
feed, in Albanian and in Serbian (issue 18, items 5 to 9): no raw code, slug, JSON, ISO date or
English sentence (tests/browser/text_check.py), no serious axe-core violation. On the way: the
officer's tally counts each stamp once and no text that is not a stamp's code, distances and
municipalities are written for people, custody statuses and quantities are words, refusals
carry dates as the language writes them. Screenshots of each screen in both languages."""

from __future__ import annotations

import re
import subprocess
import uuid
import xml.etree.ElementTree as ET

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
from tests.browser.test_enrolment import BIN, PASSWORD, ROOT
from tests.browser.text_check import page_strings, unreadable, unreadable_text

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

PRISHTINA = {"latitude": 42.6629, "longitude": 21.1655}
ATOM = "{http://www.w3.org/2005/Atom}"
# Typed by the officer, or the format of a recovery code shown as an example: not words.
TYPED = ("hello world", "xxxxx-xxxxx")


def account(demo, role):
    return next(a for a in demo["accounts"] if a["role"] == role)


def code(demo, verdict, reason=None, index=0):
    return [c for c in demo["codes"]
            if c["expect"] == verdict and (reason is None or c.get("reason") == reason)][index]


@pytest.fixture(scope="module")
def sessions(live_server, demo):
    """One sign-in per role for the whole module (each TOTP step is accepted once)."""
    return {role: api_sign_in(live_server, account(demo, role))
            for role in ("officer", "supervisor", "admin")}


@pytest.fixture(scope="module")
def enrolling(live_server, server_instance):
    """A session limited to enrolment: a new officer signed in with the password alone."""
    _instance, env = server_instance
    email = f"walk-{uuid.uuid4().hex[:8]}@dogana.example"
    subprocess.run([BIN / "flask", "--app", "wsgi", "users", "create", "--email", email,
                    "--role", "officer", "--name", "Walk Officer"], cwd=ROOT, env=env,
                   input=f"{PASSWORD}\n", text=True, capture_output=True, check=True)
    return api_sign_in(live_server, {"email": email, "password": PASSWORD})


class Walk:
    """A phone in one language: each screen looked at, its problems and violations kept."""

    def __init__(self, browser, live_server, lang, **options):
        self.lang = lang
        self.context = phone_context(browser, live_server, locale=LOCALES[lang],
                                     bypass_csp=True, **options)  # axe-core is injected
        self.page = open_app(self.context)
        self.page.on("dialog", lambda dialog: dialog.accept())
        self.problems: dict[str, list] = {}

    def look(self, screen, shot=None, allow=()):
        page = self.page
        page.wait_for_function("() => !document.querySelector('main').innerText.includes('…')")
        page.wait_for_timeout(200)  # the focus moves, live regions settle
        found = unreadable_text(page, self.lang, allow=TYPED + allow)
        violations = axe_violations(page)
        if found or violations:
            self.problems[screen] = found + violations
        if shot:
            screenshot(page, f"{shot}-{self.lang}")

    def go(self, route, screen=None, shot=None, wait=None):
        self.page.goto(f"/#/{route}")
        if wait:
            self.page.locator(wait).first.wait_for()
        self.look(screen or route, shot)


def scan(page, text, rows):
    page.fill(".manual-form input[name=code]", text)
    page.locator(".manual-form button[type=submit]").click()
    expect(page.locator(".scan-row")).to_have_count(rows)


@pytest.mark.parametrize("lang", ["sq", "sr"])
def test_every_staff_and_public_screen_reads_in_the_language(
    browser, live_server, demo, sessions, enrolling, lang
):
    walk = Walk(browser, live_server, lang, geolocation=PRISHTINA,
                permissions=["geolocation"])
    page = walk.page
    walk.go("login", shot="login")
    walk.go("forgot-password")
    use_session(page, enrolling)
    walk.go("enrol", wait="img.qr")
    use_session(page, sessions["officer"])
    walk.go("login", "signed in")

    # The premises: municipalities by name, distances rounded in the language's way.
    walk.go("inspection", "premises", wait=".choice")
    page.locator(".button-row button.button-primary").click()  # the nearest
    expect(page.locator(".choice").first).to_contain_text(
        re.compile(r"\d+(,\d)? km|\d+ m"))
    assert not re.search(r"\d\.\d+ ?km", page.locator(".choice-list").inner_text())
    walk.look("nearest premises", shot="premises")
    page.locator(".choice").first.click()
    expect(page.locator(".tally")).to_be_visible()

    # The tally: each stamp once, and a text that is no stamp's code is no invalid stamp.
    genuine, revoked = code(demo, "genuine", index=1), code(demo, "invalid", "revoked")
    scan(page, genuine["text"], 1)
    scan(page, revoked["text"], 2)
    scan(page, "hello world", 3)
    scan(page, genuine["text"], 4)
    counts = {kind: int(page.locator(f".tally-{kind} dd").inner_text())
              for kind in ("genuine", "suspicious", "invalid", "pending")}
    assert counts["genuine"] + counts["suspicious"] == 1 and counts["invalid"] == 1, counts
    assert counts["pending"] == 0
    expect(page.locator(".scan-row .badge-unrecognised")).to_have_count(1)
    expect(page.locator(".scan-row", has_text=genuine["serial"]).first).to_contain_text(
        app_text(page, "inspection.scannedAgain"))
    walk.look("inspection with its tally", shot="inspection")

    # The stamp: its standing and custody in words, scans that fit the phone.
    walk.go(f"stamp/{revoked['serial']}", "stamp", shot="stamp", wait=".scan-entry")
    width = page.viewport_size["width"]
    assert page.evaluate("() => Math.max(...[...document.querySelectorAll('.scan-entry *')]"
                         ".map((el) => el.getBoundingClientRect().right))") <= width
    walk.go(f"stamp/{genuine['serial']}", "stamp held at premises", wait=".timeline")
    expect(page.locator("main")).to_contain_text(app_text(page, "stampStatus.held"))
    # Its scans are listed below: no "first scanned: never" above them.
    expect(page.locator("main")).not_to_contain_text(app_text(page, "product.firstCheck"))
    expect(page.locator(".scan-entry").first).to_be_visible()

    walk.go("cases", wait=".choice")
    walk.go("case/new", "new case from the inspection", shot="case-new", wait=".item-row")
    rows = page.locator(".item-row")
    for index in range(rows.count()):
        rows.nth(index).locator("[name=value_eur]").fill("12.50")
    page.fill("[name=owner_name]", "Market Arbëria SH.P.K.")
    page.locator("#basis-4").check()
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"#/case/\d+$"))
    case_id = page.url.rsplit("/", 1)[-1]
    walk.look("case for the officer", shot="case-officer")
    page.goto("/#/inspection")
    page.locator(".button-row button:not(.button-primary)").click()  # end the inspection
    expect(page.locator(".choice").first).to_be_visible()

    # The supervisor: acts refused with their reasons (dates in words), errors beside fields.
    use_session(page, sessions["supervisor"])
    walk.go(f"case/{case_id}", "case for the supervisor", wait="details[data-action]")
    extend = page.locator("details[data-action=extend]")
    extend.locator("summary").click()
    extend.locator("button[type=submit]").click()
    expect(extend.locator(".field-error").first).to_have_text(app_text(page, "form.required"))
    walk.look("extension refused for missing fields", shot="case-supervisor")
    decide = page.locator("details[data-action=decide]")
    decide.locator("summary").click()
    decide.locator("select[name=outcome]").select_option("seize")
    decide.locator("textarea[name=reasons]").fill("Banderolë e falsifikuar.")
    decide.locator("button[type=submit]").click()
    expect(page.locator(".case-status .status")).to_have_text(app_text(page, "status.seized"))
    walk.look("seized case", allow=("Banderolë e falsifikuar.",))
    refused = page.locator("details.action-refused .refused-why").all_inner_texts()
    assert refused and not any(re.search(r"\d{4}-\d{2}-\d{2}", why) for why in refused)

    use_session(page, sessions["admin"])
    walk.go("login", "administrator signed in")
    walk.go("settings", "settings of a signed-in administrator")

    # The public: the board in the app, as a page, and its Atom feed.
    use_session(page, None)
    walk.go("board", shot="board", wait=".notice-card")
    page.goto(f"/notices?lang={lang}")
    walk.problems.update({f"board page: {p}": [] for p in unreadable_text(page, lang)})
    page.goto("/#/scan")
    page.wait_for_selector("html[data-ready]")
    strings = page_strings(page)
    feed = page.request.get(f"/notices.atom?lang={lang}").text()
    entries = ET.fromstring(feed.encode()).findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        text = "\n".join((entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}content")))
        found = unreadable(text, lang, strings)
        if found:
            walk.problems[f"Atom {entry.findtext(f'{ATOM}title')}"] = found
    assert walk.problems == {}
    assert not page.js_errors
    walk.context.close()
