"""Uploaded images checked by their content, and the QR / DataMatrix codes read from them.

No flask here: routes call `decode_upload` (or `load_image` then `decode_codes`) and let
`DomainError` become the API's error body. The measurements behind the pipeline and the bounds
on what one upload may cost: docs/imaging.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import math
import struct
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

from app.errors import Invalid, PayloadTooLarge, ServiceBusy, UnsupportedMediaType

try:  # HEIC support is optional: without pillow-heif a HEIC upload is an unsupported type.
    import pillow_heif
except ImportError:  # pragma: no cover - depends on the installation
    pillow_heif = None
else:
    pillow_heif.register_heif_opener()

DEFAULT_MAX_BYTES = 15 * 1024 * 1024
DEFAULT_MAX_PIXELS = 50_000_000

# One image is decoded at a time in a process (a gunicorn worker). A request waits at most
# DECODE_WAIT_S for its turn, and only while fewer than MAX_WAITING others wait: otherwise it is
# answered 503 `busy` at once. Measured in docs/imaging.md.
DECODE_WAIT_S = 1.0
MAX_WAITING = 2
BUSY_RETRY_AFTER_S = 2

# Content type of each accepted family, and the Pillow format that opens it. A phone's JPEG with
# a depth or gain map opens as MPO (the JPEG opener's doing); it is still a JPEG. (MPO is no
# opener of its own: named in `formats`, Pillow failed on it with KeyError, a 500.)
_JPEG = ("image/jpeg", ("JPEG",))
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


# --- one decode at a time, and its memory given back ------------------------------------------

_decoding = threading.Lock()
_admitted = threading.BoundedSemaphore(1 + MAX_WAITING)  # the decoding one and its waiters
_M_MMAP_THRESHOLD = -3  # mallopt's parameter (malloc.h)


def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (with mallopt and malloc_trim), else None."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


_libc = _glibc()
if _libc is not None:
    # Buffers of 4 MiB and more (decoded images, decoders' planes) get pages of their own, given
    # back when freed. By default glibc raises this threshold to the size of the first such
    # buffer freed and serves the next ones from its per-thread arenas, which keep the pages:
    # a worker stayed at its peak after a few uploads (docs/imaging.md).
    _libc.mallopt(_M_MMAP_THRESHOLD, 4 * 1024 * 1024)


@contextlib.contextmanager
def decoding_slot(wait_s: float | None = None) -> Iterator[None]:
    """Hold this process's one decoding slot for the block; raises ServiceBusy (503 `busy`,
    Retry-After) at once when MAX_WAITING requests already wait for it, or when it is not free
    within `wait_s` (DECODE_WAIT_S).

    Decoding an upload may need a hundred megabytes and a second of CPU: taken one at a time, a
    worker's peak is one decode's whatever arrives at once, and a burst is answered quickly
    rather than queued. On leaving, freed pages the allocator still holds go back to the system
    (glibc's `malloc_trim`). Images made in the block should be gone by then: do the work in a
    function called inside it.
    """
    if not _admitted.acquire(blocking=False):
        raise ServiceBusy("imaging.busy", retry_after_s=BUSY_RETRY_AFTER_S)
    try:
        if not _decoding.acquire(timeout=DECODE_WAIT_S if wait_s is None else wait_s):
            raise ServiceBusy("imaging.busy", retry_after_s=BUSY_RETRY_AFTER_S)
        try:
            yield
        finally:
            if _libc is not None:
                _libc.malloc_trim(0)
            _decoding.release()
    finally:
        _admitted.release()


# --- checking and decoding an upload -----------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """A checked upload, decoded and upright. `image` may be reduced (`reduce_to_px`); `width`
    and `height` are the full upright size."""

    image: Image.Image
    width: int
    height: int
    content_type: str


@dataclass(frozen=True)
class CheckedUpload:
    """An upload whose content and size were judged from its header; nothing decoded yet.
    `opened` is Pillow's lazy image, a JPEG already set to decode at its reduced scale."""

    opened: Image.Image
    width: int
    height: int
    content_type: str


def load_image(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    reduce_to_px: int | None = None,
) -> Image.Image:
    """An upload checked by its content (`check_upload`) and decoded (`decode_checked`): its
    image, upright, at most `reduce_to_px` on its long side when given."""
    checked = check_upload(data, max_bytes=max_bytes, max_pixels=max_pixels,
                           reduce_to_px=reduce_to_px)
    return decode_checked(checked, reduce_to_px=reduce_to_px).image


def check_upload(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    reduce_to_px: int | None = None,
    anonymous: bool = False,
    gray: bool = False,
) -> CheckedUpload:
    """Judge an upload by its content and its header, decoding nothing: cheap, so done before
    waiting for the decoding slot.

    Accepts JPEG (MPO included), PNG, WebP and, with pillow-heif installed, HEIC; file names and
    declared types never count. The size is judged from the header: its pixels against
    `max_pixels`; for an `anonymous` upload, what decoding it would hold (`_decoding_cost`)
    against `max_pixels`. With `reduce_to_px`, a JPEG is set to decode at 1/2, 1/4 or 1/8 of
    its size where that still leaves `reduce_to_px` on its long side (libjpeg's scaled
    decoding: less memory and time); with `gray`, to decode straight to 8-bit gray (libjpeg
    skips the colour conversion), as reading codes needs. Raises:
    - 422 `validation_failed` (`imaging.empty`, `imaging.damaged`) for no bytes or a broken
      header;
    - 413 `payload_too_large` (`imaging.too_large`) for more than `max_bytes`, and
      (`imaging.too_many_pixels`) for too many pixels or a decompression bomb;
    - 415 `unsupported_media_type` (`imaging.unsupported_type`) for anything else.
    """
    if not data:
        raise Invalid("imaging.empty")
    if len(data) > max_bytes:
        raise PayloadTooLarge("imaging.too_large", max_mb=_megabytes(max_bytes))
    family = _sniff(data)
    if family is None:
        raise UnsupportedMediaType(
            "imaging.unsupported_type",
            accepted=", ".join(_NAMES[content_type] for content_type in accepted_content_types()),
        )
    try:
        # Pillow's own bomb check (when opening) warns above Image.MAX_IMAGE_PIXELS and raises
        # above twice that; the warning becomes an error here so that no bomb is ever decoded.
        # (catch_warnings is not thread-safe before Python 3.14; a race could at worst leave
        # this one filter on.)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=family[1])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels(max_pixels) from exc
    except _DECODING_ERRORS as exc:
        raise Invalid("imaging.damaged") from exc
    width, height = opened.size
    if not anonymous and width * height > max_pixels:
        raise _too_many_pixels(max_pixels)
    if opened.format in ("JPEG", "MPO") and (gray or reduce_to_px):
        long_side = max(width, height)
        scale = min(1, (reduce_to_px or long_side) / long_side)
        opened.draft("L" if gray else None, (math.ceil(width * scale), math.ceil(height * scale)))
    if anonymous and (cost := _decoding_cost(opened, width * height, data)) > max_pixels:
        raise _too_many_pixels(max_pixels * width * height // cost)
    return CheckedUpload(opened, width, height, family[0])


def decode_checked(
    checked: CheckedUpload,
    *,
    reduce_to_px: int | None = None,
    resample: Image.Resampling = Image.Resampling.LANCZOS,
) -> Upload:
    """Decode a checked upload, upright per its EXIF orientation; of a multi-frame file (an
    animation, a phone's MPO) the first frame. With `reduce_to_px` the decoded image is reduced
    at once to that many pixels on its long side, in place (a box filter by a whole factor,
    then `resample`), so that nothing after decoding works at full size. Raises 422
    `validation_failed` (`imaging.damaged`) for truncated or corrupt data."""
    opened = checked.opened
    try:
        opened.load()
        image = _reduced(opened, reduce_to_px, resample) if reduce_to_px else opened
    except _DECODING_ERRORS as exc:
        opened.close()  # the pixels decoded so far, not kept alive by the traceback
        raise Invalid("imaging.damaged") from exc
    upright = _upright(image)
    width, height = checked.width, checked.height
    if upright.size != image.size:
        width, height = height, width
    return Upload(upright, width, height, checked.content_type)


def _too_many_pixels(max_pixels: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        "imaging.too_many_pixels", max_megapixels=round(max_pixels / 1_000_000, 1)
    )


# What decoders hold at their peak, per pixel, in multiples of the 4 bytes of a decoded 8-bit
# pixel (measured in docs/imaging.md): Pillow reads every WebP through libwebp's animation
# decoder and copies its frame twice (16 bytes a pixel); libheif holds 7 to 8.
_DECODER_WEIGHT = {"WEBP": 4, "HEIF": 2}


def _decoding_cost(opened: Image.Image, full_pixels: int, data: bytes) -> int:
    """What decoding `opened` (a JPEG already drafted to its scale) and reducing it will hold at
    the peak, in pixels of a plain 8-bit image, judged from its header: the pixels decoded,
    weighted by the decoder's appetite (`_DECODER_WEIGHT`); doubled for samples deeper than 8
    bits (twice the data to inflate) and again for transparency (Pillow resizes a premultiplied
    full-size copy); a progressive JPEG adds the coefficients libjpeg keeps for every pixel of
    the full image, whatever the scale (3 bytes a pixel)."""
    cost = opened.width * opened.height * _DECODER_WEIGHT.get(opened.format, 1)
    if _deep_samples(opened, data):
        cost *= 2
    if opened.mode in ("RGBA", "LA", "PA") or "transparency" in opened.info:
        cost *= 2
    if opened.info.get("progressive"):
        cost += full_pixels * 3 // 4
    return cost


def _deep_samples(opened: Image.Image, data: bytes) -> bool:
    """Whether the file's samples are deeper than 8 bits: a 16-bit PNG (IHDR's bit depth), a 10-
    or 12-bit HEIC (pillow-heif's `bit_depth`)."""
    if opened.format == "PNG":
        return data[24] == 16
    return opened.info.get("bit_depth", 8) > 8


def _reduced(image: Image.Image, side_px: int, resample: Image.Resampling) -> Image.Image:
    """A loaded image shrunk to `side_px` on its long side when it is longer, in place where
    it can be (freeing the full-size pixels): a box filter by a whole factor first (each new
    pixel the mean of a block), then `resample`, as Pillow's thumbnail does."""
    if max(image.size) <= side_px:
        return image
    if image.mode in ("P", "PA"):  # the mean of palette indices means nothing
        image = image.convert("RGBA" if image.mode == "PA" or "transparency" in image.info
                              else "RGB")
    elif image.mode == "1":
        image = image.convert("L")
    # reduce() takes no 16-bit samples: those go straight to `resample`
    gap = None if image.mode.startswith("I;16") else 2.0
    image.thumbnail((side_px, side_px), resample, reducing_gap=gap)
    return image


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
    """The codes in an uploaded photo, what POST /api/v1/decode answers: `check_for_codes` (its
    DomainErrors), then in this process's decoding slot (`decoding_slot`: 503 `busy` when it is
    taken) `decode_for_codes` and `decode_codes`."""
    checked = check_for_codes(data, max_bytes=max_bytes, max_pixels=max_pixels)
    with decoding_slot():
        return decode_codes(decode_for_codes(checked))


def check_for_codes(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_pixels: int = DEFAULT_MAX_PIXELS
) -> CheckedUpload:
    """`check_upload` as POST /api/v1/decode judges a photo: an anonymous upload, a JPEG set to
    decode in gray at the scale that still leaves FULL_SIDE_PX."""
    return check_upload(data, max_bytes=max_bytes, max_pixels=max_pixels, anonymous=True,
                        reduce_to_px=FULL_SIDE_PX, gray=True)


def decode_for_codes(checked: CheckedUpload) -> Image.Image:
    """`decode_checked` as reading codes needs it: at most FULL_SIDE_PX on the long side,
    reduced bilinearly, as `_resized` does (Lanczos made a 12 MP photo's whole decoding about
    three times as slow)."""
    return decode_checked(
        checked, reduce_to_px=FULL_SIDE_PX, resample=Image.Resampling.BILINEAR
    ).image


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
