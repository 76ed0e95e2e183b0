"""Test images made on the spot: stamp QR codes (docs/CODES.md), degraded like phone photos."""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import zlib

import segno
import zxingcpp
from PIL import Image, ImageChops, ImageFilter


def stamp_text(serial: str = "CG26-000123456", kid: str = "k1") -> str:
    """A QR text shaped like a real stamp's: base URL, serial, key id, 86-character signature."""
    digest = hashlib.sha512(f"BI1|{serial}|{kid}".encode()).digest()
    signature = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return f"https://e-banderola.example/v/{serial}/{kid}/{signature}"


def qr_image(text: str, *, module_px: int = 6, border: int = 4) -> Image.Image:
    """A clean version-8-M QR code as an RGB image (dark modules on a light paper tone)."""
    buffer = io.BytesIO()
    segno.make(text, version=8, error="m", micro=False).save(
        buffer, kind="png", scale=module_px, border=border, dark="#111111", light="#f4f1ea"
    )
    return Image.open(buffer).convert("RGB")


def datamatrix_image(text: str, *, module_px: int = 6) -> Image.Image:
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix)
    image = Image.fromarray(zxingcpp.write_barcode_to_image(symbol, scale=module_px)).convert("L")
    return _on_paper(image.convert("RGB"), margin=4 * module_px)


def _on_paper(image: Image.Image, *, margin: int) -> Image.Image:
    paper = Image.new("RGB", (image.width + 2 * margin, image.height + 2 * margin), "#f4f1ea")
    paper.paste(image, (margin, margin))
    return paper


def photo_like(
    image: Image.Image,
    *,
    angle_deg: float = 0.0,
    blur_px: float = 0.0,
    noise_sigma: float = 0.0,
    scene_px: tuple[int, int] | None = None,
) -> Image.Image:
    """`image` rotated on a grey-brown scene, blurred and with sensor-like noise."""
    tilted = image.rotate(angle_deg, Image.Resampling.BICUBIC, expand=True, fillcolor="#6b5d4f")
    width, height = scene_px or (tilted.width + 200, tilted.height + 160)
    scene = Image.new("RGB", (width, height), "#6b5d4f")
    scene.paste(tilted, ((width - tilted.width) // 2, (height - tilted.height) // 2))
    if blur_px:
        scene = scene.filter(ImageFilter.GaussianBlur(blur_px))
    if noise_sigma:
        noise = Image.effect_noise(scene.size, noise_sigma)
        scene = ImageChops.add(scene, Image.merge("RGB", [noise] * 3), scale=1, offset=-128)
    return scene


def encode(image: Image.Image, image_format: str = "JPEG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def _png(header: bytes, rows: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height`: a decompression bomb's calling card."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return _png(header, zlib.compress(b"\x00" * 1024, 9))


def blank_png(width: int, height: int, *, depth: int = 8, alpha: bool = False) -> bytes:
    """A complete, valid blank RGB(A) PNG of 8 or 16 bits a sample, written row by row: a few
    hundred kilobytes that decode to as many pixels as claimed (the uploads of issue 17)."""
    color_type, channels = (6, 4) if alpha else (2, 3)
    row = b"\x00" * (1 + width * channels * depth // 8)  # filter byte, then the samples
    packer = zlib.compressobj(9)
    rows = b"".join([packer.compress(row) for _ in range(height)] + [packer.flush()])
    return _png(struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0), rows)
