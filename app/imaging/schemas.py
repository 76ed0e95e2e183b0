"""Shapes of POST /api/v1/decode."""

from marshmallow import Schema, fields


class DecodeRequestSchema(Schema):
    image = fields.Raw(
        required=True, metadata={"type": "string", "format": "binary"}
    )


class CodeSchema(Schema):
    text = fields.String(required=True)
    format = fields.String(required=True)


class DecodeSchema(Schema):
    codes = fields.List(fields.Nested(CodeSchema), required=True)
