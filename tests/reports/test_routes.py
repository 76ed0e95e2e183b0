"""Consumer reports: anyone may report, with an optional photo whose metadata is removed."""

from __future__ import annotations

import io

from PIL import Image

from tests import factories


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (80, 60), (10, 120, 10))
    exif = Image.Exif()
    exif[0x010F] = "ConsumerPhone"  # Make
    exif[0x8825] = {1: "N", 2: (42.0, 39.0, 46.0)}  # GPS
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_json_report_is_received(client):
    response = client.post(
        "/api/v1/reports",
        json={"description": "The stamp looks printed at home", "premises_name": "Kiosk 7",
              "lat": 42.6629, "lon": 21.1655, "code": "CG26-000000001"},
    )
    assert response.status_code == 201
    assert response.json["status"] == "received"
    assert set(response.json) == {"id", "status"}


def test_a_multipart_report_keeps_a_photo_without_metadata(client, session, app):
    response = client.post(
        "/api/v1/reports",
        data={"description": "No stamp on this bottle", "lat": "42.66", "lon": "21.16",
              "photo": (io.BytesIO(jpeg_with_gps()), "bottle.jpg")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.json
    officer = factories.headers_for(session, factories.user(session, "officer"))
    [report] = [
        r for r in client.get("/api/v1/reports", headers=officer).json["reports"]
        if r["id"] == response.json["id"]
    ]
    assert report["photo_sha256"]
    assert report["municipality"]
    photo = client.get(f"/api/v1/reports/{report['id']}/photo", headers=officer)
    assert photo.status_code == 200
    assert photo.headers.getlist("Cache-Control") == ["no-store"]
    assert b"ConsumerPhone" not in photo.data
    assert not Image.open(io.BytesIO(photo.data)).getexif()


def test_description_is_required_and_bounded(client):
    assert client.post("/api/v1/reports", json={}).status_code == 422
    assert client.post("/api/v1/reports", json={"description": "ab"}).status_code == 422
    too_long = client.post("/api/v1/reports", json={"description": "x" * 2001})
    assert too_long.status_code == 422
    assert too_long.json["error"] == "validation_failed"
    assert "description" in too_long.json["errors"]


def test_a_photo_that_is_not_an_image_is_refused(client):
    response = client.post(
        "/api/v1/reports",
        data={"description": "Suspicious pack", "photo": (io.BytesIO(b"hello"), "x.jpg")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 415
    assert response.json["error"] == "unsupported_media_type"


def test_reports_are_listed_for_officers_only_and_by_serial(client, session):
    client.post("/api/v1/reports", json={"description": "Fake stamp", "code": "CG26-000000042"})
    assert client.get("/api/v1/reports").status_code == 401
    operator = factories.headers_for(session, factories.user(session, "operator"))
    assert client.get("/api/v1/reports", headers=operator).status_code == 403
    supervisor = factories.headers_for(session, factories.user(session, "supervisor"))
    found = client.get("/api/v1/reports?serial=CG26-000000042", headers=supervisor).json
    assert [r["serial"] for r in found["reports"]] == ["CG26-000000042"]
