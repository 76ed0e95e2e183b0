"""The operator's report: GET /api/v1/operators/me/report (JSON or CSV)."""

from __future__ import annotations

import csv
import io

from flask import Response, current_app, g
from flask.views import MethodView

from app import db
from app.accounts.auth import company_action, roles_required
from app.api import Blueprint
from app.errors import Invalid
from app.i18n import current_language
from app.kosovo_time import today
from app.stamps import retention
from app.tracking import queries, rules, schemas

blp = Blueprint("tracking", __name__, url_prefix="/api/v1",
                description="The operator's report on its own stamps")

# Cells a spreadsheet would run as a formula start with one of these: such a cell is quoted
# with a leading apostrophe (product names come from the registry, not from us).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


@blp.route("/operators/me/report")
class OperatorReport(MethodView):
    @roles_required("operator")
    @company_action("read", key_scope="reports")
    @blp.arguments(schemas.ReportQuerySchema, location="query")
    @blp.response(200, schemas.OperatorReportSchema)
    @blp.alt_response(200, content_type="text/csv", description="`?format=csv`")
    def get(self, query):
        """Scans per day, municipality and product, verdicts, and every suspicious finding on
        the company's own stamps (a municipality only when 5 scans back it)."""
        months = current_app.config["SCAN_RETENTION_MONTHS"]
        earliest = rules.earliest_day(retention.cutoff(today(), months))
        try:
            start, end = rules.window(query.get("start"), query.get("end"), today(), earliest)
        except ValueError as wrong:
            field = "from" if str(wrong) == "tracking.window_retained" else "to"
            raise Invalid(str(wrong), errors={field: [str(wrong)]}, months=months,
                          earliest=earliest.isoformat()) from None
        report = queries.operator_report(db.session, g.user.operator_id, start, end,
                                         current_language())
        if query["format"] != "csv":
            return report
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(queries.CSV_COLUMNS)
        writer.writerows([_cell(value) for value in row] for row in queries.csv_rows(report))
        name = f"report-{start.isoformat()}-{end.isoformat()}.csv"
        return Response(buffer.getvalue(), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
