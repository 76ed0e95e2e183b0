"""Registration in the operators' portal (seeds/000, API.md): an applicant registers, an admin
approves with the licence's limits (making the operator, its premises and its company
administrator, who must enrol TOTP) or rejects with reasons; the applicant's mail, received by
a real SMTP server, is in the language they registered in."""

from __future__ import annotations

import datetime as dt

import pyotp
import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.kosovo_time import today
from app.orders.models import LicenceLimit
from app.registrations.models import Registration
from app.registry.models import Operator, Premises
from tests import factories
from tests.support import smtp
from tests.support.smtp import text_of

smtp_server, app_mail = smtp.smtp_server, smtp.app_mail

REGISTRATIONS = "/api/v1/registrations"
PASSWORD = "a long enough passphrase"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


_numbers = iter(range(100_000, 999_999))


def application(**overrides) -> dict:
    n = next(_numbers)
    body = {
        "company_name": f"Vera e Rahovecit {n} SH.P.K.",
        "nui": f"811{n:06d}",
        "licence_number": f"AKC-V-{n}",
        "licence_kinds": ["producer"],
        "categories": ["wine", "spirits"],
        "licence_valid_from": (today() - dt.timedelta(days=30)).isoformat(),
        "licence_valid_to": (today() + dt.timedelta(days=700)).isoformat(),
        "premises": [{"kind": "factory", "address": "Rruga e Vreshtave 1",
                      "municipality": "rahovec", "lat": 42.399, "lon": 20.654}],
        "contact": {"name": "Arta Krasniqi", "phone": "+383 44 123 456",
                    "email": f"contact{n}@vera.example"},
        "admin": {"email": f"admin{n}@vera.example", "password": PASSWORD},
        "language": "sq",
    }
    return body | overrides


def register(client, body, **headers):
    return client.post(REGISTRATIONS, json=body, headers=headers)


def decide(client, admin_headers, registration_id, **body):
    return client.post(f"{REGISTRATIONS}/{registration_id}/decision", json=body,
                       headers=admin_headers, buffered=True)


@pytest.fixture
def admin_headers(session):
    return factories.headers_for(session, factories.mfa_user(session, "admin"))


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_register_approve_and_the_administrator_must_enrol_totp(client, session, admin_headers,
                                                                 app_mail):
    body = application(language="sr")
    answer = register(client, body)
    assert answer.status_code == 201, answer.get_json()
    created = answer.get_json()
    assert created == {"id": created["id"], "status": "pending"}
    pending = client.get(REGISTRATIONS, query_string={"status": "pending"},
                         headers=admin_headers).get_json()
    listed = next(r for r in pending if r["id"] == created["id"])
    assert listed["nui"] == body["nui"] and "admin_password_hash" not in listed
    assert "password" not in str(listed)

    limits = [{"category": "wine", "period": "quarter", "maximum": 30_000},
              {"category": "spirits", "period": "month", "maximum": 5_000}]
    decided = decide(client, admin_headers, created["id"], outcome="approved", limits=limits)
    assert decided.status_code == 200, decided.get_json()
    approved = decided.get_json()
    assert approved["status"] == "approved"
    assert sorted(approved["limits"], key=lambda x: x["category"]) == sorted(
        limits, key=lambda x: x["category"])
    operator = session.get(Operator, approved["operator_id"])
    assert operator.nui == body["nui"] and operator.licence_kinds == ["producer"]
    (premises,) = session.scalars(select(Premises).where(Premises.operator_id == operator.id))
    assert premises.municipality == "rahovec" and premises.kind == "factory"
    admin = session.get(User, approved["admin_user_id"])
    assert admin.email == body["admin"]["email"] and admin.company_admin
    assert admin.operator_id == operator.id and admin.language == "sr"

    # The mail, in Serbian, to the administrator's address.
    (mail,) = app_mail.messages
    assert mail["To"] == body["admin"]["email"]
    assert "odobrena" in mail["Subject"] and body["company_name"] in text_of(mail)

    # First sign-in with the registered password: TOTP enrolment before anything else.
    login = client.post("/api/v1/auth/login", json={"email": admin.email, "password": PASSWORD})
    assert login.status_code == 200, login.get_json()
    assert login.get_json()["scope"] == "mfa_enrolment"
    assert login.get_json()["user"]["mfa_required"] is True
    token = {"Authorization": f"Bearer {login.get_json()['access_token']}"}
    assert client.get("/api/v1/orders/limits", headers=token).get_json()["error"] == (
        "mfa_required")
    secret = client.post("/api/v1/auth/mfa/enrol", headers=token).get_json()["secret"]
    confirmed = client.post("/api/v1/auth/mfa/confirm", headers=token,
                            json={"otp": pyotp.TOTP(secret).now()})
    assert confirmed.status_code == 201, confirmed.get_json()
    limits_now = client.get("/api/v1/orders/limits", headers=token)
    assert limits_now.status_code == 200, limits_now.get_json()
    assert {x["category"] for x in limits_now.get_json()["limits"]} == {"wine", "spirits"}

    again = decide(client, admin_headers, created["id"], outcome="rejected", reasons="Late.")
    assert again.status_code == 409 and again.get_json()["error"] == "conflict"


@pytest.mark.parametrize("language, words", [
    ("en", ["not approved", "request a review", "Art. 291"]),
    ("sq", ["nuk u miratua", "rishqyrtimin", "neni 291"]),
    ("sr", ["nije odobrena", "preispitivanje", "član 291"]),
])
def test_a_rejection_states_its_reasons_and_the_right_of_appeal_in_the_applicants_language(
        client, session, admin_headers, app_mail, language, words):
    created = register(client, application(language=language)).get_json()
    operators = count(session, Operator)
    without = decide(client, admin_headers, created["id"], outcome="rejected")
    assert without.status_code == 422 and without.get_json()["error"] == "validation_failed"
    assert not app_mail.messages
    reasons = "The licence number does not match the register of excise licences."
    rejected = decide(client, admin_headers, created["id"], outcome="rejected", reasons=reasons)
    assert rejected.status_code == 200, rejected.get_json()
    assert rejected.get_json()["status"] == "rejected"
    (mail,) = app_mail.messages
    text = mail["Subject"] + text_of(mail)
    assert reasons in text
    for word in words:
        assert word in text
    assert count(session, Operator) == operators
    assert session.get(Registration, created["id"]).operator_id is None
    # Rejected, the NUI may register again.
    again = register(client, application(nui=session.get(Registration, created["id"]).nui))
    assert again.status_code == 201


def test_a_nui_pending_or_approved_is_refused_rejected_is_not(client, session, admin_headers):
    first = application()
    assert register(client, first).status_code == 201
    second = register(client, application(nui=first["nui"]))
    assert second.status_code == 409 and second.get_json()["error"] == "conflict"
    operator = factories.operator(session)
    taken = register(client, application(nui=operator.nui))
    assert taken.status_code == 409 and taken.get_json()["error"] == "conflict"


def test_an_address_with_an_account_is_not_revealed_nor_taken_over(client, session,
                                                                    admin_headers, app_mail):
    existing = factories.user(session, "officer")
    existing_id, existing_email = existing.id, existing.email
    fresh = register(client, application())
    known = register(client, application(admin={"email": existing_email, "password": PASSWORD}))
    assert known.status_code == fresh.status_code == 201
    assert set(known.get_json()) == set(fresh.get_json()) == {"id", "status"}
    decided = decide(client, admin_headers, known.get_json()["id"], outcome="approved",
                     limits=[{"category": "wine", "period": "year", "maximum": 100}])
    assert decided.status_code == 200, decided.get_json()
    assert decided.get_json()["admin_user_id"] is None
    existing = session.get(User, existing_id)
    assert existing.roles == ["officer"] and existing.operator_id is None
    (mail,) = app_mail.messages
    assert mail["To"] == existing_email and "nuk u ndryshua" in text_of(mail)


BAD = [
    ({"nui": "81012345"}, "nui"),
    ({"nui": "81O123456"}, "nui"),
    ({"licence_kinds": ["retailer"]}, "licence_kinds"),
    ({"licence_kinds": ["wholesaler"]}, "json"),
    ({"categories": ["beer"]}, "json"),
    ({"licence_valid_from": "2026-01-01", "licence_valid_to": "2025-01-01"}, "licence_valid_to"),
    ({"licence_valid_from": "2020-01-01", "licence_valid_to": "2021-01-01"}, "licence_valid_to"),
    ({"premises": []}, "json"),
    ({"premises": [{"kind": "factory", "address": "Rruga 1", "municipality": "atlantis"}]},
     "premises"),
    ({"admin": {"email": "admin@vera.example", "password": "short"}}, "admin.password"),
    ({"admin": {"email": "not an address", "password": PASSWORD}}, "json"),
    ({"language": "de"}, "json"),
]


@pytest.mark.parametrize(("change", "field"), BAD, ids=[str(change) for change, _ in BAD])
def test_bad_applications_are_refused_and_nothing_is_written(client, session, change, field):
    before = count(session, Registration)
    answer = register(client, application(**change), **{"Accept-Language": "sq"})
    assert answer.status_code == 422, answer.get_json()
    body = answer.get_json()
    assert body["error"] == "validation_failed" and field in body["errors"]
    assert count(session, Registration) == before


@pytest.mark.parametrize(("kinds", "limits"), [
    (["producer"], [{"category": "cigarettes", "period": "month", "maximum": 10}]),
    (["producer"], [{"category": "wine", "period": "month", "maximum": 10},
                    {"category": "wine", "period": "year", "maximum": 100}]),
    (["distributor"], [{"category": "wine", "period": "month", "maximum": 10}]),
])
def test_limits_only_for_the_registrations_categories_and_for_those_who_order(
        client, session, admin_headers, kinds, limits):
    created = register(client, application(licence_kinds=kinds)).get_json()
    operators, limits_before = count(session, Operator), count(session, LicenceLimit)
    answer = decide(client, admin_headers, created["id"], outcome="approved", limits=limits)
    assert answer.status_code == 422 and answer.get_json()["error"] == "validation_failed"
    assert count(session, Operator) == operators
    assert count(session, LicenceLimit) == limits_before
    assert session.get(Registration, created["id"]).status == "pending"


def test_a_negative_or_absurd_maximum_is_refused(client, admin_headers):
    created = register(client, application()).get_json()
    for maximum in (-1, 10**15, "many", 1.5):
        answer = decide(client, admin_headers, created["id"], outcome="approved",
                        limits=[{"category": "wine", "period": "month", "maximum": maximum}])
        assert answer.status_code == 422, maximum


def test_deciding_an_unknown_registration(client, admin_headers):
    answer = decide(client, admin_headers, 10**9, outcome="rejected", reasons="None.")
    assert answer.status_code == 404


def test_an_idempotent_retry_registers_once(client, session):
    body = application()
    headers = {"Idempotency-Key": "registration-retry-1"}
    first = register(client, body, **headers)
    second = register(client, body, **headers)
    assert first.status_code == second.status_code == 201
    assert first.get_json() == second.get_json()
    assert session.scalar(select(func.count()).select_from(Registration).where(
        Registration.nui == body["nui"])) == 1
