"""Stamp orders within limits (Art. 245(2)(d), Art. 241; API.md): the limits an operator sees,
orders within and over them, the Customs' decisions (an approval issues the batch) with mails
received by a real SMTP server, Art. 241 orders and their appeals, and bad input."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.kosovo_time import today
from app.orders.models import APPROVED, LicenceLimit, StampOrder
from app.stamps.models import Batch
from tests import factories
from tests.support import smtp
from tests.support.smtp import text_of

smtp_server, app_mail = smtp.smtp_server, smtp.app_mail

ORDERS = "/api/v1/orders"


def orders_of(session, operator_id) -> int:
    return session.scalar(select(func.count()).select_from(StampOrder).where(
        StampOrder.operator_id == operator_id))


def order(client, headers, **body):
    return client.post(ORDERS, json=body, headers=headers)


def limit_of(client, headers, category) -> dict:
    answer = client.get(f"{ORDERS}/limits", headers=headers)
    assert answer.status_code == 200, answer.get_json()
    return next(x for x in answer.get_json()["limits"] if x["category"] == category)


def test_orders_count_against_the_period_and_over_the_limit_nothing_is_written(
        client, session, importer, clerk_headers):
    assert limit_of(client, clerk_headers, "cigarettes") | {"basis": None} == {
        "category": "cigarettes", "period": "month", "maximum": 1_000, "ordered": 0,
        "available": 1_000, "basis": None, "art241_order": None}
    first = order(client, clerk_headers, category="cigarettes", quantity=600)
    assert first.status_code == 201, first.get_json()
    assert first.get_json()["status"] == "pending"
    over = order(client, clerk_headers, category="cigarettes", quantity=401)
    assert over.status_code == 409, over.get_json()
    body = over.get_json()
    assert body["error"] == "limit_exceeded"
    assert body["limit"] == 1_000 and body["available"] == 400
    assert orders_of(session, importer.id) == 1
    assert order(client, clerk_headers, category="cigarettes", quantity=400).status_code == 201
    seen = limit_of(client, clerk_headers, "cigarettes")
    assert (seen["ordered"], seen["available"]) == (1_000, 0)
    assert seen["basis"][0]["article"] == "245(2)(d)"


def test_rejected_orders_do_not_count_and_orders_of_last_period_do_not_either(
        client, session, importer, clerk_headers):
    session.add(StampOrder(operator_id=importer.id, category="cigarettes", quantity=1_000,
                           status=APPROVED, ordered_on=today().replace(day=1)
                           - dt.timedelta(days=1)))
    session.add(StampOrder(operator_id=importer.id, category="cigarettes", quantity=1_000,
                           status="rejected", ordered_on=today()))
    assert limit_of(client, clerk_headers, "cigarettes")["available"] == 1_000


@pytest.mark.parametrize("language, words", [
    ("sr", ["odobrena", "Izdate markice", "cigarete"]),
    ("sq", ["u miratua", "Banderolat e lëshuara", "cigare"]),
])
def test_approval_issues_the_batch_and_mails_the_orderer_in_their_language(
        client, session, clerk, clerk_headers, admin_headers, app_mail, language, words):
    clerk.language = language
    session.flush()
    clerk = SimpleNamespace(email=clerk.email, operator_id=clerk.operator_id)
    placed = order(client, clerk_headers, category="cigarettes", quantity=250).get_json()
    answer = client.post(f"{ORDERS}/{placed['id']}/decision", json={"outcome": "approved"},
                         headers=admin_headers, buffered=True)
    assert answer.status_code == 200, answer.get_json()
    approved = answer.get_json()
    batch = approved["batch"]
    assert approved["status"] == "approved"
    assert batch["last"] - batch["first"] + 1 == 250 and batch["series"].startswith("CG")
    assert session.get(Batch, batch["id"]).operator_id == clerk.operator_id
    assert [event["status"] for event in approved["history"]] == ["pending", "approved"]
    (mail,) = app_mail.messages
    assert mail["To"] == clerk.email
    text = mail["Subject"] + text_of(mail)
    for word in words:
        assert word in text
    assert f"{batch['series']}-{batch['first']:09d}" in text
    codes = client.get(f"/api/v1/batches/{batch['id']}/codes", headers=clerk_headers)
    assert codes.status_code == 200 and codes.data.decode().count("\n") == 251
    again = client.post(f"{ORDERS}/{placed['id']}/decision",
                        json={"outcome": "rejected", "reasons": "Changed our mind."},
                        headers=admin_headers)
    assert again.status_code == 409 and again.get_json()["error"] == "conflict"
    assert len(app_mail.messages) == 1


def test_a_rejection_needs_reasons_and_mails_them_with_the_right_of_appeal(
        client, session, clerk, clerk_headers, admin_headers, app_mail):
    placed = order(client, clerk_headers, category="wine", quantity=100).get_json()
    path = f"{ORDERS}/{placed['id']}/decision"
    bare = client.post(path, json={"outcome": "rejected"}, headers=admin_headers)
    assert bare.status_code == 422 and bare.get_json()["error"] == "validation_failed"
    reasons = "Excise on the previous batch is unpaid."
    answer = client.post(path, json={"outcome": "rejected", "reasons": reasons},
                         headers=admin_headers, buffered=True)
    assert answer.status_code == 200 and answer.get_json()["batch"] is None
    assert answer.get_json()["history"][-1]["reasons"] == reasons
    (mail,) = app_mail.messages
    assert reasons in text_of(mail) and "član 291" in text_of(mail)
    # Rejected, it no longer counts.
    assert limit_of(client, clerk_headers, "wine")["available"] == 5_000


def test_an_operator_sees_its_own_orders_only_and_an_admin_every_one(
        client, session, importer, clerk_headers, admin_headers):
    own = order(client, clerk_headers, category="wine", quantity=10).get_json()
    rival = factories.operator(session, licence_kinds=["producer"]).id
    session.add(LicenceLimit(operator_id=rival, category="wine", period="month", maximum=99))
    rival_headers = factories.headers_for(
        session, factories.user(session, "operator", operator_id=rival, company_role="ordering"))
    theirs = order(client, rival_headers, category="wine", quantity=5).get_json()
    listed = [o["id"] for o in client.get(ORDERS, headers=clerk_headers).get_json()]
    assert own["id"] in listed and theirs["id"] not in listed
    assert client.get(f"{ORDERS}/{theirs['id']}", headers=clerk_headers).status_code == 404
    assert client.get(f"{ORDERS}/{own['id']}", headers=clerk_headers).get_json()["quantity"] == 10
    every = [o["id"] for o in client.get(ORDERS, headers=admin_headers,
                                         query_string={"status": "pending"}).get_json()]
    assert {own["id"], theirs["id"]} <= set(every)


QUANTITIES = [0, -5, 5_000_001, 10**18, 2.5, "100", None, True]


@pytest.mark.parametrize("quantity", QUANTITIES, ids=repr)
def test_zero_negative_absurd_or_non_integer_quantities_are_refused(
        client, session, importer, clerk_headers, quantity):
    answer = order(client, clerk_headers, category="cigarettes", quantity=quantity)
    assert answer.status_code == 422, answer.get_json()
    assert answer.get_json()["error"] == "validation_failed"
    assert orders_of(session, importer.id) == 0


def test_another_companys_premises_or_product_and_unlicensed_categories_are_refused(
        client, session, importer, clerk_headers):
    theirs = factories.premises(session).id
    ours = factories.premises(session, operator_id=importer.id).id
    refused = order(client, clerk_headers, category="wine", quantity=1, premises_id=theirs)
    assert refused.status_code == 403 and refused.get_json()["error"] == "forbidden"
    unknown = order(client, clerk_headers, category="wine", quantity=1, premises_id=10**9)
    assert unknown.status_code == 404
    spirits = factories.product(session, category="spirits").id
    mismatch = order(client, clerk_headers, category="wine", quantity=1, product_id=spirits)
    assert mismatch.status_code == 422
    unlicensed = order(client, clerk_headers, category="spirits", quantity=1)
    assert unlicensed.status_code == 422 and unlicensed.get_json()["errors"] == {
        "category": ["spirits"]}
    assert orders_of(session, importer.id) == 0
    placed = order(client, clerk_headers, category="wine", quantity=1, premises_id=ours)
    assert placed.status_code == 201 and placed.get_json()["premises_id"] == ours


def test_distributors_do_not_order_and_an_expired_licence_orders_nothing(client, session):
    distributor = factories.operator(session, licence_kinds=["distributor"])
    session.add(LicenceLimit(operator_id=distributor.id, category="wine", period="month",
                             maximum=99))
    headers = factories.headers_for(session, factories.user(
        session, "operator", operator_id=distributor.id, company_role="administrator"))
    assert client.get(f"{ORDERS}/limits", headers=headers).status_code == 403
    refused = order(client, headers, category="wine", quantity=1)
    assert refused.status_code == 403 and refused.get_json()["error"] == "forbidden"
    expired = factories.operator(session, licence_kinds=["importer"],
                                 licence_valid_until=today() - dt.timedelta(days=1)).id
    session.add(LicenceLimit(operator_id=expired, category="wine", period="month",
                             maximum=99))
    headers = factories.headers_for(session, factories.user(
        session, "operator", operator_id=expired, company_role="ordering"))
    late = order(client, headers, category="wine", quantity=1)
    assert late.status_code == 409 and late.get_json()["error"] == "conflict"
    assert orders_of(session, expired) == 0


def test_an_art241_order_caps_orders_at_the_nine_month_average_and_the_stricter_binds(
        client, session, importer, clerk_headers, admin_headers):
    starts_on = today()
    window_first = starts_on.replace(day=1) - dt.timedelta(days=200)
    for quantity, status, day in [(1_800, APPROVED, window_first),
                                  (900, APPROVED, starts_on - dt.timedelta(days=40)),
                                  (9_000, "rejected", starts_on - dt.timedelta(days=40)),
                                  (50_000, APPROVED, starts_on - dt.timedelta(days=400))]:
        session.add(StampOrder(operator_id=importer.id, category="cigarettes",
                               quantity=quantity, status=status, ordered_on=day))
    path = f"/api/v1/operators/{importer.id}/avoidance-orders"
    body = {"categories": ["cigarettes", "wine"], "from": starts_on.isoformat(),
            "notification": {"method": "post", "sent_on": starts_on.isoformat(),
                             "address": "Rruga B, Prishtinë"},
            "reasons": "Imports ahead of the announced excise increase."}
    made = client.post(path, json=body, headers=admin_headers)
    assert made.status_code == 201, made.get_json()
    answer = made.get_json()
    # (1,800 + 900) / 9 = 300 cigarettes a month; no wine ordered before: nil.
    assert answer["caps"] == {"cigarettes": 300, "wine": 0}
    assert answer["appeal_to"].startswith("Independent Review Board")
    cigarettes = limit_of(client, clerk_headers, "cigarettes")
    assert (cigarettes["period"], cigarettes["maximum"], cigarettes["available"]) == (
        "month", 300, 300)
    assert cigarettes["art241_order"] == {"id": answer["id"], "cap": 300}
    assert [b["kind"] for b in cigarettes["basis"]] == ["licence", "art241"]
    over = order(client, clerk_headers, category="cigarettes", quantity=301)
    assert over.status_code == 409 and over.get_json()["limit"] == 300
    assert order(client, clerk_headers, category="cigarettes", quantity=300).status_code == 201
    assert order(client, clerk_headers, category="wine", quantity=1).status_code == 409

    appeal = client.post(f"{path}/{answer['id']}/appeals", headers=admin_headers, json={
        "lodged_on": starts_on.isoformat(), "grounds": "The imports were ordered in 2025."})
    assert appeal.status_code == 201, appeal.get_json()
    early = client.post(f"{path}/{answer['id']}/appeals", headers=admin_headers, json={
        "lodged_on": (starts_on - dt.timedelta(days=1)).isoformat(), "grounds": "Too early."})
    assert early.status_code == 422
    other = factories.operator(session).id
    assert client.post(f"/api/v1/operators/{other}/avoidance-orders/{answer['id']}/appeals",
                       headers=admin_headers, json={"lodged_on": starts_on.isoformat(),
                                                    "grounds": "Wrong operator."}
                       ).status_code == 404


def test_an_art241_order_that_has_ended_no_longer_applies(client, session, importer,
                                                          clerk_headers, admin_headers):
    path = f"/api/v1/operators/{importer.id}/avoidance-orders"
    past = today() - dt.timedelta(days=60)
    body = {"categories": ["wine"], "from": past.isoformat(),
            "to": (today() - dt.timedelta(days=1)).isoformat(),
            "notification": {"method": "hand", "sent_on": past.isoformat()},
            "reasons": "Imports ahead of the announced excise increase."}
    assert client.post(path, json=body, headers=admin_headers).status_code == 201
    assert limit_of(client, clerk_headers, "wine")["art241_order"] is None
    reversed_dates = body | {"to": (past - dt.timedelta(days=1)).isoformat()}
    assert client.post(path, json=reversed_dates, headers=admin_headers).status_code == 422
    bad_method = body | {"notification": {"method": "pigeon", "sent_on": past.isoformat()}}
    assert client.post(path, json=bad_method, headers=admin_headers).status_code == 422


def test_a_decision_reaches_the_company_administrators_when_the_orderer_has_left(
        client, session, importer, clerk, clerk_headers, admin_headers, app_mail):
    placed = order(client, clerk_headers, category="wine", quantity=7).get_json()
    boss = factories.company_admin(session, operator_id=importer.id)
    boss.language = "en"
    boss_email = boss.email
    left = session.get(type(boss), clerk.id)
    left.active = False
    session.flush()
    answer = client.post(f"{ORDERS}/{placed['id']}/decision", json={"outcome": "approved"},
                         headers=admin_headers, buffered=True)
    assert answer.status_code == 200, answer.get_json()
    (mail,) = app_mail.messages
    assert mail["To"] == boss_email and "approved" in mail["Subject"]


def test_an_idempotent_retry_orders_once(client, session, importer, clerk_headers):
    headers = clerk_headers | {"Idempotency-Key": "order-retry-1"}
    first = order(client, headers, category="wine", quantity=3)
    second = order(client, headers, category="wine", quantity=3)
    assert first.status_code == second.status_code == 201
    assert first.get_json()["id"] == second.get_json()["id"]
    assert orders_of(session, importer.id) == 1


@pytest.mark.parametrize("role", ["logistics", "read_only"])
def test_only_administrators_and_ordering_users_order_though_every_role_reads(
        client, session, importer, role):
    headers = factories.headers_for(session, factories.user(
        session, "operator", operator_id=importer.id, company_role=role))
    assert client.get(f"{ORDERS}/limits", headers=headers).status_code == 200
    refused = order(client, headers, category="wine", quantity=1)
    assert refused.status_code == 403 and refused.get_json()["error"] == "forbidden"
    assert orders_of(session, importer.id) == 0


def test_a_companys_system_orders_with_an_orders_key_and_not_with_another(
        client, session, importer):
    from app.accounts.api_keys import create_key

    admin = factories.user(session, "operator", operator_id=importer.id,
                           company_role="administrator")
    orders_key = create_key(session, admin, name="ERP", scopes=["orders"]).secret
    epcis_key = create_key(session, admin, name="scanner", scopes=["epcis"]).secret
    session.commit()
    placed = order(client, {"Authorization": f"Bearer {orders_key}"}, category="wine",
                   quantity=3)
    assert placed.status_code == 201, placed.get_json()
    assert placed.get_json()["history"][0]["by"] is None  # a system, not a person
    refused = order(client, {"Authorization": f"Bearer {epcis_key}"}, category="wine", quantity=3)
    assert refused.status_code == 403
    assert orders_of(session, importer.id) == 1
