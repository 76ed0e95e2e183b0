"""The officer and supervisor flow: sign in with TOTP, inspect a premises, scan, open a case;
the supervisor extends and seizes; the notice reaches the public board without the owner's name."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from app.stamps.schemas import SCAN_PAGE
from tests.browser import pwa
from tests.browser.media import stamp_photo
from tests.browser.pwa import (
    axe_violations,
    fresh_totp,
    open_app,
    phone_context,
    screenshot,
)

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

OWNER = "Arben Krasniqi"
PRISHTINA = {"latitude": 42.6629, "longitude": 21.1655}


def account(demo, role):
    return next(a for a in demo["accounts"] if a["role"] == role)


def code(demo, expect_verdict, reason=None):
    return next(
        c
        for c in demo["codes"]
        if c["expect"] == expect_verdict and (reason is None or c.get("reason") == reason)
    )


def sign_in(page, user):
    page.goto("/#/login")
    page.fill("input[name=email]", user["email"])
    page.fill("input[name=password]", user["password"])
    page.fill("input[name=otp]", fresh_totp(user["totp_secret"]))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"#/(inspection|cases)$"))  # a supervisor lands on the queue


def scan_by_hand(page, text, expected_rows):
    page.fill(".manual-form input[name=code]", text)
    page.locator(".manual-form button[type=submit]").click()
    expect(page.locator(".scan-row")).to_have_count(expected_rows)


def test_inspection_case_extension_seizure_and_public_board(browser, live_server, demo, tmp_path):
    context = phone_context(
        browser,
        live_server,
        geolocation=PRISHTINA,
        permissions=["geolocation", "camera"],
        bypass_csp=True,
    )  # for axe-core only
    page = open_app(context)
    page.on("dialog", lambda dialog: dialog.accept())
    sign_in(page, account(demo, "officer"))

    page.get_by_role("button", name="Find premises near me").click()
    # A distance as a person says it: "10 m away", "3.2 km away", never "0.003 km".
    expect(page.locator(".choice-list .choice").first).to_contain_text(
        re.compile(r"(?<![\d.])\d+ m away|(?<![\d.])\d+(\.\d)? km away"))
    page.locator(".choice-list .choice").first.click()
    expect(page.locator(".tally")).to_be_visible()
    assert axe_violations(page) == []
    scan_by_hand(page, code(demo, "genuine")["text"], 1)
    scan_by_hand(page, code(demo, "suspicious", "not_activated")["text"], 2)
    revoked = code(demo, "invalid", "revoked")
    scan_by_hand(page, revoked["text"], 3)
    tally = {
        kind: page.locator(f".tally-{kind} dd").inner_text()
        for kind in ("genuine", "suspicious", "invalid")
    }
    # A genuine stamp may be suspicious here (last recorded at other premises): count, don't guess.
    assert tally["invalid"] == "1" and int(tally["genuine"]) + int(tally["suspicious"]) == 2
    screenshot(page, "inspection")

    # No network in the shop's cellar: the scan waits, then counts once the network is back.
    context.set_offline(True)
    scan_by_hand(page, code(demo, "genuine")["text"], 4)
    expect(page.locator(".tally-pending dd")).to_have_text("1")
    context.set_offline(False)
    expect(page.locator(".tally-pending dd")).to_have_text("0", timeout=15000)

    page.locator(".scan-row a", has_text=revoked["serial"]).click()
    expect(page.locator("h1")).to_have_text(f"Stamp {revoked['serial']}")
    expect(page.get_by_role("heading", name="Chain of custody")).to_be_visible()
    expect(page.get_by_role("heading", name="Scan history")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "stamp")

    page.goto("/#/inspection")
    page.get_by_role("link", name="Open a detention case").click()
    rows = page.locator(".item-row")
    expect(
        rows.first
    ).to_be_visible()  # one item per product among the stamps that were not genuine
    serials = [area.input_value() for area in page.locator("textarea[name=serials]").all()]
    assert 1 <= len(serials) <= 3 and any(revoked["serial"] in text for text in serials)
    for index in range(rows.count()):
        rows.nth(index).locator("input[name=value_eur]").fill("24.50")
    page.select_option("select[name=owner_kind]", "natural")
    page.fill("input[name=owner_name]", OWNER)
    page.fill("input[name=owner_address]", "Rr. Nëna Terezë 1, Prishtinë")
    page.get_by_label(re.compile(r"^Art\. 300\(4\)")).check()
    page.get_by_label(re.compile(r"^Art\. 251\(1\)")).check()
    page.set_input_files(
        "input[name=photos]", str(stamp_photo(revoked["text"], tmp_path / "evidence.jpg"))
    )
    assert axe_violations(page) == []
    page.get_by_role("button", name="Open the case").click()
    page.wait_for_url(re.compile(r"#/case/\d+$"))
    case_id = page.url.rsplit("/", 1)[-1]
    expect(page.locator(".case-status .status")).to_have_text("Detained")
    expect(page.locator(".deadlines")).to_contain_text("Detention ends")
    # The photo has no legal date: its history entry says when it was added (issue 18).
    expect(page.locator(".timeline li", has_text="Photo added")).to_contain_text(
        re.compile(r"\d{4}, \d{2}:\d{2}"))
    number = page.locator("h1").inner_text().replace("Case ", "")
    screenshot(page, "case-officer")

    supervisor_context = phone_context(browser, live_server, bypass_csp=True)
    desk = open_app(supervisor_context)
    sign_in(desk, account(demo, "supervisor"))
    desk.goto(f"/#/case/{case_id}")
    expect(desk.locator(".deadlines")).to_contain_text("Detention ends")
    ends_before = desk.locator(".deadlines dd").first.inner_text()
    refused = desk.locator("details.action-refused[data-action=decide_review]")
    expect(refused).to_have_count(1)
    assert refused.locator(".refused-why").inner_text().strip()
    assert axe_violations(desk) == []

    extend = desk.locator("details[data-action=extend]")
    extend.locator("summary").click()
    extend.locator("input[name=days]").fill("30")
    extend.locator("textarea[name=reason]").fill(
        "Laboratory analysis of the stamps is not finished."
    )
    extend.locator("input[name='notification.recipient']").fill(OWNER)
    extend.locator("input[name='notification.address']").fill("Rr. Nëna Terezë 1, Prishtinë")
    extend.get_by_role("button", name="Extend the detention").click()
    expect(desk.locator(".timeline")).to_contain_text("Detention extended")
    assert desk.locator(".deadlines dd").first.inner_text() != ends_before

    decide = desk.locator("details[data-action=decide]")
    decide.locator("summary").click()
    decide.locator("select[name=outcome]").select_option("seize")
    decide.locator("textarea[name=reasons]").fill("Counterfeit banderols (Art. 300(4)).")
    decide.get_by_role("button", name="Decide return or seizure").click()
    expect(desk.locator(".case-status .status")).to_have_text("Seized")

    # The Notice of Seizure is handed over: the review window opens, the notice is current.
    notify = desk.locator("details[data-action=record_notification]")
    notify.locator("summary").click()
    notify.locator("select[name=document]").select_option("seizure")
    notify.locator("input[name=received_on]").fill(
        notify.locator("input[name=sent_on]").input_value()
    )
    notify.locator("input[name=recipient]").fill(OWNER)
    notify.locator("input[name=address]").fill("Rr. Nëna Terezë 1, Prishtinë")
    notify.get_by_role("button", name="Record a notification").click()
    expect(desk.locator(".deadlines")).to_contain_text("Review may be requested until")
    screenshot(desk, "case-supervisor")

    with desk.expect_response("**/api/v1/cases/*/documents/seizure-notice.pdf?lang=sq") as pdf:
        desk.select_option("select[name=doc_lang]", "sq")
        desk.get_by_role("button", name=re.compile("Notice of Seizure")).click()
    assert pdf.value.ok and pdf.value.headers["content-type"] == "application/pdf"

    board = open_app(phone_context(browser, live_server), "/#/board")
    card = board.locator(".notice-card", has_text=number)
    expect(card).to_have_count(1)
    assert OWNER not in board.locator("main").inner_text()
    screenshot(board, "board")


def test_a_much_scanned_stamp_shows_its_latest_scans_then_the_earlier_ones(
    browser, live_server, demo
):
    stamp = code(demo, "suspicious", "sale_window")
    for _ in range(SCAN_PAGE + 6):  # consumers scan it, through the real API
        request = urllib.request.Request(
            f"{live_server}/api/v1/verifications", method="POST",
            data=json.dumps({"code": stamp["text"]}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request) as answer:
            assert answer.status == 201
    context = phone_context(browser, live_server)
    page = open_app(context)
    sign_in(page, account(demo, "officer"))
    page.goto(f"/#/stamp/{stamp['serial']}")
    rows = page.locator(".scan-history .scan-entry")
    expect(rows).to_have_count(SCAN_PAGE)
    total = SCAN_PAGE + 6  # and none before this test: nothing else scans this stamp
    expect(page.locator(".scans-shown")).to_have_text(
        f"The latest {SCAN_PAGE} of {total} scans.")
    page.get_by_role("button", name="Show earlier scans").click()
    expect(rows).to_have_count(total)
    expect(page.get_by_role("button", name="Show earlier scans")).to_be_hidden()
    expect(page.locator(".scans-shown")).to_be_hidden()
    assert not page.js_errors
    context.close()
