"""Request and response shapes of the custody API (API.md: Stamps and custody)."""

from marshmallow import Schema, fields, validate

from app.api import Integer
from app.custody.rules import STEPS
from app.stamps.schemas import RangeSchema


class CustodyEventRequestSchema(RangeSchema):
    business_step = fields.String(required=True, validate=validate.OneOf(STEPS))
    occurred_at = fields.AwareDateTime(required=True)
    premises_id = Integer(allow_none=True)
    from_premises_id = Integer(allow_none=True)
    to_premises_id = Integer(allow_none=True)
    lat = fields.Float(validate=validate.Range(-90, 90), allow_none=True)
    lon = fields.Float(validate=validate.Range(-180, 180), allow_none=True)
    corrects_id = Integer(allow_none=True)
    note = fields.String(validate=validate.Length(max=500), allow_none=True)


class VoidRequestSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))


class RangeRefSchema(Schema):
    series = fields.String()
    first = Integer()
    last = Integer()
    first_serial = fields.String()
    last_serial = fields.String()


class PremisesRefSchema(Schema):
    id = Integer()
    name = fields.String()
    kind = fields.String()
    municipality = fields.String()
    operator_id = Integer()


class CustodyEventSchema(Schema):
    id = Integer()
    business_step = fields.String()
    occurred_at = fields.DateTime()
    recorded_at = fields.DateTime()
    late = fields.Boolean()
    corrected = fields.Boolean()
    corrects_id = Integer(allow_none=True)
    shipment_id = Integer(allow_none=True)
    range = fields.Nested(RangeRefSchema)
    actor = fields.Dict()
    premises = fields.Nested(PremisesRefSchema, allow_none=True)
    from_premises = fields.Nested(PremisesRefSchema, allow_none=True)
    to_premises = fields.Nested(PremisesRefSchema, allow_none=True)
    lat = fields.Float(allow_none=True)
    lon = fields.Float(allow_none=True)
    epcis_event_id = fields.String(allow_none=True)
    note = fields.String(allow_none=True)


class RangeQuerySchema(Schema):
    """A serial, or a series with first and last."""

    serial = fields.String(validate=validate.Length(max=20))
    series = fields.String(validate=validate.Length(equal=4))
    first = Integer(validate=validate.Range(1))
    last = Integer(validate=validate.Range(1))


class CapturedEventSchema(Schema):
    index = Integer()
    eventID = fields.String(allow_none=True)  # noqa: N815 (EPCIS's name)
    custody_event_ids = fields.List(Integer())
    # An `activating` event is recorded as activations (POST /activations), not custody.
    activation_ids = fields.List(Integer())


class CaptureSchema(Schema):
    captured = Integer()
    events = fields.List(fields.Nested(CapturedEventSchema))
