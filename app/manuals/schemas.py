"""Shapes of the manuals."""

from marshmallow import Schema, fields, validate

from app.i18n import LANGUAGES


class ManualQuerySchema(Schema):
    lang = fields.String(validate=validate.OneOf(LANGUAGES),
                         metadata={"description": "sq, sr or en; default Accept-Language"})


class ManualEntrySchema(Schema):
    role = fields.String(required=True)
    lang = fields.String(required=True)
    title = fields.String(required=True)
    public = fields.Boolean(required=True, metadata={"description": "readable without signing in"})


class ManualSchema(Schema):
    role = fields.String(required=True)
    lang = fields.String(required=True)
    title = fields.String(required=True)
    html = fields.String(required=True, metadata={"description": "the guide rendered (no raw HTML "
                         "from the source passes through)"})
    markdown = fields.String(required=True)
