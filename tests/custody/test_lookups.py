"""The events sharing serials with a range (service.overlapping_events): exactly those a scan of
every event would find, for ranges of every span level and on both sides of every boundary; on
PostgreSQL, one index probe per level whatever the table holds."""

from __future__ import annotations

import random

import psycopg
import pytest
from sqlalchemy import text

from app.custody import service
from app.custody.models import CustodyEvent, span_level
from app.db import utcnow
from tests import factories

BATCH_SIZE = 20_000


def _events(session, batch, rng: random.Random, count: int) -> list[CustodyEvent]:
    events = []
    for _ in range(count):
        length = max(1, (1 << rng.randrange(0, 15)) + rng.randrange(-1, 2))
        first = batch.first + rng.randrange(0, BATCH_SIZE - length + 1)
        last = first + length - 1
        events.append(CustodyEvent(
            business_step="shipping", batch_id=batch.id, series=batch.series, first=first,
            last=last, span_level=span_level(first, last), occurred_at=utcnow(),
        ))
    session.add_all(events)
    session.flush()
    return events


def test_overlapping_events_are_exactly_those_sharing_a_serial(session):
    batch = factories.batch(session, quantity=BATCH_SIZE)
    rng = random.Random(20261204)
    events = _events(session, batch, rng, 400)
    assert len({event.span_level for event in events}) >= 14
    queries = [(batch.first, batch.last)]
    for event in rng.sample(events, 60):  # both sides of the boundaries of events
        queries += [(event.first, event.first), (event.last, event.last),
                    (event.first - 1, event.first - 1), (event.last + 1, event.last + 1)]
    for _ in range(100):
        first = batch.first + rng.randrange(BATCH_SIZE)
        queries.append((first, min(batch.last, first + rng.choice((0, 0, 5, 300, 7000)))))
    for first, last in queries:
        found = [row.id for row in service.events_overlapping(session, batch.series, first, last)]
        expected = sorted(event.id for event in events
                          if event.first <= last and event.last >= first)
        assert found == expected, (first, last)


@pytest.mark.postgresql
def test_on_postgresql_the_lookup_is_one_index_probe_per_level(session):
    """The plan PostgreSQL keeps for the prepared lookup (a generic plan): a nested loop over
    the levels around an index scan, never a scan or hash of the whole table (300 ms at two
    million events, where each probe is a few microseconds)."""
    batch = factories.batch(session, quantity=BATCH_SIZE)
    _events(session, batch, random.Random(5), 200)
    session.execute(text("ANALYZE custody_events"))
    statement = service._OVERLAPPING._for(session.get_bind().dialect)
    connection = session.connection().connection.driver_connection
    with psycopg.ClientCursor(connection) as cursor:  # EXECUTE's arguments bound as literals
        cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        cursor.execute(b"PREPARE overlapping_lookup AS " + statement.sql)
        values = {**statement.defaults, "series": batch.series, "first": batch.first + 7,
                  "last": batch.first + 7}
        cursor.execute("EXPLAIN (COSTS OFF) EXECUTE overlapping_lookup("
                       + ", ".join(["%s"] * len(statement.order)) + ")",
                       [values[name] for name in statement.order])
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("DEALLOCATE overlapping_lookup")
    assert plan.startswith("Nested Loop"), plan
    assert "Index Scan using ix_custody_events_series_span_level_first" in plan, plan
    assert "Seq Scan on custody_events" not in plan and "Hash" not in plan, plan
