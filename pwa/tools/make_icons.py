"""Draw the app icons (PNG 192, 512, maskable 512) with Pillow; run once, commit the PNGs.

Usage: .venv/bin/python pwa/tools/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "icons"
BRAND = (11, 61, 145)
WHITE = (255, 255, 255)
GREEN = (10, 107, 43)


def draw(size: int, maskable: bool) -> Image.Image:
    """A blue tile with a white stamp bearing a green tick; maskable keeps to the 80% safe zone."""
    image = Image.new("RGB", (size, size), BRAND)
    pen = ImageDraw.Draw(image)
    inset = size * (0.22 if maskable else 0.14)
    box = (inset, inset, size - inset, size - inset)
    pen.rounded_rectangle(box, radius=size * 0.08, fill=WHITE)
    stripe = size * 0.06
    pen.rectangle((box[0], box[1] + stripe, box[2], box[1] + 2 * stripe), fill=BRAND)
    width = max(2, round(size * 0.07))
    left, top, right, _bottom = box
    span = right - left
    tick = [
        (left + span * 0.24, top + span * 0.60),
        (left + span * 0.43, top + span * 0.78),
        (left + span * 0.78, top + span * 0.38),
    ]
    pen.line(tick, fill=GREEN, width=width, joint="curve")
    return image


def main() -> None:
    ICONS.mkdir(exist_ok=True)
    draw(192, False).save(ICONS / "icon-192.png", optimize=True)
    draw(512, False).save(ICONS / "icon-512.png", optimize=True)
    draw(512, True).save(ICONS / "maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
