"""Custody API: record an event over a range, list a range's events, EPCIS capture and query."""

from __future__ import annotations

from flask import g, request
from flask.views import MethodView

from app import db
from app.accounts.auth import company_action, roles_required
from app.api import Blueprint
from app.custody import answers, epcis, schemas, service
from app.errors import BadRequest, Invalid, UnsupportedMediaType
from app.i18n import current_language
from app.stamps.service import parse_range, parse_serial
from app.transactions import writes

blp = Blueprint("custody", __name__, url_prefix="/api/v1", description="Chain of custody, EPCIS")

_EPCIS_BODY = {
    "required": True,
    "content": {
        media: {"schema": {"type": "object", "description": "EPCIS 2.0 EPCISDocument"}}
        for media in ("application/json", "application/ld+json")
    },
}


def _operator_scope() -> int | None:
    user = g.user
    if user.has_role("admin", "officer", "supervisor"):
        return None
    return user.operator_id


def _range(query: dict) -> tuple[str, int, int]:
    if query.get("serial"):
        serial = parse_serial(query["serial"])
        return serial.series, serial.number, serial.number
    if not all(query.get(name) for name in ("series", "first", "last")):
        raise Invalid("custody.range_query_required")
    return parse_range(query["series"], query["first"], query["last"])


@blp.route("/custody/events")
class CustodyEvents(MethodView):
    @roles_required("officer", "supervisor", "admin", "operator")
    @company_action("read", key_scope="epcis")
    @blp.arguments(schemas.RangeQuerySchema, location="query")
    @blp.response(200, schemas.CustodyEventSchema(many=True))
    def get(self, query):
        """Custody events sharing a serial with a serial or range (operators: their own part)."""
        series, first, last = _range(query)
        events = service.visible_to(
            db.session,
            service.events_overlapping(db.session, series, first, last),
            _operator_scope(),
        )
        return answers.events_answer(db.session, events)

    @writes
    @roles_required("operator", "officer", "supervisor", "admin")
    @company_action("logistics", key_scope="epcis")
    @blp.arguments(schemas.CustodyEventRequestSchema)
    @blp.response(201, schemas.CustodyEventSchema)
    def post(self, body):
        """Record one custody event (shipping, receiving, inspecting, holding...) over a range."""
        event = service.record_event(db.session, actor=service.actor_for(g.user), **body)
        return answers.events_answer(db.session, [event])[0]


@blp.route("/custody/events/<int:event_id>/void")
class CustodyEventVoid(MethodView):
    @writes
    @roles_required("operator", "officer", "supervisor", "admin")
    @company_action("logistics", key_scope="epcis")
    @blp.arguments(schemas.VoidRequestSchema)
    @blp.response(201, schemas.CustodyEventSchema)
    def post(self, body, event_id):
        """Void an event recorded in error (no replacement): the chain keeps it, marked."""
        event = service.void_event(
            db.session, actor=service.actor_for(g.user), event_id=event_id, reason=body["reason"]
        )
        return answers.events_answer(db.session, [event])[0]


@blp.route("/epcis/capture")
class EpcisCapture(MethodView):
    @writes
    @roles_required("operator", "officer", "supervisor", "admin")
    @company_action("logistics", key_scope="epcis")
    @blp.doc(requestBody=_EPCIS_BODY)
    @blp.response(201, schemas.CaptureSchema)
    def post(self):
        """Capture an EPCIS 2.0 JSON / JSON-LD document: every event is recorded, or none."""
        if not request.is_json:
            raise UnsupportedMediaType()
        document = request.get_json(silent=True)
        if document is None:
            raise BadRequest("custody.epcis_malformed", detail="the body is not JSON")
        captured = epcis.capture(
            db.session, document, service.actor_for(g.user), current_language()
        )
        return {"captured": len(captured), "events": captured}


@blp.route("/epcis/events")
class EpcisEvents(MethodView):
    @roles_required("officer", "supervisor", "admin", "operator")
    @company_action("read", key_scope="epcis")
    @blp.arguments(schemas.RangeQuerySchema, location="query")
    @blp.response(200, description="an EPCIS 2.0 EPCISDocument (JSON-LD)")
    def get(self, query):
        """The chain of a serial or range as an EPCIS 2.0 document (query and export)."""
        series, first, last = _range(query)
        return epcis.export(db.session, series, first, last, operator_id=_operator_scope())
