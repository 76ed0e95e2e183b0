"""Dashboard API: the supervisor's figures for a period, as JSON or one table as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

from flask import Response, current_app
from flask.views import MethodView

from app import db, kosovo_time
from app.accounts.auth import roles_required
from app.api import Blueprint
from app.dashboard import queries, schemas
from app.errors import Invalid
from app.i18n import current_language
from app.seizures.rules import Policy

blp = Blueprint("dashboard", __name__, url_prefix="/api/v1", description="Supervisor's dashboard")

DEFAULT_DAYS = 30
MAX_DAYS = 366


def window(first: dt.date | None, last: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The period asked for (default: the 30 days to today); at most MAX_DAYS days."""
    last = last or (today if first is None else min(today, first + dt.timedelta(DEFAULT_DAYS - 1)))
    first = first or last - dt.timedelta(days=DEFAULT_DAYS - 1)
    if last < first:
        raise Invalid("dashboard.window_reversed", errors={"to": ["dashboard.window_reversed"]})
    if (last - first).days + 1 > MAX_DAYS:
        raise Invalid("dashboard.window_too_long", errors={"to": ["dashboard.window_too_long"]},
                      max_days=MAX_DAYS)
    return first, last


def as_csv(rows: list[dict], name: str) -> Response:
    buffer = io.StringIO()
    schema = {
        "verdicts_per_day": schemas.VerdictDaySchema,
        "findings_by_municipality": schemas.MunicipalityFindingsSchema,
        "cases_by_status": schemas.StatusCountSchema,
        "deadlines_due": schemas.DeadlineDueSchema,
        "premises_not_inspected": schemas.PremisesNotInspectedSchema,
        "officers_inspections": schemas.OfficerInspectionsSchema,
    }[name]()
    columns = list(schema.fields)
    writer = csv.DictWriter(
        buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n"
    )
    writer.writeheader()
    for row in schema.dump(rows, many=True):
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


@blp.route("/dashboard")
class Dashboard(MethodView):
    @roles_required("supervisor", "admin")
    @blp.arguments(schemas.DashboardQuerySchema, location="query")
    @blp.response(200, schemas.DashboardSchema)
    @blp.alt_response(200, description="One table as CSV (format=csv&table=...)",
                      content_type="text/csv", success=True)
    def get(self, query):
        """The supervisor's dashboard for a period (at most a year); one table as CSV."""
        today = kosovo_time.today()
        first, last = window(query.get("first"), query.get("last"), today)
        csv_table = query.get("table") if query["format"] == "csv" else None
        if query["format"] == "csv" and csv_table is None:
            raise Invalid("dashboard.table_required",
                          errors={"table": ["dashboard.table_required"]})
        config = current_app.config
        answer = queries.dashboard(
            db.session,
            first=first,
            last=last,
            today=today,
            policy=Policy.from_settings(config),
            min_scans=config["TARGETS_MIN_SCANS"],
            not_inspected_days=config["DASHBOARD_NOT_INSPECTED_DAYS"],
            lang=current_language(),
            full=csv_table == "premises_not_inspected",
        )
        if csv_table is not None:
            return as_csv(answer[csv_table], csv_table)
        return answer
