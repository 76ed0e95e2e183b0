"""Benchmark of code decoding on phone-like photos: success rate, median and p95 ms per photo.

    .venv/bin/python bench/decode_photos.py --photos DIR        # any folder with a labels.json
    .venv/bin/python bench/decode_photos.py                     # the 12 photos of tests/data
    .venv/bin/python bench/decode_photos.py --synthetic 300     # harsher photos made here

A folder holds images and `labels.json`: `{"items": [{"file", "text"}, ...]}`. A photo counts as
read when one decoded text equals its label's `text`. Times are per photo, from the decoded
image to the list of codes (`decode_codes`); `--with-load` adds the upload check and decoding.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import segno
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps
from pyzbar import pyzbar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.imaging import decode

# The figures of docs/imaging.md are over the full set of 120 labelled photos, which is not in
# the repository (--photos DIR); the 12 of tests/data are a quick run, not comparable.
DEFAULT_PHOTOS = Path(__file__).resolve().parents[1] / "tests" / "data" / "stamp-photos"


def _texts(codes: list[dict[str, str]]) -> list[str]:
    return [code["text"] for code in codes]


def zxing_only(image: Image.Image) -> list[str]:
    """zxing-cpp once on the full-size grayscale image with its default options."""
    return _texts(decode._zxing(decode._grayscale(image)))


def _zbar(gray: Image.Image) -> list[str]:
    return [code.data.decode("utf-8", errors="replace") for code in pyzbar.decode(gray)]


def pyzbar_only(image: Image.Image) -> list[str]:
    """pyzbar once on the full-size grayscale image."""
    return _zbar(decode._grayscale(image))


def pyzbar_prepared(image: Image.Image) -> list[str]:
    """pyzbar on grayscale downscaled to 1024 px and autocontrasted: the best pyzbar recipe."""
    gray = decode._shrunk(decode._grayscale(image), decode.FAST_SIDE_PX)
    return _zbar(ImageOps.autocontrast(gray, cutoff=2))


def first_attempt_only(image: Image.Image) -> list[str]:
    """Only the pipeline's first attempt."""
    return _texts(next(decode._attempts(decode._grayscale(image)))())


def pipeline(image: Image.Image) -> list[str]:
    """`decode_codes`, as the API runs it."""
    return _texts(decode.decode_codes(image))


def pipeline_then_pyzbar(image: Image.Image) -> list[str]:
    """The pipeline, then pyzbar prepared and pyzbar on a sharpened full-size image: to see
    whether pyzbar ever reads what zxing missed."""
    texts = pipeline(image)
    if texts:
        return texts
    full = decode._shrunk(decode._grayscale(image), decode.FULL_SIDE_PX)
    return pyzbar_prepared(image) or _zbar(full.filter(ImageFilter.UnsharpMask(2, 150, 3)))


VARIANTS: dict[str, Callable[[Image.Image], list[str]]] = {
    "zxing only (full size)": zxing_only,
    "pyzbar only (full size)": pyzbar_only,
    "pyzbar prepared": pyzbar_prepared,
    "pipeline first attempt": first_attempt_only,
    "pipeline (decode_codes)": pipeline,
    "pipeline + pyzbar fallback": pipeline_then_pyzbar,
}


def labelled_photos(directory: Path) -> list[tuple[str, bytes, str]]:
    if not (directory / "labels.json").is_file():
        sys.exit(f"no labels.json in {directory}: --photos names a folder of photos with their "
                 "labels.json; the set of 120 measured in docs/imaging.md is not in the "
                 "repository (12 of them are in tests/data/stamp-photos)")
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    return [
        (item["file"], (directory / item["file"]).read_bytes(), item["text"])
        for item in labels["items"]
    ]


def code_text(rng: random.Random) -> str:
    """A realistic stamp QR text (docs/CODES.md): base URL, serial, key id, signature."""
    series = rng.choice(["CG", "CC", "TB", "WN", "SP"]) + "26"
    signature = base64.urlsafe_b64encode(rng.randbytes(64)).rstrip(b"=").decode()
    return f"https://e-banderola.example/v/{series}-{rng.randrange(10**9):09d}/k1/{signature}"


def synthetic_photo(rng: random.Random, text: str) -> bytes:
    """A harsh phone-like JPEG of a version-8-M QR on a label: small modules, tilt, warp, blur,
    shading, glare, noise and strong compression, each drawn at random."""
    module_px = rng.uniform(2.2, 9.0)
    qr = segno.make(text, version=8, error="m", micro=False)
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=10, border=4, dark="#1a1a1a", light="#f2efe6")
    code = Image.open(buffer).convert("RGB")
    side = round(code.width * module_px / 10)
    code = code.resize((side, side), Image.Resampling.LANCZOS)
    label = Image.new("RGB", (round(side * 1.5), round(side * 1.3)), (235, 228, 210))
    label.paste(code, (round(side * 0.25), round(side * 0.15)))
    label = label.rotate(
        rng.uniform(-180, 180), Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0)
    )
    width, height = rng.choice([(1600, 1200), (1200, 1600), (2000, 1500), (1280, 960)])
    scene = Image.new("RGB", (width, height), tuple(rng.randrange(40, 200) for _ in range(3)))
    mask = label.convert("L").point(lambda value: 255 if value else 0)
    position = (
        rng.randrange(0, max(1, width - label.width)),
        rng.randrange(0, max(1, height - label.height)),
    )
    scene.paste(label, position, mask)
    jitter = 0.08 * min(width, height)
    corners = [(0, 0), (0, height), (width, height), (width, 0)]
    quad = [value + rng.uniform(-jitter, jitter) for corner in corners for value in corner]
    scene = scene.transform((width, height), Image.Transform.QUAD, quad, Image.Resampling.BILINEAR)
    shade = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize((width, height))
    darkest = rng.uniform(0.2, 0.65)
    shade = shade.point(lambda value: round(255 - value * darkest))
    scene = ImageChops.multiply(scene, Image.merge("RGB", [shade] * 3))
    glare = Image.new("L", (width, height), 0)
    gx, gy = rng.randrange(width), rng.randrange(height)
    radius = rng.randrange(min(width, height) // 8, min(width, height) // 3)
    ImageDraw.Draw(glare).ellipse(
        (gx - radius, gy - radius, gx + radius, gy + radius), fill=rng.randrange(40, 140)
    )
    glare = glare.filter(ImageFilter.GaussianBlur(radius / 2))
    scene = ImageChops.add(scene, Image.merge("RGB", [glare] * 3))
    scene = scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.0, 0.45) * module_px))
    noise = Image.effect_noise((width, height), rng.uniform(4, 18))
    scene = ImageChops.add(scene, Image.merge("RGB", [noise] * 3), scale=1, offset=-128)
    out = io.BytesIO()
    scene.save(out, "JPEG", quality=rng.randrange(25, 80))
    return out.getvalue()


def synthetic_photos(count: int, seed: int) -> list[tuple[str, bytes, str]]:
    rng = random.Random(seed)
    photos = []
    for index in range(count):
        text = code_text(rng)
        photos.append((f"synthetic_{index:04d}.jpg", synthetic_photo(rng, text), text))
    return photos


def measure(photos, variant, *, with_load: bool) -> tuple[int, list[float], list[str]]:
    hits, times_ms, missed = 0, [], []
    for name, data, expected in photos:
        image = None if with_load else decode.load_image(data)
        started = time.perf_counter()
        if with_load:  # as POST /api/v1/decode loads a photo (decode.decode_upload)
            image = decode.decode_for_codes(decode.check_for_codes(data))
        texts = variant(image)
        times_ms.append((time.perf_counter() - started) * 1000)
        if expected in texts:
            hits += 1
        else:
            missed.append(name)
    return hits, times_ms, missed


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--photos", type=Path, default=DEFAULT_PHOTOS, help="folder with the photos and labels.json"
    )
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="make N harsh synthetic photos instead of reading a folder",
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed for --synthetic")
    parser.add_argument(
        "--variant",
        action="append",
        choices=list(VARIANTS),
        help="run only these variants (repeatable)",
    )
    parser.add_argument(
        "--with-load", action="store_true", help="time load_image (JPEG decoding) as well"
    )
    parser.add_argument("--show-missed", action="store_true", help="list the photos not read")
    args = parser.parse_args(argv)

    if args.synthetic:
        photos = synthetic_photos(args.synthetic, args.seed)
        source = f"{args.synthetic} synthetic photos, seed {args.seed}"
    else:
        photos = labelled_photos(args.photos)
        source = f"{len(photos)} photos in {args.photos}"
        if args.photos == DEFAULT_PHOTOS:
            source += " (a quick run: docs/imaging.md measured the set of 120, --photos DIR)"
    print(f"{source}; times per photo{' including load_image' if args.with_load else ''}")
    print(f"{'variant':28} {'read':>9} {'rate':>7} {'median ms':>10} {'p95 ms':>8}")
    for name in args.variant or VARIANTS:
        hits, times_ms, missed = measure(photos, VARIANTS[name], with_load=args.with_load)
        print(
            f"{name:28} {hits:>4}/{len(photos):<4} {100 * hits / len(photos):>6.1f}% "
            f"{statistics.median(times_ms):>10.1f} {percentile(times_ms, 0.95):>8.1f}"
        )
        if args.show_missed and missed:
            print("    missed:", " ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
