"""Request and response shapes of inspections (API.md: Inspections and cases)."""

from marshmallow import Schema, fields, validate

from app.api import Integer
from app.inspections.models import FINDING_KINDS
from app.stamps.schemas import VerificationRequestSchema

# "Art. 300(1)", "Art. 251(1)(a)", "Art. 273".
ARTICLE = r"^Art\. \d{1,3}(\(\d{1,2}\))*(\([a-z]\))?(\(\w{1,4}\))*$"


class InspectionPlaceRequestSchema(Schema):
    description = fields.String(required=True, validate=validate.Length(min=1, max=300))
    lat = fields.Float(required=True, validate=validate.Range(-90, 90))
    lon = fields.Float(required=True, validate=validate.Range(-180, 180))


class InspectionRequestSchema(Schema):
    premises_id = Integer(allow_none=True)
    place = fields.Nested(InspectionPlaceRequestSchema, allow_none=True)


class ScanRequestSchema(VerificationRequestSchema):
    pass


class FindingRequestSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(FINDING_KINDS))
    description = fields.String(required=True, validate=validate.Length(min=1, max=4000))
    article = fields.String(validate=validate.Regexp(ARTICLE), allow_none=True)
    quantity = fields.Decimal(places=3, validate=validate.Range(0, 1e9), allow_none=True)


class FindingSchema(Schema):
    id = Integer()
    kind = fields.String()
    description = fields.String()
    article = fields.String(allow_none=True)
    quantity = fields.Float(allow_none=True)
    recorded_by = Integer()
    recorded_at = fields.DateTime()


class InspectionScanSchema(Schema):
    id = Integer()
    serial = fields.String(allow_none=True)
    scanned_at = fields.DateTime()
    verdict = fields.String()
    reasons = fields.List(fields.String())
    user_id = Integer(allow_none=True)


class TallySchema(Schema):
    genuine = Integer()
    suspicious = Integer()
    invalid = Integer()


class InspectionPlaceSchema(Schema):
    description = fields.String(allow_none=True)
    municipality = fields.String(allow_none=True)
    lat = fields.Float(allow_none=True)
    lon = fields.Float(allow_none=True)


class InspectionSummarySchema(Schema):
    id = Integer(required=True)
    status = fields.String(required=True)
    officer_id = Integer()
    premises_id = Integer(allow_none=True)
    premises_name = fields.String(allow_none=True)
    place = fields.Nested(InspectionPlaceSchema)
    started_at = fields.DateTime()
    closed_at = fields.DateTime(allow_none=True)


class InspectionSchema(InspectionSummarySchema):
    tally = fields.Nested(TallySchema)
    scans = fields.List(fields.Nested(InspectionScanSchema))
    findings = fields.List(fields.Nested(FindingSchema))


class InspectionQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(["open", "closed"]))
    limit = Integer(load_default=50, validate=validate.Range(1, 500))
    offset = Integer(load_default=0, validate=validate.Range(0))


class InspectionListSchema(Schema):
    inspections = fields.List(fields.Nested(InspectionSummarySchema))


class TargetQuerySchema(Schema):
    lat = fields.Float(validate=validate.Range(-90, 90))
    lon = fields.Float(validate=validate.Range(-180, 180))
    municipality = fields.String(validate=validate.Length(min=1, max=60))
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))


class TargetPremisesSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String()
    kind = fields.String()
    address = fields.String()
    municipality = fields.String()
    municipality_name = fields.String(allow_none=True)
    lat = fields.Float(allow_none=True)
    lon = fields.Float(allow_none=True)


class TargetReasonSchema(Schema):
    code = fields.String(required=True)
    count = fields.Integer(required=True)
    message = fields.String(required=True)


class TargetSchema(Schema):
    premises = fields.Nested(TargetPremisesSchema, required=True)
    score = fields.Float(required=True)
    reasons = fields.List(fields.Nested(TargetReasonSchema), required=True)
    distance_km = fields.Float()


class RouteStopSchema(Schema):
    order = fields.Integer()
    premises_id = fields.Integer()
    lat = fields.Float()
    lon = fields.Float()
    leg_km = fields.Float()
    cumulative_km = fields.Float()


class HotspotSchema(Schema):
    municipality = fields.String()
    name = fields.String()
    lat = fields.Float()
    lon = fields.Float()
    scans = fields.Integer()
    suspicious = fields.Integer()


class PositionSchema(Schema):
    lat = fields.Float()
    lon = fields.Float()


class TargetListSchema(Schema):
    as_of = fields.DateTime(allow_none=True)
    window_days = fields.Integer()
    municipality = fields.String(allow_none=True)
    targets = fields.List(fields.Nested(TargetSchema), required=True)
    hotspots = fields.List(fields.Nested(HotspotSchema))
    start = fields.Nested(PositionSchema)
    route = fields.List(fields.Nested(RouteStopSchema))
    total_km = fields.Float()
    map_tile_url = fields.String(allow_none=True)
