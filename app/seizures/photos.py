"""Evidence photos of a case: kept byte for byte under their SHA-256 with a metadata-free
thumbnail, and shareable copies without EXIF."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.imaging import photos
from app.seizures import rules
from app.seizures.cases import add_event
from app.seizures.models import Case, CasePhoto

PHOTO_DIRECTORY = "cases"


def add_photo(
    session: Session,
    case: Case,
    data: bytes,
    *,
    user_id: int,
    evidence_dir: str,
    max_bytes: int,
    max_pixels: int,
    policy: rules.Policy,
) -> CasePhoto:
    """Keep an evidence photo byte for byte under its SHA-256, with a metadata-free thumbnail.
    Raises the DomainErrors of `imaging.decode.load_image` (413, 415, 422)."""
    stored = photos.store_evidence(
        data, Path(evidence_dir) / PHOTO_DIRECTORY, max_bytes=max_bytes, max_pixels=max_pixels
    )
    photo = CasePhoto(
        case_id=case.id,
        sha256=stored.sha256,
        file_name=stored.stored_path.name,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        width_px=stored.width,
        height_px=stored.height,
        captured_at=stored.captured_at,
        uploaded_by=user_id,
    )
    case.photos.append(photo)
    session.flush()
    add_event(
        session,
        case,
        policy,
        "photo_added",
        None,
        user_id,
        {"photo_id": photo.id, "sha256": photo.sha256, "captured_at": photo.captured_at},
    )
    session.flush()
    return photo


def photo_file(evidence_dir: str, photo: CasePhoto, variant: str) -> photos.CleanImage:
    """A metadata-free copy of an evidence photo: `public` (large) or `thumbnail`."""
    directory = Path(evidence_dir) / PHOTO_DIRECTORY
    thumbnail_path = directory / f"{photo.sha256}.thumb.jpg"
    if variant == "thumbnail":
        return photos.CleanImage(
            thumbnail_path.read_bytes(), "image/jpeg", photo.width_px, photo.height_px
        )
    stored = photos.EvidencePhoto(
        sha256=photo.sha256,
        stored_path=directory / photo.file_name,
        width=photo.width_px,
        height=photo.height_px,
        captured_at=photo.captured_at,
        content_type=photo.content_type,
        thumbnail_path=thumbnail_path,
        size_bytes=photo.size_bytes,
    )
    return photos.public_copy(stored)
