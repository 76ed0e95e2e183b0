"""POST/GET /api/v1/custody/events and the chain in GET /api/v1/stamps/{serial}."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.custody.models import CustodyEvent
from app.stamps import codes
from app.stamps.service import revoke
from tests.custody.conftest import hours_ago

EVENTS = "/api/v1/custody/events"


def post(client, chain, who, step, occurred_hours_ago=1, offsets=(0, 99), **fields):
    body = {"business_step": step, "occurred_at": hours_ago(occurred_hours_ago),
            **chain.range(*offsets), **fields}
    return client.post(EVENTS, json=body, headers=chain.headers[who])


def ship_to_shop(client, chain, offsets=(0, 99)):
    shipped = post(client, chain, "producer", "shipping", 5, offsets,
                   from_premises_id=chain.factory.id, to_premises_id=chain.shop.id)
    assert shipped.status_code == 201, shipped.get_json()
    return shipped.get_json()


def count(session) -> int:
    return session.scalar(select(func.count()).select_from(CustodyEvent))


def test_shipment_and_receipt_move_custody_to_the_other_company(client, session, chain):
    shipment = ship_to_shop(client, chain)
    assert shipment["business_step"] == "shipping"
    assert shipment["to_premises"]["id"] == chain.shop.id
    assert shipment["late"] is False
    received = post(client, chain, "retailer", "receiving", 4, premises_id=chain.shop.id)
    assert received.status_code == 201, received.get_json()
    assert received.get_json()["shipment_id"] == shipment["id"]
    detail = client.get(f"/api/v1/stamps/{codes.Serial(chain.batch.series, chain.batch.first)}",
                        headers=chain.headers["officer"]).get_json()
    steps = [event["business_step"] for event in detail["custody"]]
    assert steps == ["commissioning", "activating", "shipping", "receiving"]
    custodian = detail["custodian"]
    assert custodian["status"] == "held"
    assert custodian["operator"]["id"] == chain.retailer.id
    assert custodian["premises"]["id"] == chain.shop.id


def test_only_the_custodian_may_ship(client, session, chain):
    answer = post(client, chain, "retailer", "shipping", from_premises_id=None,
                  to_premises_id=chain.warehouse.id)
    assert answer.status_code == 409
    body = answer.get_json()
    assert body["error"] == "conflict"
    assert body["errors"]["reason"] == "not_custodian"
    assert count(session) == 0


def test_a_sub_range_can_be_shipped_and_the_rest_stays(client, session, chain):
    ship_to_shop(client, chain, offsets=(10, 19))
    again = post(client, chain, "producer", "shipping", 1, (0, 99),
                 to_premises_id=chain.warehouse.id)
    assert again.status_code == 409
    assert again.get_json()["errors"]["reason"] == "in_transit"
    assert again.get_json()["errors"]["first_serial"] == str(
        codes.Serial(chain.batch.series, chain.batch.first + 10))
    rest = post(client, chain, "producer", "shipping", 1, (20, 99),
                to_premises_id=chain.warehouse.id)
    assert rest.status_code == 201
    # Receipt of part of a shipment.
    part = post(client, chain, "retailer", "receiving", 1, (10, 14), premises_id=chain.shop.id)
    assert part.status_code == 201


def test_receipt_without_shipment_is_refused(client, session, chain):
    answer = post(client, chain, "retailer", "receiving", premises_id=chain.shop.id)
    assert answer.status_code == 409
    assert answer.get_json()["errors"]["reason"] == "no_matching_shipment"


def test_receipt_at_another_premises_than_addressed_is_refused(client, session, chain):
    ship_to_shop(client, chain)
    answer = post(client, chain, "producer", "receiving", premises_id=chain.warehouse.id)
    assert answer.status_code == 409
    assert answer.get_json()["errors"]["reason"] == "no_matching_shipment"


def test_receipt_by_another_company_than_the_addressee_is_refused(client, session, chain):
    ship_to_shop(client, chain)
    answer = post(client, chain, "producer", "receiving")
    assert answer.status_code == 409
    assert answer.get_json()["errors"]["reason"] == "not_addressee"


def test_nothing_moves_once_revoked(client, session, chain):
    revoke(session, series=chain.batch.series, first=chain.batch.first + 50,
           last=chain.batch.first + 50, reason="stolen")
    answer = post(client, chain, "producer", "shipping", to_premises_id=chain.shop.id)
    assert answer.status_code == 409
    assert answer.get_json()["errors"]["reason"] == "range_revoked"


def test_nothing_moves_once_seized_or_destroyed(client, session, chain):
    assert post(client, chain, "officer", "holding", 3, (0, 9),
                premises_id=chain.factory.id).status_code == 201
    assert post(client, chain, "supervisor", "seizing", 2, (0, 9)).status_code == 201
    answer = post(client, chain, "producer", "shipping", 1, (0, 9), to_premises_id=chain.shop.id)
    assert answer.get_json()["errors"]["reason"] == "range_seized"
    assert post(client, chain, "producer", "destroying", 1, (20, 29)).status_code == 201
    answer = post(client, chain, "producer", "shipping", 1, (20, 29),
                  to_premises_id=chain.shop.id)
    assert answer.get_json()["errors"]["reason"] == "range_destroyed"


def test_detention_blocks_shipping_until_returned(client, session, chain):
    assert post(client, chain, "officer", "holding", 3, premises_id=chain.factory.id
                ).status_code == 201
    blocked = post(client, chain, "producer", "shipping", 2, to_premises_id=chain.shop.id)
    assert blocked.get_json()["errors"]["reason"] == "range_detained"
    assert post(client, chain, "officer", "returning", 2).status_code == 201
    assert post(client, chain, "producer", "shipping", 1, to_premises_id=chain.shop.id
                ).status_code == 201


def test_roles_record_only_their_steps(client, session, chain):
    answer = post(client, chain, "producer", "seizing")
    assert answer.status_code == 403
    assert answer.get_json()["errors"]["reason"] == "step_not_allowed"
    answer = post(client, chain, "officer", "shipping", to_premises_id=chain.shop.id)
    assert answer.status_code == 403


def test_operators_use_only_their_own_premises(client, session, chain):
    answer = post(client, chain, "producer", "shipping", from_premises_id=chain.shop.id,
                  to_premises_id=chain.warehouse.id)
    assert answer.status_code == 403
    assert answer.get_json()["errors"]["reason"] == "not_your_premises"


def test_bad_input_gets_a_clear_4xx_and_writes_nothing(client, session, chain):
    future = post(client, chain, "producer", "shipping", -2, to_premises_id=chain.shop.id)
    assert future.status_code == 422
    unknown = post(client, chain, "producer", "teleporting")
    assert unknown.status_code == 422
    assert unknown.get_json()["error"] == "validation_failed"
    derived = post(client, chain, "producer", "activating")
    assert derived.get_json()["errors"]["reason"] == "step_derived"
    missing_destination = post(client, chain, "producer", "shipping")
    assert missing_destination.get_json()["errors"]["reason"] == "destination_required"
    not_issued = client.post(EVENTS, headers=chain.headers["producer"], json={
        "business_step": "shipping", "series": chain.batch.series, "first": 900_000_000,
        "last": 900_000_001, "occurred_at": hours_ago(1), "to_premises_id": chain.shop.id})
    assert not_issued.status_code == 404
    anonymous = client.post(EVENTS, json={})
    assert anonymous.status_code in (401, 422)
    assert count(session) == 0


def test_late_events_are_accepted_and_flagged(client, session, chain):
    ship_to_shop(client, chain)
    late = post(client, chain, "officer", "inspecting", 10, premises_id=chain.factory.id)
    assert late.status_code == 201
    assert late.get_json()["late"] is True
    detail = client.get(f"/api/v1/stamps/{codes.Serial(chain.batch.series, chain.batch.first)}",
                        headers=chain.headers["officer"]).get_json()
    steps = [(e["business_step"], e["late"]) for e in detail["custody"]]
    assert steps == [("commissioning", False), ("activating", False), ("inspecting", True),
                     ("shipping", False)]
    assert detail["custodian"]["status"] == "in_transit"


def test_a_correction_replaces_a_shipment_to_the_wrong_premises(client, session, chain):
    wrong = post(client, chain, "producer", "shipping", 3, to_premises_id=chain.warehouse.id)
    corrected = post(client, chain, "producer", "shipping", 3, to_premises_id=chain.shop.id,
                     corrects_id=wrong.get_json()["id"])
    assert corrected.status_code == 201, corrected.get_json()
    assert post(client, chain, "retailer", "receiving", 1,
                premises_id=chain.shop.id).status_code == 201
    twice = post(client, chain, "producer", "shipping", 1, to_premises_id=chain.shop.id,
                 corrects_id=wrong.get_json()["id"])
    assert twice.status_code == 409
    detail = client.get(f"/api/v1/stamps/{codes.Serial(chain.batch.series, chain.batch.first)}",
                        headers=chain.headers["officer"]).get_json()
    flags = {e["id"]: e["corrected"] for e in detail["custody"] if e["id"]}
    assert flags[wrong.get_json()["id"]] is True


def test_idempotency_key_replays_without_writing(client, session, chain):
    body = {"business_step": "shipping", "occurred_at": hours_ago(1),
            "to_premises_id": chain.shop.id, **chain.range()}
    headers = {**chain.headers["producer"], "Idempotency-Key": "ship-1"}
    first = client.post(EVENTS, json=body, headers=headers)
    second = client.post(EVENTS, json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.get_json()["id"] == second.get_json()["id"]
    assert count(session) == 1


def test_range_query_lists_events_and_operators_see_their_part(client, session, chain):
    ship_to_shop(client, chain, offsets=(0, 9))
    post(client, chain, "officer", "inspecting", 1, (50, 59), premises_id=chain.factory.id)
    query = {"series": chain.batch.series, "first": chain.batch.first,
             "last": chain.batch.first + 99}
    listed = client.get(EVENTS, query_string=query, headers=chain.headers["officer"])
    assert [e["business_step"] for e in listed.get_json()] == ["shipping", "inspecting"]
    retailer = client.get(EVENTS, query_string=query, headers=chain.headers["retailer"])
    assert [e["business_step"] for e in retailer.get_json()] == ["shipping"]
    single = client.get(EVENTS, query_string={
        "serial": str(codes.Serial(chain.batch.series, chain.batch.first + 55))},
        headers=chain.headers["officer"])
    assert [e["business_step"] for e in single.get_json()] == ["inspecting"]


def void(client, chain, who, event_id, reason="recorded on the wrong range"):
    return client.post(f"{EVENTS}/{event_id}/void", json={"reason": reason},
                       headers=chain.headers[who])


def custodian(client, chain, offset=0):
    serial = codes.Serial(chain.batch.series, chain.batch.first + offset)
    detail = client.get(f"/api/v1/stamps/{serial}", headers=chain.headers["officer"])
    return detail.get_json()


def test_a_shipment_recorded_in_error_is_voided_and_custody_goes_back(client, session, chain):
    shipment = ship_to_shop(client, chain)
    assert custodian(client, chain)["custodian"]["status"] == "in_transit"
    voided = void(client, chain, "producer", shipment["id"])
    assert voided.status_code == 201, voided.get_json()
    body = voided.get_json()
    assert (body["business_step"], body["corrects_id"]) == ("voiding", shipment["id"])
    assert body["note"] == "recorded on the wrong range"
    detail = custodian(client, chain)
    assert detail["custodian"]["status"] == "held"
    assert detail["custodian"]["premises"]["id"] == chain.factory.id
    # Append-only: the voided shipment stays in the chain, marked.
    steps = {step["id"]: step for step in detail["custody"] if step["id"]}
    assert steps[shipment["id"]]["corrected"] is True
    assert steps[body["id"]]["business_step"] == "voiding"
    # The stamps can be shipped again, correctly this time.
    assert post(client, chain, "producer", "shipping", 1, from_premises_id=chain.factory.id,
                to_premises_id=chain.warehouse.id).status_code == 201


def test_voiding_follows_the_rules_of_a_correction(client, session, chain):
    shipment = ship_to_shop(client, chain)
    before = count(session)
    # Another company's event, Customs for an operator's event, an unknown event, no reason.
    assert void(client, chain, "retailer", shipment["id"]).status_code == 403
    assert void(client, chain, "officer", shipment["id"]).status_code == 403
    assert void(client, chain, "producer", 999_999).status_code == 404
    short = void(client, chain, "producer", shipment["id"], reason="")
    assert short.status_code == 422 and short.get_json()["error"] == "validation_failed"
    assert count(session) == before
    # Once the receipt followed, the shipment can no longer be voided.
    assert post(client, chain, "retailer", "receiving", 4,
                premises_id=chain.shop.id).status_code == 201
    late = void(client, chain, "producer", shipment["id"])
    assert late.status_code == 409
    assert late.get_json()["errors"]["reason"] == "correction_too_late"


def test_an_event_is_voided_once_and_a_voiding_is_not_voided(client, session, chain):
    shipment = ship_to_shop(client, chain)
    voiding = void(client, chain, "producer", shipment["id"]).get_json()
    again = void(client, chain, "producer", shipment["id"])
    assert again.status_code == 409
    assert again.get_json()["errors"]["reason"] == "already_corrected"
    assert void(client, chain, "producer", voiding["id"]).status_code == 404


def test_the_chain_gives_its_times_in_iso_8601(client, session, chain):
    shipment = ship_to_shop(client, chain)
    detail = custodian(client, chain)
    shipped = next(step for step in detail["custody"] if step["id"] == shipment["id"])
    # The same instant, to the microsecond, as the event's own answer (never an HTTP date).
    assert dt.datetime.fromisoformat(shipped["occurred_at"]) == dt.datetime.fromisoformat(
        shipment["occurred_at"])
    assert dt.datetime.fromisoformat(detail["custodian"]["since"]).tzinfo is not None
