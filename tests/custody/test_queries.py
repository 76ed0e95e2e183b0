"""Naming the premises and companies of a chain: the same names however many there are."""

from __future__ import annotations

from app.custody import queries
from app.custody.queries import ChainNames
from tests import factories


def test_names_are_the_same_through_the_fixed_and_the_expanding_statement(session):
    owners = [factories.operator(session) for _ in range(3)]
    sites = [factories.premises(session, operator_id=owners[n % 3].id)
             for n in range(queries._SLOTS + 3)]
    loner = factories.operator(session)  # a company named without any of the premises
    session.flush()
    few = ChainNames(session, [p.id for p in sites[:2]] + [None], [loner.id, None])
    many = ChainNames(session, [p.id for p in sites], [loner.id])
    assert few.premises_ref(sites[1].id) == many.premises_ref(sites[1].id) == {
        "id": sites[1].id, "name": sites[1].name, "kind": sites[1].kind,
        "municipality": sites[1].municipality, "operator_id": owners[1].id,
    }
    assert set(many.premises) == {p.id for p in sites}  # more ids than the fixed statement holds
    assert few.operator_ref(loner.id) == many.operator_ref(loner.id) == {
        "id": loner.id, "name": loner.name}
    assert many.operator_ref(owners[2].id) == {"id": owners[2].id, "name": owners[2].name}
    assert few.premises_ref(sites[5].id) is None  # not asked for, not named
