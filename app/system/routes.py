"""GET /api/v1/health: the trivial endpoint the benchmarks compare verification with, and what
monitoring asks about the databases (the primary, and the read replica when one is set)."""

from flask import current_app
from flask.views import MethodView
from marshmallow import Schema, fields
from sqlalchemy import text

from app import db
from app.api import Blueprint

blp = Blueprint("system", __name__, url_prefix="/api/v1", description="Service health")


class HealthSchema(Schema):
    status = fields.String(required=True)
    database = fields.String(required=True)
    # Present only with DATABASE_REPLICA_URL set (docs/operations.md, "A read replica").
    replica = fields.String(
        metadata={"description": "ok | lagging | down | not_a_replica", "enum": [
            "ok", "lagging", "down", "not_a_replica"]}
    )
    replica_lag_s = fields.Float(allow_none=True)
    reads_from = fields.String(metadata={"description": "replica | primary", "enum": [
        "replica", "primary"]})
    replica_error = fields.String(allow_none=True)


@blp.route("/health")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self):
        """Is the service up, is its database reachable, and do reads go to the replica?"""
        try:
            db.session.execute(text("SELECT 1"))
            database = "ok"
        except Exception:
            database = "unavailable"
        answer = {"status": "ok" if database == "ok" else "degraded", "database": database}
        replica = current_app.extensions.get("replica")
        if replica is not None:
            state = replica.state()
            answer |= {
                "replica": state.replica,
                "replica_lag_s": state.lag_s,
                "reads_from": "replica" if state.usable else "primary",
                "replica_error": state.error,
            }
        return answer
