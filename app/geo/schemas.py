"""Geography shapes: municipalities named in the reader's language."""

from marshmallow import Schema, fields


class SeatSchema(Schema):
    name = fields.String()
    lat = fields.Float()
    lon = fields.Float()


class MunicipalitySchema(Schema):
    id = fields.String(required=True, metadata={"description": "the slug stored in records"})
    name = fields.String(required=True, metadata={"description": "in the request's language"})
    names = fields.Dict(
        keys=fields.String(), values=fields.String(), required=True,
        metadata={"description": "the name in sq, sr (Latin script) and en"},
    )
    seat = fields.Nested(SeatSchema, metadata={"description": "the seat: the map's point"})


class MunicipalityListSchema(Schema):
    municipalities = fields.List(fields.Nested(MunicipalitySchema), required=True)
