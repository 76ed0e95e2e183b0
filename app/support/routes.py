"""Support API: a signed-in user asks for help and follows their requests; admins see all and
set their status."""

from __future__ import annotations

from flask import g
from flask.views import MethodView

from app import db
from app.accounts.auth import login_required, roles_required
from app.api import Blueprint
from app.i18n import current_language
from app.support import schemas, service
from app.transactions import writes

blp = Blueprint("support", __name__, url_prefix="/api/v1", description="Support requests")


@blp.route("/support-requests")
class SupportRequests(MethodView):
    @login_required
    @blp.arguments(schemas.SupportRequestQuerySchema, location="query")
    @blp.response(200, schemas.SupportRequestSchema(many=True))
    def get(self, query):
        """Your support requests, newest first; admins: everyone's (`?status=` to filter)."""
        found = service.visible(db.session, g.user, status=query.get("status"),
                                limit=query["limit"], offset=query["offset"])
        return [service.answer(db.session, request) for request in found]

    @writes
    @login_required
    @blp.arguments(schemas.SupportRequestCreateSchema)
    @blp.response(201, schemas.SupportRequestSchema)
    def post(self, body):
        """Ask the Customs for help (seeds/000, "Contact Support"): the request is `open`."""
        request = service.ask(db.session, g.user, subject=body["subject"], body=body["body"],
                              language=current_language())
        return service.answer(db.session, request)


@blp.route("/support-requests/<int:request_id>")
class SupportRequestById(MethodView):
    @login_required
    @blp.response(200, schemas.SupportRequestSchema)
    def get(self, request_id):
        """One request: its asker's, or any for admins."""
        return service.answer(db.session, service.get(db.session, g.user, request_id))

    @writes
    @roles_required("admin")
    @blp.arguments(schemas.SupportRequestUpdateSchema)
    @blp.response(200, schemas.SupportRequestSchema)
    def patch(self, body, request_id):
        """Admins: set the status (`open`, `in_progress`, `closed`)."""
        request = service.get(db.session, g.user, request_id)
        return service.answer(db.session,
                              service.set_status(db.session, g.user, request, body["status"]))
