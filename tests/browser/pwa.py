"""Helpers for driving the PWA in headless Chromium: launching, phone contexts, axe, screenshots."""

from __future__ import annotations

import atexit
import json
import time
import urllib.request
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "pwa" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
BASE_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PHONE = {"width": 390, "height": 844}


def launch(playwright, extra_args: list[str] | None = None) -> Browser:
    """The system Chromium (never a downloaded one)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=BASE_ARGS + (extra_args or []))


def fake_camera_args(video: Path) -> list[str]:
    return [
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]


_playwright = None


@pytest.fixture(scope="session")
def playwright_session():
    """One Playwright driver for the whole run, however many test modules import this fixture."""
    global _playwright
    if _playwright is None:
        _playwright = sync_playwright().start()
        atexit.register(_playwright.stop)
    return _playwright


@pytest.fixture(scope="module")
def browser(playwright_session):
    chromium = launch(playwright_session)
    yield chromium
    chromium.close()


def phone_context(
    browser: Browser, base_url: str, locale: str = "en-GB", **options
) -> BrowserContext:
    """A fresh phone-sized context: empty storage, no service worker yet."""
    return browser.new_context(
        base_url=base_url,
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale=locale,
        **options,
    )


def open_app(context: BrowserContext, path: str = "/") -> Page:
    """Open the app and wait until it has drawn its first screen."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    page.goto(path)
    page.wait_for_selector("html[data-ready]")
    return page


def wait_for_offline_readiness(page: Page) -> None:
    """The service worker controls the page and the signing keys are stored for offline checks."""
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("() => localStorage.getItem('bi.keys') !== null")
    page.wait_for_function("""async () => {
        const name = (await caches.keys()).find((key) => key.startsWith('bi-shell-'));
        return !!name && (await (await caches.open(name)).keys()).length > 10;
    }""")


def enter_code(page: Page, code: str) -> None:
    page.goto("/#/scan")
    page.fill(".manual-form input[name=code]", code)
    page.click(".manual-form button[type=submit]")


def app_text(page: Page, key: str, **params) -> str:
    """A string of the app's catalogue in the page's language, as the app writes it."""
    return page.evaluate(
        "([key, params]) => import('/js/i18n.js')"
        ".then(async (m) => { await m.loadAllStrings(); return m.t(key, params); })", [key, params]
    )


LOCALES = {"sq": "sq-XK", "sr": "sr-Latn", "en": "en-GB"}


def axe_violations(page: Page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core on the page; the violations of the given impacts, summarised."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in impacts
    ]


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False, animations="disabled")
    return path


_last_totp_step: dict[str, int] = {}


def fresh_totp(secret: str) -> str:
    """A code of `secret` that no earlier sign-in of this run used: the server accepts each TOTP
    step once, and one step of drift ahead, so the next step serves when the current one is
    spent (a third sign-in within one step waits for the clock)."""
    totp = pyotp.TOTP(secret)
    while True:
        current = totp.timecode(time.time())
        step = max(current, _last_totp_step.get(secret, current - 1) + 1)
        if step <= current + 1:
            _last_totp_step[secret] = step
            return totp.generate_otp(step)
        time.sleep(1)


def api_sign_in(base_url: str, account: dict) -> dict:
    """A session of a demo account (the login's answer), signed in through the API with a fresh
    TOTP code: for screens under test that are not the sign-in itself."""
    body = {"email": account["email"], "password": account["password"]}
    if account.get("totp_secret"):
        body["otp"] = fresh_totp(account["totp_secret"])
    request = urllib.request.Request(f"{base_url}/api/v1/auth/login", method="POST",
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def use_session(page: Page, session: dict | None) -> None:
    """Put a session where the app keeps it (as the sign-in screen does), or remove it."""
    page.evaluate("(s) => s ? localStorage.setItem('bi.session', JSON.stringify(s))"
                  " : localStorage.removeItem('bi.session')", session)
