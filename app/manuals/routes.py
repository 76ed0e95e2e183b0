"""Manuals API: a short guide per role in sq, sr and en, as HTML."""

from __future__ import annotations

from flask.views import MethodView

from app.accounts.auth import current_user
from app.api import Blueprint
from app.errors import Unauthorized
from app.i18n import current_language
from app.manuals import schemas, service

blp = Blueprint("manuals", __name__, url_prefix="/api/v1", description="User guides")


def _language(query: dict) -> str:
    return query.get("lang") or current_language()


@blp.route("/manuals")
class Manuals(MethodView):
    @blp.arguments(schemas.ManualQuerySchema, location="query")
    @blp.response(200, schemas.ManualEntrySchema(many=True))
    def get(self, query):
        """The guides there are (consumer, officer, supervisor, operator, admin)."""
        return service.index(_language(query))


@blp.route("/manuals/<string:role>")
class ManualByRole(MethodView):
    @blp.arguments(schemas.ManualQuerySchema, location="query")
    @blp.response(200, schemas.ManualSchema)
    def get(self, query, role):
        """One role's guide, rendered to HTML: the consumer's for anyone, the others for
        signed-in users."""
        if role not in service.PUBLIC_ROLES and current_user() is None:
            raise Unauthorized()
        return service.manual(role, _language(query))
