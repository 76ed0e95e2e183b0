"""Layout on small phones (issue 18, item 7): the tab bar fits 360–390 px in every language (in
Serbian "Podešavanja" was cut off), and no blank gap opens under the camera button."""

from __future__ import annotations

import pytest

from tests.browser import pwa
from tests.browser.pwa import LOCALES, open_app, screenshot

# Fixtures shared by the browser tests (one Playwright driver, one Chromium per module).
browser, playwright_session = pwa.browser, pwa.playwright_session

pytestmark = pytest.mark.browser


def phone(browser, live_server, lang, width):
    return browser.new_context(base_url=live_server, viewport={"width": width, "height": 780},
                               device_scale_factor=2, is_mobile=True, has_touch=True,
                               locale=LOCALES[lang])


@pytest.mark.parametrize("width", [360, 375, 390])
@pytest.mark.parametrize("lang", ["sr", "sq", "en"])
def test_every_tab_shows_its_whole_word_on_one_line(browser, live_server, lang, width):
    context = phone(browser, live_server, lang, width)
    page = open_app(context)
    tabs = page.evaluate("""() => [...document.querySelectorAll('#tabbar a')].map((tab) => {
        const box = tab.getBoundingClientRect(), words = tab.querySelector('span');
        const range = document.createRange();
        range.selectNodeContents(words);
        return {text: words.textContent, left: box.left, right: box.right,
                clipped: tab.scrollWidth > tab.clientWidth, lines: range.getClientRects().length,
                textRight: range.getBoundingClientRect().right};
    })""")
    assert len(tabs) == 5
    for tab in tabs:
        assert not tab["clipped"] and tab["lines"] == 1, tab
        assert tab["left"] >= 0 and tab["right"] <= width and tab["textRight"] <= tab["right"], tab
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    if width == 360 and lang == "sr":
        screenshot(page, "tabbar-sr-360")
    context.close()


def test_no_blank_gap_under_the_camera_button(browser, live_server):
    context = phone(browser, live_server, "sr", 360)
    page = open_app(context, "/#/scan")
    camera = page.locator(".scan-actions button").first
    photo = page.locator(".scan-actions button").nth(1)
    gap = photo.bounding_box()["y"] - (camera.bounding_box()["y"] + camera.bounding_box()["height"])
    assert 0 < gap <= 16, gap  # one row gap (0.75rem), not an empty status line between
    context.close()
