"""Read statements of the metrics: the sizes of queue-like tables."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.idempotency.models import IdempotencyRecord

# Above this many rows PostgreSQL's own estimate is good enough, and counting would read the
# whole table on every scrape: at the national peak the store keeps 48 hours of scans.
EXACT_COUNT_BELOW = 100_000


def idempotency_records(session: Session) -> int:
    """Stored Idempotency-Key answers (purged after 48 h by `flask idempotency purge`): exact
    on SQLite and on small tables, PostgreSQL's planner estimate on large ones."""
    table = IdempotencyRecord.__tablename__
    if session.get_bind().dialect.name == "postgresql":
        estimate = session.scalar(
            text("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(:table)"),
            {"table": table},
        )
        if estimate is not None and estimate >= EXACT_COUNT_BELOW:
            return estimate
    return session.scalar(select(func.count()).select_from(IdempotencyRecord))
