"""The operators' portal end to end (issue 20): a wine and spirits importer registers, the
Customs approve it with limits, its administrator enrols TOTP at first sign-in, an order over
the limit is refused and one within it approved, the codes are downloaded, affixed and shipped,
and a consumer's scan finds the stamp genuine; an Art. 241 order caps the next orders and its
appeal is recorded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import uuid

import pyotp
import pytest

from tests.acceptance.http import legal_today, ok, refused

PASSWORD = "vreshtat e rahovecit 2026"


def gtin13() -> str:
    body = f"389{random.randrange(10**9):09d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


@pytest.fixture(scope="module")
def applicant(clients):
    return clients.anonymous("applicant")


@pytest.fixture(scope="module")
def application() -> dict:
    n = random.randrange(10**6)
    return {
        "company_name": f"Rahoveci Import {n} SH.P.K.",
        "nui": f"81{n:07d}",
        "licence_number": f"AKC-I-{n}",
        "licence_kinds": ["importer"],
        "categories": ["spirits", "wine"],
        "licence_valid_from": (legal_today() - dt.timedelta(days=10)).isoformat(),
        "licence_valid_to": (legal_today() + dt.timedelta(days=720)).isoformat(),
        "premises": [{"name": "Depoja Rahovec", "kind": "warehouse",
                      "address": "Rruga e Vreshtave 12", "municipality": "rahovec",
                      "lat": 42.399, "lon": 20.654}],
        "contact": {"name": "Arta Krasniqi", "phone": "+383 44 123 456",
                    "email": f"kontakt{n}@rahoveci.example"},
        "admin": {"email": f"admin{n}@rahoveci.example", "password": PASSWORD},
        "language": "sq",
    }


@pytest.fixture(scope="module")
def approved(admin, applicant, application) -> dict:
    """Registered (an idempotent retry registers once) and approved with limits."""
    key = {"Idempotency-Key": str(uuid.uuid4())}
    created = ok(applicant.post("/api/v1/registrations", json=application, headers=key), 201)
    assert created["status"] == "pending"
    again = ok(applicant.post("/api/v1/registrations", json=application, headers=key), 201)
    assert again == created
    refused(applicant.post("/api/v1/registrations", json=application), 409, "conflict")
    pending = ok(admin.get("/api/v1/registrations", params={"status": "pending"}))
    assert created["id"] in [registration["id"] for registration in pending]
    decided = ok(admin.post(f"/api/v1/registrations/{created['id']}/decision", json={
        "outcome": "approved",
        "limits": [{"category": "spirits", "period": "month", "maximum": 1_000},
                   {"category": "wine", "period": "year", "maximum": 20_000}]}))
    assert decided["status"] == "approved" and decided["admin_user_id"]
    refused(admin.post(f"/api/v1/registrations/{created['id']}/decision",
                       json={"outcome": "rejected", "reasons": "Twice."}), 409, "conflict")
    return decided


@pytest.fixture(scope="module")
def importer(applicant, application, approved):
    """The new company's administrator, signed in after enrolling TOTP."""
    first = applicant.log_in(application["admin"]["email"], PASSWORD)
    assert first["scope"] == "mfa_enrolment"
    refused(applicant.get("/api/v1/orders/limits"), 403, "mfa_required")
    secret = ok(applicant.post("/api/v1/auth/mfa/enrol"), 201)["secret"]
    ok(applicant.post("/api/v1/auth/mfa/confirm", json={"otp": pyotp.TOTP(secret).now()}), 201)
    return applicant


def test_bad_registrations_are_refused(clients, application):
    stranger = clients.anonymous("stranger-applicant")
    refused(stranger.post("/api/v1/registrations", json=application | {"nui": "12345"}),
            422, "validation_failed")
    refused(stranger.post("/api/v1/registrations",
                          json=application | {"nui": "812345678", "licence_kinds": ["retailer"]}),
            422, "validation_failed")


def test_from_registration_to_a_consumers_scan(admin, importer, approved, consumer, retailer):
    spirits = next(limit for limit in ok(importer.get("/api/v1/orders/limits"))["limits"]
                   if limit["category"] == "spirits")
    assert (spirits["period"], spirits["maximum"], spirits["available"]) == ("month", 1_000,
                                                                             1_000)
    over = refused(importer.post("/api/v1/orders", json={"category": "spirits",
                                                         "quantity": 1_001}),
                   409, "limit_exceeded")
    assert (over["limit"], over["available"]) == (1_000, 1_000)
    refused(importer.post("/api/v1/orders", json={"category": "spirits", "quantity": 0}),
            422, "validation_failed")
    warehouse = next(p["id"] for p in ok(importer.get(
        "/api/v1/premises", params={"operator_id": approved["operator_id"]})))
    placed = ok(importer.post("/api/v1/orders", headers={"Idempotency-Key": str(uuid.uuid4())},
                              json={"category": "spirits", "quantity": 60,
                                    "premises_id": warehouse}), 201)
    assert placed["status"] == "pending"
    assert placed["id"] in [o["id"] for o in ok(importer.get("/api/v1/orders"))]
    decided = ok(admin.post(f"/api/v1/orders/{placed['id']}/decision",
                            json={"outcome": "approved"}))
    batch = decided["batch"]
    refused(admin.post(f"/api/v1/orders/{placed['id']}/decision",
                       json={"outcome": "approved"}), 409, "conflict")
    seen = ok(importer.get(f"/api/v1/orders/{placed['id']}"))
    assert [event["status"] for event in seen["history"]] == ["pending", "approved"]

    codes = importer.get(f"/api/v1/batches/{batch['id']}/codes")
    assert codes.status_code == 200, codes.text[:500]
    printed = {row["serial"]: row["qr_text"] for row in csv.DictReader(io.StringIO(codes.text))}
    assert len(printed) == 60

    gtin = gtin13()
    ok(admin.post("/api/v1/products", json={
        "gtin": gtin, "brand": "Rahoveci", "name": "Raki rrushi 0.7 l", "category": "spirits",
        "volume_ml": 700, "abv": "40.0", "operator_id": approved["operator_id"]}), 201)
    ok(importer.post("/api/v1/activations", json={
        "series": batch["series"], "first": batch["first"], "last": batch["last"],
        "gtin": gtin, "premises_id": warehouse}), 201)
    shop = next(p["id"] for p in ok(retailer.get("/api/v1/premises"))
                if p["name"] == "Market Arbëria Qendra")
    ok(importer.post("/api/v1/custody/events", json={
        "series": batch["series"], "first": batch["first"], "last": batch["last"],
        "business_step": "shipping", "from_premises_id": warehouse, "to_premises_id": shop,
        "occurred_at": (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).isoformat()}), 201)
    first_serial = f"{batch['series']}-{batch['first']:09d}"
    scanned = ok(consumer.post("/api/v1/verifications", json={"code": printed[first_serial]}),
                 201)
    assert scanned["verdict"] == "genuine", scanned

    rejected = ok(importer.post("/api/v1/orders", json={"category": "wine", "quantity": 500}),
                  201)
    ok(admin.post(f"/api/v1/orders/{rejected['id']}/decision",
                  json={"outcome": "rejected", "reasons": "The excise guarantee has lapsed."}))


def test_an_art241_order_caps_the_next_orders_and_its_appeal_is_recorded(admin, importer,
                                                                         approved):
    today = legal_today().isoformat()
    made = ok(admin.post(f"/api/v1/operators/{approved['operator_id']}/avoidance-orders", json={
        "categories": ["wine"], "from": today,
        "notification": {"method": "electronic", "sent_on": today,
                         "address": "admin@rahoveci.example"},
        "reasons": "Imports ahead of the announced excise increase."}), 201)
    assert made["caps"] == {"wine": 0}  # no wine approved in the 9 months before
    wine = next(limit for limit in ok(importer.get("/api/v1/orders/limits"))["limits"]
                if limit["category"] == "wine")
    assert wine["art241_order"]["id"] == made["id"] and wine["available"] == 0
    refused(importer.post("/api/v1/orders", json={"category": "wine", "quantity": 1}),
            409, "limit_exceeded")
    appeal = ok(admin.post(
        f"/api/v1/operators/{approved['operator_id']}/avoidance-orders/{made['id']}/appeals",
        json={"lodged_on": today, "grounds": "No imports were made ahead of any increase."}),
        201)
    assert appeal["avoidance_order_id"] == made["id"]
