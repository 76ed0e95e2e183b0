"""Inspections API: start, scan inside, record findings, close, read back with the tally."""

from __future__ import annotations

from flask import current_app, g
from flask.views import MethodView
from sqlalchemy import select

from app import db
from app.accounts.auth import roles_required
from app.api import Blueprint
from app.i18n import current_language
from app.inspections import rules, schemas, service, targets
from app.inspections.models import Inspection
from app.operations import metrics
from app.registry.models import Premises
from app.stamps import codes
from app.stamps.answers import verification_answer
from app.stamps.schemas import VerificationSchema
from app.stamps.verification import verify
from app.transactions import writes

blp = Blueprint(
    "inspections", __name__, url_prefix="/api/v1", description="Inspections by customs officers"
)


def _summary(inspection: Inspection) -> dict:
    premises = db.session.get(Premises, inspection.premises_id) if inspection.premises_id else None
    return {
        "id": inspection.id,
        "status": "open" if inspection.closed_at is None else "closed",
        "officer_id": inspection.officer_id,
        "premises_id": inspection.premises_id,
        "premises_name": premises.name if premises else None,
        "place": {
            "description": inspection.place_description,
            "municipality": inspection.municipality,
            "lat": inspection.lat,
            "lon": inspection.lon,
        },
        "started_at": inspection.started_at,
        "closed_at": inspection.closed_at,
    }


def _detail(inspection: Inspection) -> dict:
    scans = service.scans_of(db.session, inspection)
    return {
        **_summary(inspection),
        "tally": service.tally(db.session, inspection),
        "scans": [
            {
                "id": scan.id,
                "serial": str(codes.Serial(scan.series, scan.number)) if scan.series else None,
                "scanned_at": scan.scanned_at,
                "verdict": scan.verdict,
                "reasons": scan.reasons,
                "user_id": scan.user_id,
            }
            for scan in scans
        ],
        "findings": inspection.findings,
    }


@blp.route("/inspections")
class Inspections(MethodView):
    @roles_required("officer", "supervisor")
    @blp.arguments(schemas.InspectionQuerySchema, location="query")
    @blp.response(200, schemas.InspectionListSchema)
    def get(self, query):
        """Inspections, newest first: an officer's own, or all for a supervisor."""
        statement = select(Inspection).order_by(Inspection.id.desc())
        if not g.user.has_role("supervisor"):
            statement = statement.where(Inspection.officer_id == g.user.id)
        if query.get("status") == "open":
            statement = statement.where(Inspection.closed_at.is_(None))
        elif query.get("status") == "closed":
            statement = statement.where(Inspection.closed_at.is_not(None))
        statement = statement.limit(query["limit"]).offset(query["offset"])
        return {"inspections": [_summary(i) for i in db.session.scalars(statement)]}

    @writes
    @roles_required("officer")
    @blp.arguments(schemas.InspectionRequestSchema)
    @blp.response(201, schemas.InspectionSchema)
    def post(self, body):
        """Start an inspection at a registered premises or at a place (coordinates)."""
        inspection = service.start(
            db.session,
            officer_id=g.user.id,
            premises_id=body.get("premises_id"),
            place=body.get("place"),
        )
        return _detail(inspection)


@blp.route("/inspections/targets")
class InspectionTargets(MethodView):
    @roles_required("officer", "supervisor")
    @blp.arguments(schemas.TargetQuerySchema, location="query")
    @blp.response(200, schemas.TargetListSchema)
    def get(self, query):
        """Premises to inspect, by risk score with its reasons; with lat/lon, the day's route."""
        lat, lon = query.get("lat"), query.get("lon")
        municipality = targets.check_place(lat, lon, query.get("municipality"))
        answer = targets.targets(
            db.session,
            policy=rules.Policy.from_settings(current_app.config),
            lang=current_language(),
            municipality=municipality,
            lat=lat,
            lon=lon,
            limit=query["limit"],
        )
        return {**answer, "map_tile_url": current_app.config["MAP_TILE_URL"] or None}


@blp.route("/inspections/<int:inspection_id>")
class InspectionById(MethodView):
    @roles_required("officer", "supervisor")
    @blp.response(200, schemas.InspectionSchema)
    def get(self, inspection_id):
        """The inspection with its scans, the tally of verdicts and its findings."""
        return _detail(service.get(db.session, inspection_id))


@blp.route("/inspections/<int:inspection_id>/scans")
class InspectionScans(MethodView):
    @writes
    @roles_required("officer")
    @blp.arguments(schemas.ScanRequestSchema)
    @blp.response(201, VerificationSchema)
    def post(self, body, inspection_id):
        """Verify a code inside the inspection (the same answer as POST /verifications)."""
        inspection = service.open_inspection(db.session, inspection_id)
        lat, lon = body.get("lat"), body.get("lon")
        if lat is None or lon is None:  # the phone had no fix: the inspection's place
            lat, lon = inspection.lat, inspection.lon
        result = verify(
            db.session,
            text=body["code"],
            lat=lat,
            lon=lon,
            accuracy_m=body.get("accuracy_m"),
            user_id=g.user.id,
            officer=True,
            premises_id=inspection.premises_id,
            inspection_id=inspection.id,
            max_length=current_app.config["CODE_MAX_LENGTH"],
            settings=current_app.config,
        )
        metrics.count_verification(result.verdict, result.reasons, officer=True)
        return verification_answer(result, current_language())


@blp.route("/inspections/<int:inspection_id>/findings")
class InspectionFindings(MethodView):
    @writes
    @roles_required("officer")
    @blp.arguments(schemas.FindingRequestSchema)
    @blp.response(201, schemas.FindingSchema)
    def post(self, body, inspection_id):
        """Record a finding: unmarked products, counterfeit stamps, or another breach."""
        inspection = service.open_inspection(db.session, inspection_id)
        finding = service.add_finding(db.session, inspection, user_id=g.user.id, **body)
        metrics.count_finding(body["kind"])
        return finding


@blp.route("/inspections/<int:inspection_id>/close")
class InspectionClose(MethodView):
    @writes
    @roles_required("officer")
    @blp.response(200, schemas.InspectionSchema)
    def post(self, inspection_id):
        """Close the inspection: no more scans or findings."""
        inspection = service.open_inspection(db.session, inspection_id)
        return _detail(service.close(db.session, inspection))
