"""Who reads the camera's frames: on a first visit the server (POST /api/v1/decode) while the
phone's own decoder is still arriving, afterwards and offline the phone alone."""

from __future__ import annotations

import pytest

from tests.browser import pwa
from tests.browser.media import fake_camera_video
from tests.browser.pwa import fake_camera_args, launch, open_app, phone_context

playwright_session = pwa.playwright_session

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
    video = fake_camera_video(code["text"], tmp_path / "stamp.y4m")
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
        decodes.clear()
        for offline in (False, True):
            context.set_offline(offline)
            again = open_app(context)
            camera_scan(again)
            expected = ".verdict-authentic" if offline else ".verdict-genuine"
            assert again.locator(expected).is_visible()
            again.close()
        assert decodes == []
    finally:
        chromium.close()
