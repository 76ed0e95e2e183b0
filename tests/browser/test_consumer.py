"""The consumer's paths through the PWA: camera, photo, manual entry, offline, languages."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.browser import pwa
from tests.browser.media import fake_camera_video, stamp_photo
from tests.browser.pwa import (
    enter_code,
    fake_camera_args,
    launch,
    open_app,
    phone_context,
    screenshot,
    wait_for_offline_readiness,
)

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


def demo_code(demo, expect, reason=None):
    return next(
        c
        for c in demo["codes"]
        if c["expect"] == expect and (reason is None or c.get("reason") == reason)
    )


def test_camera_scan_of_a_genuine_stamp(playwright_session, live_server, demo, tmp_path):
    code = demo_code(demo, "genuine")
    video = fake_camera_video(code["text"], tmp_path / "stamp.y4m")
    chromium = launch(playwright_session, fake_camera_args(video))
    try:
        context = phone_context(chromium, live_server, permissions=["camera"])
        page = open_app(context)
        page.get_by_role("button", name="Scan with the camera").click()
        verdict = page.locator(".verdict-genuine")
        verdict.wait_for(timeout=20000)
        assert "Genuine" in verdict.locator("h1").text_content()
        assert code["serial"] in page.locator(".product-card").inner_text()
        assert page.evaluate("document.activeElement.tagName") == "H1"
        assert not page.js_errors
    finally:
        chromium.close()


def test_tampered_code_is_invalid_and_says_why(browser, live_server, demo):
    code = demo_code(demo, "invalid", "signature_invalid")
    page = open_app(phone_context(browser, live_server))
    enter_code(page, code["text"])
    banner = page.locator(".verdict-invalid")
    banner.wait_for()
    assert "Invalid" in banner.locator("h1").text_content()
    reason = page.locator("[data-reason=signature_invalid]")
    assert reason.count() == 1 and reason.inner_text().strip()


def test_photo_upload_is_decoded_by_the_server_then_verified(browser, live_server, demo, tmp_path):
    code = demo_code(demo, "genuine")
    photo = stamp_photo(code["text"], tmp_path / "stamp.jpg")
    page = open_app(phone_context(browser, live_server))
    with page.expect_response("**/api/v1/decode") as decode:
        page.set_input_files("#scan-photo", str(photo))
    assert decode.value.ok
    assert decode.value.json()["codes"][0]["text"] == code["text"]
    page.locator(".verdict-genuine").wait_for()


def test_manual_entry_of_a_serial_typed_by_hand(browser, live_server, demo):
    code = demo_code(demo, "suspicious", "serial_only")
    series, number = code["serial"].split("-")
    page = open_app(phone_context(browser, live_server))
    enter_code(page, f"{series.lower()}{int(number)}")
    page.locator(".verdict-suspicious").wait_for()
    assert code["serial"] in page.locator(".product-card").inner_text()


def test_offline_scan_checks_the_signature_then_sends_once_when_online(browser, live_server, demo):
    code = demo_code(demo, "genuine")
    context = phone_context(browser, live_server)
    page = open_app(context)
    wait_for_offline_readiness(page)
    sent = []
    page.on(
        "request", lambda r: sent.append(r) if r.url.endswith("/api/v1/verifications") else None
    )

    context.set_offline(True)
    page.reload()
    page.wait_for_selector("html[data-ready]")
    enter_code(page, code["text"])
    banner = page.locator(".verdict-authentic")
    banner.wait_for()
    assert "only authenticity was checked" in page.locator(".result").inner_text()
    assert page.locator(".pending").is_visible()
    assert page.locator("#net-status").inner_text().startswith("Offline")
    screenshot(page, "result-offline")
    failed_attempts = len(sent)

    context.set_offline(False)
    page.locator(".verdict-genuine").wait_for(timeout=15000)
    assert (
        "Checked by the server after the network returned" in page.locator(".result").inner_text()
    )
    delivered = sent[failed_attempts:]
    assert len(delivered) == 1
    assert delivered[0].headers.get("idempotency-key")
    assert (
        page.evaluate("""() => new Promise((resolve) => {
        const open = indexedDB.open('banderola');
        open.onsuccess = () => {
            const req = open.result.transaction('queue').objectStore('queue').count();
            req.onsuccess = () => resolve(req.result);
        };
    })""")
        == 0
    )


def test_queued_scan_survives_an_app_restart(browser, live_server, demo):
    code = demo_code(demo, "genuine")
    context = phone_context(browser, live_server)
    page = open_app(context)
    wait_for_offline_readiness(page)
    context.set_offline(True)
    enter_code(page, code["text"])
    page.locator(".verdict-authentic").wait_for()
    page.close()

    page = open_app(context, "/#/settings")
    assert "1 item is waiting to be sent" in page.locator("main").inner_text()
    keys = []
    page.on(
        "request",
        lambda r: (
            keys.append(r.headers.get("idempotency-key"))
            if r.url.endswith("/verifications")
            else None
        ),
    )
    context.set_offline(False)
    page.wait_for_function(
        "() => document.querySelector('main').innerText.includes('Nothing is waiting to be sent')",
        timeout=15000,
    )
    assert len(keys) == 1 and keys[0]
    page.goto("/#/result")
    page.locator(".verdict-genuine").wait_for()


def test_language_follows_the_browser_and_the_switch_is_remembered(browser, live_server):
    serbian = open_app(phone_context(browser, live_server, locale="sr-Latn-RS"))
    expect(serbian.locator("h1")).to_have_text("Proverite markicu")
    assert serbian.evaluate("document.documentElement.lang") == "sr-Latn"

    context = phone_context(browser, live_server, locale="de-DE")
    page = open_app(context)
    expect(page.locator("h1")).to_have_text("Kontrolloni banderolën")
    assert page.locator("#tabbar").inner_text().split() == [
        "Skano",
        "Njoftimet",
        "Lejimet",
        "Zyrtari",
        "Cilësimet",
    ]
    page.goto("/#/settings")
    page.select_option("select[name=language]", "en")
    expect(page.locator("h1")).to_have_text("Settings")
    with page.expect_request("**/api/v1/notices") as notices:
        page.goto("/#/board")
    assert notices.value.headers["accept-language"].startswith("en")
    page.reload()
    page.wait_for_selector("html[data-ready]")
    expect(page.locator("h1")).to_have_text("Notices of Seizure")
    page.goto("/#/settings")
    page.select_option("select[name=language]", "sq")
    expect(page.locator("h1")).to_have_text("Cilësimet")
    page.goto("/#/allowances")
    expect(page.locator("h1")).to_have_text("Lejimet për udhëtarët")
    expect(page.locator("#tabbar a[aria-current=page]")).to_have_text("Lejimet")


def test_a_code_link_opened_by_the_phone_camera_app_is_verified(browser, live_server, demo):
    code = demo_code(demo, "genuine")
    path = code["text"][code["text"].index("/v/") :]
    page = open_app(phone_context(browser, live_server), path)
    page.locator(".verdict-genuine").wait_for()
    assert page.url.endswith("/#/result")


def test_report_a_product_with_a_photo(browser, live_server, demo, tmp_path):
    code = demo_code(demo, "invalid", "signature_invalid")
    photo = stamp_photo(code["text"], tmp_path / "evidence.jpg")
    page = open_app(phone_context(browser, live_server))
    enter_code(page, code["text"])
    page.get_by_role("button", name="Report this product").click()
    page.fill("textarea[name=description]", "The stamp looks printed on ordinary paper.")
    page.fill("input[name=premises_name]", "Kiosk near the bus station")
    page.set_input_files("input[name=photo]", str(photo))
    with page.expect_response("**/api/v1/reports") as answer:
        page.get_by_role("button", name="Send the report").click()
    assert answer.value.status == 201 or answer.value.ok
    assert json.loads(answer.value.text())["status"] == "received"
    page.locator(".notice-ok").wait_for()


def test_a_report_made_offline_is_sent_with_its_photo_when_online(
    browser, live_server, demo, tmp_path
):
    photo = stamp_photo(demo_code(demo, "genuine")["text"], tmp_path / "shelf.jpg")
    context = phone_context(browser, live_server)
    page = open_app(context)
    wait_for_offline_readiness(page)
    context.set_offline(True)
    page.goto("/#/report")
    # The consumer's screen, not the companies' verification report (once one key for both).
    expect(page.locator("h1")).to_have_text("Report a suspicious product")
    page.fill("textarea[name=description]", "Cigarettes sold without any stamp.")
    page.set_input_files("input[name=photo]", str(photo))
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator(".notice-ok")).to_contain_text("saved on this phone")
    stored_photo_bytes = page.evaluate("""() => new Promise((resolve) => {
        indexedDB.open('banderola').onsuccess = (event) => {
            const all = event.target.result.transaction('queue').objectStore('queue').getAll();
            all.onsuccess = () => resolve(all.result.map((item) => item.fields.photo.size));
        };
    })""")
    assert stored_photo_bytes == [photo.stat().st_size]
    with page.expect_response("**/api/v1/reports") as answer:
        context.set_offline(False)
    assert answer.value.status == 201
    assert answer.value.request.headers.get("idempotency-key")
