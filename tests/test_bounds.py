"""Bounds of what a write accepts (issue 17, item 12): times before the digital stamps began,
numbers with a fraction where a count is asked, references to records that do not exist, and
identifiers longer than they may be stored are refused with 422 and write nothing; none is
silently changed into something else (1.5 stamps into 1, an eventID cut to 190 characters)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.custody import epcis
from app.custody.models import CustodyEvent
from app.stamps.models import Activation, Batch
from tests import factories
from tests.custody.conftest import chain, hours_ago  # noqa: F401 - the fixture

EARLY = "1900-01-01T00:00:00+00:00"


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def refused_on(answer, field: str) -> dict:
    assert answer.status_code == 422, answer.get_json()
    body = answer.get_json()
    assert body["error"] == "validation_failed"
    assert field in str(body.get("errors")), body
    return body


@pytest.fixture
def fresh(session, chain):  # noqa: F811 - the fixture
    """A batch of the producer's with nothing affixed yet."""
    batch = factories.batch(session, operator_id=chain.producer.id, quantity=10)
    product = factories.product(session)
    return {"series": batch.series, "first": batch.first, "last": batch.last,
            "product_id": product.id}


def test_a_count_with_a_fraction_is_refused_not_cut(client, session):
    headers = factories.headers_for(session, factories.user(session, "admin"))
    operator_id = factories.operator(session).id  # a refusal rolls back: ids read first
    before = count(session, Batch)
    for quantity in (1.5, True):
        answer = client.post("/api/v1/batches", headers=headers,
                             json={"operator_id": operator_id, "category": "wine",
                                   "quantity": quantity})
        refused_on(answer, "quantity")
    assert count(session, Batch) == before
    whole = client.post("/api/v1/batches", headers=headers,
                        json={"operator_id": operator_id, "category": "wine", "quantity": 2.0})
    assert whole.status_code == 201 and whole.get_json()["quantity"] == 2


def test_an_activation_before_the_stamps_began_is_refused(client, session, chain, fresh):  # noqa: F811
    answer = client.post("/api/v1/activations", headers=chain.headers["producer"],
                         json=fresh | {"activated_at": EARLY})
    body = refused_on(answer, "activated_at")
    assert "2026" in body["message"]
    assert count(session, Activation) == 1  # the chain's own


def test_a_custody_event_before_the_stamps_began_is_refused(client, session, chain):  # noqa: F811
    answer = client.post("/api/v1/custody/events", headers=chain.headers["officer"],
                         json={"business_step": "inspecting", "occurred_at": EARLY,
                               "premises_id": chain.factory.id, **chain.range()})
    refused_on(answer, "occurred_at")
    assert count(session, CustodyEvent) == 0


def _epcis_event(chain, **extra) -> dict:  # noqa: F811
    rng = chain.range()
    return {"type": "ObjectEvent", "eventTime": hours_ago(1), "eventTimeZoneOffset": "+00:00",
            "action": "OBSERVE", "bizStep": "inspecting",
            "bizLocation": {"id": f"urn:rks:banderola:premises:{chain.factory.id}"},
            "epcList": [epcis.range_urn(rng["series"], rng["first"], rng["last"])], **extra}


def _capture(client, chain, event):  # noqa: F811
    return client.post("/api/v1/epcis/capture", headers=chain.headers["officer"], json={
        "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": hours_ago(0),
        "epcisBody": {"eventList": [event]}})


@pytest.mark.parametrize(("extra", "reason"), [
    ({"eventTime": EARLY}, "event_time_too_early"),
    ({"eventID": "urn:uuid:" + "x" * 10_000}, "event_id_too_long"),
])
def test_an_epcis_event_too_early_or_with_too_long_an_id_is_refused(
    client, session, chain, extra, reason,  # noqa: F811
):
    answer = _capture(client, chain, _epcis_event(chain, **extra))
    assert answer.status_code == 422
    [refusal] = answer.get_json()["errors"]["events"]
    assert refusal["reason"] == reason
    assert count(session, CustodyEvent) == 0
    longest = _capture(client, chain, _epcis_event(chain, eventID="e" * epcis.MAX_EVENT_ID))
    assert longest.status_code == 201
    stored = session.scalar(select(CustodyEvent.epcis_event_id))
    assert stored == "e" * epcis.MAX_EVENT_ID


@pytest.mark.parametrize("field", ["product_id", "premises_id"])
def test_an_activation_naming_what_does_not_exist_is_422(client, session, chain, fresh, field):  # noqa: F811
    answer = client.post("/api/v1/activations", headers=chain.headers["producer"],
                         json=fresh | {field: 999_999})
    assert refused_on(answer, field)["errors"] == {field: [
        f"{field} names a record that does not exist."]}


@pytest.mark.parametrize("field", ["premises_id", "from_premises_id", "to_premises_id"])
def test_a_custody_event_naming_premises_that_do_not_exist_is_422(client, session, chain,  # noqa: F811
                                                                    field):
    answer = client.post("/api/v1/custody/events", headers=chain.headers["officer"],
                         json={"business_step": "inspecting", "occurred_at": hours_ago(1),
                               **chain.range(), "premises_id": chain.factory.id,
                               field: 999_999})
    refused_on(answer, field)
    assert count(session, CustodyEvent) == 0


def test_a_user_of_a_company_that_does_not_exist_is_422_not_409(client, session):
    admin = factories.user(session, "admin")
    before = count(session, User)
    answer = client.post("/api/v1/users", headers=factories.headers_for(session, admin),
                         json={"email": "nobody@test.example", "password": "a quiet violin 7",
                               "roles": ["operator"], "operator_id": 999_999})
    refused_on(answer, "operator_id")
    assert count(session, User) == before


def test_a_product_or_premises_of_a_company_that_does_not_exist_is_422(client, session):
    admin = factories.user(session, "admin")
    headers = factories.headers_for(session, admin)
    product = client.post("/api/v1/products", headers=headers, json={
        "operator_id": 999_999, "gtin": factories.gtin(4242), "brand": "B", "name": "N",
        "category": "cigarettes", "stick_count": 20})
    refused_on(product, "operator_id")
