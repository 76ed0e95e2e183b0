"""Issuing batches, activating and revoking ranges, and printing codes (API.md: Stamps)."""

import csv
import io

import pypdf
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import func, select, text

from app.stamps import codes
from app.stamps.models import Activation, Batch
from tests import factories


@pytest.fixture
def admin(session):
    return factories.user(session, "admin")


def test_admin_issues_contiguous_non_overlapping_batches(client, session, admin):
    operator = factories.operator(session)
    headers = factories.headers_for(session, admin)
    body = {"operator_id": operator.id, "category": "spirits", "quantity": 500,
            "fiscal": {"excise_paid_eur": "120.50", "sale_not_after": "2030-12-31"}}
    first = client.post("/api/v1/batches", json=body, headers=headers)
    second = client.post("/api/v1/batches", json=body | {"quantity": 10}, headers=headers)
    assert first.status_code == second.status_code == 201
    one, two = first.get_json(), second.get_json()
    assert one["series"].startswith("SP") and one["last"] - one["first"] + 1 == 500
    assert two["series"] == one["series"] and two["first"] == one["last"] + 1
    assert one["excise_paid_eur"] == "120.50"


@pytest.mark.parametrize(
    "change, error",
    [
        ({"quantity": 0}, "validation_failed"),
        ({"quantity": 10_000_000}, "validation_failed"),
        ({"category": "beer"}, "validation_failed"),
        ({"operator_id": 999_999}, "validation_failed"),  # an unknown reference (issue 17)
        ({"fiscal": {"sale_not_before": "2027-01-02", "sale_not_after": "2027-01-01"}},
         "validation_failed"),
        ({"fiscal": {"paid_on": "2026-02-30"}}, "validation_failed"),
    ],
)
def test_bad_batches_are_refused_and_write_nothing(client, session, admin, change, error):
    operator = factories.operator(session)
    before = session.scalar(select(func.count()).select_from(Batch))
    body = {"operator_id": operator.id, "category": "wine", "quantity": 10} | change
    headers = factories.headers_for(session, admin)
    answer = client.post("/api/v1/batches", json=body, headers=headers)
    assert 400 <= answer.status_code < 500
    assert answer.get_json()["error"] == error
    assert session.scalar(select(func.count()).select_from(Batch)) == before


def test_expired_licence_cannot_receive_stamps(client, session, admin):
    import datetime as dt

    expired = factories.operator(session, licence_valid_until=dt.date(2021, 1, 1))
    answer = client.post("/api/v1/batches", json={"operator_id": expired.id, "category": "wine",
                         "quantity": 5}, headers=factories.headers_for(session, admin))
    assert (answer.status_code, answer.get_json()["error"]) == (409, "conflict")


def test_operator_activates_own_range_only_once_and_never_revoked_or_foreign(client, session):
    user = factories.user(session, "operator")
    batch = factories.batch(session, operator_id=user.operator_id, quantity=100)
    product = factories.product(session)
    headers = factories.headers_for(session, user)

    def activate(first, last, **extra):
        return client.post("/api/v1/activations", headers=headers, json={
            "series": batch.series, "first": first, "last": last, "product_id": product.id,
            **extra})

    assert activate(batch.first, batch.first + 49).status_code == 201
    overlap = activate(batch.first + 40, batch.first + 60)
    assert (overlap.status_code, overlap.get_json()["error"]) == (409, "conflict")
    revoke = client.post("/api/v1/revocations", headers=headers, json={
        "series": batch.series, "first": batch.first + 70, "last": batch.first + 79,
        "reason": "damaged"})
    assert revoke.status_code == 201
    on_revoked = activate(batch.first + 75, batch.first + 90)
    assert (on_revoked.status_code, on_revoked.get_json()["error"]) == (409, "conflict")
    straddle = activate(batch.last - 1, batch.last + 5)
    assert straddle.status_code == 422
    reversed_range = activate(batch.first + 60, batch.first + 55)
    assert reversed_range.status_code == 422
    wine = factories.product(session, category="wine")
    wrong_kind = activate(batch.first + 60, batch.first + 65, product_id=wine.id)
    assert wrong_kind.status_code == 422
    foreign = factories.batch(session)
    answer = client.post("/api/v1/activations", headers=headers, json={
        "series": foreign.series, "first": foreign.first, "last": foreign.first,
        "product_id": product.id})
    assert (answer.status_code, answer.get_json()["error"]) == (403, "forbidden")
    assert session.scalar(select(func.count()).select_from(Activation)) == 1


def test_codes_csv_are_signed_and_verify(app, client, session, admin):
    batch = factories.batch(session, quantity=5)
    answer = client.get(f"/api/v1/batches/{batch.id}/codes",
                        headers=factories.headers_for(session, admin))
    assert answer.status_code == 200 and answer.mimetype == "text/csv"
    assert answer.headers.getlist("Cache-Control") == ["no-store"]
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))
    assert [row["serial"] for row in rows] == [
        str(codes.Serial(batch.series, n)) for n in range(batch.first, batch.last + 1)]
    for row in rows:
        assert codes.fits_version_8m(row["qr_text"])
        verdict = client.post("/api/v1/verifications", json={"code": row["qr_text"]}).get_json()
        assert verdict["reasons"][0]["code"] == "not_activated"  # authentic, not yet affixed


def test_codes_pdf_sheet_holds_readable_qr_codes(client, session, admin):
    batch = factories.batch(session, quantity=3)
    answer = client.get(f"/api/v1/batches/{batch.id}/codes?format=pdf",
                        headers=factories.headers_for(session, admin))
    assert answer.status_code == 200 and answer.mimetype == "application/pdf"
    assert answer.headers.getlist("Cache-Control") == ["no-store"]
    page = pypdf.PdfReader(io.BytesIO(answer.data)).pages[0]
    assert str(codes.Serial(batch.series, batch.first)) in page.extract_text()
    images = [Image.open(io.BytesIO(image.data)) for image in page.images]
    # QR codes only, as the decoder reads them: a 1D reader may find a spurious bar code in the
    # modules of a QR image (it read "1544" once).
    texts = {result.text for image in images
             for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)}
    assert len(texts) == 3 and all(t.split("/")[-3].startswith(batch.series) for t in texts)


def test_code_fits_qr_version_8_at_level_m():
    serial = codes.Serial("CG26", codes.MAX_NUMBER)
    text = "https://e-banderola.example/v/" + f"{serial}/k12345678/" + "A" * 86
    assert codes.fits_version_8m(text)
    assert not codes.fits_version_8m("https://" + "x" * 70 + f"/{serial}/k1/" + "A" * 86)


def test_serial_lookup_uses_the_range_index(session):
    """O(log n): finding the batch of a serial is one index seek, not a scan of batches."""
    query = ("SELECT * FROM batches WHERE series = 'CG26' AND first <= 5 "
             "ORDER BY first DESC LIMIT 1")
    if session.get_bind().dialect.name == "sqlite":
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {query}"))
        plan = " ".join(str(row[-1]) for row in rows)
        assert "SEARCH batches USING INDEX" in plan and "(series=? AND first<?)" in plan
    else:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = " ".join(row[0] for row in session.execute(text(f"EXPLAIN {query}")))
        assert "Index Scan Backward using uq_batches_series_first" in plan
