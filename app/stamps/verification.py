"""Verifying a scanned code: signature, registry facts, findings of other capabilities, the scan.

This is the hottest path of the service (every consumer scan): everything the database knows
about the serial comes back from one statement built once (the registry's facts, the scan
history and the probes of the finding providers), and the scan is one INSERT
(docs/BENCHMARKS.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from sqlalchemy import and_, bindparam, insert, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.db_fast import HotStatement, json_rows, load_json_rows, relaxed_commit
from app.geo.gazetteer import coarse_place
from app.i18n import translate
from app.kosovo_time import legal_date
from app.plugins import optional_import
from app.registry.models import Operator, Product
from app.stamps import codes, retention
from app.stamps.keys import public_keys
from app.stamps.models import (
    Activation,
    Batch,
    Revocation,
    Scan,
    SerialScanPlace,
    SerialScanRollup,
)
from app.stamps.ranges import candidate
from app.stamps.rules import (
    SCANNED_BY_MANY_CLIENTS,
    StampFacts,
    reasons_for,
    scanned_by_many,
    verdict_for,
)

# Capabilities that add findings (clone_suspected, custody_mismatch, seized) to a verification.
# Each module has `PROBES`, labelled columns the verification's one statement computes for it
# (bound parameters: SERIES, NUMBER, PREMISES), and `findings(session, context) -> list[str]`,
# which reads them from `context.facts`.
FINDING_PROVIDERS = ("app.custody.findings", "app.seizures.findings")

SERIES = bindparam("series")
NUMBER = bindparam("number")
PREMISES = bindparam("premises_id")  # where an officer scans (inspections); None otherwise
# The oldest scan time retention keeps whole (retention.cutoff): what reads scans themselves
# (the clone check) reads none older, so deleting older scans changes no answer.
RETAINED_SINCE = bindparam("retained_since")
# How many municipalities the consumer is told the stamp was scanned in.
SCAN_PLACES = 5
# The row of the verification's statement: a named tuple of its columns (HotStatement).
FactsRow = tuple


def of_serial() -> tuple:
    """The WHERE of the scans of the serial (SERIES, NUMBER)."""
    return (Scan.series == SERIES, Scan.number == NUMBER)


def _history_columns() -> list:
    """How often the serial was scanned in each municipality, from its rollup (at most 38
    rows of one primary-key range, however often it was scanned). The count, the first scan
    and the client networks come from the rollup's row, joined in `_statement`."""
    places = (
        select(SerialScanPlace.municipality, SerialScanPlace.scans)
        .where(SerialScanPlace.series == SERIES, SerialScanPlace.number == NUMBER)
        .subquery()
    )
    return [
        select(json_rows(places.c.municipality, places.c.scans))
        .select_from(places)
        .scalar_subquery()
        .label("scan_places"),
    ]


def registry_select(*columns):
    """`columns` of the batch that may hold the serial (SERIES, NUMBER) joined to its operator,
    the activation that may hold it with its product, and the revocation that may hold it:
    three index seeks. Whether each range really reaches the serial (`last >= number`) is
    checked on the row; no row at all means no batch starts at or before the serial."""
    def candidate_id(model):
        return candidate(model, SERIES, NUMBER, model.id).scalar_subquery()

    return (
        candidate(Batch, SERIES, NUMBER, *columns)
        .join(Operator, Operator.id == Batch.operator_id)
        .outerjoin(Activation, Activation.id == candidate_id(Activation))
        .outerjoin(Product, Product.id == Activation.product_id)
        .outerjoin(Revocation, Revocation.id == candidate_id(Revocation))
    )


@cache
def _statement(providers: tuple[str, ...]):
    """Everything known about a serial, in one row: the registry's facts, the scan history and
    the providers' probes."""
    probes = [column for module in _modules(providers) for column in module.PROBES]
    return HotStatement(
        registry_select(
            Batch.id,
            Batch.operator_id,
            Operator.name.label("operator_name"),
            Batch.category,
            Batch.series,
            Batch.first,
            Batch.last,
            Batch.issued_at,
            Batch.sale_not_before,
            Batch.sale_not_after,
            Batch.missing_reported_at,
            Activation.id.label("activation_id"),
            Activation.last.label("activation_last"),
            Activation.premises_id,
            Activation.activated_at,
            Product.id.label("product_id"),
            Product.gtin,
            Product.brand,
            Product.name.label("product_name"),
            Product.category.label("product_category"),
            Product.volume_ml,
            Product.stick_count,
            Product.abv,
            Revocation.reason.label("revocation_reason"),
            Revocation.last.label("revocation_last"),
            SerialScanRollup.scans.label("previous_scans"),
            SerialScanRollup.first_scanned_at,
            SerialScanRollup.first_municipality,
            SerialScanRollup.client_networks,
            *_history_columns(),
            *probes,
        )
        # The serial's rollup: one primary-key probe (no row: never scanned).
        .outerjoin(
            SerialScanRollup,
            and_(SerialScanRollup.series == SERIES, SerialScanRollup.number == NUMBER),
        )
    )


# The columns every scan is inserted with.
_SCAN_INSERT_KEYS = (
    "series", "number", "scanned_at", "verdict", "reasons", "accuracy_m", "client_hash",
    "client_network",
    "user_id", "premises_id", "inspection_id", "lat", "lon", "municipality",
)
_INSERT_SCAN = HotStatement(insert(Scan).returning(Scan.id), keys=_SCAN_INSERT_KEYS)
# A consumer's scan: its commit does not wait for the WAL flush (docs/stamps.md); the scans of
# an inspection, which are evidence, stay durable.
_INSERT_RELAXED_SCAN = HotStatement(
    insert(Scan).returning(Scan.id, relaxed_commit().label("relaxed")), keys=_SCAN_INSERT_KEYS
)


@dataclass
class ScanContext:
    """Everything a finding provider may look at for one scan.

    `facts` is the row of the verification's statement: the batch's columns (`operator_id`,
    `first`, `last`...), the activation's (`premises_id`, `activated_at`...) and product's, and
    every provider's `PROBES`; `activated` says whether the activation in it reaches the serial.
    `settings` are the application's (app/config.py); a provider uses its defaults for those
    missing.
    """

    serial: codes.Serial
    facts: FactsRow
    activated: bool
    now: dt.datetime
    settings: Mapping[str, Any]
    lat: float | None = None
    lon: float | None = None
    accuracy_m: float | None = None
    user_id: int | None = None
    officer: bool = False
    premises_id: int | None = None
    inspection_id: int | None = None
    previous_scans: int = 0  # scans of this serial before this one
    # Findings a provider raised on anonymous evidence alone: advice for the public (a
    # provider adds its code here as well as returning it; officers' scans leave it empty).
    advisory: set[str] = field(default_factory=set)


@dataclass
class Verification:
    """The verdict of one scan; `facts` and `activated` as in ScanContext (no facts: the serial
    was never issued, or the code says nothing the registry could be asked about)."""

    verdict: str
    reasons: list[str]
    scan_id: int
    serial: codes.Serial | None = None
    facts: FactsRow | None = None
    activated: bool = False
    previous_scans: int = 0
    first_scan: dict | None = None
    scan_places: list[dict] = field(default_factory=list)
    advisory: frozenset[str] = frozenset()  # reasons that are advice, not the verdict


@cache
def _modules(names: tuple[str, ...]) -> tuple:
    """The provider modules that exist, looked up once per list of names."""
    return tuple(module for module in map(optional_import, names) if module is not None)


def _registry_facts(
    session: Session, serial: codes.Serial, premises_id: int | None,
    retained_since: dt.datetime | None = None,
) -> tuple[FactsRow | None, bool, str | None]:
    """(row, activated?, revocation reason) for the serial; None when it was never issued.
    `retained_since`: the retention's cutoff (default: today's, with the default months)."""
    if retained_since is None:
        retained_since = retention.cutoff(utcnow(), retention.DEFAULT_MONTHS)
    row = _statement(FINDING_PROVIDERS).first(
        session.connection(),
        {"series": serial.series, "number": serial.number, "premises_id": premises_id,
         "retained_since": retained_since},
    )
    if row is None or row.last < serial.number:
        return None, False, None
    activated = row.activation_id is not None and row.activation_last >= serial.number
    revoked = row.revocation_reason is not None and row.revocation_last >= serial.number
    return row, activated, row.revocation_reason if revoked else None


def verify(
    session: Session,
    *,
    text: str,
    lat: float | None = None,
    lon: float | None = None,
    accuracy_m: float | None = None,
    client_hash: str | None = None,
    client_network: str | None = None,
    user_id: int | None = None,
    officer: bool = False,
    premises_id: int | None = None,
    inspection_id: int | None = None,
    now: dt.datetime | None = None,
    max_length: int = 512,
    durable: bool = True,
    settings: Mapping[str, Any] = MappingProxyType({}),
) -> Verification:
    """Judge one code and record the scan. Never raises for a bad code: that is a verdict.

    `durable=False` (consumers' scans) lets the request's COMMIT return before the WAL flush.
    `settings` (the application's) go to the finding providers (clone detection's thresholds).
    """
    now = now or utcnow()
    serial = facts = None
    activated = False
    history: dict[str, Any] = {}
    advisory: frozenset[str] = frozenset()
    try:
        parsed = codes.parse_code(text, max_length=max_length)
    except codes.MalformedCodeError as exc:
        reasons = [exc.reason]
    else:
        serial = parsed.serial
        signature = "absent"
        if parsed.signed:
            key = public_keys.get(session, parsed.kid)
            if key is None:
                signature = "unknown_key"
            else:
                signature = "valid" if codes.signature_valid(key, parsed) else "invalid"
        revocation_reason = None
        if signature in {"valid", "absent"}:
            facts, activated, revocation_reason = _registry_facts(
                session, serial, premises_id, retention.cutoff(now, settings.get(
                    "SCAN_RETENTION_MONTHS", retention.DEFAULT_MONTHS)),
            )
        findings: list[str] = []
        if facts is not None:
            history = _history(facts)
            context = ScanContext(
                serial=serial,
                facts=facts,
                activated=activated,
                now=now,
                settings=settings,
                lat=lat,
                lon=lon,
                accuracy_m=accuracy_m,
                user_id=user_id,
                officer=officer,
                premises_id=premises_id,
                inspection_id=inspection_id,
                previous_scans=history.get("previous_scans", 0),
            )
            for provider in _modules(FINDING_PROVIDERS):
                findings.extend(provider.findings(session, context))
            if scanned_by_many(
                facts.client_networks or 0,
                settings.get("SCANNED_BY_MANY_CLIENTS", SCANNED_BY_MANY_CLIENTS),
            ):
                findings.append("scanned_by_many")
                context.advisory.add("scanned_by_many")
            # Officers' scans (and inspections) judge on every finding; the public is advised.
            advisory = frozenset() if officer else frozenset(context.advisory)
        stamp = StampFacts(
            signature=signature,
            issued=facts is not None,
            activated=activated,
            revocation_reason=revocation_reason,
            batch_missing=bool(facts and facts.missing_reported_at),
            sale_not_before=facts.sale_not_before if facts else None,
            sale_not_after=facts.sale_not_after if facts else None,
            findings=tuple(findings),
        )
        reasons = reasons_for(stamp, legal_date(now))
    verdict = verdict_for(reasons, advisory)
    [(scan_id, *_)] = (_INSERT_SCAN if durable else _INSERT_RELAXED_SCAN).all(
        session.connection(),
        {
            "series": serial.series if serial else None,
            "number": serial.number if serial else None,
            "scanned_at": now,
            "verdict": verdict,
            "reasons": reasons,
            "accuracy_m": accuracy_m,
            "client_hash": client_hash,
            "client_network": client_network,
            "user_id": user_id,
            "premises_id": premises_id,
            "inspection_id": inspection_id,
            **coarse_place(lat, lon),
        },
    )
    return Verification(
        verdict, reasons, scan_id, serial, facts, activated, **history,
        advisory=advisory & set(reasons),
    )


def _history(row: FactsRow) -> dict[str, Any]:
    """How often the stamp was scanned before, when and where first, and in which
    municipalities (the SCAN_PLACES most frequent; scans without a place only count)."""
    if not row.previous_scans:  # never scanned
        return {}
    return {
        "previous_scans": row.previous_scans,
        "first_scan": {"at": row.first_scanned_at, "municipality": row.first_municipality},
        "scan_places": sorted(
            ({"municipality": municipality, "scans": scans}
             for municipality, scans in load_json_rows(row.scan_places)),
            key=lambda place: (-place["scans"], place["municipality"]),
        )[:SCAN_PLACES],
    }


def reason_messages(
    reasons: list[str], lang: str, advisory: frozenset[str] = frozenset()
) -> list[dict]:
    """The reasons with their messages; an advisory one (API.md) carries `"advisory": true`
    and the message that advises instead of judging."""
    return [
        {"code": reason, "message": translate(f"verdict.{reason}.advisory", lang),
         "advisory": True}
        if reason in advisory
        else {"code": reason, "message": translate(f"verdict.{reason}", lang)}
        for reason in reasons
    ]
