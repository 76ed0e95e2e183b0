"""The camera frames the PWA sends to the server on a first visit: how small may they be?

    .venv/bin/python bench/server_frames.py                    # the 12 photos of tests/data
    .venv/bin/python bench/server_frames.py --synthetic 200    # bench/decode_photos.py's harsh ones

On a first visit (docs/pwa.md, "QR decoding") the phone sends the middle square of a camera
frame, scaled down, grey, as a JPEG, to `POST /api/v1/decode`; its upload is part of the time to
the first verdict on a slow network (675 kbit/s up on "Fast 3G": 10 KiB is 0.12 s). Each photo
stands for what the camera sees with the code in the screen's target: the largest square of the
photo centred on the code (located by zxing-cpp on the photo itself; a photo it cannot find the
code in is counted apart), made grey, scaled to each side and encoded at each JPEG quality as
the browser does (Pillow's libjpeg; the canvas's 0.7 is quality 70), then decoded by the
server's own `decode_codes`. Prints, per size and quality, the photos read and the median and
largest frame in bytes.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
from pathlib import Path

import zxingcpp
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.imaging import decode
from bench.decode_photos import DEFAULT_PHOTOS, labelled_photos, synthetic_photos

# The PWA's today (scanner.js SERVER_FRAME_PX, SERVER_FRAME_QUALITY) first.
VARIANTS = [(400, 70), (400, 60), (400, 50), (350, 70), (350, 60), (300, 70), (300, 50)]


def framed(photo: Image.Image, expected: str) -> Image.Image | None:
    """The largest square of the photo centred on its code (None: the code is not found)."""
    gray = photo.convert("L")
    found = [code for code in zxingcpp.read_barcodes(gray) if code.text == expected]
    if not found:
        return None
    corners = found[0].position
    points = [corners.top_left, corners.top_right, corners.bottom_right, corners.bottom_left]
    cx = sum(point.x for point in points) / 4
    cy = sum(point.y for point in points) / 4
    side = min(gray.size)
    left = min(max(0, round(cx - side / 2)), gray.width - side)
    top = min(max(0, round(cy - side / 2)), gray.height - side)
    return gray.crop((left, top, left + side, top + side))


def frame_bytes(square: Image.Image, side: int, quality: int) -> bytes:
    small = square.resize((min(side, square.width),) * 2, Image.Resampling.BILINEAR)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=quality)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=Path, default=DEFAULT_PHOTOS)
    parser.add_argument("--synthetic", type=int, metavar="N")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    photos = (synthetic_photos(args.synthetic, args.seed) if args.synthetic
              else labelled_photos(args.photos))
    squares = []
    for _name, data, expected in photos:
        square = framed(decode.load_image(data), expected)
        if square is not None:
            squares.append((square, expected))
    print(f"{len(photos)} photos, the code located in {len(squares)} (the others are not"
          f" counted below)")
    for side, quality in VARIANTS:
        read, sizes = 0, []
        for square, expected in squares:
            data = frame_bytes(square, side, quality)
            sizes.append(len(data))
            texts = [code["text"] for code in decode.decode_codes(decode.load_image(data))]
            read += expected in texts
        print(f"  {side} px, quality {quality}: read {read} of {len(squares)}, frame median"
              f" {statistics.median(sizes) / 1024:.1f} KiB, largest {max(sizes) / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
