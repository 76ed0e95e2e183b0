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
