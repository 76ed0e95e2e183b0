"""Evidence photos kept byte for byte with their SHA-256, and metadata-free copies to show.

An evidence photo is stored exactly as uploaded: its SHA-256 is that of the upload, so anyone can
later show the file is the one attached to the case. Everything shown outside the case (the
public board, a PDF handed out, a consumer's report photo) is a re-encoded copy that carries
pixels only: no EXIF, GPS, XMP, maker notes, thumbnails or colour profile.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from PIL import ExifTags, Image, ImageCms

from app.imaging.decode import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PIXELS,
    CheckedUpload,
    Upload,
    check_upload,
    decode_checked,
    decoding_slot,
)
from app.kosovo_time import KOSOVO

THUMBNAIL_PX = 320
PUBLIC_SIDE_PX = 1600
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80
# Phone clocks keep local time; a photo without an EXIF offset was taken in Kosovo time.

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
}


@dataclass(frozen=True)
class EvidencePhoto:
    """A stored evidence photo. `width` and `height` are upright (EXIF orientation applied)."""

    sha256: str
    stored_path: Path
    width: int
    height: int
    captured_at: datetime | None
    content_type: str
    thumbnail_path: Path
    size_bytes: int


@dataclass(frozen=True)
class CleanImage:
    """A re-encoded image holding pixels and nothing else."""

    data: bytes
    content_type: str
    width: int
    height: int


def store_evidence(
    data: bytes,
    directory: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    thumbnail_px: int = THUMBNAIL_PX,
) -> EvidencePhoto:
    """Check an uploaded photo, keep its bytes unchanged and make a metadata-free JPEG thumbnail.

    Files are named by content: `<sha256>.<ext>` and `<sha256>.thumb.jpg` in `directory` (made if
    missing), so storing the same upload twice writes nothing new. `captured_at` is the EXIF
    DateTimeOriginal in UTC (its EXIF offset if given, else Kosovo time), or None. Raises the
    DomainErrors of `check_upload` and `decode_checked`, and of `decoding_slot` (503 `busy`);
    nothing is written when it does.
    """
    checked = check_upload(data, max_bytes=max_bytes, max_pixels=max_pixels,
                           reduce_to_px=thumbnail_px)
    with decoding_slot():
        upload, thumbnail = _thumbnailed(checked, thumbnail_px)
    sha256 = hashlib.sha256(data).hexdigest()
    directory.mkdir(parents=True, exist_ok=True)
    stored_path = directory / f"{sha256}{_EXTENSIONS[upload.content_type]}"
    thumbnail_path = directory / f"{sha256}.thumb.jpg"
    _write_once(stored_path, data)
    _write_once(thumbnail_path, thumbnail.data)
    return EvidencePhoto(
        sha256=sha256,
        stored_path=stored_path,
        width=upload.width,
        height=upload.height,
        captured_at=exif_captured_at(upload.image.getexif()),
        content_type=upload.content_type,
        thumbnail_path=thumbnail_path,
        size_bytes=len(data),
    )


def _thumbnailed(checked: CheckedUpload, thumbnail_px: int) -> tuple[Upload, CleanImage]:
    """The upload decoded no larger than its thumbnail needs, and the thumbnail."""
    upload = decode_checked(checked, reduce_to_px=thumbnail_px)
    return upload, _clean(upload.image, thumbnail_px, THUMBNAIL_QUALITY, jpeg=True)


def public_copy(photo: EvidencePhoto, *, max_side_px: int = PUBLIC_SIDE_PX) -> CleanImage:
    """A copy of a stored evidence photo fit to be shown outside the case: upright, at most
    `max_side_px` on its long side, without any metadata. Decoded in this process's decoding
    slot (`decoding_slot`: 503 `busy` when it is taken)."""
    data = photo.stored_path.read_bytes()
    checked = check_upload(
        data,
        max_bytes=len(data),
        max_pixels=max(DEFAULT_MAX_PIXELS, photo.width * photo.height),
        reduce_to_px=max_side_px,
    )
    with decoding_slot():
        return _cleaned(checked, max_side_px)


def strip_metadata(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_side_px: int = PUBLIC_SIDE_PX,
) -> CleanImage:
    """An uploaded photo re-encoded upright with pixels only (no EXIF, GPS, device data): for
    consumer report photos, whose original is not kept. JPEG, or PNG when the image has
    transparency. Judged as an anonymous upload (`check_upload`: `max_pixels` bounds what
    decoding holds); raises its DomainErrors and those of `decoding_slot` (503 `busy`)."""
    checked = check_upload(data, max_bytes=max_bytes, max_pixels=max_pixels,
                           reduce_to_px=max_side_px, anonymous=True)
    with decoding_slot():
        return _cleaned(checked, max_side_px)


def _cleaned(checked: CheckedUpload, max_side_px: int) -> CleanImage:
    """`_clean` of a checked upload, decoded no larger than the copy needs."""
    upload = decode_checked(checked, reduce_to_px=max_side_px)
    return _clean(upload.image, max_side_px, JPEG_QUALITY)


def exif_captured_at(exif: Image.Exif) -> datetime | None:
    """EXIF DateTimeOriginal as an aware UTC datetime, or None when absent or unreadable."""
    details = exif.get_ifd(ExifTags.IFD.Exif)
    taken = details.get(ExifTags.Base.DateTimeOriginal)
    if not isinstance(taken, str):
        return None
    try:
        local = datetime.strptime(taken.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = _utc_offset(details.get(ExifTags.Base.OffsetTimeOriginal))
    zone = timezone(offset) if offset is not None else KOSOVO
    return local.replace(tzinfo=zone).astimezone(UTC)


def _utc_offset(text: object) -> timedelta | None:
    """An EXIF offset such as `+01:00` as a timedelta, or None."""
    if not isinstance(text, str):
        return None
    text = text.strip("\x00 ")
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    sign = -1 if text[0] == "-" else 1
    return sign * timedelta(hours=hours, minutes=minutes)


def _clean(image: Image.Image, max_side_px: int, quality: int, *, jpeg: bool = False) -> CleanImage:
    """Pixels only, re-encoded: a fresh image is built from the pixel data, so nothing of the
    source's `info` (EXIF, XMP, ICC, comments) can reach the encoder. Wide-gamut photos are
    converted to sRGB first, since their colour profile is dropped."""
    image = _in_srgb(image)
    transparent = not jpeg and (image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info)
    if transparent:
        image = image.convert("RGBA")
    elif image.mode in ("RGBA", "LA", "PA", "P"):
        flat = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(flat, image.convert("RGBA")).convert("RGB")
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    pixels = Image.frombytes(image.mode, image.size, image.tobytes())
    pixels.thumbnail((max_side_px, max_side_px), Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = io.BytesIO()
    if transparent:
        pixels.save(out, "PNG", optimize=True)
        content_type = "image/png"
    else:
        pixels.save(out, "JPEG", quality=quality, optimize=True)
        content_type = "image/jpeg"
    return CleanImage(out.getvalue(), content_type, pixels.width, pixels.height)


def _in_srgb(image: Image.Image) -> Image.Image:
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: keep the pixels as they are


def _write_once(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically unless a file already holds it (content-addressed)."""
    if path.exists():
        return
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
