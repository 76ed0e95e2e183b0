"""What the journeys through a real gunicorn on the test run's database share: a session whose
commits the server sees, and the removal afterwards of the cases it made (the test run's
database outlives the test, unlike the rolled-back sessions of the other tests)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.accounts.models import AccessToken, User
from app.audit.models import AuditRecord
from app.db import make_engine
from app.seizures import models
from tests import factories

# Children first: notices name reviews and appeals, appeals name reviews, refunds and links
# name dispositions, decisions and items.
CASE_TABLES = (
    models.CaseEvent, models.BoardNotice, models.CaseRefund, models.CaseNotification,
    models.CaseAppeal, models.CaseReview, models.CaseDisposition, models.CaseExtension,
    models.CaseDecision, models.CaseItem,
)


@contextlib.contextmanager
def committed_session(database_url: str, email_prefix: str) -> Iterator[Session]:
    """A session on `database_url`; afterwards the cases opened by users whose address starts
    with `email_prefix`, everything under them, those users, their tokens and the audit records
    written meanwhile are deleted."""
    engine = make_engine(database_url)
    own = Session(engine)
    high = own.scalar(select(func.coalesce(func.max(AuditRecord.id), 0)))
    try:
        yield own
    finally:
        own.rollback()
        users = own.scalars(select(User.id).where(User.email.like(f"{email_prefix}%"))).all()
        ids = own.scalars(select(models.Case.id).where(models.Case.opened_by.in_(users))).all()
        own.execute(delete(models.CaseDecisionItem).where(
            models.CaseDecisionItem.decision_id.in_(
                select(models.CaseDecision.id).where(models.CaseDecision.case_id.in_(ids)))))
        own.execute(delete(models.CaseDispositionItem).where(
            models.CaseDispositionItem.disposition_id.in_(
                select(models.CaseDisposition.id).where(
                    models.CaseDisposition.case_id.in_(ids)))))
        for model in CASE_TABLES:
            own.execute(delete(model).where(model.case_id.in_(ids)))
        own.execute(delete(models.Case).where(models.Case.id.in_(ids)))
        own.execute(delete(AccessToken).where(AccessToken.user_id.in_(users)))
        own.execute(delete(User).where(User.id.in_(users)))
        own.execute(delete(AuditRecord).where(AuditRecord.id > high))
        own.commit()
        own.close()
        engine.dispose()


def staff_headers(session: Session, email_prefix: str) -> dict[str, dict]:
    """An officer and a supervisor, committed, whose addresses start with `email_prefix` (so
    that `committed_session` removes them): their Authorization headers by role."""
    headers = {}
    for role in ("officer", "supervisor"):
        email = f"{email_prefix}{uuid.uuid4().hex[:10]}@test.example"
        who = factories.user(session, role, email=email)
        headers[role] = factories.headers_for(session, who)
    session.commit()
    return headers
