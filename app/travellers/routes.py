"""Traveller allowances (Law 03/L-109 Art. 45-48): the limits, and the calculator for a journey."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask.views import MethodView

from app.api import Blueprint
from app.extensions import public_limit, rate_limit
from app.i18n import current_language, format_quantity, translate
from app.travellers import rules
from app.travellers.schemas import AllowanceAnswerSchema, AllowanceCheckSchema, AllowancesSchema

blp = Blueprint(
    "travellers",
    __name__,
    url_prefix="/api/v1",
    description="Duty-free allowances of goods in travellers' personal luggage (Art. 45-48)",
)


@blp.route("/allowances")
class Allowances(MethodView):
    @blp.response(200, AllowancesSchema)
    def get(self):
        """The quantitative limits per traveller (Art. 46, 47), with their texts."""
        lang = current_language()
        return {
            "limits": [
                {
                    "kind": kind,
                    "quantity": rules.exact_decimal(limit.quantity),
                    "unit": limit.unit,
                    "group": limit.group,
                    "allowance": translate(f"travellers.allowance.{limit.group}", lang),
                    "article": limit.article,
                }
                for kind, limit in rules.LIMITS.items()
            ],
            "other_goods_eur": Decimal(rules.OTHER_GOODS_LIMIT_CENTS) / 100,
            "age_of_relief": rules.AGE_OF_RELIEF,
            "units": list(rules.Unit),
            "max_items": rules.MAX_ITEMS,
        }


@blp.route("/allowances/check")
class AllowanceCheck(MethodView):
    decorators = (rate_limit(public_limit, methods=["POST"]),)

    @blp.arguments(AllowanceCheckSchema)
    @blp.response(200, AllowanceAnswerSchema)
    def post(self, journey: dict[str, Any]):
        """What a traveller may bring in duty-free, item by item, and why (Art. 45-48)."""
        assessment = rules.assess(journey["age"], journey["items"])
        lang = current_language()
        items = []
        for result, description in zip(assessment.items, journey["descriptions"], strict=True):
            answer = {
                "index": result.index,
                "kind": result.kind,
                "counted_as": result.counted_as,
                "status": result.status,
                "relieved_quantity": result.relieved_quantity,
                "dutiable_quantity": result.dutiable_quantity,
                "unit": result.unit,
                "notes": [_note(note, lang) for note in result.notes],
            }
            if description:
                answer["description"] = description
            if result.relieved_value_eur is not None:
                answer["relieved_value_eur"] = result.relieved_value_eur
                answer["dutiable_value_eur"] = result.dutiable_value_eur
            items.append(answer)
        return {
            "all_relieved": all(result.status == "relieved" for result in assessment.items),
            "items": items,
            "notes": [_note(note, lang) for note in assessment.notes],
        }


def _note(note: rules.Note, lang: str) -> dict[str, str]:
    """A note in the asked language: named groups, units and kinds become their phrases."""
    params: dict[str, Any] = {"article": note.article}
    for name, value in note.params.items():
        if name == "group":
            params["allowance"] = translate(f"travellers.allowance.{value}", lang)
        elif name == "excess":
            # "400 pieces", "400 komada": the unit as a word in the right plural form.
            params["excess"] = format_quantity(value, note.params["unit"], lang)
        elif name == "unit":
            continue
        elif name == "counted_as":
            params["counted_as"] = translate(f"travellers.kind.{value}", lang)
        elif isinstance(value, Decimal):
            params[name] = _number(value, lang)
        else:
            params[name] = value
    message = translate(f"travellers.note.{note.code}", lang, **params)
    return {"code": note.code, "message": message, "article": note.article}


def _number(value: Decimal, lang: str) -> str:
    """Decimal comma in Albanian and Serbian, decimal point in English."""
    text = format(value, "f")
    return text if lang == "en" else text.replace(".", ",")
