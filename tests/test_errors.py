"""app.errors: the refusals of the rules (seizures, custody, EPCIS) are answered in one place."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.custody import epcis
from app.custody import rules as custody_rules
from app.custody import service as custody_service
from app.errors import refused
from app.seizures import rules as seizures_rules
from tests import factories


@pytest.mark.parametrize(
    ("kind", "status"),
    [("validation_failed", 422), ("conflict", 409), ("deadline_passed", 409), ("forbidden", 403),
     ("reasons_required", 422)],
)
def test_a_refusal_is_answered_by_its_kind(kind, status):
    error = refused(kind, "seizures.x", errors={"on": ["seizures.x"]}, on="2026-11-20")
    assert (error.error, error.status, error.message_key) == (kind, status, "seizures.x")
    assert error.errors == {"on": ["seizures.x"]} and error.params == {"on": "2026-11-20"}


def test_every_kind_the_rules_give_has_an_answer():
    kinds = {seizures_rules.VALIDATION_FAILED, seizures_rules.CONFLICT,
             seizures_rules.DEADLINE_PASSED, seizures_rules.REASONS_REQUIRED}
    for module, refusal in ((custody_rules, "CustodyError"), (custody_service, "refused_step"),
                            (epcis, "EventRefusedError")):
        source = Path(module.__file__).read_text(encoding="utf-8")
        kinds.update(re.findall(rf'{refusal}\(\s*"[^"]+",\s*"(\w+)"', source))
    kinds.update((custody_rules.CustodyError("x").error, epcis.EventRefusedError("x").error))
    assert kinds == {"validation_failed", "conflict", "deadline_passed", "forbidden",
                     "reasons_required"}
    for kind in kinds:
        assert refused(kind, "errors.error").error == kind


def test_field_errors_of_a_form_are_answered_in_the_users_language(client, session):
    """marshmallow's messages, at any depth, in Albanian and Serbian, with numbers written the
    local way; English as marshmallow writes it."""
    officer = factories.user(session, "officer")
    body = factories.case_request(dt.date(2026, 11, 20))
    del body["owner"]["name"]
    body["items"][0]["value_eur"] = "x"
    body["items"][0]["quantity"] = 0
    answers = {}
    for lang in ("en", "sq", "sr"):
        answer = client.post("/api/v1/cases", json=body, headers={
            **factories.headers_for(session, officer), "Accept-Language": lang})
        assert answer.status_code == 422
        answers[lang] = answer.get_json()["errors"]["json"]
    assert answers["en"]["owner"]["name"] == ["Missing data for required field."]
    assert answers["sq"]["owner"]["name"] == ["Kjo fushë është e detyrueshme."]
    assert answers["sr"]["owner"]["name"] == ["Ovo polje je obavezno."]
    assert answers["sr"]["items"]["0"]["value_eur"] == ["Upišite broj."]
    assert answers["sr"]["items"]["0"]["quantity"] == [
        "Mora biti veće od 0, a najviše 1.000.000.000."]
    assert answers["sq"]["items"]["0"]["quantity"] == [
        "Duhet të jetë më shumë se 0 dhe më së shumti 1\u202f000\u202f000\u202f000."]


def test_every_message_of_marshmallow_has_its_translation():
    """The `validation.*` texts are marshmallow's own: a changed wording upstream would leave a
    field error in English, so the installed marshmallow's messages are compared with them."""
    from marshmallow import Schema, fields, validate

    from app.i18n import catalogue

    english = {texts["en"] for key, texts in catalogue().items() if key.startswith("validation.")}
    messages = {*Schema._default_error_messages.values()}
    for field in (fields.Field, fields.String, fields.Integer, fields.Number, fields.Decimal,
                  fields.Boolean, fields.Date, fields.Email, fields.List, fields.Nested,
                  fields.Dict, fields.UUID, fields.Url):
        messages.update(field.default_error_messages.values())
    messages.discard('"{input}" cannot be formatted as a date.')  # dumping only
    messages.update(v.default_message for v in (validate.OneOf, validate.Regexp,
                                                 validate.Equal, validate.NoneOf))
    length = validate.Length
    messages.update((length.message_all, length.message_equal, length.message_min,
                     length.message_max))
    assert messages <= english, messages - english


@pytest.mark.postgresql  # SQLite serialises writers instead (docs/stamps.md, Range writes)
def test_a_range_the_database_refuses_as_overlapping_is_a_409_not_a_500(app, database_url):
    """The backstop of the range locks (migration 0008): a row that slipped past them is
    refused by PostgreSQL's EXCLUDE constraint and answered as the conflict it is."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import Session

    from app.errors import _integrity_error_response

    engine = create_engine(database_url)
    insert = text("INSERT INTO activations (batch_id, series, first, last, product_id, "
                  "activated_at, recorded_at) VALUES (:batch, 'CG98', :first, :last, :product, "
                  "now(), now())")
    try:
        with engine.connect() as connection:
            own = Session(bind=connection)
            batch = factories.batch(own, quantity=10)
            product = factories.product(own)
            own.flush()
            connection.execute(insert, {"batch": batch.id, "first": 1, "last": 5,
                                        "product": product.id})
            with pytest.raises(IntegrityError) as refused_row:
                connection.execute(insert, {"batch": batch.id, "first": 5, "last": 6,
                                            "product": product.id})
            connection.rollback()
    finally:
        engine.dispose()
    with app.test_request_context(headers={"Accept-Language": "en"}):
        answer = _integrity_error_response(refused_row.value)
    assert answer.status_code == 409
    assert answer.get_json()["error"] == "conflict"
    assert "another request" in answer.get_json()["message"]


def test_a_database_busy_past_its_wait_is_a_503_with_retry_after(app, tmp_path):
    """SQLite's "database is locked" (a writer waited past the busy timeout): try again later,
    not a 500."""
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from app.errors import _operational_error_response

    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with engine.connect() as connection, pytest.raises(OperationalError) as busy:
            connection.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        holder.close()
        engine.dispose()
    with app.test_request_context(headers={"Accept-Language": "en"}):
        answer = _operational_error_response(busy.value)
    assert answer.status_code == 503
    assert answer.get_json()["error"] == "busy"
    assert answer.headers["Retry-After"] == "1"
