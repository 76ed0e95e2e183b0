"""A customs administrator (demo `admin`, TOTP): keeps the registry of operators, premises and
products, issues batches, and manages staff accounts, whose first sign-in enrols TOTP."""

from __future__ import annotations

import uuid

import pyotp
import pytest

from tests.acceptance.http import ok, refused


@pytest.fixture(scope="module")
def company(admin) -> dict:
    """A newly licensed importer with a warehouse and a product."""
    nui = f"81{uuid.uuid4().int % 10**7:07d}"
    operator = ok(admin.post("/api/v1/operators", json={
        "name": "Acceptance Trade SH.P.K.", "nui": nui, "licence_number": f"AKC-T-{nui}",
        "licence_kinds": ["importer", "distributor"], "licence_valid_from": "2026-01-01",
        "licence_valid_until": "2028-12-31"}), 201)
    premises = ok(admin.post("/api/v1/premises", json={
        "operator_id": operator["id"], "name": "Depo Prizren", "kind": "warehouse",
        "address": "Rruga e Arbërisë 40, Prizren", "municipality": "prizren",
        "lat": 42.2171, "lon": 20.7436}), 201)
    product = ok(admin.post("/api/v1/products", json={
        "gtin": "3830000000062", "brand": "Acceptance", "name": "Acceptance Gold 20",
        "category": "cigarettes", "stick_count": 20, "operator_id": operator["id"]}), 201)
    return {"operator": operator, "premises": premises, "product": product}


def test_the_registry_lists_what_the_admin_registered(admin, officer, company):
    assert company["operator"]["id"] in [o["id"] for o in ok(officer.get("/api/v1/operators"))]
    listed = ok(officer.get("/api/v1/premises",
                            params={"operator_id": company["operator"]["id"]}))
    assert [p["name"] for p in listed] == ["Depo Prizren"]
    assert company["product"]["gtin"] in [p["gtin"] for p in ok(officer.get("/api/v1/products"))]
    nearest = ok(officer.get("/api/v1/premises", params={"near": "42.2171,20.7436", "limit": 3}))
    assert nearest[0]["id"] == company["premises"]["id"]
    assert [p["distance_km"] for p in nearest] == sorted(p["distance_km"] for p in nearest)


def test_the_registry_refuses_duplicates_and_bad_identifiers(admin, officer, company):
    refused(admin.post("/api/v1/operators", json={
        **{k: company["operator"][k] for k in ("name", "nui", "licence_kinds",
                                               "licence_valid_from", "licence_valid_until")},
        "licence_number": "AKC-OTHER"}), 409, "conflict")
    refused(admin.post("/api/v1/products", json={
        "gtin": "3830000000063", "brand": "Bad", "name": "Bad check digit",
        "category": "cigarettes"}), 422, "validation_failed")
    refused(admin.post("/api/v1/premises", json={
        "operator_id": company["operator"]["id"], "name": "Nowhere", "kind": "castle",
        "address": "-", "municipality": "prizren"}), 422, "validation_failed")
    refused(admin.get("/api/v1/premises", params={"near": "north"}), 422, "validation_failed")
    refused(officer.post("/api/v1/products", json={
        "gtin": "3830000000079", "brand": "X", "name": "Y", "category": "wine"}),
        403, "forbidden")


def test_the_admin_issues_a_batch(admin, company):
    batch = ok(admin.post("/api/v1/batches", json={
        "operator_id": company["operator"]["id"], "category": "cigarettes", "quantity": 500,
        "fiscal": {"excise_paid_eur": "825.00", "sale_not_before": "2026-01-01"}}), 201)
    assert batch["last"] - batch["first"] + 1 == 500
    listed = ok(admin.get("/api/v1/batches", params={"operator_id": company["operator"]["id"]}))
    assert [b["id"] for b in listed] == [batch["id"]]
    assert ok(admin.get(f"/api/v1/batches/{batch['id']}"))["series"] == batch["series"]
    codes = admin.get(f"/api/v1/batches/{batch['id']}/codes")
    assert codes.status_code == 200 and len(codes.text.splitlines()) == 501
    refused(admin.post("/api/v1/batches", json={
        "operator_id": company["operator"]["id"], "category": "cigarettes", "quantity": 0}),
        422, "validation_failed")
    refused(admin.post("/api/v1/batches", json={
        "operator_id": 999_999, "category": "cigarettes", "quantity": 10}), 422,
        "validation_failed")


def _gtin() -> str:
    body = f"38390{uuid.uuid4().int % 10**7:07d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def test_the_admin_corrects_the_registry_but_not_what_stamps_rest_on(admin, officer, company):
    operator_id = company["operator"]["id"]
    renamed = ok(admin.patch(f"/api/v1/operators/{operator_id}", json={
        "name": "Acceptance Trade Renamed SH.P.K.", "licence_valid_until": "2029-12-31"}))
    assert renamed == next(o for o in ok(officer.get("/api/v1/operators"))
                           if o["id"] == operator_id)
    batch = ok(admin.post("/api/v1/batches", json={
        "operator_id": operator_id, "category": "cigarettes", "quantity": 10,
        "fiscal": {"excise_paid_eur": "16.50", "sale_not_before": "2026-01-01"}}), 201)
    # Stamps were issued under its tax number: that stays.
    body = refused(admin.patch(f"/api/v1/operators/{operator_id}", json={"nui": "819999999"},
                               headers={"Accept-Language": "sq"}), 409, "conflict")
    assert body["errors"] == {"nui": ["fixed"]}
    refused(admin.patch(f"/api/v1/operators/{operator_id}", json={
        "licence_valid_until": "2025-12-31"}), 422, "validation_failed")

    premises_id = company["premises"]["id"]
    moved = ok(admin.patch(f"/api/v1/premises/{premises_id}", json={
        "address": "Rruga e Arbërisë 42, Prizren", "municipality": "Prizren"},
        headers={"Accept-Language": "sr"}))
    assert (moved["address"], moved["municipality"], moved["municipality_name"]) == (
        "Rruga e Arbërisë 42, Prizren", "prizren", "Prizren")
    refused(admin.patch(f"/api/v1/premises/{premises_id}", json={"operator_id": 999_999_999}),
            422, "validation_failed")
    refused(admin.patch("/api/v1/premises/999999999", json={"name": "Nowhere"}), 404,
            "not_found")

    product = ok(admin.post("/api/v1/products", json={
        "gtin": _gtin(), "brand": "Acceptance", "name": "Acceptance Blue 20",
        "category": "cigarettes", "stick_count": 20, "operator_id": operator_id}), 201)
    corrected = ok(admin.patch(f"/api/v1/products/{product['id']}", json={
        "name": "Acceptance Blue 20s"}))
    assert corrected == next(p for p in ok(officer.get("/api/v1/products"))
                             if p["id"] == product["id"])
    refused(admin.patch(f"/api/v1/products/{product['id']}", json={}), 422, "validation_failed")
    refused(admin.patch(f"/api/v1/products/{product['id']}", json={
        "gtin": company["product"]["gtin"]}), 409, "conflict")
    ok(admin.post("/api/v1/activations", json={
        "series": batch["series"], "first": batch["first"], "last": batch["last"],
        "product_id": product["id"]}), 201)
    body = refused(admin.patch(f"/api/v1/products/{product['id']}", json={
        "category": "cigars_cigarillos"}, headers={"Accept-Language": "sr"}), 409, "conflict")
    assert body["errors"] == {"category": ["fixed"]} and "markice" in body["message"]
    refused(officer.patch(f"/api/v1/products/{product['id']}", json={"name": "Mine"}), 403,
            "forbidden")


def test_a_new_officer_enrols_totp_at_the_first_sign_in(clients, admin):
    email = f"officer-{uuid.uuid4().hex[:8]}@dogana.example"
    created = ok(admin.post("/api/v1/users", json={
        "email": email, "password": "officer-password-2026", "roles": ["officer"],
        "full_name": "Drita Officer"}), 201)
    assert created["mfa_required"] is True
    newcomer = clients.anonymous("new-officer-phone")
    first = newcomer.log_in(email, "officer-password-2026")
    assert first["scope"] == "mfa_enrolment"
    refused(newcomer.get("/api/v1/operators"), 403, "mfa_required")
    enrolment = ok(newcomer.post("/api/v1/auth/mfa/enrol"), 201)
    assert enrolment["otpauth_uri"].startswith("otpauth://totp/")
    refused(newcomer.post("/api/v1/auth/mfa/confirm", json={"otp": "12345"}), 422,
            "validation_failed")
    confirmed = ok(newcomer.post("/api/v1/auth/mfa/confirm", json={
        "otp": pyotp.TOTP(enrolment["secret"]).now()}), 201)
    assert len(confirmed["recovery_codes"]) == 10
    assert ok(newcomer.get("/api/v1/operators"))
    # From now on the password alone is not enough; a recovery code stands in for the app.
    newcomer.forget_token()
    refused(newcomer.post("/api/v1/auth/login", json={
        "email": email, "password": "officer-password-2026"}), 401, "unauthorized")
    again = ok(newcomer.post("/api/v1/auth/login", json={
        "email": email, "password": "officer-password-2026",
        "otp": confirmed["recovery_codes"][0]}))
    assert again["scope"] == "full"


def test_the_admin_manages_staff_accounts(clients, admin, demo):
    email = f"supervisor-{uuid.uuid4().hex[:8]}@dogana.example"
    created = ok(admin.post("/api/v1/users", json={
        "email": email, "password": "supervisor-password-2026", "roles": ["supervisor"]}), 201)
    page = ok(admin.get("/api/v1/users", params={"limit": 2, "offset": 0}))
    assert len(page) == 2
    renamed = ok(admin.patch(f"/api/v1/users/{created['id']}", json={
        "full_name": "Besa Supervisor", "roles": ["supervisor", "officer"]}))
    assert sorted(renamed["roles"]) == ["officer", "supervisor"]
    assert ok(admin.get(f"/api/v1/users/{created['id']}"))["full_name"] == "Besa Supervisor"
    assert ok(admin.patch(f"/api/v1/users/{created['id']}", json={"reset_mfa": True}))[
        "mfa_enabled"] is False
    assert ok(admin.patch(f"/api/v1/users/{created['id']}", json={"active": False}))[
        "active"] is False
    refused(clients.anonymous("disabled-supervisor").post("/api/v1/auth/login", json={
        "email": email, "password": "supervisor-password-2026"}), 401, "unauthorized")
    refused(admin.patch(f"/api/v1/users/{created['id']}", json={"roles": ["pope"]}),
            422, "validation_failed")
    refused(admin.get("/api/v1/users/999999"), 404, "not_found")


def test_a_support_request_is_answered_by_an_admin(admin, operator, officer):
    asked = ok(operator.post("/api/v1/support-requests", json={
        "subject": "Printer", "body": "The PDF sheet of batch 12 prints blank."},
        headers={"Accept-Language": "sq"}), 201)
    assert (asked["status"], asked["language"]) == ("open", "sq")
    assert asked["id"] in [r["id"] for r in ok(operator.get("/api/v1/support-requests"))]
    refused(officer.get(f"/api/v1/support-requests/{asked['id']}"), 404, "not_found")
    refused(operator.patch(f"/api/v1/support-requests/{asked['id']}",
                           json={"status": "closed"}), 403, "forbidden")
    waiting = ok(admin.get("/api/v1/support-requests", params={"status": "open"}))
    assert asked["id"] in [r["id"] for r in waiting]
    assert ok(admin.get(f"/api/v1/support-requests/{asked['id']}"))["user"]["email"] \
        == operator.user["email"]
    ok(admin.patch(f"/api/v1/support-requests/{asked['id']}", json={"status": "in_progress"}))
    refused(admin.patch(f"/api/v1/support-requests/{asked['id']}", json={"status": "lost"}),
            422, "validation_failed")
    closed = ok(admin.patch(f"/api/v1/support-requests/{asked['id']}", json={"status": "closed"}))
    assert closed["status"] == "closed"
    assert ok(operator.get(f"/api/v1/support-requests/{asked['id']}"))["status"] == "closed"


def test_the_guides_are_served_in_three_languages(admin, operator, consumer):
    listed = ok(admin.get("/api/v1/manuals", params={"lang": "sq"}))
    assert {entry["role"] for entry in listed} == {"consumer", "officer", "supervisor",
                                                   "operator", "admin"}
    guide = ok(admin.get("/api/v1/manuals/admin", params={"lang": "sr"}))
    assert guide["html"].startswith("<h1>") and guide["lang"] == "sr"
    assert ok(operator.get("/api/v1/manuals/operator",
                           headers={"Accept-Language": "sq"}))["lang"] == "sq"
    assert ok(consumer.get("/api/v1/manuals/consumer"))["role"] == "consumer"
    refused(consumer.get("/api/v1/manuals/officer"), 401, "unauthorized")
