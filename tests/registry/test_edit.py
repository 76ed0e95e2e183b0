"""PATCH /api/v1/operators|premises|products/{id}: admins correct the registry, checked as at
creation, and what other records rest on stays as it was (docs/operators.md, "Editing the
registry")."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.audit.models import AuditRecord
from app.db import utcnow
from app.registry.models import Operator, Premises, Product
from app.stamps.service import activate
from tests import factories


@pytest.fixture
def admin(session):
    return factories.headers_for(session, factories.mfa_user(session, "admin"))


def patch(client, headers, path, body, lang="en"):
    answer = client.patch(path, json=body, headers={**headers, "Accept-Language": lang})
    return answer.status_code, answer.get_json()


def field_errors(body) -> dict:
    """Field errors, whether the schema (under `json`) or the service found them."""
    return body["errors"].get("json", body["errors"])


def listed(client, headers, path, record_id):
    return next(r for r in client.get(path, headers=headers).get_json() if r["id"] == record_id)


# Operators


def test_an_operator_is_edited_field_by_field_and_answered_as_listed(client, session, admin):
    operator = factories.operator(session)
    status, body = patch(client, admin, f"/api/v1/operators/{operator.id}", {
        "name": "Renamed SH.P.K.", "licence_valid_until": "2030-06-30"})
    assert status == 200, body
    assert body == listed(client, admin, "/api/v1/operators", operator.id)
    assert (body["name"], body["licence_valid_until"], body["nui"]) == (
        "Renamed SH.P.K.", "2030-06-30", operator.nui)


def test_an_edit_is_audited(client, session, admin):
    operator = factories.operator(session)
    before = session.scalar(select(AuditRecord.id).order_by(AuditRecord.id.desc()).limit(1)) or 0
    status, _ = patch(client, admin, f"/api/v1/operators/{operator.id}", {"name": "Audited"})
    assert status == 200
    actions = session.scalars(select(AuditRecord.action).where(AuditRecord.id > before)).all()
    assert any(f"/api/v1/operators/{operator.id}" in action for action in actions), actions


def test_an_operators_licence_may_not_end_before_it_begins(client, session, admin):
    operator = factories.operator(session)  # valid 2020-01-01 to 2099-12-31
    operator_id = operator.id
    status, body = patch(client, admin, f"/api/v1/operators/{operator_id}", {
        "licence_valid_until": "2019-12-31"})
    assert (status, body["error"]) == (422, "validation_failed")
    assert "licence_valid_until" in field_errors(body)
    status, body = patch(client, admin, f"/api/v1/operators/{operator_id}", {
        "licence_valid_from": "2027-01-01", "licence_valid_until": "2026-01-01"})
    assert status == 422
    assert session.get(Operator, operator_id).licence_valid_until == dt.date(2099, 12, 31)


@pytest.mark.parametrize("field", ["nui", "licence_number"])
def test_an_operator_may_not_take_anothers_nui_or_licence_number(client, session, admin, field):
    operator, other = factories.operator(session), factories.operator(session)
    operator_id, taken = operator.id, getattr(other, field)
    status, body = patch(client, admin, f"/api/v1/operators/{operator_id}", {field: taken})
    assert (status, body["error"]) == (409, "conflict")
    assert getattr(session.get(Operator, operator_id), field) != taken


def test_repeating_its_own_nui_is_no_change(client, session, admin):
    operator = factories.operator(session)
    status, _ = patch(client, admin, f"/api/v1/operators/{operator.id}",
                      {"nui": operator.nui, "id": operator.id})
    assert status == 200


def test_the_nui_is_fixed_once_stamps_were_issued(client, session, admin):
    batch = factories.batch(session, quantity=10)
    status, body = patch(client, admin, f"/api/v1/operators/{batch.operator_id}",
                         {"nui": "812345678"}, lang="sq")
    assert (status, body["error"]) == (409, "conflict")
    assert body["errors"] == {"nui": ["fixed"]}
    assert "NUI" in body["message"] and "banderola" in body["message"]
    fresh = factories.operator(session)
    assert patch(client, admin, f"/api/v1/operators/{fresh.id}", {"nui": "812345678"})[0] == 200


@pytest.mark.parametrize("path", ["operators", "premises", "products"])
def test_an_id_never_changes(client, session, admin, path):
    record = {"operators": factories.operator, "premises": factories.premises,
              "products": factories.product}[path](session)
    status, body = patch(client, admin, f"/api/v1/{path}/{record.id}", {"id": record.id + 1000},
                         lang="sr")
    assert (status, body["error"], body["errors"]) == (409, "conflict", {"id": ["fixed"]})
    assert body["message"] == "Broj zapisa se nikada ne menja."


@pytest.mark.parametrize("path", ["operators", "premises", "products"])
def test_an_empty_body_or_an_unknown_field_is_refused(client, session, admin, path):
    record = {"operators": factories.operator, "premises": factories.premises,
              "products": factories.product}[path](session)
    record_id = record.id
    for body in ({}, {"created_at": "2026-01-01T00:00:00Z"}):
        status, answer = patch(client, admin, f"/api/v1/{path}/{record_id}", body)
        assert (status, answer["error"]) == (422, "validation_failed"), body


@pytest.mark.parametrize("path", ["operators", "premises", "products"])
def test_an_unknown_id_is_not_found(client, admin, path):
    status, body = patch(client, admin, f"/api/v1/{path}/999999999", {"name": "Nothing"})
    assert (status, body["error"]) == (404, "not_found")


# Premises


def test_premises_are_edited_and_a_municipality_is_stored_as_its_slug(client, session, admin):
    premises = factories.premises(session)
    status, body = patch(client, admin, f"/api/v1/premises/{premises.id}", {
        "name": "Moved shop", "kind": "kiosk", "municipality": "Peć", "lat": 42.66,
        "lon": 20.29}, lang="sr")
    assert status == 200, body
    assert (body["municipality"], body["municipality_name"], body["kind"]) == (
        "peje", "Peć", "kiosk")
    shown = listed(client, {**admin, "Accept-Language": "sr"}, "/api/v1/premises", premises.id)
    assert body == shown


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "castle"}, "kind"),
    ({"municipality": "Atlantis"}, "municipality"),
    ({"lat": 91}, "lat"),
    ({"lon": -181}, "lon"),
    ({"operator_id": 999_999_999}, "operator_id"),
    ({"name": None}, "name"),
])
def test_premises_are_checked_as_at_creation(client, session, admin, change, field):
    premises_id = factories.premises(session).id
    status, body = patch(client, admin, f"/api/v1/premises/{premises_id}", change)
    assert (status, body["error"]) == (422, "validation_failed")
    assert field in field_errors(body)
    premises = session.get(Premises, premises_id)
    assert (premises.kind, premises.municipality, premises.lat) == ("shop", "prishtine", 42.6629)


def test_creation_also_refuses_an_unknown_municipality(client, session, admin):
    operator = factories.operator(session)
    answer = client.post("/api/v1/premises", headers=admin, json={
        "operator_id": operator.id, "name": "Nowhere", "kind": "shop", "address": "Rruga 1",
        "municipality": "Atlantis"})
    assert answer.status_code == 422 and "municipality" in answer.get_json()["errors"]


def test_unused_premises_may_pass_to_another_operator(client, session, admin):
    premises, other = factories.premises(session), factories.operator(session)
    status, body = patch(client, admin, f"/api/v1/premises/{premises.id}",
                         {"operator_id": other.id})
    assert status == 200
    assert (body["operator_id"], body["operator_name"]) == (other.id, other.name)


def test_premises_keep_their_operator_once_stamps_were_attached_there(client, session, admin):
    batch = factories.batch(session, quantity=10)
    premises = factories.premises(session, operator_id=batch.operator_id)
    item = factories.product(session)
    activate(session, series=batch.series, first=batch.first, last=batch.last,
             product_id=item.id, premises_id=premises.id, operator_id=None,
             activated_at=utcnow() - dt.timedelta(days=1))
    other = factories.operator(session)
    premises_id, owner = premises.id, batch.operator_id
    status, body = patch(client, admin, f"/api/v1/premises/{premises_id}",
                         {"operator_id": other.id, "name": "Still editable"}, lang="sq")
    assert (status, body["error"], body["errors"]) == (409, "conflict", {"operator_id": ["fixed"]})
    assert "lokal" in body["message"]
    assert session.get(Premises, premises_id).operator_id == owner
    # Its name, address and place are still corrected.
    assert patch(client, admin, f"/api/v1/premises/{premises_id}",
                 {"name": "Still editable"})[0] == 200


# Products


def test_a_product_is_edited_and_answered_as_listed(client, session, admin):
    item = factories.product(session)
    status, body = patch(client, admin, f"/api/v1/products/{item.id}", {
        "brand": "New brand", "stick_count": 10, "gtin": factories.gtin(900_001)})
    assert status == 200, body
    assert body == listed(client, admin, "/api/v1/products", item.id)
    assert (body["brand"], body["stick_count"], body["gtin"]) == (
        "New brand", 10, factories.gtin(900_001))


def test_a_products_gtin_is_checked_as_at_creation(client, session, admin):
    item, other = factories.product(session), factories.product(session)
    item_id = item.id
    taken = other.gtin
    bad_check_digit = item.gtin[:-1] + str((int(item.gtin[-1]) + 1) % 10)
    path = f"/api/v1/products/{item_id}"
    status, body = patch(client, admin, path, {"gtin": bad_check_digit})
    assert (status, body["error"], field_errors(body)) == (
        422, "validation_failed", {"gtin": ["check digit"]})
    status, body = patch(client, admin, path, {"gtin": taken})
    assert (status, body["error"]) == (409, "conflict")
    status, body = patch(client, admin, path, {"category": "beer"})
    assert status == 422 and "category" in field_errors(body)
    status, body = patch(client, admin, path, {"operator_id": 999_999})
    assert status == 422 and "operator_id" in field_errors(body)
    item = session.get(Product, item_id)
    assert item.category == "cigarettes" and item.operator_id is None


@pytest.mark.parametrize("change", [
    {"category": "cigars_cigarillos"}, {"gtin": factories.gtin(900_002)}, {"operator_id": None},
])
def test_a_product_with_stamps_attached_keeps_its_gtin_category_and_operator(
    client, session, admin, change
):
    _batch, item = factories.activated_batch(session, quantity=10)
    if "operator_id" in change:  # a product attached to stamps may have had an operator
        item.operator_id = factories.operator(session).id
        session.flush()
    item_id, before = item.id, (item.gtin, item.category, item.operator_id)
    status, body = patch(client, admin, f"/api/v1/products/{item_id}", change, lang="sr")
    assert (status, body["error"]) == (409, "conflict")
    assert list(body["errors"]) == list(change)
    assert "postavljene markice" in body["message"]
    item = session.get(Product, item_id)
    assert (item.gtin, item.category, item.operator_id) == before
    # Its brand and name remain corrections an admin may make.
    status, body = patch(client, admin, f"/api/v1/products/{item_id}", {"name": "Corrected"})
    assert (status, body["name"]) == (200, "Corrected")


def test_a_product_without_stamps_may_change_category(client, session, admin):
    item = factories.product(session)
    status, body = patch(client, admin, f"/api/v1/products/{item.id}",
                         {"category": "cigars_cigarillos"})
    assert (status, body["category"]) == (200, "cigars_cigarillos")


def test_only_admins_edit(client, session):
    item_id = factories.product(session).id
    officer = factories.headers_for(session, factories.mfa_user(session, "officer"))
    status, body = patch(client, officer, f"/api/v1/products/{item_id}", {"name": "Mine"})
    assert (status, body["error"]) == (403, "forbidden")
    assert session.get(Product, item_id).name != "Mine"
