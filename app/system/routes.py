"""GET /api/v1/health: the trivial endpoint the benchmarks compare verification with."""

from flask.views import MethodView
from marshmallow import Schema, fields
from sqlalchemy import text

from app import db
from app.api import Blueprint

blp = Blueprint("system", __name__, url_prefix="/api/v1", description="Service health")


class HealthSchema(Schema):
    status = fields.String(required=True)
    database = fields.String(required=True)


@blp.route("/health")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self):
        """Is the service up and is its database reachable?"""
        try:
            db.session.execute(text("SELECT 1"))
            database = "ok"
        except Exception:
            database = "unavailable"
        return {"status": "ok" if database == "ok" else "degraded", "database": database}
