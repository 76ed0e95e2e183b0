"""Consumer reports: record one (with a metadata-free copy of its photo) and list them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.geo.gazetteer import coarse_place
from app.imaging import photos
from app.reports.models import Report
from app.stamps import codes

PHOTO_DIRECTORY = "reports"
_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png"}


def _serial(code: str | None) -> codes.Serial | None:
    if not code:
        return None
    try:
        return codes.parse_code(code).serial
    except codes.MalformedCodeError:
        return None  # a report of an unreadable code is still a report


def store_photo(data: bytes, evidence_dir: str, *, max_bytes: int, max_pixels: int) -> tuple:
    """The photo re-encoded without EXIF (GPS, device) and written under its SHA-256; the
    original upload is never kept. Raises the DomainErrors of `photos.strip_metadata` (413, 415,
    422, and 503 `busy` while another photo is decoded)."""
    clean = photos.strip_metadata(data, max_bytes=max_bytes, max_pixels=max_pixels)
    sha256 = hashlib.sha256(clean.data).hexdigest()
    directory = Path(evidence_dir) / PHOTO_DIRECTORY
    directory.mkdir(parents=True, exist_ok=True)
    name = f"{sha256}{_SUFFIX[clean.content_type]}"
    path = directory / name
    if not path.exists():
        path.write_bytes(clean.data)
    return sha256, name


def create_report(
    session: Session,
    *,
    description: str,
    code: str | None = None,
    premises_name: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    photo: tuple[str, str] | None = None,
    client_hash: str | None = None,
    user_id: int | None = None,
) -> Report:
    """Record a consumer's report; the position is kept coarse (about 1 km), like scans."""
    serial = _serial(code)
    report = Report(
        code=code,
        series=serial.series if serial else None,
        number=serial.number if serial else None,
        description=description,
        premises_name=premises_name,
        client_hash=client_hash,
        user_id=user_id,
    )
    place = coarse_place(lat, lon)
    report.lat, report.lon, report.municipality = place["lat"], place["lon"], place["municipality"]
    if photo is not None:
        report.photo_sha256, report.photo_file = photo
    session.add(report)
    session.flush()
    return report


def list_reports(session: Session, *, limit: int, offset: int, serial: str | None = None):
    statement = select(Report).order_by(Report.id.desc())
    if serial:
        parsed = _serial(serial)
        if parsed is None:
            return []
        statement = statement.where(Report.series == parsed.series, Report.number == parsed.number)
    return list(session.scalars(statement.limit(limit).offset(offset)))


def photo_path(evidence_dir: str, report: Report) -> Path | None:
    if report.photo_file is None:
        return None
    return Path(evidence_dir) / PHOTO_DIRECTORY / report.photo_file
