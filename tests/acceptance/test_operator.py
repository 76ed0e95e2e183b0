"""A licensed producer's user (Duhani Prizren, demo `operator`) with a batch the admin issued:
prints its codes (CSV and PDF sheet), affixes stamps, ships them to another company's shop
(demo `retailer` receives), reports through EPCIS, revokes and reports a batch missing; and
what it may not do is refused."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.acceptance.http import legal_today, ok, refused

GS1_EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "epcis"
DARDANIA_BLUE = "3830000000017"


def hours_ago(hours: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)).isoformat()


def premises_id(client, name: str) -> int:
    return next(p["id"] for p in ok(client.get("/api/v1/premises")) if p["name"] == name)


@pytest.fixture(scope="module")
def batch(admin, operator) -> dict:
    """100 cigarette stamps issued to the operator's company."""
    return ok(admin.post("/api/v1/batches", json={
        "operator_id": operator.user["operator_id"], "category": "cigarettes", "quantity": 100,
        "fiscal": {"excise_paid_eur": "165.00", "excise_rate": "EUR 33 / 1000 sticks + 5%",
                   "paid_on": legal_today().isoformat()},
    }), 201)


@pytest.fixture(scope="module")
def printed(operator, batch) -> dict[str, str]:
    """serial -> QR text, from the batch's CSV."""
    answer = operator.get(f"/api/v1/batches/{batch['id']}/codes")
    assert answer.status_code == 200, answer.text[:500]
    return {row["serial"]: row["qr_text"] for row in csv.DictReader(io.StringIO(answer.text))}


@pytest.fixture(scope="module")
def shopper(clients):
    return clients.anonymous("shopper")


def serial(batch: dict, offset: int) -> str:
    return f"{batch['series']}-{batch['first'] + offset:09d}"


def verdict(shopper, code: str) -> tuple[str, list[str]]:
    answer = ok(shopper.post("/api/v1/verifications", json={"code": code}), 201)
    return answer["verdict"], [reason["code"] for reason in answer["reasons"]]


def test_the_operator_sees_its_own_batches_only(admin, operator, batch):
    own = ok(operator.get("/api/v1/batches"))
    assert batch["id"] in [b["id"] for b in own]
    assert {b["operator_id"] for b in own} == {operator.user["operator_id"]}
    assert ok(operator.get(f"/api/v1/batches/{batch['id']}"))["last"] == batch["last"]
    foreign = next(b for b in ok(admin.get("/api/v1/batches"))
                   if b["operator_id"] != operator.user["operator_id"])
    refused(operator.get(f"/api/v1/batches/{foreign['id']}"), 404, "not_found")
    refused(operator.get(f"/api/v1/batches/{foreign['id']}/codes"), 404, "not_found")
    refused(operator.post("/api/v1/batches", json={
        "operator_id": operator.user["operator_id"], "category": "cigarettes", "quantity": 10,
    }), 403, "forbidden")


def test_the_codes_of_a_batch_as_csv(operator, batch, printed, consumer):
    # On SQLite under gunicorn this answered 500 after 30 s ("database is locked"): the key
    # lookup opened a second write transaction while the request's held the lock.
    active = next(k["kid"] for k in ok(consumer.get("/api/v1/keys"))["keys"]
                  if k["status"] == "active")
    assert list(printed) == [serial(batch, n) for n in range(batch["quantity"])]
    for serial_text, qr_text in printed.items():
        assert f"/{serial_text}/{active}/" in qr_text


def test_the_codes_of_a_batch_as_a_printable_sheet(operator, batch):
    answer = operator.get(f"/api/v1/batches/{batch['id']}/codes", params={"format": "pdf"})
    assert answer.status_code == 200, answer.text[:500]
    assert answer.headers["Content-Type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(answer.content)).pages
    assert len(pages) == -(-batch["quantity"] // 24)  # 4 x 6 codes a page
    assert serial(batch, 0) in pages[0].extract_text()
    refused(operator.get(f"/api/v1/batches/{batch['id']}/codes", params={"format": "docx"}),
            422, "validation_failed")


def test_affixed_stamps_verify_genuine_and_a_second_activation_is_refused(
        operator, batch, printed, shopper):
    code = printed[serial(batch, 0)]
    assert verdict(shopper, code) == ("suspicious", ["not_activated"])
    factory = premises_id(operator, "Fabrika e duhanit Prizren")
    activation = ok(operator.post("/api/v1/activations", json={
        "series": batch["series"], "first": batch["first"], "last": batch["first"] + 59,
        "gtin": DARDANIA_BLUE, "premises_id": factory}), 201)
    assert activation["batch_id"] == batch["id"]
    assert verdict(shopper, code) == ("genuine", [])
    refused(operator.post("/api/v1/activations", json={
        "series": batch["series"], "first": batch["first"] + 50, "last": batch["first"] + 70,
        "gtin": DARDANIA_BLUE, "premises_id": factory}), 409, "conflict")
    refused(operator.post("/api/v1/activations", json={
        "series": batch["series"], "first": batch["first"] + 61, "last": batch["first"] + 60,
        "gtin": DARDANIA_BLUE}), 422, "validation_failed")


def test_custody_from_the_factory_to_another_companys_shop(operator, retailer, officer, batch):
    factory = premises_id(operator, "Fabrika e duhanit Prizren")
    shop = premises_id(operator, "Market Arbëria Qendra")
    cartons = {"series": batch["series"], "first": batch["first"], "last": batch["first"] + 39}
    shipped = ok(operator.post("/api/v1/custody/events", json={
        **cartons, "business_step": "shipping", "from_premises_id": factory,
        "to_premises_id": shop, "occurred_at": hours_ago(5)}), 201)
    # Stamps in transit to the shop: the shop's company may not ship them on yet.
    refused(retailer.post("/api/v1/custody/events", json={
        **cartons, "business_step": "shipping", "from_premises_id": shop,
        "to_premises_id": factory, "occurred_at": hours_ago(4)}), 409, "conflict")
    received = ok(retailer.post("/api/v1/custody/events", json={
        **cartons, "business_step": "receiving", "premises_id": shop,
        "occurred_at": hours_ago(3)}), 201)
    assert received["shipment_id"] == shipped["id"]
    chain = ok(operator.get("/api/v1/custody/events", params={"serial": serial(batch, 0)}))
    assert [event["business_step"] for event in chain][-2:] == ["shipping", "receiving"]
    stamp = ok(officer.get(f"/api/v1/stamps/{serial(batch, 0)}"))
    assert stamp["custodian"]["premises"]["id"] == shop
    assert stamp["product"]["gtin"] == DARDANIA_BLUE


def test_an_event_recorded_in_error_is_voided_and_stays_in_the_chain(retailer, batch):
    shop = premises_id(retailer, "Market Arbëria Qendra")
    kiosk = premises_id(retailer, "Kiosku Gjilan")
    mistaken = ok(retailer.post("/api/v1/custody/events", json={
        "series": batch["series"], "first": batch["first"], "last": batch["first"] + 9,
        "business_step": "shipping", "from_premises_id": shop, "to_premises_id": kiosk,
        "occurred_at": hours_ago(2)}), 201)
    voided = ok(retailer.post(f"/api/v1/custody/events/{mistaken['id']}/void",
                              json={"reason": "Entered for the wrong shelf."}), 201)
    assert voided["corrects_id"] == mistaken["id"]
    refused(retailer.post(f"/api/v1/custody/events/{mistaken['id']}/void",
                          json={"reason": "Again."}), 409, "conflict")
    chain = ok(retailer.get("/api/v1/custody/events", params={"serial": serial(batch, 0)}))
    assert mistaken["id"] in [event["id"] for event in chain]


def test_epcis_capture_records_every_event_or_none_and_exports_the_chain(operator, batch):
    factory = premises_id(operator, "Fabrika e duhanit Prizren")
    warehouse = premises_id(operator, "Magazina Ferizaj")
    stamps = f"urn:rks:banderola:range:{serial(batch, 40)}:{batch['first'] + 59:09d}"
    source, destination = (f"urn:rks:banderola:premises:{place}" for place in (factory, warehouse))
    ids = [f"urn:uuid:{uuid.uuid4()}" for _ in range(2)]
    document = {
        "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
        "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": hours_ago(0),
        "epcisBody": {"eventList": [
            {"type": "ObjectEvent", "eventID": ids[0], "eventTime": hours_ago(2),
             "eventTimeZoneOffset": "+01:00", "action": "OBSERVE",
             "bizStep": "urn:epcglobal:cbv:bizstep:shipping", "epcList": [stamps],
             "sourceList": [{"type": "location", "source": source}],
             "destinationList": [{"type": "location", "destination": destination}]},
            {"type": "ObjectEvent", "eventID": ids[1], "eventTime": hours_ago(1),
             "eventTimeZoneOffset": "+01:00", "action": "OBSERVE",
             "bizStep": "https://ref.gs1.org/cbv/BizStep-receiving", "epcList": [stamps],
             "bizLocation": {"id": destination}},
        ]},
    }
    captured = ok(operator.post("/api/v1/epcis/capture", data=json.dumps(document),
                                headers={"Content-Type": "application/ld+json"}), 201)
    assert captured["captured"] == 2
    # The same document again: every event is a duplicate, nothing is recorded twice.
    again = refused(operator.post("/api/v1/epcis/capture", json=document), 422,
                    "validation_failed")
    assert {event["reason"] for event in again["errors"]["events"]} == {"duplicate_event_id"}
    exported = ok(operator.get("/api/v1/epcis/events", params={
        "series": batch["series"], "first": batch["first"] + 40, "last": batch["first"] + 59}))
    listed = [event.get("eventID") for event in exported["epcisBody"]["eventList"]]
    assert listed.count(ids[0]) == 1 and listed.count(ids[1]) == 1


def test_outside_epcis_documents_are_refused_event_by_event(operator):
    for path in sorted(GS1_EXAMPLES.glob("*.jsonld")):
        answer = refused(operator.post("/api/v1/epcis/capture", data=path.read_bytes(),
                                       headers={"Content-Type": "application/ld+json"}),
                         422, "validation_failed")
        reasons = {event["reason"] for event in answer["errors"]["events"]}
        assert reasons <= {"not_our_stamp", "unsupported_event_type", "error_declaration"}, (
            path.name, reasons)
    refused(operator.post("/api/v1/epcis/capture", data="<EPCISDocument/>",
                          headers={"Content-Type": "application/xml"}),
            415, "unsupported_media_type")
    refused(operator.post("/api/v1/epcis/capture", json={"type": "Invoice"}), 400, "bad_request")


def test_a_revoked_range_verifies_invalid(operator, batch, printed, shopper):
    ok(operator.post("/api/v1/revocations", json={
        "series": batch["series"], "first": batch["first"] + 90, "last": batch["first"] + 99,
        "reason": "damaged", "note": "Water damage at the printer."}), 201)
    checked = verdict(shopper, printed[serial(batch, 95)])
    assert checked[0] == "invalid" and "revoked" in checked[1]
    refused(operator.post("/api/v1/revocations", json={
        "series": batch["series"], "first": batch["first"] + 95, "last": batch["first"] + 96,
        "reason": "damaged"}), 409, "conflict")
    refused(operator.post("/api/v1/revocations", json={
        "series": batch["series"], "first": batch["first"] + 80, "last": batch["first"] + 80,
        "reason": "eaten"}), 422, "validation_failed")


def test_a_batch_lost_in_transit_is_reported_and_its_stamps_turn_suspicious(
        admin, operator, shopper):
    lost = ok(admin.post("/api/v1/batches", json={
        "operator_id": operator.user["operator_id"], "category": "smoking_tobacco",
        "quantity": 10}), 201)
    code = next(csv.DictReader(io.StringIO(
        operator.get(f"/api/v1/batches/{lost['id']}/codes").text)))["qr_text"]
    reported = ok(operator.post(f"/api/v1/batches/{lost['id']}/missing",
                                json={"reason": "The van was stolen."}), 201)
    assert reported["missing_reported_at"]
    assert "batch_reported_missing" in verdict(shopper, code)[1]
    refused(operator.post(f"/api/v1/batches/{lost['id']}/missing",
                          json={"reason": "Again."}), 409, "conflict")


def test_a_replay_with_the_same_idempotency_key_creates_nothing_new(operator, batch):
    body = {"series": batch["series"], "first": batch["first"] + 60,
            "last": batch["first"] + 69, "business_step": "shipping",
            "from_premises_id": premises_id(operator, "Fabrika e duhanit Prizren"),
            "to_premises_id": premises_id(operator, "Magazina Ferizaj"),
            "occurred_at": hours_ago(1)}
    key = {"Idempotency-Key": f"acceptance-{uuid.uuid4()}"}
    query = {"series": batch["series"], "first": batch["first"] + 60,
             "last": batch["first"] + 69}
    before = len(ok(operator.get("/api/v1/custody/events", params=query)))
    first = ok(operator.post("/api/v1/custody/events", json=body, headers=key), 201)
    replay = ok(operator.post("/api/v1/custody/events", json=body, headers=key), 201)
    assert replay == first
    assert len(ok(operator.get("/api/v1/custody/events", params=query))) == before + 1
    refused(operator.post("/api/v1/custody/events", json={**body, "note": "changed"},
                          headers=key), 409, "conflict")


def test_the_operators_report_shows_the_scans_of_its_own_stamps(operator, retailer, batch,
                                                               printed, shopper):
    before = ok(operator.get("/api/v1/operators/me/report"))["totals"]["scans"]
    shop_before = ok(retailer.get("/api/v1/operators/me/report"))["totals"]
    assert verdict(shopper, printed[serial(batch, 1)])[0] == "genuine"
    report = ok(operator.get("/api/v1/operators/me/report", params={
        "from": (legal_today() - dt.timedelta(days=6)).isoformat(),
        "to": legal_today().isoformat()}))
    assert report["totals"]["scans"] == before + 1 and report["totals"]["genuine"] >= 1
    assert report["per_day"][-1]["date"] == legal_today().isoformat()
    assert any((row["product"] or {}).get("gtin") == DARDANIA_BLUE
               for row in report["per_product"])
    # The shop's company sees none of the producer's scans.
    assert ok(retailer.get("/api/v1/operators/me/report"))["totals"] == shop_before
    sheet = operator.get("/api/v1/operators/me/report", params={"format": "csv"})
    assert sheet.status_code == 200 and sheet.text.startswith("section,")
    refused(operator.get("/api/v1/operators/me/report", params={
        "from": "2024-01-01", "to": "2025-06-30"}), 422, "validation_failed")
