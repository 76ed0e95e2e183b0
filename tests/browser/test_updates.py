"""A deploy reaches people who keep the app open: the service worker's cache is named after the
app's files, a changed file makes a new worker, the page says "A new version is ready: Reload",
and after the reload every file is the new version's and the old cache is gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests import servers
from tests.browser import pwa
from tests.browser.pwa import open_app, phone_context, screenshot, wait_for_offline_readiness

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]

SHELL_CACHES = "async () => (await caches.keys()).filter((name) => name.startsWith('bi-shell-'))"


@pytest.fixture
def deployed_app(tmp_path):
    """A copy of pwa/ that a test may change, as a deploy would (the decoder shared)."""
    copy = tmp_path / "pwa"
    shutil.copytree(ROOT / "pwa", copy, ignore=shutil.ignore_patterns("node_modules"))
    (copy / "node_modules").symlink_to((ROOT / "pwa" / "node_modules").resolve())
    return copy


def test_a_new_version_is_offered_and_taken_on_reload(browser, server_instance, deployed_app):
    instance, env = server_instance
    env = env | {"PWA_DIR": str(deployed_app)}
    log = instance / "gunicorn-updates.log"
    with servers.gunicorn(env, log) as server:
        page = open_app(phone_context(browser, server.base))
        wait_for_offline_readiness(page)
        page.wait_for_function("() => !!navigator.serviceWorker.controller")
        first_caches = page.evaluate(SHELL_CACHES)
        assert len(first_caches) == 1
        page.reload()
        page.wait_for_selector("html[data-ready]")
        expect(page.locator("h1")).to_have_text("Check a stamp")
        assert page.locator("#update-banner").count() == 0  # nothing new: nothing offered

    # The deploy: one sentence changes; the server starts again on the same origin.
    i18n = deployed_app / "js" / "i18n.js"
    i18n.write_text(i18n.read_text().replace("['Check a stamp',", "['Check an excise stamp',"))
    with servers.gunicorn(env, log, port=int(server.base.rsplit(":", 1)[1])):
        page.reload()  # the browser looks for a new service worker on every visit
        page.wait_for_selector("html[data-ready]")
        banner = page.locator("#update-banner")
        expect(banner).to_contain_text("A new version of the app is ready.", timeout=20000)
        expect(page.locator("h1")).to_have_text("Check a stamp")  # the old version until then
        screenshot(page, "update-ready")

        banner.get_by_role("button", name="Reload").click()
        expect(page.locator("h1")).to_have_text("Check an excise stamp", timeout=20000)
        page.wait_for_function(
            f"async () => (await ({SHELL_CACHES})()).length === 1", timeout=20000
        )
        caches = page.evaluate(SHELL_CACHES)
        assert caches != first_caches
        assert page.locator("#update-banner").count() == 0

        version = caches[0].removeprefix("bi-shell-")
        page.goto("/#/settings")
        expect(page.locator("main")).to_contain_text(f"version {version[:8]}")
        assert not page.js_errors
