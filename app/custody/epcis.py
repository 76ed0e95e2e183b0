"""GS1 EPCIS 2.0 JSON / JSON-LD: stamp identifiers, capture of documents, export of chains.

Identifiers (docs/custody.md): a stamp is `urn:rks:banderola:stamp:CG26-000000123`, a range
`urn:rks:banderola:range:CG26-000000001:000001000`, a premises
`urn:rks:banderola:premises:42`; a place without premises is a `geo:lat,lon` URI.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.custody import rules, service
from app.custody.models import CustodyEvent
from app.db import utcnow
from app.errors import BadRequest, DomainError, Invalid, LimitExceeded
from app.i18n import translate
from app.kosovo_time import KOSOVO
from app.stamps import codes
from app.stamps import rules as stamp_rules
from app.stamps import service as stamps_service
from app.stamps.models import Activation, Batch
from app.stamps.ranges import series_locks

NAMESPACE = "urn:rks:banderola:"
STAMP_URN = NAMESPACE + "stamp:"
RANGE_URN = NAMESPACE + "range:"
PREMISES_URN = NAMESPACE + "premises:"
EVENT_URN = NAMESPACE + "event:"
BIZSTEP_URN = NAMESPACE + "bizstep:"
CONTEXT = [
    "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
    {"banderola": NAMESPACE},
]
CAPTURED_TYPES = ("ObjectEvent", "AggregationEvent")
EVENT_TYPES = (*CAPTURED_TYPES, "TransformationEvent", "TransactionEvent", "AssociationEvent")
# CBV 2.0 business steps we use; the others (activating, seizing, returning) are ours.
CBV_STEPS = frozenset({"commissioning", "shipping", "receiving", "inspecting", "holding",
                       "destroying", "decommissioning"})
_STEP_PREFIXES = ("urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-",
                  "https://gs1.org/voc/BizStep-", "cbv:BizStep-", BIZSTEP_URN, "banderola:bizstep:")
_LOCATION_TYPES = frozenset({"location", "urn:epcglobal:cbv:sdt:location",
                             "https://ref.gs1.org/cbv/SDT-location", "cbv:SDT-location"})
_CORRECTS_KEYS = ("banderola:corrects", NAMESPACE + "corrects")
# The product of an `activating` event (the export writes `banderola:productId`).
_PRODUCT_ID_KEYS = ("banderola:productId", NAMESPACE + "productId")
_GTIN_KEYS = ("banderola:gtin", NAMESPACE + "gtin")
# CBV dispositions: the state of the goods after each step.
_DISPOSITION = {"shipping": "in_transit", "receiving": "in_progress",
                "holding": "non_sellable_other", "seizing": "non_sellable_other",
                "destroying": "destroyed", "decommissioning": "inactive",
                "commissioning": "active", "activating": "active", "returning": "returned"}
_RANGE = re.compile(r"^([A-Z]{2}\d{2})-(\d{1,9}):(\d{1,9})$")
_GEO = re.compile(r"^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)(?:[;,].*)?$")
MAX_EVENTS = 1000
# An eventID is kept whole or refused, never cut: the column holds 200 characters, and an event
# split over several ranges stores `<eventID>#<part>`.
MAX_EVENT_ID = 190
MAX_SHOWN_EPCS = 5


class EventRefusedError(Exception):
    """One event of a document refused: a reason code, the kind of refusal (`error`:
    validation_failed, forbidden or conflict; app.errors.refused answers it), message
    parameters."""

    def __init__(self, reason: str, error: str = "validation_failed", **params) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error
        self.params = params

    def as_error(self) -> DomainError:
        return service.refused_step(self.reason, self.error, **self.params)


def stamp_urn(serial: codes.Serial) -> str:
    return f"{STAMP_URN}{serial}"


def range_urn(series: str, first: int, last: int) -> str:
    if first == last:
        return stamp_urn(codes.Serial(series, first))
    return f"{RANGE_URN}{codes.Serial(series, first)}:{last:0{codes.NUMBER_DIGITS}d}"


def parse_epc(epc: str) -> tuple[str, int, int] | None:
    """(series, first, last) of one of our stamp or range URNs; None for anything else."""
    if not isinstance(epc, str):
        return None
    try:
        if epc.startswith(STAMP_URN):
            serial = codes.parse_serial(epc.removeprefix(STAMP_URN))
            return serial.series, serial.number, serial.number
        match = _RANGE.match(epc.removeprefix(RANGE_URN)) if epc.startswith(RANGE_URN) else None
        if match:
            serial = codes.parse_serial(f"{match.group(1)}-{match.group(2)}")
            last = int(match.group(3))
            if last >= serial.number:
                return serial.series, serial.number, last
    except codes.MalformedCodeError:
        return None
    return None


def contiguous_ranges(ranges: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Merge touching or overlapping ranges per series: one custody event per run of serials."""
    merged: list[tuple[str, int, int]] = []
    for series, first, last in sorted(ranges):
        if merged and merged[-1][0] == series and first <= merged[-1][2] + 1:
            merged[-1] = (series, merged[-1][1], max(last, merged[-1][2]))
        else:
            merged.append((series, first, last))
    return merged


@dataclass
class CapturedEvent:
    """An EPCIS event understood as custody: the step, its ranges, time and places."""

    business_step: str
    ranges: list[tuple[str, int, int]]
    occurred_at: dt.datetime
    event_id: str | None = None
    premises_id: int | None = None
    from_premises_id: int | None = None
    to_premises_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    corrects: str | int | None = None
    # An `activating` event names the product the stamps were affixed to.
    product_id: int | None = None
    gtin: str | None = None
    extra: dict = field(default_factory=dict)


def event_list(document) -> list:
    """The events of a capture body: an EPCISDocument, or one bare event. Raises DomainError
    (400) for what is not EPCIS 2.0 JSON at all."""
    def malformed(detail: str) -> DomainError:
        return BadRequest("custody.epcis_malformed", detail=detail, errors={"document": [detail]})

    if not isinstance(document, dict):
        raise malformed("the body must be a JSON object")
    kind = document.get("type")
    if kind in EVENT_TYPES:
        return [document]
    if kind != "EPCISDocument":
        raise malformed("type must be EPCISDocument")
    version = str(document.get("schemaVersion", "2.0"))
    if not version.startswith("2"):
        raise malformed("schemaVersion must be 2.0")
    body = document.get("epcisBody")
    events = body.get("eventList") if isinstance(body, dict) else None
    if not isinstance(events, list):
        raise malformed("epcisBody.eventList must be a list")
    if len(events) > MAX_EVENTS:
        raise LimitExceeded("custody.epcis_malformed", status=413,
                            detail=f"at most {MAX_EVENTS} events per capture")
    return events


def _time(value, name: str) -> dt.datetime:
    if not isinstance(value, str):
        raise EventRefusedError("bad_event", detail=f"{name} is required")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise EventRefusedError("bad_event", detail=f"{name} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise EventRefusedError("bad_event", detail=f"{name} needs a time zone offset")
    return parsed.astimezone(dt.UTC)


def _step(value) -> str:
    if not isinstance(value, str) or not value:
        raise EventRefusedError("bad_event", detail="bizStep is required")
    for prefix in _STEP_PREFIXES:
        if value.startswith(prefix):
            value = value.removeprefix(prefix)
            break
    if value not in rules.STEPS:
        raise EventRefusedError("unknown_business_step", business_step=value)
    return value


def _place(value) -> tuple[int | None, float | None, float | None]:
    """(premises_id, lat, lon) of a readPoint/bizLocation/source/destination identifier."""
    if value is None:
        return None, None, None
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, str):
        if value.startswith(PREMISES_URN) and value.removeprefix(PREMISES_URN).isdigit():
            return int(value.removeprefix(PREMISES_URN)), None, None
        match = _GEO.match(value)
        if match:
            lat, lon = float(match.group(1)), float(match.group(2))
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return None, lat, lon
    raise EventRefusedError("unknown_location", location=str(value)[:120])


def _party_location(entries, key: str) -> int | None:
    if entries is None:
        return None
    if not isinstance(entries, list):
        raise EventRefusedError("bad_event", detail=f"{key}List must be a list")
    for entry in entries:
        if isinstance(entry, dict) and entry.get("type") in _LOCATION_TYPES:
            premises_id, _, _ = _place(entry.get(key))
            if premises_id is None:
                raise EventRefusedError("unknown_location", location=str(entry.get(key))[:120])
            return premises_id
    return None


def understand(raw) -> CapturedEvent:
    """One EPCIS event as custody, or EventRefusedError with the reason it cannot be."""
    if not isinstance(raw, dict):
        raise EventRefusedError("bad_event", detail="an event must be a JSON object")
    kind = raw.get("type")
    if kind not in CAPTURED_TYPES:
        raise EventRefusedError("unsupported_event_type", type=str(kind))
    epcs = raw.get("epcList" if kind == "ObjectEvent" else "childEPCs") or []
    if not isinstance(epcs, list):
        raise EventRefusedError("bad_event", detail="the EPC list must be a list")
    parsed = [(epc, parse_epc(epc)) for epc in epcs]
    foreign = [str(epc) for epc, ours in parsed if ours is None]
    if foreign or not parsed:
        classes = [str(q.get("epcClass")) for q in raw.get("quantityList")
                   or raw.get("childQuantityList") or [] if isinstance(q, dict)]
        shown = (foreign or classes or ["none"])[:MAX_SHOWN_EPCS]
        raise EventRefusedError("not_our_stamp", epcs=", ".join(shown))
    if "errorDeclaration" in raw:
        raise EventRefusedError("error_declaration")
    step = _step(raw.get("bizStep"))
    occurred_at = _time(raw.get("eventTime"), "eventTime")
    if stamp_rules.before_system_start(occurred_at):
        raise EventRefusedError("event_time_too_early", earliest=stamp_rules.SYSTEM_START)
    event_id = raw.get("eventID")
    if event_id is not None and len(str(event_id)) > MAX_EVENT_ID:
        raise EventRefusedError("event_id_too_long", maximum=MAX_EVENT_ID)
    premises_id, lat, lon = _place(raw.get("bizLocation"))
    read_premises, read_lat, read_lon = _place(raw.get("readPoint"))
    corrects = next((raw[key] for key in _CORRECTS_KEYS if key in raw), None)
    product_id = next((raw[key] for key in _PRODUCT_ID_KEYS if key in raw), None)
    gtin = next((raw[key] for key in _GTIN_KEYS if key in raw), None)
    if step == "activating" and not (
        isinstance(product_id, int) or (isinstance(gtin, str) and gtin.isdigit())
    ):
        raise EventRefusedError("product_required")
    return CapturedEvent(
        business_step=step,
        ranges=contiguous_ranges([ours for _, ours in parsed]),
        occurred_at=occurred_at,
        event_id=str(event_id) if event_id else None,
        premises_id=premises_id or read_premises,
        from_premises_id=_party_location(raw.get("sourceList"), "source"),
        to_premises_id=_party_location(raw.get("destinationList"), "destination"),
        lat=lat if lat is not None else read_lat,
        lon=lon if lon is not None else read_lon,
        corrects=corrects,
        product_id=product_id if isinstance(product_id, int) else None,
        gtin=gtin if isinstance(gtin, str) else None,
    )


def _activate(session: Session, event: CapturedEvent, actor: rules.Actor) -> list[int]:
    """An `activating` event: the stamps affixed to a product, as `POST /activations` records
    it (the batch's own company, or an administrator; never Customs)."""
    if actor.kind == "customs":
        raise EventRefusedError("step_not_allowed", "forbidden", business_step="activating")
    return [
        stamps_service.activate(
            session,
            series=series,
            first=first,
            last=last,
            product_id=event.product_id,
            gtin=None if event.product_id is not None else event.gtin,
            premises_id=event.premises_id,
            operator_id=actor.operator_id if actor.kind == "operator" else None,
            activated_at=event.occurred_at,
            recorded_by=actor.user_id,
        ).id
        for series, first, last in event.ranges
    ]


def _corrects_id(session: Session, corrects) -> int | None:
    if corrects is None:
        return None
    if isinstance(corrects, int) or (isinstance(corrects, str) and corrects.isdigit()):
        return int(corrects)
    if isinstance(corrects, str) and corrects.startswith(EVENT_URN):
        tail = corrects.removeprefix(EVENT_URN)
        if tail.isdigit():
            return int(tail)
    found = session.scalar(
        select(CustodyEvent.id).where(CustodyEvent.epcis_event_id == str(corrects))
    )
    if found is None:
        raise EventRefusedError("bad_event", detail=f"no captured event {corrects}")
    return found


def capture(session: Session, document, actor: rules.Actor, lang: str) -> list[dict]:
    """Record every event of an EPCIS document, or none: any refused event raises one
    DomainError (422) whose `errors.events` gives each refused event's index and reason."""
    now = utcnow()
    refused: list[dict] = []
    captured: list[dict] = []
    seen_ids: set[str] = set()
    events = event_list(document)
    # Every series the document writes, locked at once in sorted order: locked one by one as
    # the events come, two documents naming the same two series in opposite orders would each
    # hold the lock the other waits for.
    series_locks(session, _series_named(events))
    for index, raw in enumerate(events):
        event_id = raw.get("eventID") if isinstance(raw, dict) else None
        try:
            event = understand(raw)
            if event.event_id and (
                event.event_id in seen_ids
                or session.scalar(select(CustodyEvent.id).where(
                    CustodyEvent.epcis_event_id.in_([event.event_id, f"{event.event_id}#1"])))
            ):
                raise EventRefusedError("duplicate_event_id", "conflict")
            if event.event_id:
                seen_ids.add(event.event_id)
            if event.business_step == "activating":
                captured.append({"index": index, "eventID": event_id, "custody_event_ids": [],
                                 "activation_ids": _activate(session, event, actor)})
                continue
            corrects_id = _corrects_id(session, event.corrects)
            ids = []
            for part, (series, first, last) in enumerate(event.ranges, start=1):
                recorded = service.record_event(
                    session,
                    actor=actor,
                    business_step=event.business_step,
                    series=series,
                    first=first,
                    last=last,
                    occurred_at=event.occurred_at,
                    premises_id=event.premises_id,
                    from_premises_id=event.from_premises_id,
                    to_premises_id=event.to_premises_id,
                    lat=event.lat,
                    lon=event.lon,
                    corrects_id=corrects_id,
                    epcis_event_id=_part_id(event.event_id, part, len(event.ranges)),
                    now=now,
                )
                ids.append(recorded.id)
            captured.append({"index": index, "eventID": event_id, "custody_event_ids": ids})
        except (EventRefusedError, DomainError) as exc:
            error = exc.as_error() if isinstance(exc, EventRefusedError) else exc
            reason = (error.errors or {}).get("reason", error.error)
            refused.append(_refusal(index, event_id, reason, error.status,
                                    translate(error.message_key, lang, **error.params)))
    if refused:
        raise Invalid("custody.epcis_rejected", errors={"events": refused})
    return captured


def _series_named(events: list) -> set[str]:
    """The series of every stamp or range EPC the events name (what is not ours is refused
    later, event by event)."""
    named = set()
    for raw in events:
        if isinstance(raw, dict):
            epcs = raw.get("epcList" if raw.get("type") == "ObjectEvent" else "childEPCs")
            for epc in epcs if isinstance(epcs, list) else []:
                ours = parse_epc(epc)
                if ours is not None:
                    named.add(ours[0])
    return named


def _part_id(event_id: str | None, part: int, parts: int) -> str | None:
    if event_id is None:
        return None
    return event_id if parts == 1 else f"{event_id}#{part}"


def _refusal(index: int, event_id, reason: str, status: int, message: str) -> dict:
    return {"index": index, "eventID": event_id, "reason": reason, "status": status,
            "message": message}


def _offset(instant: dt.datetime) -> str:
    offset = instant.astimezone(KOSOVO).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _bizstep(step: str) -> str:
    return step if step in CBV_STEPS else f"{BIZSTEP_URN}{step}"


def _action(step: str) -> str:
    if step in {"commissioning", "activating"}:
        return "ADD"
    if step in {"destroying", "decommissioning"}:
        return "DELETE"
    return "OBSERVE"


def _epcis_event(step: str, event_id: str, occurred_at, recorded_at, epc: str, **extra) -> dict:
    event = {
        "type": "ObjectEvent",
        "eventID": event_id,
        "eventTime": occurred_at.isoformat(),
        "eventTimeZoneOffset": _offset(occurred_at),
        "recordTime": recorded_at.isoformat(),
        "epcList": [epc],
        "action": _action(step),
        "bizStep": _bizstep(step),
        "disposition": _DISPOSITION.get(step, "in_progress"),
    }
    event.update({key: value for key, value in extra.items() if value is not None})
    return event


def _premises_place(premises_id: int | None) -> dict | None:
    return {"id": f"{PREMISES_URN}{premises_id}"} if premises_id is not None else None


def event_as_epcis(event: CustodyEvent) -> dict:
    place = _premises_place(event.premises_id)
    read_point = place or (
        {"id": f"geo:{event.lat},{event.lon}"} if event.lat is not None else None
    )
    sources = ([{"type": "location", "source": f"{PREMISES_URN}{event.from_premises_id}"}]
               if event.from_premises_id else None)
    destinations = ([{"type": "location", "destination": f"{PREMISES_URN}{event.to_premises_id}"}]
                    if event.to_premises_id else None)
    return _epcis_event(
        event.business_step,
        event.epcis_event_id or f"{EVENT_URN}{event.id}",
        event.occurred_at,
        event.recorded_at,
        range_urn(event.series, event.first, event.last),
        readPoint=read_point,
        bizLocation=place,
        sourceList=sources,
        destinationList=destinations,
        **{
            "banderola:eventId": event.id,
            "banderola:late": event.late or None,
            "banderola:corrects": f"{EVENT_URN}{event.corrects_id}" if event.corrects_id else None,
        },
    )


def export(session: Session, series: str, first: int, last: int,
           operator_id: int | None = None) -> dict:
    """An EPCISDocument of the chain over first..last: the issue of the batches, their
    activations and every custody event sharing a serial with the range, in time order.
    With `operator_id`, only what that company issued, recorded or was sent."""
    batches = [b for b in session.scalars(
        select(Batch).where(Batch.series == series, Batch.first <= last, Batch.last >= first))]
    events = service.visible_to(
        session, service.events_overlapping(session, series, first, last), operator_id
    )
    listed = []
    for batch in batches:
        if operator_id is not None and batch.operator_id != operator_id:
            continue
        listed.append(_epcis_event(
            "commissioning", f"{NAMESPACE}batch:{batch.id}", batch.issued_at, batch.issued_at,
            range_urn(batch.series, batch.first, batch.last),
            **{"banderola:operator": f"{NAMESPACE}operator:{batch.operator_id}"},
        ))
        activations = session.scalars(select(Activation).where(
            Activation.batch_id == batch.id, Activation.first <= last,
            Activation.last >= first)).all()
        for activation in activations:
            listed.append(_epcis_event(
                "activating", f"{NAMESPACE}activation:{activation.id}", activation.activated_at,
                activation.recorded_at,
                range_urn(activation.series, activation.first, activation.last),
                bizLocation=_premises_place(activation.premises_id),
                **{"banderola:productId": activation.product_id},
            ))
    listed.extend(event_as_epcis(event) for event in events)
    listed.sort(key=lambda e: dt.datetime.fromisoformat(e["eventTime"]))
    return {
        "@context": CONTEXT,
        "type": "EPCISDocument",
        "schemaVersion": "2.0",
        "creationDate": utcnow().isoformat(),
        "epcisBody": {"eventList": listed},
    }
