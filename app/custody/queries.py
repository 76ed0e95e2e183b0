"""Read statements of the custody API beyond the chain's events (service.events_overlapping):
the names of the premises and companies a chain mentions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.registry.models import Operator, Premises

# The names in a chain: premises with their companies, and companies, by id.
_PREMISES_NAMES = (
    select(Premises.id, Premises.name, Premises.kind, Premises.municipality,
           Premises.operator_id, Operator.name.label("operator_name"))
    .join(Operator, Operator.id == Premises.operator_id)
    .where(Premises.id.in_(bindparam("ids", expanding=True)))
)
_OPERATOR_NAMES = select(Operator.id, Operator.name).where(
    Operator.id.in_(bindparam("ids", expanding=True))
)


class ChainNames:
    """Premises (with their companies) and companies named in a chain: one query, two when a
    company is named that owns none of the premises. Plain rows: this serves every chain."""

    def __init__(self, session: Session, premises_ids: Iterable, operator_ids: Iterable) -> None:
        premises_ids = {pid for pid in premises_ids if pid is not None}
        self.premises: dict[int, dict] = {}
        self.operators: dict[int, dict] = {}
        connection = session.connection()
        if premises_ids:
            for row in connection.execute(_PREMISES_NAMES, {"ids": sorted(premises_ids)}):
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
            for row in connection.execute(_OPERATOR_NAMES, {"ids": sorted(missing)}):
                self.operators[row.id] = {"id": row.id, "name": row.name}

    def premises_ref(self, premises_id: int | None) -> dict | None:
        return self.premises.get(premises_id)

    def operator_ref(self, operator_id: int | None) -> dict | None:
        return self.operators.get(operator_id)
