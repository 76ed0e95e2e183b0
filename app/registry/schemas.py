"""Registry shapes: operators, premises, products."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from app.api import Integer
from app.geo.gazetteer import municipality_name
from app.i18n import current_language
from app.registry.models import CATEGORIES, LICENCE_KINDS, PREMISES_KINDS


class OperatorSchema(Schema):
    id = Integer(dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=2, max=200))
    nui = fields.String(required=True, validate=validate.Regexp(r"^\d{8,10}$"))
    licence_number = fields.String(required=True, validate=validate.Length(min=3, max=40))
    licence_kinds = fields.List(
        fields.String(validate=validate.OneOf(LICENCE_KINDS)),
        required=True,
        validate=validate.Length(min=1),
    )
    licence_valid_from = fields.Date(required=True)
    licence_valid_until = fields.Date(required=True)

    @validates_schema
    def _dates(self, data, **_kwargs):
        starts, ends = data.get("licence_valid_from"), data.get("licence_valid_until")
        if starts and ends and starts > ends:
            raise ValidationError("ends before it begins", "licence_valid_until")


class PremisesSchema(Schema):
    id = Integer(dump_only=True)
    operator_id = Integer(required=True)
    operator_name = fields.Function(lambda p: p.operator.name, dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=2, max=200))
    kind = fields.String(required=True, validate=validate.OneOf(PREMISES_KINDS))
    address = fields.String(required=True, validate=validate.Length(min=2, max=300))
    municipality = fields.String(required=True, validate=validate.Length(min=2, max=60))
    municipality_name = fields.Function(
        lambda premises: municipality_name(premises.municipality, current_language()),
        dump_only=True, metadata={"description": "the municipality in the request's language"},
    )
    lat = fields.Float(allow_none=True, validate=validate.Range(-90, 90))
    lon = fields.Float(allow_none=True, validate=validate.Range(-180, 180))
    distance_km = fields.Float(dump_only=True)


class PremisesQuerySchema(Schema):
    near = fields.String(metadata={"description": "lat,lon: nearest premises first"})
    operator_id = Integer()
    limit = Integer(load_default=50, validate=validate.Range(1, 500))

    @validates_schema
    def _near(self, data, **_kwargs):
        if "near" in data:
            try:
                lat, lon = (float(part) for part in data["near"].split(","))
            except ValueError as exc:
                raise ValidationError("expected lat,lon", "near") from exc
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValidationError("out of range", "near")


class ProductSchema(Schema):
    id = Integer(dump_only=True)
    gtin = fields.String(required=True, validate=validate.Regexp(r"^\d{8}$|^\d{12,14}$"))
    brand = fields.String(required=True, validate=validate.Length(min=1, max=100))
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    category = fields.String(required=True, validate=validate.OneOf(CATEGORIES))
    volume_ml = Integer(allow_none=True, validate=validate.Range(1, 100_000))
    stick_count = Integer(allow_none=True, validate=validate.Range(1, 1000))
    abv = fields.Decimal(as_string=True, allow_none=True, validate=validate.Range(0, 100))
    operator_id = Integer(allow_none=True)


_ID_IN_BODY = {"description": "may only repeat the record's id: an id never changes (409)"}


class _PartialUpdate:
    """A PATCH body: any of the fields creation takes, checked as at creation; none is 422."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("partial", True)
        super().__init__(*args, **kwargs)

    @validates_schema
    def _not_empty(self, data, **_kwargs):
        if not data:
            raise ValidationError("nothing to change")


class OperatorUpdateSchema(_PartialUpdate, OperatorSchema):
    id = Integer(metadata=_ID_IN_BODY)


class PremisesUpdateSchema(_PartialUpdate, PremisesSchema):
    id = Integer(metadata=_ID_IN_BODY)


class ProductUpdateSchema(_PartialUpdate, ProductSchema):
    id = Integer(metadata=_ID_IN_BODY)
