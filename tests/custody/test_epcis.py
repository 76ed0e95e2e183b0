"""EPCIS 2.0 capture (POST /api/v1/epcis/capture) and query/export (GET /api/v1/epcis/events)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.custody import epcis
from app.custody.models import CustodyEvent
from app.i18n import translate
from app.stamps import codes, verification
from app.stamps.models import Activation
from tests import factories
from tests.custody.conftest import hours_ago

CAPTURE = "/api/v1/epcis/capture"
# GS1's example documents, copied with their source (tests/data/README.md).
GS1_EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "epcis"
EXAMPLE_FILES = sorted(GS1_EXAMPLES.glob("*.jsonld"))


def test_the_gs1_examples_are_there():
    # Without them the example test below would have nothing to run on.
    assert len(EXAMPLE_FILES) >= 10, GS1_EXAMPLES


def document(*events) -> dict:
    return {
        "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
        "type": "EPCISDocument",
        "schemaVersion": "2.0",
        "creationDate": hours_ago(0),
        "epcisBody": {"eventList": list(events)},
    }


def object_event(chain, step, offsets=(0, 99), hours=1, **extra) -> dict:
    rng = chain.range(*offsets)
    return {
        "type": "ObjectEvent",
        "eventTime": hours_ago(hours),
        "eventTimeZoneOffset": "+00:00",
        "action": "OBSERVE",
        "bizStep": step,
        "epcList": [epcis.range_urn(rng["series"], rng["first"], rng["last"])],
        **extra,
    }


def location(premises) -> str:
    return f"urn:rks:banderola:premises:{premises.id}"


def captured(session) -> int:
    return session.scalar(select(func.count()).select_from(CustodyEvent))


def test_epc_identifiers_round_trip():
    serial = codes.Serial("CG26", 123)
    assert epcis.stamp_urn(serial) == "urn:rks:banderola:stamp:CG26-000000123"
    assert epcis.parse_epc("urn:rks:banderola:stamp:CG26-000000123") == ("CG26", 123, 123)
    urn = epcis.range_urn("CG26", 1, 1000)
    assert urn == "urn:rks:banderola:range:CG26-000000001:000001000"
    assert epcis.parse_epc(urn) == ("CG26", 1, 1000)
    assert epcis.parse_epc("urn:epc:id:sgtin:0614141.107346.2017") is None
    assert epcis.parse_epc("urn:rks:banderola:range:CG26-000000010:000000005") is None
    assert epcis.contiguous_ranges([("CG26", 3, 3), ("CG26", 1, 2), ("CG26", 7, 7)]) == [
        ("CG26", 1, 3), ("CG26", 7, 7)]


def test_a_shipment_and_its_receipt_in_one_document_with_cbv_urns(client, session, chain):
    shipping = object_event(
        chain, "urn:epcglobal:cbv:bizstep:shipping", hours=3, eventID="urn:uuid:ship-1",
        readPoint={"id": location(chain.factory)},
        sourceList=[{"type": "location", "source": location(chain.factory)}],
        destinationList=[{"type": "urn:epcglobal:cbv:sdt:location",
                          "destination": location(chain.warehouse)}],
    )
    receiving = object_event(chain, "https://ref.gs1.org/cbv/BizStep-receiving", hours=2,
                             bizLocation={"id": location(chain.warehouse)})
    answer = client.post(CAPTURE, json=document(shipping, receiving),
                         headers=chain.headers["producer"])
    assert answer.status_code == 201, answer.get_json()
    assert answer.get_json()["captured"] == 2
    assert captured(session) == 2


def test_single_serials_become_ranges_and_json_ld_is_accepted(client, session, chain):
    serials = [codes.Serial(chain.batch.series, chain.batch.first + n) for n in (0, 1, 2, 7)]
    event = {
        "type": "AggregationEvent",
        "eventTime": hours_ago(1),
        "eventTimeZoneOffset": "+01:00",
        "parentID": "urn:epc:id:sscc:0614141.1234567890",
        "childEPCs": [epcis.stamp_urn(serial) for serial in serials],
        "action": "ADD",
        "bizStep": "shipping",
        "readPoint": {"id": "geo:42.2139,20.7397"},
        "destinationList": [{"type": "location", "destination": location(chain.shop)}],
    }
    answer = client.post(CAPTURE, data=json.dumps(document(event)),
                         headers={**chain.headers["producer"],
                                  "Content-Type": "application/ld+json"})
    assert answer.status_code == 201, answer.get_json()
    ids = answer.get_json()["events"][0]["custody_event_ids"]
    assert len(ids) == 2  # serials 0-2 and 7
    rows = session.scalars(select(CustodyEvent).order_by(CustodyEvent.id)).all()
    assert [(row.first - chain.batch.first, row.last - chain.batch.first) for row in rows] == [
        (0, 2), (7, 7)]
    assert rows[0].lat == pytest.approx(42.2139)


def test_capture_is_atomic_and_answers_per_event(client, session, chain):
    good = object_event(chain, "shipping", hours=3, destinationList=[
        {"type": "location", "destination": location(chain.shop)}])
    receipt_elsewhere = object_event(chain, "receiving", hours=2,
                                     bizLocation={"id": location(chain.warehouse)})
    unknown_step = object_event(chain, "teleporting")
    future = object_event(chain, "inspecting", hours=-3)
    answer = client.post(CAPTURE, json=document(good, receipt_elsewhere, unknown_step, future),
                         headers=chain.headers["producer"])
    assert answer.status_code == 422
    body = answer.get_json()
    reasons = {entry["index"]: entry["reason"] for entry in body["errors"]["events"]}
    assert reasons == {1: "no_matching_shipment", 2: "unknown_business_step",
                       3: "validation_failed"}
    assert captured(session) == 0


def test_duplicate_event_ids_are_refused(client, session, chain):
    event = object_event(chain, "shipping", eventID="urn:uuid:dup", destinationList=[
        {"type": "location", "destination": location(chain.shop)}])
    assert client.post(CAPTURE, json=document(event),
                       headers=chain.headers["producer"]).status_code == 201
    again = client.post(CAPTURE, json=document(event), headers=chain.headers["producer"])
    assert again.status_code == 422
    assert again.get_json()["errors"]["events"][0]["reason"] == "duplicate_event_id"


@pytest.mark.parametrize("bad", [[], "text", {"type": "Nonsense"},
                                 {"type": "EPCISDocument", "schemaVersion": "2.0"}])
def test_malformed_documents_are_400(client, session, chain, bad):
    answer = client.post(CAPTURE, json=bad, headers=chain.headers["producer"])
    assert answer.status_code == 400
    assert answer.get_json()["error"] == "bad_request"


def test_not_json_is_415(client, session, chain):
    answer = client.post(CAPTURE, data="<xml/>", headers={**chain.headers["producer"],
                                                          "Content-Type": "application/xml"})
    assert answer.status_code == 415


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.name)
def test_gs1_examples_parse_and_each_event_gets_a_reason(client, session, chain, path):
    doc = json.loads(path.read_text())
    answer = client.post(CAPTURE, data=json.dumps(doc),
                         headers={**chain.headers["producer"],
                                  "Content-Type": "application/ld+json"})
    assert answer.status_code == 422, answer.get_json()
    refused = answer.get_json()["errors"]["events"]
    assert [entry["index"] for entry in refused] == list(range(len(doc["epcisBody"]["eventList"])))
    for entry, raw in zip(refused, doc["epcisBody"]["eventList"], strict=True):
        expected = "not_our_stamp" if raw["type"] in epcis.CAPTURED_TYPES else (
            "unsupported_event_type")
        assert entry["reason"] == expected
        assert entry["message"]
    assert captured(session) == 0


def test_export_of_a_serial_is_an_epcis_document(client, session, chain):
    client.post(CAPTURE, json=document(object_event(chain, "shipping", hours=2, destinationList=[
        {"type": "location", "destination": location(chain.shop)}])),
        headers=chain.headers["producer"])
    serial = codes.Serial(chain.batch.series, chain.batch.first + 4)
    answer = client.get("/api/v1/epcis/events", query_string={"serial": str(serial)},
                        headers=chain.headers["officer"])
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["type"] == "EPCISDocument" and body["schemaVersion"] == "2.0"
    events = body["epcisBody"]["eventList"]
    assert [event["bizStep"] for event in events] == [
        "commissioning", "urn:rks:banderola:bizstep:activating", "shipping"]
    assert events[2]["destinationList"][0]["destination"] == location(chain.shop)
    assert events[2]["epcList"] == [epcis.range_urn(chain.batch.series, chain.batch.first,
                                                    chain.batch.first + 99)]
    # What the export says can be captured again by a system that speaks EPCIS.
    assert epcis.understand(events[2]).business_step == "shipping"


def activating_event(chain, product, offsets, premises=None, **extra) -> dict:
    event = object_event(chain, "urn:rks:banderola:bizstep:activating", offsets, action="ADD",
                         **{"banderola:productId": product.id}, **extra)
    if premises is not None:
        event["bizLocation"] = {"id": location(premises)}
    return event


def test_activations_are_captured_from_epcis(client, session, chain):
    batch = factories.batch(session, operator_id=chain.producer.id, quantity=50)
    product = factories.product(session)
    series, first = batch.series, batch.first
    activating = object_event(chain, "urn:rks:banderola:bizstep:activating", action="ADD",
                              **{"banderola:gtin": product.gtin})
    activating["epcList"] = [epcis.range_urn(series, first, first + 19)]
    activating["bizLocation"] = {"id": location(chain.factory)}
    answer = client.post(CAPTURE, json=document(activating), headers=chain.headers["producer"])
    assert answer.status_code == 201, answer.get_json()
    [entry] = answer.get_json()["events"]
    [activation_id] = entry["activation_ids"]
    activation = session.get(Activation, activation_id)
    assert (activation.first, activation.last, activation.product_id) == (
        first, first + 19, product.id)
    assert activation.premises_id == chain.factory.id
    serial = codes.Serial(series, first + 5)
    result = verification.verify(session, text=factories.signed_code(client.application, serial))
    assert result.verdict == "genuine"


@pytest.mark.parametrize(("who", "offsets", "reason", "status", "message"), [
    ("retailer", (0, 9), "forbidden", 403, "not_your_range"),  # another company's stamps
    ("officer", (0, 9), "step_not_allowed", 403, "step_not_allowed"),  # Customs affixes nothing
    ("producer", (0, 99), "conflict", 409, "already_activated"),  # the chain's range is active
])
def test_epcis_activations_follow_the_activation_rules(client, session, chain, who, offsets,
                                                       reason, status, message):
    product = factories.product(session)
    before = session.scalar(select(func.count()).select_from(Activation))
    answer = client.post(CAPTURE, json=document(activating_event(chain, product, offsets)),
                         headers=chain.headers[who])
    assert answer.status_code == 422
    [refused] = answer.get_json()["errors"]["events"]
    assert (refused["reason"], refused["status"]) == (reason, status)
    key = f"custody.{message}" if message == "step_not_allowed" else f"stamps.{message}"
    assert refused["message"] == translate(key, "en", business_step="activating")
    assert session.scalar(select(func.count()).select_from(Activation)) == before


def test_an_activating_event_must_name_its_product(client, session, chain):
    event = object_event(chain, "urn:rks:banderola:bizstep:activating", action="ADD")
    answer = client.post(CAPTURE, json=document(event), headers=chain.headers["producer"])
    assert answer.status_code == 422
    assert answer.get_json()["errors"]["events"][0]["reason"] == "product_required"
