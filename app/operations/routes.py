"""GET /metrics: Prometheus text, for the bearer of METRICS_TOKEN only (API.md, Operations)."""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, abort, current_app, request

from app import db
from app.errors import Unauthorized
from app.operations import metrics
from app.operations.observe import METRICS_AUTHORIZATION, METRICS_PATH

operations = Blueprint("operations", __name__)


@operations.get(METRICS_PATH)
def metrics_text():
    """404 while METRICS_TOKEN is unset (no metrics are published), 401 without the token."""
    token = current_app.config["METRICS_TOKEN"]
    if not token:
        abort(404)
    scheme, _, given = request.environ.get(METRICS_AUTHORIZATION, "").partition(" ")
    # In constant time: how much of a guess matched must not show in the answer's timing.
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        raise Unauthorized()
    body, content_type = metrics.exposition(db.session())
    return Response(body, content_type=content_type, headers={"Cache-Control": "no-store"})
