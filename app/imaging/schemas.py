"""Shapes of POST /api/v1/decode."""

from marshmallow import Schema, fields, validate

from app.stamps.schemas import VerificationSchema


class DecodeRequestSchema(Schema):
    """A photo, or a camera frame with the fields that verify its code in the same round trip."""

    image = fields.Raw(
        required=True, metadata={"type": "string", "format": "binary"}
    )
    verify = fields.Boolean(
        load_default=False,
        metadata={"description": "verify the first code found and record the scan, as POST "
                                 "/verifications does (the phone's first visit: one round trip "
                                 "from frame to verdict)"},
    )
    lat = fields.Float(validate=validate.Range(-90, 90), allow_none=True)
    lon = fields.Float(validate=validate.Range(-180, 180), allow_none=True)
    accuracy_m = fields.Float(validate=validate.Range(0, 1_000_000), allow_none=True)


class CodeSchema(Schema):
    text = fields.String(required=True)
    format = fields.String(required=True)


class DecodeSchema(Schema):
    codes = fields.List(fields.Nested(CodeSchema), required=True)
    verification = fields.Nested(
        VerificationSchema,
        metadata={"description": "with `verify`: the verification of the first code found "
                                 "(absent when none was found)"},
    )
