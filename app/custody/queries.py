"""Read statements of the custody API beyond the chain's events (service.events_overlapping):
the names of the premises and companies a chain mentions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import BigInteger, bindparam, select
from sqlalchemy.orm import Session

from app.db_fast import HotStatement
from app.registry.models import Operator, Premises


# The names in a chain: premises with their companies, and companies, by id.
def _premises_named(condition):
    return (
        select(Premises.id, Premises.name, Premises.kind, Premises.municipality,
               Premises.operator_id, Operator.name.label("operator_name"))
        .join(Operator, Operator.id == Premises.operator_id)
        .where(condition)
    )


def _operators_named(condition):
    return select(Operator.id, Operator.name).where(condition)


_ANY_IDS = bindparam("ids", expanding=True)
# A chain names a handful of premises: up to _SLOTS ids go to a statement of fixed text run as a
# HotStatement, which each connection prepares; an expanding IN is new text for every count of
# ids and goes through SQLAlchemy's execution, which costs a chain more (docs/BENCHMARKS.md,
# "One shape for the code").
_SLOTS = 8
_ID_SLOTS = [bindparam(f"id{slot}", type_=BigInteger) for slot in range(_SLOTS)]
_PREMISES_NAMES = _premises_named(Premises.id.in_(_ANY_IDS))
_OPERATOR_NAMES = _operators_named(Operator.id.in_(_ANY_IDS))
_PREMISES_NAMES_HOT = HotStatement(_premises_named(Premises.id.in_(_ID_SLOTS)))
_OPERATOR_NAMES_HOT = HotStatement(_operators_named(Operator.id.in_(_ID_SLOTS)))


def _named(connection, hot: HotStatement, statement, ids: set) -> list:
    if len(ids) > _SLOTS:
        return list(connection.execute(statement, {"ids": sorted(ids)}))
    padded = [*sorted(ids), *[None] * (_SLOTS - len(ids))]  # NULL matches no id
    return hot.all(connection, {f"id{slot}": value for slot, value in enumerate(padded)})


class ChainNames:
    """Premises (with their companies) and companies named in a chain: one query, two when a
    company is named that owns none of the premises. Plain rows: this serves every chain."""

    def __init__(self, session: Session, premises_ids: Iterable, operator_ids: Iterable) -> None:
        premises_ids = {pid for pid in premises_ids if pid is not None}
        self.premises: dict[int, dict] = {}
        self.operators: dict[int, dict] = {}
        connection = session.connection()
        if premises_ids:
            for row in _named(connection, _PREMISES_NAMES_HOT, _PREMISES_NAMES, premises_ids):
                self.premises[row.id] = {
                    "id": row.id,
                    "name": row.name,
                    "kind": row.kind,
                    "municipality": row.municipality,
                    "operator_id": row.operator_id,
                }
                self.operators[row.operator_id] = {"id": row.operator_id,
                                                   "name": row.operator_name}
        missing = {oid for oid in operator_ids if oid is not None} - set(self.operators)
        if missing:
            for row in _named(connection, _OPERATOR_NAMES_HOT, _OPERATOR_NAMES, missing):
                self.operators[row.id] = {"id": row.id, "name": row.name}

    def premises_ref(self, premises_id: int | None) -> dict | None:
        return self.premises.get(premises_id)

    def operator_ref(self, operator_id: int | None) -> dict | None:
        return self.operators.get(operator_id)
