"""POST /api/v1/decode through HTTP: multipart in, codes out, bad uploads refused clearly."""

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from app.i18n import translate
from app.imaging import decode
from app.reports.models import Report
from app.stamps import codes
from app.stamps.models import Scan
from tests import factories
from tests.imaging import images


def _post(client, data: bytes, name: str = "photo.jpg", **headers):
    return client.post(
        "/api/v1/decode",
        data={"image": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
        headers=headers,
    )


def test_a_phone_photo_of_a_stamp_gives_its_code(client):
    text = images.stamp_text()
    photo = images.photo_like(images.qr_image(text), angle_deg=7, blur_px=0.8, noise_sigma=12)
    answer = _post(client, images.encode(photo, quality=80))
    assert answer.status_code == 200
    assert answer.get_json()["codes"] == [{"text": text, "format": "qr_code"}]


def test_a_photo_without_a_code_gives_an_empty_list(client):
    blank = io.BytesIO()
    Image.new("RGB", (640, 480), "white").save(blank, "PNG")
    answer = _post(client, blank.getvalue(), "blank.png")
    assert (answer.status_code, answer.get_json()) == (200, {"codes": []})


def test_a_text_file_named_jpg_is_unsupported_media(client):
    answer = _post(client, b"hello, I am not a picture", "stamp.jpg")
    assert answer.status_code == 415
    assert answer.get_json()["error"] == "unsupported_media_type"


def test_missing_image_field_is_a_validation_error(client):
    answer = client.post("/api/v1/decode", data={}, content_type="multipart/form-data")
    assert answer.status_code == 422
    assert answer.get_json()["error"] == "validation_failed"


def test_an_image_bomb_is_refused_without_decoding(client):
    answer = _post(client, images.bomb_png(40_000, 40_000), "bomb.png")
    assert answer.status_code == 413
    assert answer.get_json()["error"] == "payload_too_large"


# --- what an anonymous upload may cost (issue 17) -----------------------------------------------


@pytest.mark.parametrize("upload", [
    # The probe's uploads, a little over the cap (24 MP of plain 8-bit pixels): a 16-bit RGBA
    # PNG and a lossless WebP, each 2500 x 2500 and a few kilobytes.
    images.blank_png(2500, 2500, depth=16, alpha=True),
    images.encode(Image.new("RGB", (2500, 2500), "white"), "WEBP", lossless=True),
], ids=["16-bit RGBA PNG", "lossless WebP"])
def test_an_upload_decoding_would_swell_is_refused_from_its_header(client, upload):
    answer = _post(client, upload, "stamp.png")

    assert answer.status_code == 413
    assert answer.get_json()["error"] == "payload_too_large"
    # The largest image of that kind the cap lets through: 24 MP / 4.
    assert answer.get_json()["message"] == translate(
        "imaging.too_many_pixels", "en", max_megapixels=6.0)


@pytest.mark.parametrize("scene_px", [(4032, 3024), (5712, 4284)], ids=["12 MP", "24 MP"])
def test_a_phone_photo_at_full_resolution_still_gives_its_code(client, scene_px):
    text = images.stamp_text()
    photo = images.photo_like(images.qr_image(text, module_px=12), angle_deg=4, blur_px=0.6,
                              scene_px=scene_px)

    answer = _post(client, images.encode(photo, quality=85))

    assert answer.status_code == 200
    assert answer.get_json()["codes"] == [{"text": text, "format": "qr_code"}]


def test_while_a_photo_is_decoded_the_next_is_told_to_come_back(client, session, monkeypatch):
    monkeypatch.setattr(decode, "DECODE_WAIT_S", 0.05)
    photo = images.encode(images.photo_like(images.qr_image(images.stamp_text())), quality=80)
    reports = select(func.count()).select_from(Report)
    before = session.scalar(reports)

    with decode.decoding_slot():  # as another request of this worker holds it
        busy = _post(client, photo, **{"Accept-Language": "sq"})
        report = client.post(
            "/api/v1/reports", content_type="multipart/form-data",
            data={"description": "Stamp looks printed at home",
                  "photo": (io.BytesIO(photo), "stamp.jpg")},
        )

    assert busy.status_code == 503
    assert busy.headers["Retry-After"] == str(decode.BUSY_RETRY_AFTER_S)
    assert busy.get_json()["error"] == "busy"
    assert busy.get_json()["message"] == translate("imaging.busy", "sq")
    assert (report.status_code, report.get_json()["error"]) == (503, "busy")
    assert session.scalar(reports) == before  # nothing written
    assert _post(client, photo).status_code == 200


def _frame_of(text: str) -> bytes:
    """A camera frame as the PWA sends it on a first visit: a small JPEG of the target square."""
    frame = images.photo_like(images.qr_image(text), angle_deg=3, blur_px=0.5, noise_sigma=6)
    return images.encode(frame.resize((400, 400)), quality=70)


def _scans_of(session, serial) -> int:
    return session.scalar(select(func.count()).select_from(Scan).where(
        Scan.series == serial.series, Scan.number == serial.number))


def test_a_frame_sent_with_verify_gets_its_verdict_in_the_same_answer(app, client, session):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first)
    text = factories.signed_code(app, serial)
    session.commit()
    frame = _frame_of(text)
    answer = client.post(
        "/api/v1/decode",
        data={"image": (io.BytesIO(frame), "frame.jpg"), "verify": "true",
              "lat": "42.66", "lon": "21.17"},
        content_type="multipart/form-data",
        headers={"Idempotency-Key": "frame-1"},
    )
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body["codes"] == [{"text": text, "format": "qr_code"}]
    assert body["verification"]["verdict"] == "genuine"
    assert body["verification"]["stamp"]["serial"] == str(serial)
    assert _scans_of(session, serial) == 1
    # Recorded as a consumer's scan: its client network counts towards scanned_by_many.
    assert session.scalar(select(Scan.client_network).where(
        Scan.series == serial.series, Scan.number == serial.number)) is not None

    # The same frame retried after a timeout: the first answer, and still one scan.
    again = client.post(
        "/api/v1/decode",
        data={"image": (io.BytesIO(frame), "frame.jpg"), "verify": "true",
              "lat": "42.66", "lon": "21.17"},
        content_type="multipart/form-data",
        headers={"Idempotency-Key": "frame-1"},
    )
    assert again.get_json()["verification"]["scan_id"] == body["verification"]["scan_id"]
    assert _scans_of(session, serial) == 1

    # Without `verify` a photo is only read: nothing is recorded.
    plain = _post(client, frame, "frame.jpg")
    assert "verification" not in plain.get_json()
    assert _scans_of(session, serial) == 1


def test_a_frame_without_a_code_verifies_nothing(client):
    blank = io.BytesIO()
    Image.new("RGB", (400, 400), "white").save(blank, "JPEG")
    answer = client.post("/api/v1/decode", content_type="multipart/form-data",
                         data={"image": (io.BytesIO(blank.getvalue()), "f.jpg"), "verify": "1"})
    assert (answer.status_code, answer.get_json()) == (200, {"codes": []})


def test_a_frame_with_an_impossible_position_is_refused_before_decoding(client, session):
    text = images.stamp_text()
    answer = client.post("/api/v1/decode", content_type="multipart/form-data",
                         data={"image": (io.BytesIO(_frame_of(text)), "f.jpg"), "verify": "1",
                               "lat": "91"})
    assert answer.status_code == 422
    assert answer.get_json()["error"] == "validation_failed"
    assert "lat" in answer.get_json()["errors"]["multipart"]
    assert session.scalar(select(func.count()).select_from(Scan)) == 0
