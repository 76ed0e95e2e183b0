"""Images and fake-camera videos of stamp codes for the browser tests (segno + Pillow)."""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PIL import Image


def stamp_image(text: str, size_px: int = 480) -> Image.Image:
    """A stamp-like label: the QR code (version 8 at most, level M) on white with a quiet zone."""
    qr = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=8, border=4)
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    return image.resize((size_px, size_px), Image.NEAREST)


def stamp_photo(text: str, path: Path) -> Path:
    """A JPEG 'photo' of the stamp, as a phone would upload it."""
    canvas = Image.new("RGB", (960, 720), (215, 205, 190))
    canvas.paste(stamp_image(text, 520), (220, 100))
    canvas.save(path, "JPEG", quality=85)
    return path


def fake_camera_video(
    text: str, path: Path, frames: int = 20, width: int = 640, height: int = 480,
    background: tuple[int, int, int] = (200, 200, 200),
) -> Path:
    """A YUV4MPEG2 (.y4m) clip of the stamp for Chromium's --use-file-for-fake-video-capture,
    on a grey (or `background`) surface."""
    frame = Image.new("RGB", (width, height), background)
    side = min(width, height) - 80
    frame.paste(stamp_image(text, side), ((width - side) // 2, (height - side) // 2))
    y, cb, cr = frame.convert("YCbCr").split()
    half = (width // 2, height // 2)
    planes = (
        y.tobytes()
        + cb.resize(half, Image.BILINEAR).tobytes()
        + cr.resize(half, Image.BILINEAR).tobytes()
    )
    with open(path, "wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            out.write(b"FRAME\n")
            out.write(planes)
    return path
