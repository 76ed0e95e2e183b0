"""Login and user shapes."""

from marshmallow import Schema, fields, validate


class LoginSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    password = fields.String(required=True, validate=validate.Length(min=1, max=200))
    otp = fields.String(validate=validate.Regexp(r"^\d{6}$|^[a-z0-9]{4}-[a-z0-9]{4}$"))


class UserSchema(Schema):
    id = fields.Integer()
    email = fields.String()
    full_name = fields.String()
    roles = fields.List(fields.String())
    operator_id = fields.Integer(allow_none=True)
    company_admin = fields.Boolean()
    mfa_enabled = fields.Boolean()
    mfa_required = fields.Boolean()


class TokenSchema(Schema):
    access_token = fields.String(required=True)
    expires_at = fields.DateTime(required=True)
    user = fields.Nested(UserSchema, required=True)
