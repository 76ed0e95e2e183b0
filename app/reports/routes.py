"""Consumer reports API: anyone reports a suspicious product; officers and supervisors read them."""

from __future__ import annotations

from flask import Response, current_app, request
from flask.views import MethodView
from marshmallow import ValidationError

from app import db
from app.accounts.auth import current_user, roles_required
from app.api import Blueprint
from app.errors import Invalid, NotFound
from app.extensions import rate_limit
from app.reports import schemas, service
from app.reports.models import Report
from app.stamps import codes
from app.stamps.routes import public_limit
from app.transactions import client_hash, writes

blp = Blueprint("reports", __name__, url_prefix="/api/v1", description="Consumer reports")


def _report_body() -> tuple[dict, bytes | None]:
    """The fields from JSON or a multipart form (empty form fields count as absent)."""
    if request.mimetype == "multipart/form-data":
        raw = {key: value for key, value in request.form.items() if value.strip()}
        upload = request.files.get("photo")
        photo = upload.read() if upload is not None and upload.filename != "" else None
    else:
        raw, photo = request.get_json(silent=True), None
        if not isinstance(raw, dict):
            raise Invalid("reports.invalid")
    try:
        return schemas.ReportRequestSchema().load(raw), photo
    except ValidationError as exc:
        raise Invalid("reports.invalid", errors=exc.messages) from exc


def _report(report: Report) -> dict:
    serial = str(codes.Serial(report.series, report.number)) if report.series else None
    return {
        "id": report.id,
        "status": report.status,
        "code": report.code,
        "serial": serial,
        "description": report.description,
        "premises_name": report.premises_name,
        "lat": report.lat,
        "lon": report.lon,
        "municipality": report.municipality,
        "photo_sha256": report.photo_sha256,
        "created_at": report.created_at,
    }


@blp.route("/reports")
class Reports(MethodView):
    decorators = (rate_limit(public_limit, methods=["POST"]),)

    @writes
    @blp.doc(
        requestBody={
            "content": {
                "application/json": {"schema": schemas.ReportRequestSchema},
                "multipart/form-data": {"schema": schemas.ReportRequestSchema},
            }
        }
    )
    @blp.response(201, schemas.ReportReceivedSchema)
    def post(self):
        """Report a suspicious product (optional photo: its metadata is removed before storing)."""
        body, photo = _report_body()
        stored = None
        if photo is not None:
            stored = service.store_photo(
                photo,
                current_app.config["EVIDENCE_DIR"],
                max_bytes=current_app.config["IMAGE_MAX_BYTES"],
                max_pixels=current_app.config["IMAGE_PUBLIC_MAX_PIXELS"],
            )
        user = current_user()
        report = service.create_report(
            db.session,
            photo=stored,
            client_hash=None if user else client_hash(),
            user_id=user.id if user else None,
            **body,
        )
        return {"id": report.id, "status": report.status}

    @roles_required("officer", "supervisor")
    @blp.arguments(schemas.ReportQuerySchema, location="query")
    @blp.response(200, schemas.ReportListSchema)
    def get(self, query):
        """Consumer reports, newest first; `serial` finds the reports of one stamp."""
        reports = service.list_reports(db.session, **query)
        return {"reports": [_report(report) for report in reports]}


@blp.route("/reports/<int:report_id>/photo")
class ReportPhoto(MethodView):
    @roles_required("officer", "supervisor")
    @blp.response(200, content_type="image/jpeg")
    def get(self, report_id):
        """The report's photo (stored without metadata)."""
        report = db.session.get(Report, report_id)
        if report is None:
            raise NotFound("report")
        path = service.photo_path(current_app.config["EVIDENCE_DIR"], report)
        if path is None:
            raise NotFound(message_key="reports.no_photo")
        mimetype = "image/png" if path.suffix == ".png" else "image/jpeg"
        return Response(path.read_bytes(), mimetype=mimetype)
