"""The answers of the custody API: a stamp's chain and its current custodian, and events of a
range, each with the names of its premises and companies."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.custody import rules, service
from app.custody.models import CustodyEvent
from app.custody.queries import ChainNames
from app.stamps import codes
from app.stamps.models import Activation, Batch
from app.stamps.ranges import covering


def _range(series: str, first: int, last: int) -> dict:
    return {
        "series": series,
        "first": first,
        "last": last,
        "first_serial": str(codes.Serial(series, first)),
        "last_serial": str(codes.Serial(series, last)),
    }


def event_dict(event: CustodyEvent, names: ChainNames, corrected: set[int]) -> dict:
    return {
        "id": event.id,
        "business_step": event.business_step,
        "occurred_at": event.occurred_at,
        "recorded_at": event.recorded_at,
        "late": event.late,
        "corrected": event.id in corrected,
        "corrects_id": event.corrects_id,
        "shipment_id": event.shipment_id,
        "range": _range(event.series, event.first, event.last),
        "actor": names.operator_ref(event.actor_operator_id) or {"customs": True},
        "premises": names.premises_ref(event.premises_id),
        "from_premises": names.premises_ref(event.from_premises_id),
        "to_premises": names.premises_ref(event.to_premises_id),
        "lat": event.lat,
        "lon": event.lon,
        "epcis_event_id": event.epcis_event_id,
        "note": event.note,
    }


def _derived(batch: Batch, activation: Activation | None, names: ChainNames) -> list[dict]:
    """The `commissioning` (issue) and `activating` steps, read from the registry."""
    chain = [
        {
            "id": None,
            "business_step": "commissioning",
            "occurred_at": batch.issued_at,
            "recorded_at": batch.issued_at,
            "late": False,
            "corrected": False,
            "range": _range(batch.series, batch.first, batch.last),
            "actor": {"customs": True},
            "to_operator": names.operator_ref(batch.operator_id),
            "premises": None,
        }
    ]
    if activation is not None:
        chain.append(
            {
                "id": None,
                "activation_id": activation.id,
                "business_step": "activating",
                "occurred_at": activation.activated_at,
                "recorded_at": activation.recorded_at,
                "late": False,
                "corrected": False,
                "range": _range(activation.series, activation.first, activation.last),
                "actor": names.operator_ref(batch.operator_id),
                "premises": names.premises_ref(activation.premises_id),
                "product_id": activation.product_id,
            }
        )
    return chain


def custodian_dict(custody: rules.Custody, names: ChainNames, since) -> dict:
    return {
        "status": custody.status,
        "operator": names.operator_ref(custody.operator_id),
        "premises": names.premises_ref(custody.premises_id),
        "to_operator": names.operator_ref(custody.to_operator_id),
        "to_premises": names.premises_ref(custody.to_premises_id),
        "event_id": custody.event_id,
        "since": since,
    }


_UNKNOWN = object()


def custody_for(
    session: Session,
    serial: codes.Serial,
    lang: str,
    *,
    batch: Batch | None = None,
    activation: Activation | object | None = _UNKNOWN,
) -> dict:
    """`custody` (every step covering the serial, in time order) and `custodian` for
    GET /api/v1/stamps/{serial}; `custodian` is None for a serial never issued. A caller that
    has already looked up the batch and activation passes them to save two queries."""
    batch = batch or covering(session, Batch, serial)
    if batch is None:
        return {"custody": [], "custodian": None}
    if activation is _UNKNOWN:
        activation = covering(session, Activation, serial)
    events = service.events_covering(session, serial)
    custody = service.custody_of(session, serial, batch, activation, events)
    names = ChainNames(
        session,
        [activation.premises_id if activation else None, custody.premises_id,
         custody.to_premises_id]
        + [pid for e in events for pid in (e.premises_id, e.from_premises_id, e.to_premises_id)],
        [batch.operator_id, custody.operator_id, custody.to_operator_id]
        + [e.actor_operator_id for e in events],
    )
    corrected = {event.corrects_id for event in events if event.corrects_id}
    chain = _derived(batch, activation, names) + [
        event_dict(event, names, corrected)
        for event in sorted(events, key=lambda event: (event.occurred_at, event.id))
    ]
    by_id = {event.id: event for event in events}
    if custody.event_id in by_id:
        since = by_id[custody.event_id].occurred_at
    else:
        since = activation.activated_at if activation else batch.issued_at
    return {"custody": chain, "custodian": custodian_dict(custody, names, since)}


def events_answer(session: Session, events: list[CustodyEvent]) -> list[dict]:
    """Events of a range query, named, in time order."""
    names = ChainNames(
        session,
        [pid for e in events for pid in (e.premises_id, e.from_premises_id, e.to_premises_id)],
        [e.actor_operator_id for e in events],
    )
    corrected = {event.corrects_id for event in events if event.corrects_id}
    return [
        event_dict(event, names, corrected)
        for event in sorted(events, key=lambda event: (event.occurred_at, event.id))
    ]
