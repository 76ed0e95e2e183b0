"""Request and response shapes of consumer reports (API.md: Public)."""

from marshmallow import Schema, fields, validate

from app.api import Integer


class ReportRequestSchema(Schema):
    """JSON or multipart/form-data; a multipart request may add the file field `photo`."""

    code = fields.String(validate=validate.Length(max=512), allow_none=True)
    description = fields.String(required=True, validate=validate.Length(min=3, max=2000))
    premises_name = fields.String(validate=validate.Length(max=200), allow_none=True)
    lat = fields.Float(validate=validate.Range(-90, 90), allow_none=True)
    lon = fields.Float(validate=validate.Range(-180, 180), allow_none=True)


class ReportReceivedSchema(Schema):
    id = Integer(required=True)
    status = fields.String(required=True)


class ReportSchema(Schema):
    id = Integer()
    status = fields.String()
    code = fields.String(allow_none=True)
    serial = fields.String(allow_none=True)
    description = fields.String()
    premises_name = fields.String(allow_none=True)
    lat = fields.Float(allow_none=True)
    lon = fields.Float(allow_none=True)
    municipality = fields.String(allow_none=True)
    photo_sha256 = fields.String(allow_none=True)
    created_at = fields.DateTime()


class ReportListSchema(Schema):
    reports = fields.List(fields.Nested(ReportSchema))


class ReportQuerySchema(Schema):
    serial = fields.String(validate=validate.Length(max=512))
    limit = Integer(load_default=100, validate=validate.Range(1, 500))
    offset = Integer(load_default=0, validate=validate.Range(0))
