"""A consumer, anonymous, on a phone: verifies stamps (every demo code gets the verdict
codes.json promises), photographs a code, reports a suspicious product, checks what a traveller
may bring in; and what a careless or hostile client sends is refused with a stable error."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from tests.acceptance.http import ok, refused
from tests.imaging.images import encode, photo_like, qr_image

PHOTOS = Path(__file__).resolve().parents[1] / "data" / "stamp-photos"


def jpeg(image: Image.Image, **options) -> bytes:
    return encode(image, "JPEG", quality=85, **options)


def photo_of(text: str) -> bytes:
    """A phone's photo of a printed code, held a little askew."""
    return jpeg(photo_like(qr_image(text, module_px=5), angle_deg=12, blur_px=0.8,
                           noise_sigma=8))


def test_every_demo_code_gets_the_verdict_codes_json_promises(consumer, demo):
    wrong = []
    for entry in demo["codes"]:
        answer = ok(consumer.post("/api/v1/verifications", json={"code": entry["text"]}), 201)
        reasons = [reason["code"] for reason in answer["reasons"]]
        if answer["verdict"] != entry["expect"] or (
            entry.get("reason") and entry["reason"] not in reasons
        ):
            wrong.append((entry["serial"], entry["expect"], entry.get("reason"),
                          answer["verdict"], reasons))
        assert isinstance(answer["scan_id"], int)
    assert not wrong, wrong


def test_a_genuine_code_names_its_product_and_a_forged_one_names_nothing(consumer, demo):
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    answer = ok(consumer.post("/api/v1/verifications", json={
        "code": genuine["text"], "lat": 42.6629, "lon": 21.1655, "accuracy_m": 20}), 201)
    assert answer["stamp"]["serial"] == genuine["serial"]
    assert answer["stamp"]["product"]["gtin"]
    forged = next(code for code in demo["codes"] if code.get("reason") == "signature_invalid")
    answer = ok(consumer.post("/api/v1/verifications", json={"code": forged["text"]}), 201)
    assert answer["verdict"] == "invalid" and answer["stamp"] is None


def test_malformed_codes_are_invalid_or_refused_never_a_server_error(consumer):
    for text in ("hello", "CG26-00000000X", "https://e-banderola.example/v/CG26-1/k1/%%%",
                 "\u202e\u0000CG26-000000001", "<script>alert(1)</script>"):
        answer = ok(consumer.post("/api/v1/verifications", json={"code": text}), 201)
        assert answer["verdict"] == "invalid" and answer["stamp"] is None, text
        assert answer["reasons"], text
    for body in ({"code": ""}, {"code": "x" * 513}, {"code": None}, {"code": 7}, {},
                 {"code": "CG26-000000001", "lat": 91, "lon": 0}):
        refused(consumer.post("/api/v1/verifications", json=body), 422, "validation_failed")
    refused(consumer.post("/api/v1/verifications", data="{not json",
                          headers={"Content-Type": "application/json"}), 400, "bad_request")


def test_a_photo_of_a_code_is_decoded_then_verified(consumer, demo):
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    found = ok(consumer.post("/api/v1/decode", files={
        "image": ("photo.jpg", photo_of(genuine["text"]), "image/jpeg")}))["codes"]
    assert found == [{"text": genuine["text"], "format": "qr_code"}]
    answer = ok(consumer.post("/api/v1/verifications", json={"code": found[0]["text"]}), 201)
    assert answer["verdict"] == "genuine"


def test_a_camera_frame_comes_back_with_its_verdict_and_a_retry_counts_once(consumer, demo):
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    frame = photo_of(genuine["text"])
    answers = [ok(consumer.post(
        "/api/v1/decode",
        files={"image": ("frame.jpg", frame, "image/jpeg")},
        data={"verify": "true", "lat": "42.66", "lon": "21.16", "accuracy_m": "1000"},
        headers={"Idempotency-Key": "first-visit-frame-1"})) for _ in range(2)]
    assert answers[0]["codes"] == [{"text": genuine["text"], "format": "qr_code"}]
    assert answers[0]["verification"]["verdict"] == "genuine"
    # The retry (a new multipart boundary) is the same request: the same scan, not a second one.
    assert answers[1] == answers[0]


def test_an_outside_phone_photo_is_decoded(consumer):
    item = json.loads((PHOTOS / "labels.json").read_text(encoding="utf-8"))["items"][0]
    found = ok(consumer.post("/api/v1/decode", files={
        "image": (item["file"], (PHOTOS / item["file"]).read_bytes(), "image/jpeg")}))["codes"]
    assert item["text"] in [code["text"] for code in found]


def test_a_photo_without_a_code_gives_an_empty_list(consumer):
    blank = jpeg(Image.new("RGB", (640, 480), "#d9d2c5"))
    assert ok(consumer.post("/api/v1/decode", files={
        "image": ("wall.jpg", blank, "image/jpeg")})) == {"codes": []}


def test_what_is_not_an_image_is_refused(consumer):
    refused(consumer.post("/api/v1/decode", files={
        "image": ("photo.jpg", b"MZ\x90\x00 an executable, not a photo", "image/jpeg")}),
        415, "unsupported_media_type")
    truncated = jpeg(Image.new("RGB", (640, 480), "#808080"))[:300]
    refused(consumer.post("/api/v1/decode", files={
        "image": ("photo.jpg", truncated, "image/jpeg")}), 422, "validation_failed")
    refused(consumer.post("/api/v1/decode", files={
        "picture": ("photo.jpg", truncated, "image/jpeg")}), 422, "validation_failed")
    refused(consumer.post("/api/v1/decode", data=b"\x00" * (13 * 1024 * 1024), headers={
        "Content-Type": "application/octet-stream"}), 413, "payload_too_large")


def test_a_report_with_and_without_a_photo_reaches_the_officers(consumer, officer, demo):
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    plain = ok(consumer.post("/api/v1/reports", json={
        "code": genuine["text"], "description": "Sold loose, the stamp looks reprinted.",
        "premises_name": "Kiosk by the bus station", "lat": 42.6609, "lon": 21.1602}), 201)
    assert plain["status"] == "received"
    exif = Image.Exif()
    exif[0x010F] = "AcmePhone"  # Make
    exif[0x0131] = "Camera 1.0"  # Software
    with_photo = ok(consumer.post(
        "/api/v1/reports",
        data={"code": genuine["serial"], "description": "Photo of the pack attached."},
        files={"photo": ("pack.jpg", jpeg(Image.new("RGB", (800, 600), "#6a4"), exif=exif),
                         "image/jpeg")},
    ), 201)
    reports = ok(officer.get("/api/v1/reports", params={"serial": genuine["serial"]}))["reports"]
    assert {plain["id"], with_photo["id"]} <= {report["id"] for report in reports}
    photo = officer.get(f"/api/v1/reports/{with_photo['id']}/photo")
    assert photo.status_code == 200 and photo.headers["Content-Type"] == "image/jpeg"
    assert not Image.open(io.BytesIO(photo.content)).getexif()
    refused(consumer.get(f"/api/v1/reports/{with_photo['id']}/photo"), 401, "unauthorized")


def test_a_report_that_says_nothing_or_carries_no_image_is_refused(consumer):
    refused(consumer.post("/api/v1/reports", json={"description": ""}), 422, "validation_failed")
    refused(consumer.post("/api/v1/reports", data={"description": "A fake photo."}, files={
        "photo": ("pack.jpg", b"GIF89a but not really", "image/jpeg")}),
        415, "unsupported_media_type")


def test_a_traveller_learns_what_is_duty_free(consumer):
    limits = ok(consumer.get("/api/v1/allowances"))["limits"]
    assert {"kind": "cigarettes", "quantity": 200, "unit": "piece"}.items() <= next(
        limit for limit in limits if limit["kind"] == "cigarettes").items()
    answer = ok(consumer.post("/api/v1/allowances/check", json={"age": 30, "items": [
        {"kind": "cigarettes", "quantity": 2, "unit": "carton"},
        {"kind": "spirits", "quantity": 1, "unit": "l", "abv": 40},
        {"kind": "other", "quantity": 1, "unit": "piece", "value_eur": 300,
         "description": "Phone"},
    ]}))
    cigarettes, spirits, phone = answer["items"]
    assert (cigarettes["relieved_quantity"], cigarettes["dutiable_quantity"]) == (200, 200)
    assert spirits["dutiable_quantity"] == 0
    assert phone["dutiable_value_eur"] == 300
    young = ok(consumer.post("/api/v1/allowances/check", json={
        "age": 16, "items": [{"kind": "cigarettes", "quantity": 1, "unit": "carton"}]}))
    assert young["items"][0]["relieved_quantity"] == 0
    for item in ({"kind": "cigarettes", "quantity": 1, "unit": "l"},
                 {"kind": "plutonium", "quantity": 1, "unit": "g"},
                 {"kind": "cigarettes", "quantity": -5, "unit": "piece"}):
        refused(consumer.post("/api/v1/allowances/check", json={"age": 30, "items": [item]}),
                422, "validation_failed")
