"""Who reads the camera's frames: on a first visit the server (POST /api/v1/decode) while the
phone's own decoder is still arriving, afterwards and offline the phone alone."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image, ImageChops

from tests.browser import pwa
from tests.browser.media import fake_camera_video
from tests.browser.pwa import fake_camera_args, launch, open_app, phone_context

playwright_session = pwa.playwright_session
browser = pwa.browser

pytestmark = pytest.mark.browser


def genuine(demo) -> dict:
    return next(code for code in demo["codes"] if code["expect"] == "genuine")


def camera_scan(page) -> None:
    page.get_by_role("button", name="Scan with the camera").click()
    page.locator(".verdict").wait_for(timeout=30000)


def test_first_visit_frames_go_to_the_server_then_the_phone_decodes_alone(
    playwright_session, live_server, demo, tmp_path
):
    code = genuine(demo)
    # The stamp on a yellow pack: the frame sent is grey all the same (smaller), and still read.
    video = fake_camera_video(code["text"], tmp_path / "stamp.y4m", background=(230, 190, 60))
    chromium = launch(playwright_session, fake_camera_args(video))
    try:
        context = phone_context(chromium, live_server, permissions=["camera"])
        # The decoder's WebAssembly is held back, as a slow network's first visit would.
        held = []

        def hold(route) -> None:
            held.append(route)

        context.route("**/zxing_reader.wasm", hold)
        decodes, verifications = [], []
        context.on("request", lambda request: decodes.append(request)
                   if request.url.endswith("/api/v1/decode") else None)
        context.on("request", lambda request: verifications.append(request)
                   if request.url.endswith("/api/v1/verifications") else None)
        page = open_app(context)
        camera_scan(page)
        assert page.locator(".verdict-genuine").is_visible()
        assert decodes, "no frame was sent to the server"
        frame = decodes[-1]
        assert frame.method == "POST"
        assert b"image/jpeg" in frame.post_data_buffer
        # The frame that showed the code came back with its verdict: one round trip, not two.
        assert b'name="verify"' in frame.post_data_buffer
        assert frame.headers.get("idempotency-key")
        assert verifications == []
        assert frame.response().json()["verification"]["verdict"] == "genuine"
        jpeg = frame.post_data_buffer
        jpeg = jpeg[jpeg.index(b"\xff\xd8"):jpeg.rindex(b"\xff\xd9") + 2]
        red, green, blue = Image.open(io.BytesIO(jpeg)).convert("RGB").split()
        colour = max(ImageChops.difference(red, green).getextrema()[1],
                     ImageChops.difference(green, blue).getextrema()[1])
        assert colour < 16, "a colour frame was sent"
        assert not page.js_errors
        for route in held:
            route.continue_()
        context.unroute("**/zxing_reader.wasm", hold)

        # Once the decoder is here (and cached), frames stay on the phone, online or not.
        pwa.wait_for_offline_readiness(page)
        page.wait_for_function("""async () => {
            const names = await caches.keys();
            const name = names.find((n) => n.startsWith('bi-decoder-'));
            return name && (await (await caches.open(name)).keys()).length >= 3;
        }""")
        # Installed, with the camera used (and granted) before: the app opens straight into the
        # camera, nothing pressed; the scan screen drawn again later waits for the button.
        # Offline the frames stay on the phone.
        for offline in (False, True):
            context.set_offline(offline)
            decodes.clear()
            again = open_app(context)
            again.locator(".verdict").wait_for(timeout=30000)
            expected = ".verdict-authentic" if offline else ".verdict-genuine"
            assert again.locator(expected).is_visible()
            again.evaluate("location.hash = '#/scan'")
            again.get_by_role("button", name="Scan with the camera").wait_for()
            again.wait_for_timeout(500)
            assert again.locator("video.camera").is_hidden()
            assert not again.js_errors
            again.close()
            if offline:
                assert decodes == []
    finally:
        chromium.close()


def test_a_first_scan_goes_first_and_the_offline_downloads_after_its_verdict(
    playwright_session, live_server, demo, tmp_path
):
    """On a first visit nothing else takes the network or the phone's CPU before the first
    camera scan's verdict: the signing keys and the service worker (which downloads the shell
    and the decoder again for offline use) wait for the verdict on the screen; after it the app
    is ready for offline as before."""
    code = genuine(demo)
    video = fake_camera_video(code["text"], tmp_path / "stamp.y4m")
    chromium = launch(playwright_session, fake_camera_args(video))
    try:
        context = phone_context(chromium, live_server, permissions=["camera"])
        requests: list[str] = []
        context.on("request", lambda request: requests.append(request.url.split("//")[1]
                                                              .partition("/")[2]))
        # The decoder's WebAssembly is held back, as a slow network's first visit would.
        held = []

        def hold(route) -> None:
            held.append(route)

        context.route("**/zxing_reader.wasm", hold)
        page = context.new_page()
        # What had been requested when the verdict was drawn ('verdict-shown'): the binding's
        # call reaches the test before any request the page makes after it.
        at_verdict: list[list[str]] = []
        page.expose_function("__verdictShown", lambda: at_verdict.append(list(requests)))
        page.add_init_script(
            "window.addEventListener('verdict-shown', () => window.__verdictShown())")
        # The page's clock stands still and moves only as the test moves it, so that the
        # fallback (the downloads start anyway after a while without a scan) cannot fire first.
        page.clock.install()
        page.clock.pause_at(datetime.now(UTC) + timedelta(seconds=1))
        page.goto("/")
        page.wait_for_selector("html[data-ready]")
        page.get_by_role("button", name="Scan with the camera").click()
        moved_ms = 0
        while not page.locator(".verdict").count():
            assert moved_ms < 3000, "no verdict within 3 s of the page's time"
            page.clock.run_for(100)
            moved_ms += 100
            page.wait_for_timeout(100)
        assert page.locator(".verdict-genuine").is_visible()
        page.wait_for_timeout(200)
        assert at_verdict, "the verdict was drawn without its event"
        assert "api/v1/decode" in at_verdict[0]
        assert "sw.js" not in at_verdict[0]
        assert "api/v1/keys" not in at_verdict[0]
        for route in held:
            route.continue_()
        context.unroute("**/zxing_reader.wasm", hold)
        page.clock.resume()
        pwa.wait_for_offline_readiness(page)
        assert requests.index("sw.js") > requests.index("api/v1/decode")
    finally:
        chromium.close()


def test_without_a_scan_the_app_is_still_made_ready_for_offline(browser, live_server):
    """The downloads for offline use wait for a first verdict only for a while: someone who
    opens the app and scans nothing has it offline next time all the same."""
    context = phone_context(browser, live_server)
    try:
        page = open_app(context)
        pwa.wait_for_offline_readiness(page)
        assert page.locator(".verdict").count() == 0
        context.set_offline(True)
        again = open_app(context)
        assert again.get_by_role("button", name="Scan with the camera").is_visible()
    finally:
        context.close()
