"""Request and response shapes of the dashboard (API.md, "Officers' day")."""

from marshmallow import Schema, fields, validate

from app.dashboard.queries import TABLES


class DashboardQuerySchema(Schema):
    first = fields.Date(data_key="from")
    last = fields.Date(data_key="to")
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "csv"]))
    table = fields.String(validate=validate.OneOf(TABLES))


class VerdictDaySchema(Schema):
    day = fields.Date()
    genuine = fields.Integer()
    suspicious = fields.Integer()
    invalid = fields.Integer()


class MunicipalityFindingsSchema(Schema):
    municipality = fields.String()
    name = fields.String()
    scans = fields.Integer()
    suspicious = fields.Integer()


class StatusCountSchema(Schema):
    status = fields.String()
    count = fields.Integer()


class DeadlineDueSchema(Schema):
    case_id = fields.Integer()
    number = fields.String()
    what = fields.String()
    on = fields.Date()


class PremisesNotInspectedSchema(Schema):
    premises_id = fields.Integer()
    name = fields.String()
    municipality = fields.String()
    municipality_name = fields.String(allow_none=True)
    last_inspected_on = fields.Date(allow_none=True)


class OfficerInspectionsSchema(Schema):
    officer_id = fields.Integer()
    name = fields.String()
    inspections = fields.Integer()


class DashboardSchema(Schema):
    first = fields.Date(data_key="from")
    last = fields.Date(data_key="to")
    as_of = fields.DateTime(allow_none=True)
    verdicts_per_day = fields.List(fields.Nested(VerdictDaySchema))
    findings_by_municipality = fields.List(fields.Nested(MunicipalityFindingsSchema))
    cases_by_status = fields.List(fields.Nested(StatusCountSchema))
    deadlines_due = fields.List(fields.Nested(DeadlineDueSchema))
    not_inspected_days = fields.Integer()
    premises_not_inspected_count = fields.Integer()
    premises_not_inspected = fields.List(fields.Nested(PremisesNotInspectedSchema))
    officers_inspections = fields.List(fields.Nested(OfficerInspectionsSchema))
