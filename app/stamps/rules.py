"""The verdict of a scan as a pure function of what is known about the stamp (DESIGN.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.kosovo_time import legal_date

# The day the digital stamps began: the first series is 2026's (docs/CODES.md), so no stamp was
# activated, moved or seen before it. Earlier times (`1900-01-01`) are typing errors, refused.
SYSTEM_START = dt.date(2026, 1, 1)


def before_system_start(instant: dt.datetime) -> bool:
    """Is `instant` earlier than the first day of the stamps, on the Kosovo calendar?"""
    return legal_date(instant) < SYSTEM_START


# A reason code decides the verdict: any of these makes it invalid, any other suspicious
# (`verdict_for`).
INVALID_REASONS = frozenset(
    {"malformed_code", "signature_invalid", "unknown_key", "not_issued", "revoked", "destroyed"}
)


# Findings that anonymous evidence alone can raise (forgeable positions, many clients): for the
# public they are advice beside the registry's verdict, never the verdict (docs/stamps.md).
ADVISORY_FINDINGS = frozenset({"scanned_by_many", "clone_suspected"})
# `scanned_by_many`: distinct anonymous client networks over a serial's life (a setting,
# SCANNED_BY_MANY_CLIENTS; docs/stamps.md).
SCANNED_BY_MANY_CLIENTS = 20


def scanned_by_many(client_networks: int, threshold: int = SCANNED_BY_MANY_CLIENTS) -> bool:
    """Did so many distinct client networks scan one serial that its code may be copied?"""
    return client_networks >= threshold


@dataclass(frozen=True)
class StampFacts:
    """What the code and the registry say about one scanned stamp."""

    signature: str  # "valid", "invalid", "unknown_key" or "absent" (a bare serial typed by hand)
    issued: bool
    activated: bool = False
    revocation_reason: str | None = None
    batch_missing: bool = False
    sale_not_before: dt.date | None = None
    sale_not_after: dt.date | None = None
    findings: tuple[str, ...] = field(default=())  # from custody and seizures: clone_suspected...


def reasons_for(facts: StampFacts, today: dt.date) -> list[str]:
    """The reason codes, most serious first."""
    if facts.signature == "invalid":
        return ["signature_invalid"]
    if facts.signature == "unknown_key":
        return ["unknown_key"]
    if not facts.issued:
        return ["not_issued"]
    reasons: list[str] = []
    if facts.revocation_reason == "destroyed":
        reasons.append("destroyed")
    elif facts.revocation_reason is not None:
        reasons.append("revoked")
    if facts.batch_missing:
        reasons.append("batch_reported_missing")
    if not facts.activated:
        reasons.append("not_activated")
    # Art. 235(i): the fiscal mark may carry a window in which the product may be sold.
    if (facts.sale_not_before and today < facts.sale_not_before) or (
        facts.sale_not_after and today > facts.sale_not_after
    ):
        reasons.append("sale_window")
    reasons.extend(finding for finding in facts.findings if finding not in reasons)
    if facts.signature == "absent":
        reasons.append("serial_only")
    return reasons


def verdict_for(reasons: list[str], advisory: frozenset[str] | set[str] = frozenset()) -> str:
    """The verdict of the reasons; `advisory` ones (advice to the public, ADVISORY_FINDINGS)
    do not change it."""
    if any(reason in INVALID_REASONS for reason in reasons):
        return "invalid"
    if any(reason not in advisory for reason in reasons):
        return "suspicious"
    return "genuine"
