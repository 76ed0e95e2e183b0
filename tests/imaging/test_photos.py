"""Evidence photos kept byte for byte, thumbnails, and copies without EXIF, GPS or device data."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime

import pytest
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from app.errors import DomainError
from app.imaging.photos import public_copy, store_evidence, strip_metadata
from tests.imaging.images import encode

DEVICE = "AcmePhone 12 Pro"


def _phone_jpeg(
    *, offset: str | None = "+01:00", orientation: int = 1, size: tuple[int, int] = (640, 480)
) -> bytes:
    """A JPEG with what a phone writes: maker, model, time taken, GPS position, XMP, profile."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Acme"
    exif[ExifTags.Base.Model] = DEVICE
    exif[ExifTags.Base.Orientation] = orientation
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = "2026:11:20 14:30:05"
    if offset:
        details[ExifTags.Base.OffsetTimeOriginal] = offset
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (42.0, 39.0, 55.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (21.0, 9.0, 44.0),
        }
    )
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    picture = Image.effect_noise(size, 40).convert("RGB")
    return encode(
        picture,
        "JPEG",
        quality=90,
        exif=exif,
        icc_profile=profile,
        xmp=f"<x:xmpmeta><tiff:Model>{DEVICE}</tiff:Model></x:xmpmeta>".encode(),
    )


def _assert_no_metadata(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    assert len(image.getexif()) == 0
    assert not {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment"} & set(image.info)
    assert DEVICE.encode() not in data and b"Acme" not in data


def test_the_original_is_kept_byte_for_byte_with_its_sha256(tmp_path):
    data = _phone_jpeg()

    photo = store_evidence(data, tmp_path)

    assert photo.stored_path.read_bytes() == data
    assert photo.sha256 == hashlib.sha256(data).hexdigest()
    assert hashlib.sha256(photo.stored_path.read_bytes()).hexdigest() == photo.sha256
    assert photo.stored_path.name == f"{photo.sha256}.jpg"
    assert (photo.content_type, photo.size_bytes) == ("image/jpeg", len(data))
    assert (photo.width, photo.height) == (640, 480)


def test_capture_time_comes_from_exif_in_utc(tmp_path):
    with_offset = store_evidence(_phone_jpeg(offset="+01:00"), tmp_path)
    # Without an offset the phone's clock is read as Kosovo time (CET in November).
    without_offset = store_evidence(_phone_jpeg(offset=None), tmp_path)
    no_exif = store_evidence(encode(Image.new("RGB", (32, 32), "white"), "PNG"), tmp_path)

    expected = datetime(2026, 11, 20, 13, 30, 5, tzinfo=UTC)
    assert with_offset.captured_at == expected
    assert without_offset.captured_at == expected
    assert no_exif.captured_at is None


def test_thumbnail_is_small_upright_and_clean(tmp_path):
    photo = store_evidence(_phone_jpeg(orientation=6), tmp_path)

    assert (photo.width, photo.height) == (480, 640)  # upright
    thumbnail = Image.open(io.BytesIO(photo.thumbnail_path.read_bytes()))
    assert thumbnail.format == "JPEG"
    assert thumbnail.size == (240, 320)
    _assert_no_metadata(photo.thumbnail_path.read_bytes())


def test_public_copy_has_no_exif_gps_or_device_data_and_the_original_is_unchanged(tmp_path):
    data = _phone_jpeg(orientation=6)
    photo = store_evidence(data, tmp_path)

    copy = public_copy(photo)

    _assert_no_metadata(copy.data)
    assert b"GPS" not in copy.data
    assert copy.content_type == "image/jpeg"
    assert (copy.width, copy.height) == (480, 640)
    assert Image.open(io.BytesIO(copy.data)).size == (480, 640)
    assert photo.stored_path.read_bytes() == data
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)


def test_public_copy_is_limited_in_size(tmp_path):
    photo = store_evidence(encode(Image.new("RGB", (3000, 1500), "white"), "JPEG"), tmp_path)

    assert (public_copy(photo, max_side_px=1200).width, public_copy(photo).width) == (1200, 1600)


def test_storing_the_same_upload_twice_keeps_one_file(tmp_path):
    data = _phone_jpeg()

    first = store_evidence(data, tmp_path)
    second = store_evidence(data, tmp_path)

    assert first == second
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [f"{first.sha256}.jpg", f"{first.sha256}.thumb.jpg"]
    )


def test_a_bad_upload_stores_nothing(tmp_path):
    with pytest.raises(DomainError) as caught:
        store_evidence(b"not an image", tmp_path / "case-1")

    assert caught.value.status == 415
    assert not (tmp_path / "case-1").exists()


def test_heic_evidence_is_kept_as_heic(tmp_path):
    data = encode(Image.new("RGB", (64, 48), "white"), "HEIF")

    photo = store_evidence(data, tmp_path)

    assert (photo.content_type, photo.stored_path.suffix) == ("image/heic", ".heic")
    assert photo.stored_path.read_bytes() == data


def test_strip_metadata_for_a_consumer_report_photo():
    clean = strip_metadata(_phone_jpeg(orientation=6))

    _assert_no_metadata(clean.data)
    assert (clean.content_type, clean.width, clean.height) == ("image/jpeg", 480, 640)


def test_strip_metadata_keeps_transparency_as_png_without_text_chunks():
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", DEVICE)
    exif = Image.Exif()
    exif[ExifTags.Base.Model] = DEVICE
    data = encode(Image.new("RGBA", (50, 40), (10, 20, 30, 128)), "PNG", pnginfo=text, exif=exif)

    clean = strip_metadata(data)

    _assert_no_metadata(clean.data)
    assert clean.content_type == "image/png"
    assert Image.open(io.BytesIO(clean.data)).mode == "RGBA"


def test_a_large_photo_is_decoded_small_yet_kept_whole_with_its_upright_size(tmp_path):
    # Decoded at 1/8 scale for its thumbnail, at 1/2 for its public copy (libjpeg's scaling).
    data = _phone_jpeg(orientation=6, size=(3200, 2400))

    photo = store_evidence(data, tmp_path)

    assert photo.stored_path.read_bytes() == data
    assert (photo.width, photo.height) == (2400, 3200)
    assert photo.captured_at == datetime(2026, 11, 20, 13, 30, 5, tzinfo=UTC)
    assert Image.open(photo.thumbnail_path).size == (240, 320)
    copy = public_copy(photo)
    assert (copy.width, copy.height) == (1200, 1600)
    _assert_no_metadata(copy.data)


def test_a_large_report_photo_is_upright_small_and_clean():
    clean = strip_metadata(_phone_jpeg(orientation=6, size=(3200, 2400)))

    assert (clean.width, clean.height) == (1200, 1600)
    assert Image.open(io.BytesIO(clean.data)).size == (1200, 1600)
    _assert_no_metadata(clean.data)


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "RGB", "RGBA", "I;16"])
def test_large_images_of_every_mode_are_reduced_before_anything_else(mode):
    image = Image.new(mode, (3300, 60), 1)
    if mode == "P":
        image.info["transparency"] = 0

    clean = strip_metadata(encode(image, "PNG"))

    assert (clean.width, clean.height) == (1600, 29)
