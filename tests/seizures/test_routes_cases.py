"""The cases API: opening a case, its derived status and deadlines, roles, idempotency, listing."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re

import pypdf
import pytest
from PIL import Image

from app.seizures.document_texts import format_date
from app.stamps import codes
from tests import factories

TODAY = dt.date(2026, 11, 20)
CLOCK_START = TODAY  # the first day of the `clock` fixture


def test_opening_a_case_gives_number_status_deadlines_and_actions(api):
    detained_on = TODAY - dt.timedelta(days=3)
    case = api.opened(detained_on)
    assert re.fullmatch(r"DK-2026-\d{6}", case["number"])
    assert case["status"] == "detained"
    assert case["detained_on"] == detained_on.isoformat()
    assert case["deadlines"]["detention_ends_on"] == "2026-12-17"
    assert case["deadlines"]["latest_extension_to"] == "2027-02-15"
    assert case["deadlines"]["deemed_seized_on"] == "2026-12-18"
    assert {"extend", "decide_seize", "decide_return"} <= set(case["allowed_actions"])
    assert case["refused_actions"]["request_review"]["error"] == "conflict"
    assert case["refused_actions"]["request_review"]["message"]
    assert case["place"]["municipality"] == "mitrovice-jug"
    assert case["items"][0]["unmarked"] is True
    assert case["value_eur"] == 700
    assert [event["action"] for event in case["history"]] == ["opened"]
    assert case["history"][0]["legal_date"] == detained_on.isoformat()
    assert case["documents"] == ["seizure-record", "receipt"]


def test_case_numbers_run_on_within_the_year(api):
    first = api.opened(TODAY)["number"]
    second = api.opened(TODAY)["number"]
    assert int(second[-6:]) == int(first[-6:]) + 1


def test_detention_date_today_is_accepted_tomorrow_and_ancient_are_refused(api):
    assert api.open(TODAY).status_code == 201
    tomorrow = api.open(TODAY + dt.timedelta(days=1))
    assert tomorrow.status_code == 422
    assert tomorrow.json["error"] == "validation_failed"
    assert "detained_on" in tomorrow.json["errors"]
    ancient = api.open(dt.date(1999, 12, 31))
    assert ancient.status_code == 422
    assert "detained_on" in ancient.json["errors"]


@pytest.mark.parametrize(
    "change",
    [
        {"items": []},
        {"legal_basis": []},
        {"owner": {"kind": "company", "name": "X"}},
        {"place": {}},
    ],
)
def test_malformed_cases_are_refused(api, change):
    response = api.open(TODAY, **change)
    assert response.status_code == 422
    assert response.json["error"] == "validation_failed"


def test_serials_must_be_stamp_serials(api):
    item = factories.case_request(TODAY)["items"][0] | {"serials": ["not a serial"]}
    response = api.open(TODAY, items=[item])
    assert response.status_code == 422
    assert "items.0.serials" in response.json["errors"]


def test_only_officers_open_and_only_supervisors_decide(api, client, session):
    operator = factories.user(session, "operator")
    response = client.post(
        "/api/v1/cases",
        json=factories.case_request(TODAY),
        headers=factories.headers_for(session, operator),
    )
    assert response.status_code == 403
    assert client.post("/api/v1/cases", json=factories.case_request(TODAY)).status_code == 401
    case = api.opened(TODAY)
    by_officer = api.client.post(
        f"/api/v1/cases/{case['id']}/decisions",
        json={"outcome": "return", "decided_on": TODAY.isoformat()},
        headers=api.officer_headers,
    )
    assert by_officer.status_code == 403


def test_a_replayed_request_opens_one_case(api):
    first = api._post(
        "/api/v1/cases",
        factories.case_request(TODAY),
        supervisor=False,
        **{"Idempotency-Key": "open-case-1"},
    )
    again = api._post(
        "/api/v1/cases",
        factories.case_request(TODAY),
        supervisor=False,
        **{"Idempotency-Key": "open-case-1"},
    )
    assert first.status_code == again.status_code == 201
    assert first.json["id"] == again.json["id"]


def test_unknown_case_is_404(api):
    response = api.client.get("/api/v1/cases/999999", headers=api.officer_headers)
    assert response.status_code == 404
    assert response.json["error"] == "not_found"


def test_list_filters_by_derived_status_and_number(api):
    detained = api.opened(TODAY - dt.timedelta(days=2))
    deemed = api.opened(TODAY - dt.timedelta(days=40))
    response = api.client.get("/api/v1/cases?status=deemed_seized", headers=api.officer_headers)
    numbers = [case["number"] for case in response.json["cases"]]
    assert deemed["number"] in numbers and detained["number"] not in numbers
    response = api.client.get(
        f"/api/v1/cases?number={detained['number']}", headers=api.supervisor_headers
    )
    assert [case["id"] for case in response.json["cases"]] == [detained["id"]]


def test_a_status_filter_pages_over_the_cases_of_that_status(api, monkeypatch):
    """Status is derived, so the list reads cases a chunk at a time: pages must be the same as
    cutting the whole filtered list, across chunk boundaries too."""
    monkeypatch.setattr("app.seizures.queries.STATUS_CHUNK", 2)
    opened = [api.opened(TODAY - dt.timedelta(days=days)) for days in (40, 2, 41, 42, 3, 43, 44)]
    deemed = [case["id"] for case in reversed(opened) if case["status"] == "deemed_seized"]
    assert len(deemed) == 5

    def page(offset, limit):
        response = api.client.get(
            f"/api/v1/cases?status=deemed_seized&offset={offset}&limit={limit}",
            headers=api.officer_headers,
        )
        assert response.status_code == 200, response.json
        return [case["id"] for case in response.json["cases"]]

    assert page(0, 100)[:5] == deemed
    assert page(1, 2) == deemed[1:3]
    assert page(3, 2) == deemed[3:5]


def test_messages_follow_the_language(api):
    case = api.opened(TODAY)
    albanian = api.get(case["id"], **{"Accept-Language": "sq"})
    english = api.get(case["id"])
    assert albanian["status_label"] != english["status_label"]
    assert (
        albanian["refused_actions"]["request_review"]["message"]
        != english["refused_actions"]["request_review"]["message"]
    )


def test_case_opened_from_an_inspection_takes_its_premises(api, session):
    premises = factories.premises(session)
    response = api.client.post(
        "/api/v1/inspections", json={"premises_id": premises.id}, headers=api.officer_headers
    )
    inspection_id = response.json["id"]
    case = api.opened(TODAY, inspection_id=inspection_id)
    assert case["premises_id"] == premises.id
    assert case["inspection_id"] == inspection_id


# --- documents ----------------------------------------------------------------------------------

THIRTY_DAYS = {"sq": "30 ditëve", "sr": "30 dana", "en": "30 days"}


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_notices_do_not_exist_before_their_act(api):
    case = api.opened(TODAY)
    for name in ("extension-notice", "seizure-notice"):
        response = api.document(case["id"], name)
        assert response.status_code == 409
        assert response.json["error"] == "conflict"
    assert api.document(case["id"], "no-such-thing").status_code == 404
    for name in ("seizure-record", "receipt"):
        response = api.document(case["id"], name)
        assert response.status_code == 200
        assert response.mimetype == "application/pdf"
        assert response.headers.getlist("Cache-Control") == ["no-store"]


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_seizure_notice_names_the_case_the_review_right_and_its_due_date(api, lang):
    detained_on = TODAY - dt.timedelta(days=10)
    case_id = api.opened(detained_on)["id"]
    seized_on, received_on = TODAY - dt.timedelta(days=5), TODAY - dt.timedelta(days=3)
    assert api.decide(case_id, "seize", seized_on).status_code == 201
    assert api.notify(case_id, "seizure", seized_on, received_on).status_code == 201
    case = api.get(case_id)
    assert "seizure-notice" in case["documents"]
    response = api.document(case_id, "seizure-notice", lang)
    assert response.status_code == 200
    content = pdf_text(response.data)
    assert case["number"] in content
    assert THIRTY_DAYS[lang] in content
    due_on = dt.date.fromisoformat(case["deadlines"]["review_request_due_on"])
    assert format_date(due_on, lang) in content


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_extension_notice_names_the_new_end_of_detention(api, lang):
    case_id = api.opened(TODAY - dt.timedelta(days=5))["id"]
    assert api.extend(case_id, 20, TODAY).status_code == 201
    response = api.document(case_id, "extension-notice", lang)
    assert response.status_code == 200
    content = pdf_text(response.data)
    ends_on = dt.date.fromisoformat(api.get(case_id)["deadlines"]["detention_ends_on"])
    assert format_date(ends_on, lang) in content
    assert api.get(case_id)["number"] in content


# --- photos -------------------------------------------------------------------------------------


def png_with_exif() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SecretPhone Maker"  # Make
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def upload(api, case_id, data: bytes, name="photo.jpg"):
    return api.client.post(
        f"/api/v1/cases/{case_id}/photos",
        data={"photo": (io.BytesIO(data), name)},
        headers=api.officer_headers,
        content_type="multipart/form-data",
    )


def test_evidence_photo_is_kept_with_its_sha256_and_shown_without_exif(api):
    case_id = api.opened(TODAY)["id"]
    data = png_with_exif()
    response = upload(api, case_id, data)
    assert response.status_code == 201, response.json
    photo = response.json["case"]["photos"][0]
    assert photo["sha256"] == hashlib.sha256(data).hexdigest()
    assert response.json["case"]["history"][-1]["action"] == "photo_added"
    shown = api.client.get(
        f"/api/v1/cases/{case_id}/photos/{photo['id']}", headers=api.officer_headers
    )
    assert shown.status_code == 200
    assert shown.headers.getlist("Cache-Control") == ["no-store"]  # not left on a shared phone
    assert b"SecretPhone" not in shown.data
    assert not Image.open(io.BytesIO(shown.data)).getexif()
    thumbnail = api.client.get(
        f"/api/v1/cases/{case_id}/photos/{photo['id']}/thumbnail", headers=api.officer_headers
    )
    assert thumbnail.status_code == 200 and b"SecretPhone" not in thumbnail.data
    assert thumbnail.headers.getlist("Cache-Control") == ["no-store"]


def test_photos_that_are_not_images_are_refused(api):
    case_id = api.opened(TODAY)["id"]
    assert upload(api, case_id, b"%PDF-1.4 not a photo", "x.jpg").status_code == 415
    broken = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
    response = upload(api, case_id, broken, "x.png")
    assert response.status_code == 422 and response.json["error"] == "validation_failed"
    missing = api.client.post(
        f"/api/v1/cases/{case_id}/photos", data={}, headers=api.officer_headers,
        content_type="multipart/form-data",
    )
    assert missing.status_code == 422
    assert api.get(case_id)["photos"] == []


# --- the `seized` finding of a verification -----------------------------------------------------


def test_a_stamp_on_seized_goods_is_reported_when_scanned(api, app, session):
    batch, _ = factories.activated_batch(session)
    serial = codes.Serial(batch.series, batch.first + 3)
    item = factories.case_request(TODAY)["items"][0] | {
        "unmarked": False,
        "serials": [str(serial), str(codes.Serial(batch.series, batch.first + 4))],
    }
    case = api.opened(TODAY - dt.timedelta(days=2), items=[item])
    assert case["items"][0]["serials"][0] == str(serial)

    def reasons() -> list[str]:
        response = api.client.post(
            "/api/v1/verifications", json={"code": factories.signed_code(app, serial)}
        )
        assert response.status_code == 201
        return [reason["code"] for reason in response.json["reasons"]]

    assert "seized" not in reasons()  # detained, not seized
    assert api.decide(case["id"], "seize", TODAY).status_code == 201
    assert "seized" in reasons()


def test_a_stamp_on_a_returned_thing_of_a_case_is_not_reported_seized(api, app, session):
    """Art. 251(11): the stamp is on the goods returned, not on those seized in the same case."""
    batch, _ = factories.activated_batch(session)
    returned, seized = (codes.Serial(batch.series, batch.first + n) for n in (5, 6))
    base = factories.case_request(TODAY)["items"][0] | {"unmarked": False}
    items = [base | {"serials": [str(returned)]},
             base | {"description": "Other cigarettes", "serials": [str(seized)]}]
    case = api.opened(TODAY - dt.timedelta(days=2), items=items)
    first, second = (item["id"] for item in case["items"])

    def reasons(serial) -> list[str]:
        response = api.client.post(
            "/api/v1/verifications", json={"code": factories.signed_code(app, serial)}
        )
        assert response.status_code == 201
        return [reason["code"] for reason in response.json["reasons"]]

    assert api.decide(case["id"], "return", TODAY, item_ids=[first]).status_code == 201
    assert api.decide(case["id"], "seize", TODAY, item_ids=[second]).status_code == 201
    assert "seized" in reasons(seized)
    assert "seized" not in reasons(returned)
