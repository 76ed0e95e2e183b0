"""Registry API: operators, premises (nearest first), products. Admins create and edit, all
read."""

from flask.views import MethodView
from sqlalchemy import select

from app import db
from app.accounts.auth import login_required, roles_required
from app.api import Blueprint
from app.registry import schemas, service
from app.registry.models import Operator, Premises, Product
from app.transactions import writes

blp = Blueprint(
    "registry", __name__, url_prefix="/api/v1", description="Operators, premises, products"
)


@blp.route("/operators")
class Operators(MethodView):
    @login_required
    @blp.response(200, schemas.OperatorSchema(many=True))
    def get(self):
        """Licensed operators."""
        return db.session.scalars(select(Operator).order_by(Operator.name)).all()

    @writes
    @roles_required("admin")
    @blp.arguments(schemas.OperatorSchema)
    @blp.response(201, schemas.OperatorSchema)
    def post(self, body):
        """Register a licensed operator."""
        return service.create_operator(db.session, **body)


@blp.route("/operators/<int:operator_id>")
class OperatorById(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.OperatorUpdateSchema)
    @blp.response(200, schemas.OperatorSchema)
    def patch(self, body, operator_id):
        """Edit an operator: any of the fields creation takes; some are fixed once used."""
        return service.update_operator(db.session, operator_id, body)


@blp.route("/premises")
class PremisesList(MethodView):
    @login_required
    @blp.arguments(schemas.PremisesQuerySchema, location="query")
    @blp.response(200, schemas.PremisesSchema(many=True))
    def get(self, query):
        """Premises; with `near=lat,lon` nearest first, each with its distance."""
        if "near" in query:
            lat, lon = (float(part) for part in query["near"].split(","))
            found = service.premises_near(
                db.session, lat, lon, limit=query["limit"], operator_id=query.get("operator_id")
            )
            for premises, distance in found:
                premises.distance_km = round(distance, 3)
            return [premises for premises, _ in found]
        statement = select(Premises).order_by(Premises.name).limit(query["limit"])
        if "operator_id" in query:
            statement = statement.where(Premises.operator_id == query["operator_id"])
        return db.session.scalars(statement).all()

    @writes
    @roles_required("admin")
    @blp.arguments(schemas.PremisesSchema)
    @blp.response(201, schemas.PremisesSchema)
    def post(self, body):
        """Register premises of an operator."""
        return service.create_premises(db.session, **body)


@blp.route("/premises/<int:premises_id>")
class PremisesById(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.PremisesUpdateSchema)
    @blp.response(200, schemas.PremisesSchema)
    def patch(self, body, premises_id):
        """Edit premises: any of the fields creation takes; some are fixed once used."""
        return service.update_premises(db.session, premises_id, body)


@blp.route("/products")
class Products(MethodView):
    @login_required
    @blp.response(200, schemas.ProductSchema(many=True))
    def get(self):
        """Products stamps are affixed to."""
        return db.session.scalars(select(Product).order_by(Product.brand, Product.name)).all()

    @writes
    @roles_required("admin")
    @blp.arguments(schemas.ProductSchema)
    @blp.response(201, schemas.ProductSchema)
    def post(self, body):
        """Register a product."""
        return service.create_product(db.session, **body)


@blp.route("/products/<int:product_id>")
class ProductById(MethodView):
    @writes
    @roles_required("admin")
    @blp.arguments(schemas.ProductUpdateSchema)
    @blp.response(200, schemas.ProductSchema)
    def patch(self, body, product_id):
        """Edit a product: any of the fields creation takes; some are fixed once used."""
        return service.update_product(db.session, product_id, body)
