"""Stamp order shapes: limits, orders and decisions, Art. 241 orders and appeals."""

from marshmallow import Schema, fields, validate

from app.api import Integer
from app.orders.models import NOTIFICATION_METHODS
from app.registry.models import CATEGORIES
from app.stamps.service import MAX_BATCH_QUANTITY


class BasisSchema(Schema):
    kind = fields.String(metadata={"description": "`licence` (Art. 245(2)(d)) or `art241`"})
    article = fields.String()
    period = fields.String()
    maximum = Integer()
    ordered = Integer()
    available = Integer()
    avoidance_order_id = Integer()


class CategoryLimitSchema(Schema):
    category = fields.String()
    period = fields.String(metadata={"description": "of the limit that binds now"})
    maximum = Integer()
    ordered = Integer(metadata={"description": "pending and approved in the period"})
    available = Integer()
    basis = fields.List(fields.Nested(BasisSchema))
    art241_order = fields.Dict(allow_none=True)


class LimitsSchema(Schema):
    limits = fields.List(fields.Nested(CategoryLimitSchema))


class OrderRequestSchema(Schema):
    category = fields.String(required=True, validate=validate.OneOf(CATEGORIES))
    quantity = Integer(required=True, strict=True,
                              validate=validate.Range(1, MAX_BATCH_QUANTITY))
    product_id = Integer(strict=True, allow_none=True)
    premises_id = Integer(strict=True, allow_none=True)


class OrderBatchSchema(Schema):
    id = Integer()
    series = fields.String()
    first = Integer()
    last = Integer()


class OrderEventSchema(Schema):
    status = fields.String()
    at = fields.DateTime()
    by = Integer(allow_none=True)
    reasons = fields.String()


class OrderSchema(Schema):
    id = Integer()
    operator_id = Integer()
    category = fields.String()
    quantity = Integer()
    product_id = Integer(allow_none=True)
    premises_id = Integer(allow_none=True)
    status = fields.String()
    ordered_on = fields.Date()
    ordered_at = fields.DateTime()
    decided_at = fields.DateTime(allow_none=True)
    reasons = fields.String(allow_none=True)
    batch = fields.Nested(OrderBatchSchema, allow_none=True)
    history = fields.List(fields.Nested(OrderEventSchema))


class OrderQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(("pending", "approved", "rejected")))
    limit = Integer(load_default=100, validate=validate.Range(1, 500))
    offset = Integer(load_default=0, validate=validate.Range(0, 1_000_000))


class OrderDecisionSchema(Schema):
    outcome = fields.String(required=True, validate=validate.OneOf(("approved", "rejected")))
    reasons = fields.String(validate=validate.Length(max=5000))


class Art241NotificationSchema(Schema):
    method = fields.String(required=True, validate=validate.OneOf(NOTIFICATION_METHODS))
    sent_on = fields.Date(required=True)
    address = fields.String(validate=validate.Length(max=300),
                            metadata={"description": "postal or electronic address used"})


class AvoidanceOrderRequestSchema(Schema):
    categories = fields.List(fields.String(validate=validate.OneOf(CATEGORIES)), required=True,
                             validate=validate.Length(min=1, max=5))
    from_ = fields.Date(required=True, data_key="from")
    to = fields.Date(allow_none=True)
    notification = fields.Nested(Art241NotificationSchema, required=True)
    reasons = fields.String(required=True, validate=validate.Length(min=3, max=5000))


class AppealSchema(Schema):
    id = Integer(dump_only=True)
    avoidance_order_id = Integer(dump_only=True)
    lodged_on = fields.Date(required=True)
    grounds = fields.String(required=True, validate=validate.Length(min=3, max=5000))
    recorded_at = fields.DateTime(dump_only=True)


class AvoidanceOrderSchema(Schema):
    id = Integer()
    operator_id = Integer()
    categories = fields.List(fields.String())
    caps = fields.Dict(metadata={"description": "category: the monthly cap (Art. 241(1))"})
    window = fields.Dict(metadata={"description": "the 9 months the caps average: first, last"})
    from_ = fields.Date(data_key="from")
    to = fields.Date(allow_none=True)
    notification = fields.Dict()
    reasons = fields.String()
    appeal_to = fields.String()
    appeals = fields.List(fields.Nested(AppealSchema))
