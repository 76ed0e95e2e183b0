"""Request and answer schemas of the traveller-allowance calculator (API.md, allowances)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from marshmallow import Schema, ValidationError, fields, post_load, validates_schema
from marshmallow.validate import Length, Range

from app.api import Integer
from app.travellers import rules


class ExactNumber(fields.Decimal):
    """An exact Decimal in, a JSON number out: whole numbers as integers, others as decimals."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if value is None:
            return None
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() else float(number)


class AllowanceItemSchema(Schema):
    kind = fields.Enum(
        rules.Kind, by_value=True, required=True, metadata={"description": "what it is"}
    )
    quantity = ExactNumber(required=True, metadata={"description": "how many, in `unit`"})
    unit = fields.Enum(
        rules.Unit,
        by_value=True,
        required=True,
        metadata={"description": "pack = 20 pieces (or pieces_per_pack), carton = 10 packs"},
    )
    value_eur = ExactNumber(
        allow_none=True,
        metadata={"description": "the line's total value in EUR; required for `other`"},
    )
    abv = ExactNumber(allow_none=True, metadata={"description": "alcoholic strength, % vol"})
    volume_ml = ExactNumber(
        allow_none=True, metadata={"description": "volume of one bottle, with unit `bottle`"}
    )
    pieces_per_pack = Integer(
        strict=True,
        allow_none=True,
        metadata={"description": "for packs of other than 20 pieces"},
    )
    piece_weight_g = ExactNumber(
        allow_none=True,
        metadata={"description": "weight of one cigar or cigarillo (a cigarillo is at most 3 g)"},
    )
    description = fields.String(allow_none=True, validate=Length(max=200))


class AllowanceCheckSchema(Schema):
    age = Integer(strict=True, required=True, validate=Range(min=0, max=rules.MAX_AGE))
    items = fields.List(
        fields.Nested(AllowanceItemSchema),
        required=True,
        validate=Length(min=1, max=rules.MAX_ITEMS),
    )

    @validates_schema
    def _sound(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors = rules.check(data["age"], [to_item(line) for line in data["items"]])
        if errors:
            raise ValidationError(errors)

    @post_load
    def _to_items(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return {
            "age": data["age"],
            "items": [to_item(line) for line in data["items"]],
            "descriptions": [line.get("description") for line in data["items"]],
        }


def to_item(line: dict[str, Any]) -> rules.Item:
    details = ("value_eur", "abv", "volume_ml", "pieces_per_pack", "piece_weight_g")
    return rules.Item(
        kind=line["kind"],
        quantity=line["quantity"],
        unit=line["unit"],
        **{name: line.get(name) for name in details},
    )


class AllowanceNoteSchema(Schema):
    code = fields.String(required=True, metadata={"description": "stable machine code"})
    message = fields.String(required=True, metadata={"description": "in the asked language"})
    article = fields.String(required=True, metadata={"description": "Law 03/L-109 article"})


class AllowanceItemAnswerSchema(Schema):
    index = Integer(required=True, metadata={"description": "0-based position asked"})
    kind = fields.String(required=True)
    counted_as = fields.String(
        required=True, metadata={"description": "the kind whose limit applied"}
    )
    description = fields.String()
    status = fields.String(
        required=True, metadata={"description": "relieved, partly_relieved or dutiable"}
    )
    relieved_quantity = ExactNumber(required=True)
    dutiable_quantity = ExactNumber(required=True)
    unit = fields.String(
        required=True, metadata={"description": "piece, g or l (as given for medicine, other)"}
    )
    relieved_value_eur = ExactNumber(metadata={"description": "other goods only"})
    dutiable_value_eur = ExactNumber(metadata={"description": "other goods only"})
    notes = fields.List(fields.Nested(AllowanceNoteSchema), required=True)


class AllowanceAnswerSchema(Schema):
    all_relieved = fields.Boolean(required=True)
    items = fields.List(fields.Nested(AllowanceItemAnswerSchema), required=True)
    notes = fields.List(fields.Nested(AllowanceNoteSchema), required=True)


class AllowanceLimitSchema(Schema):
    kind = fields.String(required=True)
    quantity = ExactNumber(required=True)
    unit = fields.String(required=True)
    group = fields.String(required=True, metadata={"description": "kinds sharing one allowance"})
    allowance = fields.String(required=True, metadata={"description": "the group's allowance"})
    article = fields.String(required=True)


class AllowancesSchema(Schema):
    limits = fields.List(fields.Nested(AllowanceLimitSchema), required=True)
    other_goods_eur = ExactNumber(required=True)
    age_of_relief = Integer(required=True)
    units = fields.List(fields.String(), required=True)
    max_items = Integer(required=True)
