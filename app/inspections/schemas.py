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
