"""The custody state machine, without a database."""

from __future__ import annotations

import pytest

from app.custody.rules import (
    Actor,
    Custody,
    CustodyError,
    Step,
    advance,
    apply,
    check,
    initial,
    mismatch,
)

PRODUCER, RETAILER = 1, 2
FACTORY, SHOP, WAREHOUSE = 10, 20, 11
producer = Actor("operator", operator_id=PRODUCER)
retailer = Actor("operator", operator_id=RETAILER)
officer = Actor("customs")
supervisor = Actor("customs", supervisor=True)


def held() -> Custody:
    return initial(PRODUCER, activated=True, premises_id=FACTORY)


def ship(to=SHOP, to_operator=RETAILER, event_id=1) -> Step:
    return Step("shipping", event_id=event_id, to_premises_id=to, to_operator_id=to_operator)


def refused(custody, step, actor) -> str:
    with pytest.raises(CustodyError) as caught:
        check(custody, step, actor)
    return caught.value.code


def test_activation_is_the_starting_custody():
    assert initial(PRODUCER, activated=False) == Custody("issued", PRODUCER)
    assert held() == Custody("held", PRODUCER, FACTORY)


def test_ship_then_receive():
    moving = apply(held(), ship(), producer)
    assert (moving.status, moving.to_premises_id, moving.shipment_id) == ("in_transit", SHOP, 1)
    arrived = apply(moving, Step("receiving", event_id=2, premises_id=SHOP), retailer)
    assert arrived == Custody("held", RETAILER, SHOP, event_id=2)


def test_only_the_custodian_ships_and_only_the_addressee_receives():
    assert refused(held(), ship(), retailer) == "not_custodian"
    moving = advance(held(), ship())
    assert refused(moving, Step("receiving", premises_id=SHOP), producer) == "not_addressee"
    assert refused(moving, Step("receiving", premises_id=WAREHOUSE), retailer) == (
        "no_matching_shipment")
    assert refused(held(), Step("receiving", premises_id=SHOP), retailer) == (
        "no_matching_shipment")
    assert refused(moving, ship(), producer) == "in_transit"


def test_shipping_needs_a_destination_elsewhere_and_the_right_origin():
    assert refused(held(), Step("shipping"), producer) == "destination_required"
    assert refused(held(), Step("shipping", to_premises_id=FACTORY), producer) == (
        "same_premises")
    assert refused(held(), Step("shipping", from_premises_id=WAREHOUSE, to_premises_id=SHOP),
                   producer) == "not_at_premises"


def test_roles():
    assert refused(held(), Step("seizing"), producer) == "step_not_allowed"
    assert refused(held(), ship(), officer) == "step_not_allowed"
    assert refused(held(), Step("activating"), producer) == "step_derived"
    assert refused(held(), Step("flying"), producer) == "unknown_business_step"


def test_detention_seizure_and_return():
    detained = apply(held(), Step("holding", premises_id=FACTORY), officer)
    assert detained.status == "detained"
    assert refused(detained, ship(), producer) == "range_detained"
    assert refused(detained, Step("holding"), officer) == "already_detained"
    assert apply(detained, Step("returning"), officer).status == "held"
    seized = apply(detained, Step("seizing"), officer)
    assert refused(seized, ship(), producer) == "range_seized"
    assert refused(seized, Step("returning"), officer) == "range_seized"
    # Art. 251(9): a supervisor may return seized goods (on payment).
    assert apply(seized, Step("returning"), supervisor).status == "held"
    assert apply(seized, Step("destroying"), officer).status == "destroyed"
    assert refused(held(), Step("returning"), officer) == "not_detained"


def test_final_statuses_accept_only_inspection():
    destroyed = apply(held(), Step("destroying"), producer)
    assert refused(destroyed, ship(), producer) == "range_destroyed"
    assert apply(destroyed, Step("inspecting"), officer) == destroyed
    gone = apply(held(), Step("decommissioning"), producer)
    assert refused(gone, Step("holding"), officer) == "range_decommissioned"


def test_admin_acts_for_any_company_but_not_against_the_rules():
    admin = Actor("admin")
    assert apply(held(), ship(), admin).status == "in_transit"
    assert refused(advance(held(), ship()), ship(), admin) == "in_transit"


def test_mismatch():
    assert not mismatch(held(), FACTORY, PRODUCER)
    assert mismatch(held(), SHOP, RETAILER)
    assert mismatch(held(), WAREHOUSE, PRODUCER)
    assert not mismatch(initial(PRODUCER, activated=False), WAREHOUSE, PRODUCER)
    moving = advance(held(), ship())
    assert not mismatch(moving, SHOP, RETAILER)
    assert not mismatch(moving, FACTORY, PRODUCER)
    assert mismatch(moving, WAREHOUSE, PRODUCER)
