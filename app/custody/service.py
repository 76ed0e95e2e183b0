"""Custody verbs: record an event over a range (checked against the chain), and read the chain.

Custody of a serial = the registry's starting point (issued to the batch's operator; held at
the activation's premises once affixed) folded through the events covering it, in the order
they were recorded (each was checked against exactly that state). Corrected events are skipped.
Services only flush; routes commit (app.transactions.writes).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import BigInteger, bindparam, func, literal_column, select, true, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import CompoundSelect

from app.custody import rules
from app.custody.models import CustodyEvent, span_level
from app.db import utcnow
from app.db_fast import HotStatement
from app.errors import DomainError, Invalid, NotFound, refused, unknown_reference
from app.registry.models import Premises
from app.stamps import codes
from app.stamps import rules as stamp_rules
from app.stamps.models import Activation, Batch
from app.stamps.ranges import overlapping, series_lock
from app.stamps.service import MAX_BATCH_QUANTITY, batch_for_range, parse_range, revoked_in

# A range never straddles batches, so no event spans more than a batch: levels 0..23.
MAX_SPAN_LEVEL = span_level(1, MAX_BATCH_QUANTITY)
# Clocks of phones and ERPs drift; later than this ahead of the server is "in the future".
CLOCK_SKEW = dt.timedelta(minutes=5)
# The step of an event that cancels another without replacement (void_event); not a business
# step anyone records through /custody/events or EPCIS, and it moves nothing.
VOIDING = "voiding"
# One write over a range split by more events than this must be sent in smaller ranges.
MAX_OVERLAPPING_EVENTS = 5_000

def refused_step(code: str, error: str = "conflict", **details) -> DomainError:
    """The API error for a step the rules or this service refuse: a stable `reason` (`code`)
    and the details in `errors`, a translated message (`custody.<code>`)."""
    return refused(error, f"custody.{code}", errors={"reason": code, **details}, **details)


def violation_error(violation: rules.CustodyError) -> DomainError:
    """The API error for a step the custody rules refuse."""
    return refused_step(violation.code, violation.error, **violation.details)


def overlapping_events(*columns, series, first, last):
    """`columns` (default: all) of the events sharing a serial with first..last, given as
    bound parameters or expressions: a UNION ALL of one bounded index range on (series,
    span_level, first) per span level, `first` no further back than the level's reach, so no
    probe grows with the table.

    Both planners keep each branch an index range scan, for any parameters: a join to a table
    of levels was planned by PostgreSQL as a hash join over the whole table once its plan was
    generic, and 24 OR-ed ranges were misestimated at a sixth of the table. PostgreSQL runs the
    same ranges as one LATERAL index scan repeated per level (`_SpanLevels`).
    """
    table = CustodyEvent.__table__
    columns = columns or tuple(table.c)

    def in_reach(level, reach):
        """Events of `level` beginning no more than `reach` (2**level - 1) before `first`."""
        return (
            table.c.series == series,
            table.c.span_level == level,
            table.c.first.between(first - reach, last),
            table.c.last >= first,
        )

    branches = [
        select(*columns).where(
            *in_reach(literal_column(str(level)), literal_column(str((1 << level) - 1)))
        )
        for level in range(MAX_SPAN_LEVEL + 1)
    ]
    levels = (
        func.generate_series(literal_column("0"), literal_column(str(MAX_SPAN_LEVEL)))
        .table_valued("level")
        .render_derived(name="levels")
    )
    level = levels.c.level
    per_level = (
        select(*columns)
        .where(*in_reach(level, literal_column("1::bigint").op("<<")(level) - 1))
        .offset(0)  # a fence: without it PostgreSQL flattens the join into the hash join above
        .lateral("events")
    )
    union = union_all(*branches)
    spans = _SpanLevels(union.keyword, *branches)
    spans.lateral = select(*per_level.c).select_from(levels).join(per_level, true())
    return spans


class _SpanLevels(CompoundSelect):
    """`overlapping_events`: the UNION ALL of its per-level ranges on any engine; on PostgreSQL,
    `lateral`: the same ranges as ONE parameterised index scan rescanned for each level of a
    `generate_series`: 24 branches are 24 plan nodes to start and stop on every call
    (docs/custody.md, "Lookups at scale")."""

    inherit_cache = True
    lateral = None


@compiles(_SpanLevels, "postgresql")
def _span_levels_postgresql(element, compiler, **kw):
    return compiler.process(element.lateral, **kw)


_OVERLAPPING = HotStatement(
    overlapping_events(
        series=bindparam("series"),
        first=bindparam("first", type_=BigInteger),
        last=bindparam("last", type_=BigInteger),
    )
)


def events_overlapping(session: Session, series: str, first: int, last: int) -> list:
    """Every custody event sharing at least one serial with first..last, in recorded order.

    Rows with the columns of `custody_events` (read-only; events are append-only), not ORM
    objects: this serves every stamp's chain and every custody write."""
    events = _OVERLAPPING.all(
        session.connection(), {"series": series, "first": first, "last": last}
    )
    return sorted(events, key=lambda event: event.id)


def events_covering(session: Session, serial: codes.Serial) -> list[CustodyEvent]:
    """Every custody event covering one serial, in recorded order."""
    return events_overlapping(session, serial.series, serial.number, serial.number)


def step_of(event: CustodyEvent) -> rules.Step:
    return rules.Step(
        business_step=event.business_step,
        event_id=event.id,
        premises_id=event.premises_id,
        from_premises_id=event.from_premises_id,
        to_premises_id=event.to_premises_id,
        to_operator_id=event.to_operator_id,
    )


def fold(start: rules.Custody, events: Iterable[CustodyEvent], skip: set[int] = frozenset()):
    """Custody after the events (recorded order), leaving out corrected ones and `skip`."""
    events = list(events)
    corrected = {event.corrects_id for event in events if event.corrects_id} | set(skip)
    custody = start
    for event in sorted(events, key=lambda event: event.id):
        if event.id not in corrected:
            custody = rules.advance(custody, step_of(event))
    return custody


def start_of(batch: Batch, activation: Activation | None) -> rules.Custody:
    return rules.initial(
        batch.operator_id, activation is not None, activation.premises_id if activation else None
    )


def custody_of(
    session: Session,
    serial: codes.Serial,
    batch: Batch,
    activation: Activation | None,
    events: Sequence[CustodyEvent] | None = None,
) -> rules.Custody:
    """The current custody of one serial."""
    if events is None:
        events = events_covering(session, serial)
    return fold(start_of(batch, activation), events)


@dataclass(frozen=True)
class _Segment:
    first: int
    last: int
    activation: Activation | None
    events: tuple[CustodyEvent, ...]


def _segments(
    first: int, last: int, activations: list[Activation], events: list[CustodyEvent]
) -> list[_Segment]:
    """first..last cut where any activation or event begins or ends, with what covers each."""
    cuts = {first, last + 1}
    for row in [*activations, *events]:
        cuts.update(point for point in (row.first, row.last + 1) if first < point <= last)
    bounds = sorted(cuts)
    by_first = sorted(events, key=lambda event: event.first)
    active: dict[int, CustodyEvent] = {}
    pointer = 0
    segments = []
    for start, end in itertools.pairwise(bounds):
        while pointer < len(by_first) and by_first[pointer].first <= start:
            active[by_first[pointer].id] = by_first[pointer]
            pointer += 1
        for event_id in [key for key, event in active.items() if event.last < start]:
            del active[event_id]
        activation = next((a for a in activations if a.first <= start <= a.last), None)
        segments.append(_Segment(start, end - 1, activation, tuple(active.values())))
    return segments


def _premises(session: Session, premises_id: int | None, field: str) -> Premises | None:
    if premises_id is None:
        return None
    found = session.get(Premises, premises_id)
    if found is None:
        raise unknown_reference(field)
    return found


def record_event(
    session: Session,
    *,
    actor: rules.Actor,
    business_step: str,
    series: str,
    first: int,
    last: int,
    occurred_at: dt.datetime,
    premises_id: int | None = None,
    from_premises_id: int | None = None,
    to_premises_id: int | None = None,
    lat: float | None = None,
    lon: float | None = None,
    corrects_id: int | None = None,
    note: str | None = None,
    epcis_event_id: str | None = None,
    now: dt.datetime | None = None,
) -> CustodyEvent:
    """Record one business step over first..last, or raise a DomainError and write nothing.

    Refused: unknown or derived steps, steps the actor's role may not record, ranges not
    issued or straddling batches, times in the future, premises of another
    company, moves of revoked stamps, and whatever the custody rules refuse for any serial of
    the range (see rules.check). An event older than the latest one over the range is kept
    and flagged `late`. A correction (`corrects_id`) replaces an event over the same range that
    nothing but inspections followed.
    """
    now = now or utcnow()
    if business_step not in rules.STEPS:
        raise refused_step("unknown_business_step", "validation_failed",
                           business_step=business_step)
    if business_step in rules.DERIVED_STEPS:
        raise refused_step("step_derived", "validation_failed", business_step=business_step)
    series, first, last = parse_range(series, first, last)
    series_lock(session, series)
    batch = batch_for_range(session, series, first, last)
    if occurred_at.tzinfo is None:
        raise Invalid("custody.naive_time")
    if occurred_at > now + CLOCK_SKEW:
        raise Invalid("errors.date_in_future", field="occurred_at",
                      errors={"occurred_at": ["in the future"]})
    if stamp_rules.before_system_start(occurred_at):
        raise Invalid("errors.date_too_early", field="occurred_at",
                      earliest=stamp_rules.SYSTEM_START,
                      errors={"occurred_at": ["errors.date_too_early"]})
    place = _premises(session, premises_id, "premises_id")
    origin = _premises(session, from_premises_id, "from_premises_id")
    destination = _premises(session, to_premises_id, "to_premises_id")
    if actor.kind == "operator":
        for own in (place, origin):
            if own is not None and own.operator_id != actor.operator_id:
                raise refused_step("not_your_premises", "forbidden")
    if business_step in rules.MOVING_STEPS and revoked_in(session, series, first, last):
        raise refused_step("range_revoked")
    events = events_overlapping(session, series, first, last)
    if len(events) > MAX_OVERLAPPING_EVENTS:
        raise refused_step("range_too_fragmented", "validation_failed",
                           maximum=MAX_OVERLAPPING_EVENTS)
    skip = _corrected(events, corrects_id, actor, first, last) if corrects_id else set()
    activations = overlapping(session, Activation, series, first, last)
    step = rules.Step(
        business_step=business_step,
        premises_id=premises_id,
        from_premises_id=from_premises_id,
        to_premises_id=to_premises_id,
        to_operator_id=destination.operator_id if destination else None,
    )
    shipments = set()
    for segment in _segments(first, last, activations, events):
        custody = fold(start_of(batch, segment.activation), segment.events, skip)
        try:
            rules.check(custody, step, actor)
        except rules.CustodyError as violation:
            violation.details.update(
                first_serial=str(codes.Serial(series, segment.first)),
                last_serial=str(codes.Serial(series, segment.last)),
            )
            raise violation_error(violation) from None
        shipments.add(custody.shipment_id)
    latest = max(
        [event.occurred_at for event in events if event.id not in skip]
        + [activation.activated_at for activation in activations],
        default=None,
    )
    event = CustodyEvent(
        business_step=business_step,
        batch_id=batch.id,
        series=series,
        first=first,
        last=last,
        span_level=span_level(first, last),
        occurred_at=occurred_at,
        recorded_at=now,
        late=latest is not None and occurred_at < latest,
        actor_user_id=actor.user_id,
        actor_operator_id=actor.operator_id if actor.kind == "operator" else None,
        premises_id=premises_id,
        from_premises_id=from_premises_id,
        to_premises_id=to_premises_id,
        to_operator_id=step.to_operator_id,
        lat=lat,
        lon=lon,
        shipment_id=shipments.pop() if business_step == "receiving" and len(shipments) == 1
        else None,
        corrects_id=corrects_id,
        epcis_event_id=epcis_event_id,
        note=note,
    )
    session.add(event)
    session.flush()
    return event


def void_event(
    session: Session,
    *,
    actor: rules.Actor,
    event_id: int,
    reason: str,
    now: dt.datetime | None = None,
) -> CustodyEvent:
    """Cancel an event recorded in error without putting another in its place.

    Append-only like a correction: a `voiding` event over the same range names the event
    (`corrects_id`) and gives the reason; the voided event stays in the chain, marked
    corrected, and custody is folded without it. The rules of a correction apply: the same
    company (or Customs for Customs' events, or an admin), once, and only while nothing but
    inspections followed it over its range.
    """
    now = now or utcnow()
    target = session.get(CustodyEvent, event_id)
    if target is None or target.business_step == VOIDING:
        raise NotFound("custody_event", errors={"event_id": [event_id]})
    series_lock(session, target.series)
    events = events_overlapping(session, target.series, target.first, target.last)
    _corrected(events, target.id, actor, target.first, target.last)
    event = CustodyEvent(
        business_step=VOIDING,
        batch_id=target.batch_id,
        series=target.series,
        first=target.first,
        last=target.last,
        span_level=target.span_level,
        occurred_at=now,
        recorded_at=now,
        actor_user_id=actor.user_id,
        actor_operator_id=actor.operator_id if actor.kind == "operator" else None,
        corrects_id=target.id,
        note=reason,
    )
    session.add(event)
    session.flush()
    return event


def _corrected(
    events: list[CustodyEvent], corrects_id: int, actor: rules.Actor, first: int, last: int
) -> set[int]:
    """The event a correction replaces, after checking it may be replaced."""
    target = next((event for event in events if event.id == corrects_id), None)
    if target is None:
        raise NotFound("custody_event", errors={"corrects_id": [corrects_id]})
    if (target.first, target.last) != (first, last):
        raise refused_step("correction_range", "validation_failed")
    if any(event.corrects_id == corrects_id for event in events):
        raise refused_step("already_corrected")
    if actor.kind != "admin" and (
        (actor.kind == "operator") != (target.actor_operator_id is not None)
        or (actor.kind == "operator" and target.actor_operator_id != actor.operator_id)
    ):
        raise refused_step("not_your_event", "forbidden")
    if any(
        event.id > target.id and event.business_step != "inspecting" for event in events
    ):
        raise refused_step("correction_too_late")
    return {target.id}


def actor_for(user) -> rules.Actor:
    """The custody actor of a logged-in user (admins act for Customs, unrestricted)."""
    if user.has_role("admin"):
        return rules.Actor("admin", user_id=user.id)
    if user.has_role("officer", "supervisor"):
        return rules.Actor("customs", user_id=user.id, supervisor=user.has_role("supervisor"))
    return rules.Actor("operator", operator_id=user.operator_id, user_id=user.id)


def visible_to(session: Session, events: list[CustodyEvent], operator_id: int | None):
    """The events a company may see: over its own batches, recorded by it, or sent to it.
    None (Customs, admins) sees everything."""
    if operator_id is None:
        return events
    batch_ids = {event.batch_id for event in events}
    own = set(session.scalars(
        select(Batch.id).where(Batch.id.in_(batch_ids), Batch.operator_id == operator_id)
    )) if batch_ids else set()
    return [
        event for event in events
        if event.batch_id in own or operator_id in (event.actor_operator_id, event.to_operator_id)
    ]
