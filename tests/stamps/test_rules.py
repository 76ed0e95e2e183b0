"""The verdict of a scan from what is known about the stamp (app/stamps/rules.py), without a
database: every reason, their order, and the verdict each leads to."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.stamps.rules import INVALID_REASONS, StampFacts, reasons_for, verdict_for

TODAY = dt.date(2026, 11, 20)
FINDINGS = ("clone_suspected", "custody_mismatch", "seized", "destroyed")


def genuine(**changes) -> StampFacts:
    facts = {"signature": "valid", "issued": True, "activated": True, **changes}
    return StampFacts(**facts)


def test_a_signed_issued_activated_stamp_is_genuine():
    assert reasons_for(genuine(), TODAY) == []
    assert verdict_for([]) == "genuine"


@pytest.mark.parametrize(
    ("facts", "reasons"),
    [
        (genuine(signature="invalid", revocation_reason="stolen"), ["signature_invalid"]),
        (genuine(signature="unknown_key", issued=False), ["unknown_key"]),
        (genuine(issued=False, activated=False), ["not_issued"]),
    ],
    ids=["bad signature", "unknown key", "never issued"],
)
def test_what_the_code_alone_refutes_is_the_only_reason(facts, reasons):
    assert reasons_for(facts, TODAY) == reasons
    assert verdict_for(reasons) == "invalid"


def test_destroyed_stamps_say_so_and_other_revocations_say_revoked():
    assert reasons_for(genuine(revocation_reason="destroyed"), TODAY) == ["destroyed"]
    for reason in ("lost", "stolen", "damaged", "cancelled"):
        assert reasons_for(genuine(revocation_reason=reason), TODAY) == ["revoked"]


def test_every_suspicion_is_listed_most_serious_first():
    facts = genuine(
        revocation_reason="stolen",
        batch_missing=True,
        activated=False,
        sale_not_after=TODAY - dt.timedelta(days=1),
        findings=("clone_suspected", "revoked"),
        signature="absent",
    )
    assert reasons_for(facts, TODAY) == [
        "revoked", "batch_reported_missing", "not_activated", "sale_window", "clone_suspected",
        "serial_only",
    ]


@pytest.mark.parametrize(
    ("not_before", "not_after", "outside"),
    [
        (TODAY, None, False),
        (TODAY + dt.timedelta(days=1), None, True),
        (None, TODAY, False),
        (None, TODAY - dt.timedelta(days=1), True),
        (TODAY - dt.timedelta(days=5), TODAY + dt.timedelta(days=5), False),
    ],
)
def test_the_sale_window_of_art_235_counts_both_of_its_days(not_before, not_after, outside):
    facts = genuine(sale_not_before=not_before, sale_not_after=not_after)
    assert ("sale_window" in reasons_for(facts, TODAY)) is outside


def test_a_bare_serial_typed_by_hand_is_at_best_suspicious():
    assert reasons_for(genuine(signature="absent"), TODAY) == ["serial_only"]
    assert verdict_for(["serial_only"]) == "suspicious"


@settings(max_examples=300, deadline=None)
@given(
    signature=st.sampled_from(["valid", "invalid", "unknown_key", "absent"]),
    issued=st.booleans(),
    activated=st.booleans(),
    revocation_reason=st.sampled_from([None, "destroyed", "stolen", "lost"]),
    batch_missing=st.booleans(),
    window=st.sampled_from([(None, None), (TODAY, TODAY), (TODAY + dt.timedelta(days=1), None)]),
    findings=st.lists(st.sampled_from(FINDINGS), max_size=4),
)
def test_reasons_never_repeat_and_decide_the_verdict(
    signature, issued, activated, revocation_reason, batch_missing, window, findings
):
    facts = StampFacts(
        signature=signature, issued=issued, activated=activated,
        revocation_reason=revocation_reason, batch_missing=batch_missing,
        sale_not_before=window[0], sale_not_after=window[1], findings=tuple(findings),
    )
    reasons = reasons_for(facts, TODAY)
    assert len(reasons) == len(set(reasons))
    verdict = verdict_for(reasons)
    if INVALID_REASONS & set(reasons):
        assert verdict == "invalid"
    else:
        assert verdict == ("suspicious" if reasons else "genuine")
    assert (verdict == "genuine") == (
        signature == "valid" and issued and activated and revocation_reason is None
        and not batch_missing and window != (TODAY + dt.timedelta(days=1), None) and not findings
    )
