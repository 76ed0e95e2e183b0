"""Registration shapes: what an applicant sends, what the Customs decide, what admins read."""

from marshmallow import Schema, fields, validate

from app.api import Integer
from app.i18n import LANGUAGES
from app.orders.models import PERIODS
from app.registrations.models import STATUSES
from app.registry.models import CATEGORIES, LICENCE_KINDS, PREMISES_KINDS
from app.stamps.service import MAX_BATCH_QUANTITY


class RegistrationPremisesSchema(Schema):
    name = fields.String(validate=validate.Length(min=2, max=200))
    kind = fields.String(required=True, validate=validate.OneOf(PREMISES_KINDS))
    address = fields.String(required=True, validate=validate.Length(min=2, max=300))
    municipality = fields.String(required=True, validate=validate.Length(min=2, max=60))
    lat = fields.Float(allow_none=True, validate=validate.Range(-90, 90))
    lon = fields.Float(allow_none=True, validate=validate.Range(-180, 180))


class ContactSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=2, max=200))
    phone = fields.String(required=True, validate=validate.Length(min=5, max=40))
    email = fields.Email(required=True, validate=validate.Length(max=254))


class CompanyAdminSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    password = fields.String(required=True, load_only=True, validate=validate.Length(max=1000))


class RegistrationRequestSchema(Schema):
    company_name = fields.String(required=True, validate=validate.Length(min=2, max=200))
    nui = fields.String(required=True, validate=validate.Length(min=1, max=20),
                        metadata={"description": "Kosovo tax number (NUI): nine digits"})
    licence_number = fields.String(required=True, validate=validate.Length(min=3, max=40))
    licence_kinds = fields.List(fields.String(validate=validate.OneOf(LICENCE_KINDS)),
                                required=True, validate=validate.Length(min=1, max=4))
    categories = fields.List(fields.String(validate=validate.OneOf(CATEGORIES)),
                             required=True, validate=validate.Length(min=1, max=5))
    licence_valid_from = fields.Date(required=True)
    licence_valid_to = fields.Date(required=True)
    premises = fields.List(fields.Nested(RegistrationPremisesSchema), required=True,
                           validate=validate.Length(min=1, max=50))
    contact = fields.Nested(ContactSchema, required=True)
    admin = fields.Nested(CompanyAdminSchema, required=True)
    language = fields.String(required=True, validate=validate.OneOf(LANGUAGES))


class RegistrationCreatedSchema(Schema):
    id = Integer()
    status = fields.String()


class LimitSchema(Schema):
    category = fields.String(required=True, validate=validate.OneOf(CATEGORIES))
    period = fields.String(required=True, validate=validate.OneOf(PERIODS))
    maximum = Integer(required=True, strict=True,
                             validate=validate.Range(0, MAX_BATCH_QUANTITY * 100))


class RegistrationDecisionSchema(Schema):
    outcome = fields.String(required=True, validate=validate.OneOf(("approved", "rejected")))
    reasons = fields.String(validate=validate.Length(max=5000))
    limits = fields.List(fields.Nested(LimitSchema), load_default=list,
                         validate=validate.Length(max=5))


class RegistrationQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(STATUSES))
    limit = Integer(load_default=100, validate=validate.Range(1, 500))
    offset = Integer(load_default=0, validate=validate.Range(0, 1_000_000))


class RegistrationSchema(Schema):
    id = Integer()
    status = fields.String()
    company_name = fields.String()
    nui = fields.String()
    licence_number = fields.String()
    licence_kinds = fields.List(fields.String())
    categories = fields.List(fields.String())
    licence_valid_from = fields.Date()
    licence_valid_to = fields.Date()
    premises = fields.List(fields.Dict())
    contact = fields.Dict()
    admin_email = fields.String()
    language = fields.String()
    created_at = fields.DateTime()
    decided_at = fields.DateTime(allow_none=True)
    reasons = fields.String(allow_none=True)
    operator_id = Integer(allow_none=True)
    limits = fields.List(fields.Nested(LimitSchema), metadata={"description": "approved only"})
    admin_user_id = Integer(
        allow_none=True,
        metadata={"description": "the company administrator made by the approval; null when "
                                 "the address already had an account"},
    )
