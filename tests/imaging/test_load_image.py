"""load_image: accepted formats judged by content, and every kind of bad upload a clear 4xx."""

from __future__ import annotations

import pytest
from PIL import ExifTags, Image

from app.errors import DomainError
from app.i18n import translate
from app.imaging.decode import detect_content_type, load_image
from tests.imaging import images
from tests.imaging.images import encode

RED, BLUE = (200, 30, 30), (30, 30, 200)


def _error(data: bytes, **limits) -> DomainError:
    with pytest.raises(DomainError) as caught:
        load_image(data, **limits)
    return caught.value


@pytest.mark.parametrize(
    ("image_format", "content_type"),
    [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp"), ("HEIF", "image/heic")],
)
def test_accepts_jpeg_png_webp_and_heic(image_format, content_type):
    data = encode(Image.new("RGB", (64, 48), RED), image_format)

    image = load_image(data)

    assert image.size == (64, 48)
    assert detect_content_type(data) == content_type


def test_the_file_name_plays_no_part_a_text_file_is_refused():
    error = _error(b"Dear customs, this is not a photo.\n" * 20)

    assert (error.status, error.error) == (415, "unsupported_media_type")
    assert error.message_key == "imaging.unsupported_type"
    assert "JPEG" in translate(error.message_key, "en", **error.params)


@pytest.mark.parametrize("image_format", ["GIF", "BMP", "TIFF"])
def test_other_image_formats_are_refused(image_format):
    error = _error(encode(Image.new("RGB", (64, 48), RED), image_format))

    assert (error.status, error.error) == (415, "unsupported_media_type")


def test_empty_upload_is_a_validation_error():
    error = _error(b"")

    assert (error.status, error.error, error.message_key) == (
        422,
        "validation_failed",
        "imaging.empty",
    )


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_truncated_image_is_a_validation_error(image_format):
    noisy = Image.effect_noise((400, 300), 60).convert("RGB")
    data = encode(noisy, image_format)

    error = _error(data[: len(data) // 2])

    assert (error.status, error.error, error.message_key) == (
        422,
        "validation_failed",
        "imaging.damaged",
    )


@pytest.mark.parametrize("data", [b"\xff\xd8\xff", b"\xff\xd8\xff\x00\x01"])
def test_jpeg_magic_the_jpeg_reader_refuses_at_once_is_a_validation_error(data):
    """Found by schemathesis: such an upload once reached Pillow's list of formats as "MPO",
    which no opener has, and answered 500."""
    error = _error(data)

    assert (error.status, error.error, error.message_key) == (
        422,
        "validation_failed",
        "imaging.damaged",
    )


def test_jpeg_magic_followed_by_garbage_is_a_validation_error():
    error = _error(b"\xff\xd8\xff\xe0" + b"\x13\x37" * 500)

    assert (error.status, error.error) == (422, "validation_failed")


def test_too_many_bytes_is_payload_too_large():
    data = encode(Image.effect_noise((300, 300), 60), "PNG")

    error = _error(data, max_bytes=len(data) - 1)

    assert (error.status, error.error, error.message_key) == (
        413,
        "payload_too_large",
        "imaging.too_large",
    )


def test_a_pixel_bomb_is_refused_before_decoding():
    bomb = images.bomb_png(40_000, 40_000)  # 1.6 gigapixels in about a hundred bytes
    assert len(bomb) < 200

    error = _error(bomb, max_pixels=50_000_000)

    assert (error.status, error.error, error.message_key) == (
        413,
        "payload_too_large",
        "imaging.too_many_pixels",
    )


@pytest.mark.parametrize(
    "side_px",
    [10_000, 14_000],  # above Pillow's warning limit (89 Mpx) and above its error limit (179 Mpx)
)
def test_pillows_own_bomb_checks_become_payload_too_large(side_px):
    error = _error(images.bomb_png(side_px, side_px), max_pixels=10**12)

    assert (error.status, error.error) == (413, "payload_too_large")


def test_too_many_pixels_under_a_configured_limit():
    data = encode(Image.new("RGB", (200, 100), RED), "PNG")

    assert _error(data, max_pixels=19_999).status == 413
    assert load_image(data, max_pixels=20_000).size == (200, 100)


def test_exif_orientation_is_applied():
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # the camera was held rotated 90 degrees
    data = encode(Image.new("RGB", (40, 20), RED), "JPEG", exif=exif)

    assert load_image(data).size == (20, 40)


@pytest.mark.parametrize("image_format", ["WEBP", "PNG", "MPO"])
def test_multi_frame_files_give_their_first_frame(image_format):
    first = Image.new("RGB", (64, 48), RED)
    second = Image.new("RGB", (64, 48), BLUE)
    data = encode(first, image_format, save_all=True, append_images=[second])

    image = load_image(data)

    assert getattr(image, "n_frames", 1) == 1
    red, _, blue = image.convert("RGB").getpixel((32, 24))
    assert red > 150 > blue


def test_jpeg_reduced_for_decoding_keeps_the_requested_side():
    data = encode(Image.new("RGB", (3000, 2000), RED), "JPEG")

    image = load_image(data, reduce_to_px=1024)

    assert 1024 <= max(image.size) < 3000
    assert image.width / image.height == pytest.approx(1.5, rel=0.01)
