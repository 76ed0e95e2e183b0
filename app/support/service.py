"""Support requests: ask, list (own; admins all), and the admins' status."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.db import utcnow
from app.errors import NotFound
from app.support.models import SupportRequest


def ask(session: Session, user: User, *, subject: str, body: str, language: str) -> SupportRequest:
    request = SupportRequest(
        user_id=user.id, operator_id=user.operator_id, subject=subject.strip(),
        body=body.strip(), language=language, status="open",
    )
    session.add(request)
    session.flush()
    return request


def visible(session: Session, user: User, *, status: str | None, limit: int, offset: int):
    """Admins: every request (of `status`, when given), newest first; anyone else: their own."""
    statement = select(SupportRequest).order_by(SupportRequest.id.desc())
    if not user.has_role("admin"):
        statement = statement.where(SupportRequest.user_id == user.id)
    if status is not None:
        statement = statement.where(SupportRequest.status == status)
    return list(session.scalars(statement.limit(limit).offset(offset)))


def get(session: Session, user: User, request_id: int) -> SupportRequest:
    """A request its asker or an admin may see; anyone else's does not exist for them."""
    request = session.get(SupportRequest, request_id)
    if request is None or (not user.has_role("admin") and request.user_id != user.id):
        raise NotFound("support_request")
    return request


def set_status(session: Session, admin: User, request: SupportRequest, status: str):
    if request.status != status:
        request.status = status
        request.updated_at = utcnow()
        request.updated_by = admin.id
    session.flush()
    return request


def answer(session: Session, request: SupportRequest) -> dict:
    asker = session.get(User, request.user_id)
    return {
        "id": request.id,
        "subject": request.subject,
        "body": request.body,
        "status": request.status,
        "language": request.language,
        "user": {"id": asker.id, "email": asker.email, "full_name": asker.full_name},
        "operator_id": request.operator_id,
        "created_at": request.created_at,
        "updated_at": request.updated_at,
    }
