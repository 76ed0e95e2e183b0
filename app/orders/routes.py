"""Stamp orders API: limits, orders and the Customs' decisions, Art. 241 orders and appeals."""

from flask import current_app, g
from flask.views import MethodView

from app import db
from app.accounts.auth import company_action, roles_required
from app.api import Blueprint
from app.kosovo_time import today
from app.orders import schemas, service
from app.orders.answers import avoidance_dict, order_dict
from app.orders.queries import list_orders
from app.transactions import writes

blp = Blueprint("orders", __name__, url_prefix="/api/v1",
                description="Stamp orders within limits, Art. 241 orders")


def _company() -> int | None:
    """The caller's company for an operator's user; None for an admin (who sees every order)."""
    return None if g.user.has_role("admin") else g.user.operator_id


@blp.route("/orders/limits")
class OrderLimits(MethodView):
    @roles_required("operator")
    @company_action("read", key_scope="orders")
    @blp.response(200, schemas.LimitsSchema)
    def get(self):
        """The limits on your company's orders now, per category, and why."""
        return {"limits": service.limits_now(db.session, g.user.operator_id, today())}


@blp.route("/orders")
class Orders(MethodView):
    @roles_required("operator", "admin")
    @company_action("read", key_scope="orders")
    @blp.arguments(schemas.OrderQuerySchema, location="query")
    @blp.response(200, schemas.OrderSchema(many=True))
    def get(self, query):
        """Stamp orders, newest first: your company's, or every one for an admin."""
        found = list_orders(db.session, operator_id=_company(), status=query.get("status"),
                            limit=query["limit"], offset=query["offset"])
        return [order_dict(db.session, order) for order in found]

    @writes
    @roles_required("operator")
    @company_action("order", key_scope="orders")
    @blp.arguments(schemas.OrderRequestSchema)
    @blp.response(201, schemas.OrderSchema)
    def post(self, body):
        """Order stamps within your limits; the Customs decide."""
        order = service.place_order(
            db.session, operator_id=g.user.operator_id, ordered_by=g.user.id,
            category=body["category"], quantity=body["quantity"],
            product_id=body.get("product_id"), premises_id=body.get("premises_id"),
            today=today(),
        )
        return order_dict(db.session, order)


@blp.route("/orders/<int:order_id>")
class OrderById(MethodView):
    @roles_required("operator", "admin")
    @company_action("read", key_scope="orders")
    @blp.response(200, schemas.OrderSchema)
    def get(self, order_id):
        """An order with its history and, once approved, its batch."""
        return order_dict(db.session, service.get_order(db.session, order_id,
                                                        operator_id=_company()))


@blp.route("/orders/<int:order_id>/decision")
class OrderDecision(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.OrderDecisionSchema)
    @blp.response(200, schemas.OrderSchema)
    def post(self, body, order_id):
        """Approve an order (its batch is issued) or reject it with reasons."""
        order = service.decide_order(
            db.session, order_id, outcome=body["outcome"], reasons=body.get("reasons"),
            decided_by=g.user.id, public_base_url=current_app.config["PUBLIC_BASE_URL"],
            today=today(),
        )
        return order_dict(db.session, order)


@blp.route("/operators/<int:operator_id>/avoidance-orders")
class AvoidanceOrders(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.AvoidanceOrderRequestSchema)
    @blp.response(201, schemas.AvoidanceOrderSchema)
    def post(self, body, operator_id):
        """Record an Art. 241 order: orders capped at the operator's 9-month average."""
        order = service.make_avoidance_order(
            db.session, operator_id, categories=body["categories"], starts_on=body["from_"],
            ends_on=body.get("to"), notification=body["notification"],
            reasons=body["reasons"], made_by=g.user.id,
        )
        return avoidance_dict(order, [])


@blp.route("/operators/<int:operator_id>/avoidance-orders/<int:avoidance_order_id>/appeals")
class AvoidanceAppeals(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.AppealSchema)
    @blp.response(201, schemas.AppealSchema)
    def post(self, body, operator_id, avoidance_order_id):
        """Record an appeal to the Independent Review Board against an Art. 241 order."""
        return service.record_appeal(
            db.session, operator_id, avoidance_order_id, lodged_on=body["lodged_on"],
            grounds=body["grounds"], recorded_by=g.user.id,
        )
