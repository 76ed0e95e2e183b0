"""A batch's codes as CSV, and as a printable PDF sheet of QR codes (segno + fpdf2)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import segno
from fpdf import FPDF

from app.stamps.codes import Serial

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"


def csv_lines(rows: Iterable[tuple[Serial, str]]) -> Iterator[str]:
    """Streamed CSV: serial, qr_text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["serial", "qr_text"])
    for serial, text in rows:
        writer.writerow([str(serial), text])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def pdf_sheet(title: str, rows: Iterable[tuple[Serial, str]]) -> bytes:
    """A4 pages of 4 x 6 QR codes (version 8, level M) with the serial printed under each."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creator("Banderola Inspect")
    pdf.set_title(title)
    font = FONT_DIR / "DejaVuSans.ttf"
    if font.exists():
        pdf.add_font("DejaVu", "", str(font))
        family = "DejaVu"
    else:
        family = "Helvetica"
    columns, rows_per_page, cell_w, cell_h = 4, 6, 47.5, 44.0
    per_page = columns * rows_per_page
    for index, (serial, text) in enumerate(rows):
        if index % per_page == 0:
            pdf.add_page()
            pdf.set_font(family, size=9)
            pdf.set_xy(10, 6)
            pdf.cell(0, 5, title)
        slot = index % per_page
        x = 10 + (slot % columns) * cell_w
        y = 14 + (slot // columns) * cell_h
        image = io.BytesIO()
        segno.make_qr(text, version=8, error="m", boost_error=False).save(
            image, kind="png", scale=4, border=2
        )
        image.seek(0)
        pdf.image(image, x=x + 6, y=y, w=35, h=35)
        pdf.set_font(family, size=8)
        pdf.set_xy(x, y + 35.5)
        pdf.cell(cell_w, 4, str(serial), align="C")
    if pdf.page_no() == 0:
        pdf.add_page()
    return bytes(pdf.output())
