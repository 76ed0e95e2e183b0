"""decode_codes on generated stamp codes, degraded like phone photos, and on outside photos
(tests/data/stamp-photos, with their source in tests/data/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from app.imaging.decode import decode_codes, load_image
from tests.imaging.images import (
    datamatrix_image,
    encode,
    photo_like,
    qr_image,
    stamp_text,
)

STAMP_PHOTOS = Path(__file__).resolve().parents[1] / "data" / "stamp-photos"
TEXT = stamp_text()


def test_reads_a_clean_stamp_code():
    assert decode_codes(qr_image(TEXT)) == [{"text": TEXT, "format": "qr_code"}]


@pytest.mark.parametrize(
    "degradation",
    [
        {"angle_deg": 31},
        {"angle_deg": -75},
        {"blur_px": 1.6},
        {"noise_sigma": 28},
        {"angle_deg": 17, "blur_px": 1.0, "noise_sigma": 14},
    ],
    ids=["rotated", "rotated-steep", "blurred", "noisy", "all-together"],
)
@pytest.mark.parametrize("jpeg_quality", [85, 30])
def test_reads_degraded_phone_like_photos(degradation, jpeg_quality):
    photo = photo_like(qr_image(TEXT, module_px=4), **degradation)
    image = load_image(encode(photo, "JPEG", quality=jpeg_quality))

    assert decode_codes(image) == [{"text": TEXT, "format": "qr_code"}]


def test_reads_a_small_code_in_a_large_photo():
    # 3 px per module in a 3000 px photo: beyond the fast first attempt.
    photo = photo_like(qr_image(TEXT, module_px=3), angle_deg=8, scene_px=(3000, 2250))
    image = load_image(encode(photo, "JPEG", quality=80))

    assert decode_codes(image) == [{"text": TEXT, "format": "qr_code"}]


def test_reads_a_datamatrix():
    assert decode_codes(datamatrix_image("CG26-000123456")) == [
        {"text": "CG26-000123456", "format": "data_matrix"}
    ]


def test_reads_a_light_on_dark_code():
    inverted = ImageOps.invert(qr_image(TEXT))

    assert decode_codes(inverted) == [{"text": TEXT, "format": "qr_code"}]


def test_reads_a_code_on_a_transparent_background():
    code = qr_image(TEXT).convert("L")
    transparent = Image.new("LA", code.size)
    transparent.putalpha(ImageOps.invert(code))  # dark modules opaque, the rest see-through
    image = load_image(encode(transparent, "PNG"))

    assert decode_codes(image) == [{"text": TEXT, "format": "qr_code"}]


def test_reads_a_sixteen_bit_png():
    code = qr_image(TEXT).convert("L").point(lambda value: value * 256, "I").convert("I;16")
    image = load_image(encode(code, "PNG"))

    assert decode_codes(image) == [{"text": TEXT, "format": "qr_code"}]


def test_two_codes_are_both_returned_and_a_repeated_code_once():
    other = stamp_text("SP26-000000042", "k2")
    left, right = qr_image(TEXT), qr_image(other)
    sheet = Image.new("RGB", (left.width * 3 + 60, left.height + 40), "#f4f1ea")
    sheet.paste(left, (20, 20))
    sheet.paste(right, (left.width + 40, 20))
    sheet.paste(left, (2 * left.width + 40, 20))

    found = decode_codes(sheet)

    assert sorted(code["text"] for code in found) == sorted([TEXT, other])


def test_an_image_without_a_code_gives_an_empty_list():
    assert decode_codes(photo_like(Image.new("RGB", (400, 300), "#d9d2c5"), noise_sigma=10)) == []


def _labelled_photos() -> list[dict]:
    return json.loads((STAMP_PHOTOS / "labels.json").read_text(encoding="utf-8"))["items"]


@pytest.mark.parametrize("item", _labelled_photos(), ids=lambda item: item["file"])
def test_reads_the_stamp_photos(item):
    image = load_image((STAMP_PHOTOS / item["file"]).read_bytes())

    assert item["text"] in [code["text"] for code in decode_codes(image)]
