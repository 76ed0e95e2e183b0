"""The admin rotates the signing key: new codes are signed with the new key, and every code
printed before keeps verifying (its key is published as retired).

Runs after every other journey but the contract check (tests/acceptance/conftest.py): each
gunicorn worker refreshes its cache of public keys every 30 s at most, so for a moment a worker
that did not rotate does not know the new key yet, and a journey verifying freshly printed codes
could meet that worker."""

from __future__ import annotations

import csv
import io

from tests.acceptance.http import ok, refused


def test_rotation_signs_new_codes_with_the_new_key_and_old_codes_keep_verifying(
        admin, operator, consumer, demo):
    before = {key["kid"]: key for key in ok(consumer.get("/api/v1/keys"))["keys"]}
    rotated = ok(admin.post("/api/v1/keys/rotate"), 201)
    assert rotated["status"] == "active" and rotated["kid"] not in before
    published = {key["kid"]: key["status"] for key in ok(consumer.get("/api/v1/keys"))["keys"]}
    assert published[rotated["kid"]] == "active"
    assert {published[kid] for kid in before} == {"retired"}

    batch = ok(admin.post("/api/v1/batches", json={
        "operator_id": operator.user["operator_id"], "category": "wine", "quantity": 5}), 201)
    rows = list(csv.DictReader(io.StringIO(
        operator.get(f"/api/v1/batches/{batch['id']}/codes").text)))
    assert rows and all(f"/{rotated['kid']}/" in row["qr_text"] for row in rows)

    for entry in demo["codes"]:
        if entry["expect"] == "genuine":
            answer = ok(consumer.post("/api/v1/verifications", json={"code": entry["text"]}), 201)
            assert answer["verdict"] == "genuine", entry


def test_only_an_admin_rotates(operator, officer):
    refused(operator.post("/api/v1/keys/rotate"), 403, "forbidden")
    refused(officer.post("/api/v1/keys/rotate"), 403, "forbidden")
