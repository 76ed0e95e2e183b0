"""app.errors: the refusals of the rules (seizures, custody, EPCIS) are answered in one place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.custody import epcis
from app.custody import rules as custody_rules
from app.custody import service as custody_service
from app.errors import refused
from app.seizures import rules as seizures_rules


@pytest.mark.parametrize(
    ("kind", "status"),
    [("validation_failed", 422), ("conflict", 409), ("deadline_passed", 409), ("forbidden", 403)],
)
def test_a_refusal_is_answered_by_its_kind(kind, status):
    error = refused(kind, "seizures.x", errors={"on": ["seizures.x"]}, on="2026-11-20")
    assert (error.error, error.status, error.message_key) == (kind, status, "seizures.x")
    assert error.errors == {"on": ["seizures.x"]} and error.params == {"on": "2026-11-20"}


def test_every_kind_the_rules_give_has_an_answer():
    kinds = {seizures_rules.VALIDATION_FAILED, seizures_rules.CONFLICT,
             seizures_rules.DEADLINE_PASSED}
    for module, refusal in ((custody_rules, "CustodyError"), (custody_service, "refused_step"),
                            (epcis, "EventRefusedError")):
        source = Path(module.__file__).read_text(encoding="utf-8")
        kinds.update(re.findall(rf'{refusal}\(\s*"[^"]+",\s*"(\w+)"', source))
    kinds.update((custody_rules.CustodyError("x").error, epcis.EventRefusedError("x").error))
    assert kinds == {"validation_failed", "conflict", "deadline_passed", "forbidden"}
    for kind in kinds:
        assert refused(kind, "errors.error").error == kind
