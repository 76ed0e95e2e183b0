"""Registry verbs: register operators, premises and products; find premises near a point."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, Invalid, unknown_reference
from app.registry.models import Operator, Premises, Product


def gtin_check_digit_ok(gtin: str) -> bool:
    """GS1 mod-10 check digit."""
    digits = [int(char) for char in gtin]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def create_operator(session: Session, **fields) -> Operator:
    if session.scalar(select(Operator.id).where(Operator.nui == fields["nui"])):
        raise Conflict("registry.nui_taken")
    if session.scalar(
        select(Operator.id).where(Operator.licence_number == fields["licence_number"])
    ):
        raise Conflict("registry.licence_taken")
    operator = Operator(**fields)
    session.add(operator)
    session.flush()
    return operator


def create_premises(session: Session, **fields) -> Premises:
    if session.get(Operator, fields["operator_id"]) is None:
        raise unknown_reference("operator_id")
    premises = Premises(**fields)
    session.add(premises)
    session.flush()
    return premises


def create_product(session: Session, **fields) -> Product:
    if not gtin_check_digit_ok(fields["gtin"]):
        raise Invalid("registry.gtin_check_digit", errors={"gtin": ["check digit"]})
    if session.scalar(select(Product.id).where(Product.gtin == fields["gtin"])):
        raise Conflict("registry.gtin_taken")
    operator_id = fields.get("operator_id")
    if operator_id is not None and session.get(Operator, operator_id) is None:
        raise unknown_reference("operator_id")
    product = Product(**fields)
    session.add(product)
    session.flush()
    return product


def premises_near(
    session: Session, lat: float, lon: float, *, limit: int, operator_id: int | None = None
) -> list[tuple[Premises, float]]:
    """Premises with coordinates, nearest first, with their distance in km."""
    from app.geo.travel import distance_km

    statement = select(Premises).where(Premises.lat.is_not(None), Premises.lon.is_not(None))
    if operator_id is not None:
        statement = statement.where(Premises.operator_id == operator_id)
    found = [
        (premises, distance_km((lat, lon), (premises.lat, premises.lon)))
        for premises in session.scalars(statement)
    ]
    found.sort(key=lambda pair: pair[1])
    return found[:limit]
