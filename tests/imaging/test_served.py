"""Photos sent many at once to gunicorn serving the app as `make run` does (issue 17): each
worker decodes one at a time and sends the rest back with 503 `busy`; what would swell in
decoding is refused from its header. Memory and time are figures: bench/image_abuse.py."""

from __future__ import annotations

import threading

import pytest
import requests
from PIL import Image

from tests import servers
from tests.imaging import images

AT_ONCE = 8


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    instance = tmp_path_factory.mktemp("imaging-served")
    env = servers.prepared_instance(instance, demo=False)
    with servers.gunicorn(env, instance / "gunicorn.log", workers=1) as server:
        yield server.base, instance


def _all_at_once(base: str, uploads: list[bytes]) -> list[requests.Response]:
    answers: list[requests.Response | None] = [None] * len(uploads)
    start = threading.Barrier(len(uploads))

    def send(index: int) -> None:
        start.wait()
        answers[index] = requests.post(f"{base}/api/v1/decode", timeout=120,
                                       files={"image": ("photo", uploads[index])})

    threads = [threading.Thread(target=send, args=(index,)) for index in range(len(uploads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_uploads_at_once_are_decoded_one_at_a_time_or_sent_back(served):
    base, instance = served
    at_cap = images.blank_png(4898, 4898)  # 24 MP of 8-bit RGB: the most a decode may hold
    probes = [  # the uploads of the probe
        images.blank_png(6300, 6300, depth=16, alpha=True),  # 300 KB
        images.encode(Image.new("RGBA", (6245, 6245)), "WEBP", lossless=True, method=0),
    ]

    answers = _all_at_once(base, [at_cap] * AT_ONCE + probes)

    decoded = answers[:AT_ONCE]
    assert {answer.status_code for answer in decoded} <= {200, 503}
    assert any(answer.status_code == 200 for answer in decoded)
    for busy in (answer for answer in decoded if answer.status_code == 503):
        assert busy.json()["error"] == "busy"
        assert int(busy.headers["Retry-After"]) > 0
    assert [answer.status_code for answer in answers[AT_ONCE:]] == [413, 413]
    assert "Traceback" not in (instance / "gunicorn.log").read_text()


def test_a_phone_photo_is_read_after_the_rush(served):
    base, _instance = served
    text = images.stamp_text()
    photo = images.photo_like(images.qr_image(text), angle_deg=7, blur_px=0.8, noise_sigma=12)

    answer = requests.post(f"{base}/api/v1/decode", timeout=60,
                           files={"image": ("photo.jpg", images.encode(photo, quality=80))})

    assert (answer.status_code, answer.json()["codes"]) == (
        200, [{"text": text, "format": "qr_code"}])
