"""Shapes of support requests."""

from marshmallow import Schema, fields, validate

from app.api import Integer
from app.support.models import STATUSES


class SupportRequestCreateSchema(Schema):
    subject = fields.String(required=True, validate=validate.Length(min=1, max=200))
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))


class SupportRequestQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(STATUSES),
                           metadata={"description": "admins: only requests of this status"})
    limit = Integer(load_default=100, validate=validate.Range(min=1, max=500))
    offset = Integer(load_default=0, validate=validate.Range(min=0))


class SupportRequestUpdateSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))


class _Asker(Schema):
    id = Integer(required=True)
    email = fields.String(required=True)
    full_name = fields.String()


class SupportRequestSchema(Schema):
    id = Integer(required=True)
    subject = fields.String(required=True)
    body = fields.String(required=True)
    status = fields.String(
        required=True, metadata={"description": "`open`, `in_progress` or `closed`"}
    )
    language = fields.String(required=True)
    user = fields.Nested(_Asker, required=True)
    operator_id = Integer(allow_none=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
