"""Registry verbs: register and edit operators, premises and products; find premises near a
point."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, Invalid, NotFound, refused, unknown_reference
from app.geo.gazetteer import find as find_municipality
from app.registry import rules
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


def municipality_slug(name: str) -> str:
    """The gazetteer's slug for a municipality named by its slug or any of its names; 422 for
    a place the gazetteer does not know (premises are counted and mapped per municipality)."""
    municipality = find_municipality(name)
    if municipality is None:
        raise Invalid("registry.unknown_municipality", errors={"municipality": ["unknown"]})
    return municipality.slug


def create_premises(session: Session, **fields) -> Premises:
    if session.get(Operator, fields["operator_id"]) is None:
        raise unknown_reference("operator_id")
    fields["municipality"] = municipality_slug(fields["municipality"])
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


def _record(session: Session, model, record_id: int, what: str):
    record = session.get(model, record_id, with_for_update=True)
    if record is None:
        raise NotFound(what)
    return record


def _changes(record, body: dict) -> dict:
    """The body reduced to what it really changes; an id can only be repeated, never changed."""
    body = dict(body)
    if body.pop("id", record.id) != record.id:
        raise refused("conflict", "registry.id_fixed", errors={"id": ["fixed"]})
    return rules.changed({name: getattr(record, name) for name in body}, body)


def _refuse_fixed(changes: dict, fixed: tuple[str, ...], message_key: str) -> None:
    names = rules.fixed_fields_changed(changes, fixed)
    if names:
        raise refused("conflict", message_key, errors={name: ["fixed"] for name in names})


def update_operator(session: Session, operator_id: int, body: dict) -> Operator:
    """Change an operator's name, NUI, licence number, kinds or validity (admins). The NUI is
    fixed once stamps were issued to the operator."""
    from app.stamps.models import Batch

    operator = _record(session, Operator, operator_id, "operator")
    changes = _changes(operator, body)
    if rules.licence_reversed(changes.get("licence_valid_from", operator.licence_valid_from),
                              changes.get("licence_valid_until", operator.licence_valid_until)):
        raise Invalid("registry.licence_reversed",
                      errors={"licence_valid_until": ["ends before it begins"]})
    if "nui" in changes:
        if session.scalar(select(Batch.id).where(Batch.operator_id == operator.id).limit(1)):
            _refuse_fixed(changes, rules.OPERATOR_FIXED_ONCE_ISSUED, "registry.operator_issued")
        if session.scalar(select(Operator.id).where(Operator.nui == changes["nui"])):
            raise Conflict("registry.nui_taken")
    if "licence_number" in changes and session.scalar(
        select(Operator.id).where(Operator.licence_number == changes["licence_number"])
    ):
        raise Conflict("registry.licence_taken")
    for name, value in changes.items():
        setattr(operator, name, value)
    session.flush()
    return operator


def premises_in_use(session: Session, premises_id: int) -> bool:
    """Whether stamps were attached, custody events recorded, inspections made or cases opened
    at these premises."""
    from sqlalchemy import exists, or_

    from app.custody.models import CustodyEvent
    from app.inspections.models import Inspection
    from app.seizures.models import Case
    from app.stamps.models import Activation

    return bool(session.scalar(select(
        exists().where(Activation.premises_id == premises_id)
        | exists().where(or_(CustodyEvent.premises_id == premises_id,
                             CustodyEvent.from_premises_id == premises_id,
                             CustodyEvent.to_premises_id == premises_id))
        | exists().where(Inspection.premises_id == premises_id)
        | exists().where(Case.premises_id == premises_id)
    )))


def update_premises(session: Session, premises_id: int, body: dict) -> Premises:
    """Change premises (admins); their operator is fixed once records rest on them."""
    premises = _record(session, Premises, premises_id, "premises")
    if "municipality" in body:
        body = {**body, "municipality": municipality_slug(body["municipality"])}
    changes = _changes(premises, body)
    if "operator_id" in changes:
        if session.get(Operator, changes["operator_id"]) is None:
            raise unknown_reference("operator_id")
        if premises_in_use(session, premises.id):
            _refuse_fixed(changes, rules.PREMISES_FIXED_ONCE_USED, "registry.premises_in_use")
    for name, value in changes.items():
        setattr(premises, name, value)
    session.flush()
    session.refresh(premises, ["operator"])
    return premises


def update_product(session: Session, product_id: int, body: dict) -> Product:
    """Change a product (admins); its GTIN, category and operator are fixed once stamps are
    attached to it."""
    from app.stamps.models import Activation

    product = _record(session, Product, product_id, "product")
    changes = _changes(product, body)
    if "gtin" in changes and not gtin_check_digit_ok(changes["gtin"]):
        raise Invalid("registry.gtin_check_digit", errors={"gtin": ["check digit"]})
    if changes.get("operator_id") is not None and session.get(
        Operator, changes["operator_id"]
    ) is None:
        raise unknown_reference("operator_id")
    if rules.fixed_fields_changed(changes, rules.PRODUCT_FIXED_ONCE_ATTACHED) and session.scalar(
        select(Activation.id).where(Activation.product_id == product.id).limit(1)
    ):
        _refuse_fixed(changes, rules.PRODUCT_FIXED_ONCE_ATTACHED, "registry.product_attached")
    if "gtin" in changes and session.scalar(
        select(Product.id).where(Product.gtin == changes["gtin"])
    ):
        raise Conflict("registry.gtin_taken")
    for name, value in changes.items():
        setattr(product, name, value)
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
