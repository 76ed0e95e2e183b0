"""A customs officer's day (demo `officer`, TOTP from accounts.json): signs in, inspects a shop
and scans its stamps, reads a stamp's chain and history, opens a detention case with an
evidence photo and prints its documents in Albanian, Serbian and English."""

from __future__ import annotations

import datetime as dt
import io

import pyotp
import pytest
from PIL import Image
from pypdf import PdfReader

from tests.acceptance.http import legal_today, ok, refused
from tests.imaging.images import encode

SHOP = "Market Arbëria Qendra"
# What a reader sees at the top of each document, in each language.
TITLES = {
    "seizure-record": {"sq": "Procesverbal", "sr": "Zapisnik", "en": "Record of detention"},
    "receipt": {"sq": "Vërtetim", "sr": "Potvrda", "en": "Receipt"},
}


def premises(client, name: str) -> dict:
    return next(p for p in ok(client.get("/api/v1/premises")) if p["name"] == name)


def pdf_text(answer) -> str:
    assert answer.status_code == 200, answer.text[:500]
    assert answer.headers["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(answer.content)).pages)


@pytest.fixture(scope="module")
def inspection(officer) -> dict:
    return ok(officer.post("/api/v1/inspections",
                           json={"premises_id": premises(officer, SHOP)["id"]}), 201)


def test_sign_in_takes_the_password_and_a_current_code(clients, officer, demo):
    me = ok(officer.get("/api/v1/auth/me"))
    assert me["roles"] == ["officer"] and me["mfa_enabled"] is True
    account = demo["accounts"]["officer"]
    totp, now = pyotp.TOTP(account["totp_secret"]), dt.datetime.now(dt.UTC)
    accepted = {totp.at(now + dt.timedelta(seconds=drift)) for drift in (-30, 0, 30)}
    wrong = next(code for code in ("000000", "111111", "222222", "333333")
                 if code not in accepted)
    someone = clients.anonymous("officer-second-device")
    for otp in (None, wrong):
        body = {"email": account["email"], "password": account["password"]}
        refused(someone.post("/api/v1/auth/login", json=body | ({"otp": otp} if otp else {})),
                401, "unauthorized")


def test_premises_name_their_municipality_in_the_officers_language(officer):
    shops = ok(officer.get("/api/v1/premises", headers={"Accept-Language": "sr"}))
    shop = next(p for p in shops if p["name"] == SHOP)
    assert (shop["municipality"], shop["municipality_name"]) == ("prishtine", "Priština")


def test_an_inspection_scans_the_shelf_and_records_findings(officer, inspection, demo):
    shop = premises(officer, SHOP)
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    forged = next(code for code in demo["codes"] if code.get("reason") == "signature_invalid")
    scanned = ok(officer.post(f"/api/v1/inspections/{inspection['id']}/scans", json={
        "code": genuine["text"], "lat": shop["lat"], "lon": shop["lon"], "accuracy_m": 15}), 201)
    assert scanned["verdict"] == "genuine"
    assert ok(officer.post(f"/api/v1/inspections/{inspection['id']}/scans",
                           json={"code": forged["text"]}), 201)["verdict"] == "invalid"
    ok(officer.post(f"/api/v1/inspections/{inspection['id']}/findings", json={
        "kind": "unmarked_products", "description": "20 cartons of cigarettes without stamps",
        "article": "Art. 300(1)", "quantity": 20}), 201)
    refused(officer.post(f"/api/v1/inspections/{inspection['id']}/findings", json={
        "kind": "rumour", "description": "?"}), 422, "validation_failed")
    seen = ok(officer.get(f"/api/v1/inspections/{inspection['id']}"))
    assert seen["tally"] == {"genuine": 1, "suspicious": 0, "invalid": 1}
    assert [finding["kind"] for finding in seen["findings"]] == ["unmarked_products"]
    listed = ok(officer.get("/api/v1/inspections", params={"status": "open"}))["inspections"]
    assert inspection["id"] in [item["id"] for item in listed]


def test_an_inspection_at_a_place_without_premises(officer):
    roadside = ok(officer.post("/api/v1/inspections", json={"place": {
        "description": "Road check, M-9 near Fushë Kosovë", "lat": 42.64, "lon": 21.09}}), 201)
    assert roadside["premises_id"] is None and roadside["place"]["lat"] == 42.64
    refused(officer.post("/api/v1/inspections", json={"place": {
        "description": "Nowhere", "lat": 95, "lon": 0}}), 422, "validation_failed")


def test_a_stamps_chain_and_scan_history_page_by_page(officer, clients, demo):
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    passer_by = clients.anonymous("passer-by")
    for _ in range(2):
        ok(passer_by.post("/api/v1/verifications", json={"code": genuine["text"]}), 201)
    stamp = ok(officer.get(f"/api/v1/stamps/{genuine['serial']}"))
    assert stamp["custodian"]["premises"]["name"] == SHOP
    assert [step["business_step"] for step in stamp["custody"]][:2] == [
        "commissioning", "activating"]
    assert stamp["scans_total"] >= 2
    newest = stamp["scans"][0]["id"]
    older = ok(officer.get(f"/api/v1/stamps/{genuine['serial']}/scans",
                           params={"before": newest, "limit": 1}))
    assert len(older["scans"]) == 1 and older["scans"][0]["id"] < newest
    refused(officer.get("/api/v1/stamps/not-a-serial"), 422, "validation_failed")
    refused(clients.anonymous("curious").get(f"/api/v1/stamps/{genuine['serial']}"), 401,
            "unauthorized")


def test_a_closed_inspection_takes_no_more_scans(officer, demo):
    closing = ok(officer.post("/api/v1/inspections",
                              json={"premises_id": premises(officer, SHOP)["id"]}), 201)
    assert ok(officer.post(f"/api/v1/inspections/{closing['id']}/close"))["status"] == "closed"
    refused(officer.post(f"/api/v1/inspections/{closing['id']}/scans",
                         json={"code": demo["codes"][0]["text"]}), 409, "conflict")


@pytest.fixture(scope="module")
def case(officer, inspection) -> dict:
    shop = premises(officer, SHOP)
    return ok(officer.post("/api/v1/cases", json={
        "detained_on": (legal_today() - dt.timedelta(days=1)).isoformat(),
        "premises_id": shop["id"], "inspection_id": inspection["id"],
        "place": {"description": shop["address"], "municipality": shop["municipality"],
                  "lat": shop["lat"], "lon": shop["lon"]},
        "owner": {"kind": "legal", "name": "Market Arbëria SH.P.K.", "address": shop["address"]},
        "items": [{"kind": "goods", "description": "Cigarettes without excise stamps",
                   "quantity": 20, "unit": "carton", "value_eur": 700,
                   "category": "cigarettes", "unmarked": True}],
        "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
    }), 201)


def test_a_case_is_opened_with_its_deadlines(officer, case):
    assert case["number"] and case["status"] == "detained"
    assert {"detention_ends_on", "latest_extension_to"} <= case["deadlines"].keys()
    assert ok(officer.get(f"/api/v1/cases/{case['id']}"))["number"] == case["number"]
    found = ok(officer.get("/api/v1/cases", params={"number": case["number"]}))["cases"]
    assert [item["id"] for item in found] == [case["id"]]
    tomorrow = (legal_today() + dt.timedelta(days=1)).isoformat()
    refused(officer.post("/api/v1/cases", json={
        "detained_on": tomorrow, "place": {"description": "Shop"},
        "owner": {"kind": "natural", "name": "A. B."}, "legal_basis": ["Art. 251(1)"],
        "items": [{"kind": "goods", "description": "x", "quantity": 1, "unit": "piece",
                   "value_eur": 1}]}), 422, "validation_failed")


def test_an_evidence_photo_is_kept_and_shared_without_its_metadata(officer, case):
    exif = Image.Exif()
    exif[0x010F] = "AcmePhone"  # Make
    exif[0x0132] = "2026:12:01 10:00:00"  # DateTime
    photo = encode(Image.new("RGB", (1200, 900), "#7a5c3e"), "JPEG", quality=90, exif=exif)
    added = ok(officer.post(f"/api/v1/cases/{case['id']}/photos",
                            files={"photo": ("shelf.jpg", photo, "image/jpeg")}), 201)
    shared = officer.get(f"/api/v1/cases/{case['id']}/photos/{added['id']}")
    assert shared.status_code == 200 and shared.headers["Content-Type"] == "image/jpeg"
    assert not Image.open(io.BytesIO(shared.content)).getexif()
    thumbnail = officer.get(f"/api/v1/cases/{case['id']}/photos/{added['id']}/thumbnail")
    assert thumbnail.status_code == 200
    assert max(Image.open(io.BytesIO(thumbnail.content)).size) < 1200
    refused(officer.post(f"/api/v1/cases/{case['id']}/photos", files={
        "photo": ("shelf.jpg", b"%PDF-1.4 not a photo", "image/jpeg")}),
        415, "unsupported_media_type")


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
@pytest.mark.parametrize("name", sorted(TITLES))
def test_the_case_documents_print_in_each_language(officer, case, name, lang):
    text = pdf_text(officer.get(f"/api/v1/cases/{case['id']}/documents/{name}.pdf",
                                params={"lang": lang}))
    assert case["number"] in text
    assert TITLES[name][lang] in text


def test_a_document_the_case_does_not_have_yet_is_refused(officer, case):
    refused(officer.get(f"/api/v1/cases/{case['id']}/documents/seizure-notice.pdf"),
            409, "conflict")
    refused(officer.get(f"/api/v1/cases/{case['id']}/documents/receipt.pdf",
                        params={"lang": "de"}), 422, "validation_failed")


def test_an_officer_does_not_decide(officer, operator, case):
    refused(officer.post(f"/api/v1/cases/{case['id']}/decisions", json={
        "outcome": "seize", "reasons": "No stamps."}), 403, "forbidden")
    refused(operator.get(f"/api/v1/cases/{case['id']}"), 403, "forbidden")


def test_the_days_targets_rank_premises_with_reasons_and_a_route(officer, operator):
    answer = ok(officer.get("/api/v1/inspections/targets",
                            params={"municipality": "prishtine", "lat": 42.66, "lon": 21.16,
                                    "limit": 5}, headers={"Accept-Language": "sq"}))
    assert 0 < len(answer["targets"]) <= 5
    scores = [target["score"] for target in answer["targets"]]
    assert scores == sorted(scores, reverse=True)
    assert all(reason["message"] for t in answer["targets"] for reason in t["reasons"])
    assert answer["route"] and answer["total_km"] == answer["route"][-1]["cumulative_km"]
    refused(officer.get("/api/v1/inspections/targets", params={"lat": 48.85, "lon": 2.35}),
            422, "validation_failed")
    refused(operator.get("/api/v1/inspections/targets"), 403, "forbidden")
