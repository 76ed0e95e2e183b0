"""The answers of the stamps API, built JSON-ready (`Ready`) where they are busy: a batch, a
verification, an officer's view of a stamp and the pages of its older scans."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from types import SimpleNamespace

from sqlalchemy.orm import Session

from app.api import Ready, flat_dumper
from app.geo.gazetteer import municipality_name
from app.kosovo_time import legal_date
from app.plugins import optional_import
from app.stamps import codes, queries, rules, schemas
from app.stamps.verification import Verification, reason_messages


def batch_dict(batch) -> dict:
    """A batch (a model or a row with its columns and `quantity`) for the API."""
    return {
        "id": batch.id,
        "operator_id": batch.operator_id,
        "category": batch.category,
        "series": batch.series,
        "first": batch.first,
        "last": batch.last,
        "quantity": batch.quantity,
        "first_serial": str(codes.Serial(batch.series, batch.first)),
        "last_serial": str(codes.Serial(batch.series, batch.last)),
        "excise_paid_eur": batch.excise_paid_eur,
        "excise_rate": batch.excise_rate,
        "paid_on": batch.paid_on,
        "sale_not_before": batch.sale_not_before,
        "sale_not_after": batch.sale_not_after,
        "issued_at": batch.issued_at,
        "missing_reported_at": batch.missing_reported_at,
        "missing_reason": batch.missing_reason,
    }


def verification_answer(result: Verification, lang: str) -> Ready:
    """The answer of POST /verifications (API.md), JSON-ready as `VerificationSchema` would
    dump it (tests/stamps/test_answers.py compares the two)."""
    stamp = None
    facts = result.facts
    if facts is not None:
        first_scan = result.first_scan
        if first_scan:
            first_scan = {
                "at": first_scan["at"],
                "municipality": municipality_name(first_scan["municipality"], lang),
            }
        stamp = {
            "serial": str(result.serial),
            "category": facts.category,
            "product": _product(facts) if result.activated else None,
            "operator": {"id": facts.operator_id, "name": facts.operator_name},
            "issued_on": legal_date(facts.issued_at),
            "activated_on": legal_date(facts.activated_at) if result.activated else None,
            "sale_not_before": facts.sale_not_before,
            "sale_not_after": facts.sale_not_after,
            "first_scan": first_scan,
            "previous_scans": result.previous_scans,
            "scan_places": [
                {"municipality": municipality_name(place["municipality"], lang),
                 "scans": place["scans"]}
                for place in result.scan_places
            ],
        }
    return Ready({
        "verdict": result.verdict,
        "reasons": reason_messages(result.reasons, lang, result.advisory),
        "stamp": stamp,
        "scan_id": result.scan_id,
        "authenticity_checked": result.serial is not None
        and not {"serial_only", "signature_invalid", "unknown_key"} & set(result.reasons),
    })


def _product(facts) -> dict:
    """The product of a verification's facts row (of an activated serial)."""
    return {
        "id": facts.product_id,
        "gtin": facts.gtin,
        "brand": facts.brand,
        "name": facts.product_name,
        "category": facts.product_category,
        "volume_ml": facts.volume_ml,
        "stick_count": facts.stick_count,
        "abv": None if facts.abv is None else format(Decimal(str(facts.abv)), "f"),
    }


@lru_cache(maxsize=64)
def _fields_of(fields: tuple[str, ...], prefix: str) -> tuple[tuple[int, str], ...]:
    """(index, name without the prefix) of the fields named `prefix...`."""
    return tuple(
        (index, name.removeprefix(prefix))
        for index, name in enumerate(fields)
        if name.startswith(prefix)
    )


def _part(row, prefix: str) -> SimpleNamespace | None:
    """The columns of `row` (a named tuple) named `prefix...`, without the prefix; None when
    its id is NULL (the outer join found nothing)."""
    values = {name: row[index] for index, name in _fields_of(row._fields, prefix)}
    return SimpleNamespace(**values) if values["id"] is not None else None


def _reaches(part: SimpleNamespace | None, number: int) -> SimpleNamespace | None:
    return part if part is not None and part.last >= number else None


def scan_entry(scan, lang: str) -> dict:
    """One scan of an officer's view, JSON-ready as schemas.ScanSchema dumps it."""
    return {
        "id": scan.id,
        "scanned_at": scan.scanned_at.isoformat(),
        "verdict": scan.verdict,
        "reasons": scan.reasons,
        "municipality": municipality_name(scan.municipality, lang),
        "lat": scan.lat,
        "lon": scan.lon,
        "by_officer": scan.user_id is not None,
        "premises_id": scan.premises_id,
        "inspection_id": scan.inspection_id,
    }


# The parts of an officer's view, dumped as their schemas would (see StampDetailSchema).
_dump_batch = flat_dumper(schemas.BatchSchema)
_dump_activation = flat_dumper(schemas.ActivationSchema)
_dump_product = flat_dumper(schemas.StampProductSchema)
_dump_revocation = flat_dumper(schemas.RevocationSchema)


def _dumped(dump, part) -> dict | None:
    return None if part is None else dump(part)


def stamp_detail(
    session: Session,
    serial: codes.Serial,
    lang: str,
    scanned_by_many_clients: int = rules.SCANNED_BY_MANY_CLIENTS,
) -> Ready | None:
    """The officer's view (GET /stamps/{serial}); custody is added by the custody capability.
    `findings` are signals for officers that need no new scan (`scanned_by_many`: a
    finding here, advice in a consumer's verification)."""
    row = queries.stamp_row(session, serial)
    batch = _reaches(_part(row, "batch_"), serial.number) if row is not None else None
    if batch is None:
        return None
    batch.quantity = batch.last - batch.first + 1
    activation = _reaches(_part(row, "activation_"), serial.number)
    detail = Ready({
        "serial": str(serial),
        "category": batch.category,
        "batch": _dump_batch(batch_dict(batch)),
        "operator": {"id": batch.operator_id, "name": row.operator_name},
        "activation": _dumped(_dump_activation, activation),
        "product": _dumped(_dump_product, _part(row, "product_") if activation else None),
        "revocation": _dumped(_dump_revocation,
                              _reaches(_part(row, "revocation_"), serial.number)),
        "custody": [],
        "custodian": None,
        "scans": [scan_entry(scan, lang) for scan in queries.latest_scans(row)],
        "scans_total": row.scans_total,
        "client_networks": row.client_networks,
        "findings": ["scanned_by_many"]
        if rules.scanned_by_many(row.client_networks, scanned_by_many_clients) else [],
    })
    custody = optional_import("app.custody.answers")
    if custody is not None:
        detail.update(
            custody.custody_for(session, serial, lang, batch=batch, activation=activation)
        )
    return detail


def scans_before(
    session: Session, serial: codes.Serial, before: int, limit: int, lang: str
) -> Ready | None:
    """The `limit` scans of the serial just older than its scan `before` (newest first), and
    whether older ones remain; None when `before` is not a scan of this serial."""
    rows = queries.scans_before(session, serial, before, limit)
    if rows is None:
        return None
    return Ready({
        "scans": [scan_entry(scan, lang) for scan in rows[:limit]],
        "more": len(rows) > limit,
    })
