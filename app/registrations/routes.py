"""Registrations API: companies apply to the operators' portal, admins list and decide."""

from flask import current_app, g
from flask.views import MethodView

from app import db
from app.accounts.auth import roles_required
from app.api import Blueprint
from app.extensions import address_key, rate_limit
from app.kosovo_time import today
from app.orders.queries import limits_of
from app.registrations import schemas, service
from app.registrations.models import Registration
from app.transactions import writes

blp = Blueprint("registrations", __name__, url_prefix="/api/v1",
                description="Operators' registrations in the portal")

_per_address_limit = rate_limit(
    lambda: current_app.config["RATELIMIT_REGISTRATION"], methods=["POST"], key_func=address_key
)


def registration_dict(registration: Registration, admin_user_id: int | None = None) -> dict:
    answer = {column: getattr(registration, column) for column in (
        "id", "status", "company_name", "nui", "licence_number", "licence_kinds", "categories",
        "licence_valid_from", "licence_valid_to", "premises", "contact", "admin_email",
        "language", "created_at", "decided_at", "reasons", "operator_id",
    )}
    if registration.operator_id is not None:
        answer["limits"] = [
            {"category": limit.category, "period": limit.period, "maximum": limit.maximum}
            for limit in limits_of(db.session, registration.operator_id)
        ]
        answer["admin_user_id"] = admin_user_id
    return answer


@blp.route("/registrations")
class Registrations(MethodView):
    decorators = (_per_address_limit,)

    @roles_required("admin")
    @blp.arguments(schemas.RegistrationQuerySchema, location="query")
    @blp.response(200, schemas.RegistrationSchema(many=True))
    def get(self, query):
        """Registrations, oldest first; `status=pending` for those awaiting a decision."""
        found = service.list_registrations(db.session, status=query.get("status"),
                                           limit=query["limit"], offset=query["offset"])
        return [registration_dict(registration) for registration in found]

    @writes
    @blp.arguments(schemas.RegistrationRequestSchema)
    @blp.response(201, schemas.RegistrationCreatedSchema)
    def post(self, body):
        """Register a licensed company and its first administrator; the Customs decide."""
        registration = service.register(db.session, body, today=today())
        return {"id": registration.id, "status": registration.status}


@blp.route("/registrations/<int:registration_id>/decision")
class RegistrationDecision(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.RegistrationDecisionSchema)
    @blp.response(200, schemas.RegistrationSchema)
    def post(self, body, registration_id):
        """Approve (with the licence's limits) or reject (with reasons) a registration."""
        decision = service.decide(
            db.session, registration_id, outcome=body["outcome"], reasons=body.get("reasons"),
            limits=body["limits"], decided_by=g.user.id,
            public_base_url=current_app.config["PUBLIC_BASE_URL"],
        )
        admin = decision.admin_user
        return registration_dict(decision.registration, admin.id if admin else None)
