"""Uploaded images checked by their content, and the QR / DataMatrix codes read from them.

No flask here: routes call `decode_upload` (or `load_image` then `decode_codes`) and let
`DomainError` become the API's error body. The measurements behind the pipeline: docs/imaging.md.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from collections.abc import Callable, Iterator

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

from app.errors import DomainError

try:  # HEIC support is optional: without pillow-heif a HEIC upload is an unsupported type.
    import pillow_heif
except ImportError:  # pragma: no cover - depends on the installation
    pillow_heif = None
else:
    pillow_heif.register_heif_opener()

DEFAULT_MAX_BYTES = 15 * 1024 * 1024
DEFAULT_MAX_PIXELS = 50_000_000

# Content type of each accepted family, keyed by the Pillow formats that may open it. A phone's
# JPEG with a depth or gain map opens as MPO; it is still a JPEG.
_JPEG = ("image/jpeg", ("JPEG", "MPO"))
_PNG = ("image/png", ("PNG",))
_WEBP = ("image/webp", ("WEBP",))
_HEIC = ("image/heic", ("HEIF",))
_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/heic": "HEIC"}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}

# Pillow's errors for input it cannot decode: bad headers (SyntaxError), truncated or corrupt
# data (OSError), impossible field values (ValueError, struct.error), early end (EOFError).
_DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError)

# Long sides of the working images. A stamp fills a good part of a phone photo: at 1024 px zxing
# reads every shared test photo at a third of the full-size cost; 2048 px keeps a small code
# readable while bounding the cost of the slower attempts on a 50-megapixel upload.
FAST_SIDE_PX = 1024
FULL_SIDE_PX = 2048
UPSCALE = 1.5

_FORMAT_NAMES = {
    zxingcpp.BarcodeFormat.QRCode: "qr_code",
    zxingcpp.BarcodeFormat.DataMatrix: "data_matrix",
}
_ZXING_FORMATS = tuple(_FORMAT_NAMES)


def _sniff(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """The accepted family of `data` by its magic bytes, or None: file names never count."""
    if data.startswith(b"\xff\xd8\xff"):
        return _JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _WEBP
    if pillow_heif is not None and data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return _HEIC
    return None


def accepted_content_types() -> list[str]:
    """The content types an upload may have, as detected from its bytes."""
    families = [_JPEG, _PNG, _WEBP] + ([_HEIC] if pillow_heif is not None else [])
    return [content_type for content_type, _ in families]


def detect_content_type(data: bytes) -> str | None:
    """The content type of an accepted image judged by its bytes, or None when not accepted."""
    family = _sniff(data)
    return family[0] if family else None


def load_image(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    reduce_to_px: int | None = None,
) -> Image.Image:
    """Decode an uploaded image after checking it by its content, upright per its EXIF orientation.

    Accepts JPEG (MPO included), PNG, WebP and, with pillow-heif installed, HEIC. Of a multi-frame
    file (an animation, a phone's MPO) the first frame is used. `reduce_to_px` lets the JPEG
    decoder scale down by a power of two while keeping the long side at least that many pixels:
    much faster for decoding codes, never for evidence. Raises DomainError:
    - 422 `validation_failed` (`imaging.empty`, `imaging.damaged`) for no bytes or broken data;
    - 413 `payload_too_large` (`imaging.too_large`) for more than `max_bytes`, and
      (`imaging.too_many_pixels`) for more than `max_pixels` or a decompression bomb;
    - 415 `unsupported_media_type` (`imaging.unsupported_type`) for anything else.
    """
    if not data:
        raise DomainError("validation_failed", 422, "imaging.empty")
    if len(data) > max_bytes:
        raise DomainError(
            "payload_too_large", 413, "imaging.too_large", max_mb=_megabytes(max_bytes)
        )
    family = _sniff(data)
    if family is None:
        raise DomainError(
            "unsupported_media_type",
            415,
            "imaging.unsupported_type",
            accepted=", ".join(_NAMES[content_type] for content_type in accepted_content_types()),
        )
    too_many_pixels = DomainError(
        "payload_too_large",
        413,
        "imaging.too_many_pixels",
        max_megapixels=round(max_pixels / 1_000_000, 1),
    )
    try:
        # Pillow's own bomb check warns above Image.MAX_IMAGE_PIXELS and raises above twice that;
        # the warning becomes an error here so that no bomb is ever decoded. (catch_warnings is
        # not thread-safe before Python 3.14; a race could at worst leave this one filter on.)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # The family's first name is Pillow's opener; the others are formats it may report
            # ("MPO": a phone's multi-picture JPEG, read by the JPEG opener). Asking for one of
            # those made a JPEG the opener refuses a KeyError, a 500, instead of "damaged".
            opened = Image.open(io.BytesIO(data), formats=family[1][:1])
            width, height = opened.size
            if width * height > max_pixels:
                raise too_many_pixels
            if reduce_to_px and opened.format in _JPEG[1] and max(width, height) > reduce_to_px:
                scale = reduce_to_px / max(width, height)
                opened.draft(None, (math.ceil(width * scale), math.ceil(height * scale)))
            opened.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise too_many_pixels from exc
    except _DECODING_ERRORS as exc:
        raise DomainError("validation_failed", 422, "imaging.damaged") from exc
    return _upright(opened)


def _upright(image: Image.Image) -> Image.Image:
    """A detached single-frame copy turned per its EXIF orientation; broken EXIF is ignored."""
    try:
        return ImageOps.exif_transpose(image)
    except (*_DECODING_ERRORS, KeyError, TypeError):
        return image.copy()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g}"


def decode_upload(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_pixels: int = DEFAULT_MAX_PIXELS
) -> list[dict[str, str]]:
    """The codes in an uploaded photo: `load_image` (its checks and DomainErrors) reduced for
    decoding, then `decode_codes`. What POST /api/v1/decode answers."""
    image = load_image(data, max_bytes=max_bytes, max_pixels=max_pixels, reduce_to_px=FULL_SIDE_PX)
    return decode_codes(image)


def decode_codes(image: Image.Image) -> list[dict[str, str]]:
    """The QR and DataMatrix codes in `image`: `[{"text", "format"}]`, deduplicated, in order found.

    `format` is `qr_code` or `data_matrix` (the names the browsers' BarcodeDetector uses). The
    attempts run from cheapest to dearest and stop at the first that finds anything; an image
    with no code costs all of them. An empty list means nothing was found.
    """
    gray = _grayscale(image)
    for attempt in _attempts(gray):
        codes = attempt()
        if codes:
            return _deduplicate(codes)
    return []


def _attempts(gray: Image.Image) -> Iterator[Callable[[], list[dict[str, str]]]]:
    """The decoding attempts, cheapest and most fruitful first (measured in docs/imaging.md).

    zxing looks for every code in the image, so each search option it is given (rotation,
    inversion) costs a whole extra scan even when the first scan succeeds: the common attempts
    do without them.
    """
    full = _shrunk(gray, FULL_SIDE_PX)
    fast = _shrunk(full, FAST_SIDE_PX)
    plain = {"try_rotate": False, "try_invert": False}
    yield lambda: _zxing(fast, **plain)
    if fast is not full:
        yield lambda: _zxing(full, **plain)
    # Small modules: more pixels per module help zxing's sampling more than they cost.
    yield lambda: _zxing(_resized(full, round(max(full.size) * UPSCALE)), **plain)
    # Blur: a strong unsharp mask restores module edges.
    yield lambda: _zxing(full.filter(ImageFilter.UnsharpMask(2, 150, 3)), **plain)
    # Light on dark (an etched DataMatrix, a code on a phone screen in dark mode).
    yield lambda: _zxing(fast, try_rotate=False, try_invert=True)


def _zxing(gray: Image.Image, **options) -> list[dict[str, str]]:
    found = zxingcpp.read_barcodes(gray, formats=_ZXING_FORMATS, **options)
    return [{"text": code.text, "format": _FORMAT_NAMES[code.format]} for code in found]


def _grayscale(image: Image.Image) -> Image.Image:
    """8-bit grayscale; transparency flattened onto white (a code printed on a clear label)."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image if image.mode == "L" else image.convert("L")


def _shrunk(gray: Image.Image, side_px: int) -> Image.Image:
    """`gray` itself when its long side is at most `side_px`, else a reduced copy."""
    return gray if max(gray.size) <= side_px else _resized(gray, side_px)


def _resized(gray: Image.Image, side_px: int) -> Image.Image:
    scale = side_px / max(gray.size)
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    if scale < 1:
        return gray.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    return gray.resize(size, Image.Resampling.BICUBIC)


def _deduplicate(codes: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for code in codes:
        key = (code["text"], code["format"])
        if key not in seen:
            seen.add(key)
            unique.append(code)
    return unique
