"""Stamp verbs: issue a batch, activate a range, revoke, report a batch missing, print codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import Conflict, Forbidden, Invalid, NotFound, unknown_reference
from app.registry.models import CATEGORIES, Operator, Premises, Product
from app.stamps import codes, rules
from app.stamps.keys import active_signing_key
from app.stamps.models import REVOCATION_REASONS, Activation, Batch, Revocation
from app.stamps.ranges import covering, overlapping, series_lock

# One batch is one order; DESIGN.md: a year's national volume is hundreds of millions.
MAX_BATCH_QUANTITY = 5_000_000
# Codes are rendered on demand; a printable sheet is for people, not for a press run.
MAX_PDF_CODES = 2_000


def issue_batch(
    session: Session,
    *,
    operator_id: int,
    category: str,
    quantity: int,
    fiscal: dict | None = None,
    issued_by: int | None = None,
    today: dt.date | None = None,
) -> Batch:
    """Issue the next `quantity` serials of the category's series for this year to an operator."""
    today = today or utcnow().date()
    if category not in CATEGORIES:
        raise Invalid("stamps.unknown_category", errors={"category": [category]})
    if not 1 <= quantity <= MAX_BATCH_QUANTITY:
        raise Invalid("stamps.quantity_out_of_range", maximum=MAX_BATCH_QUANTITY)
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise unknown_reference("operator_id")
    if not operator.licensed_on(today):
        raise Conflict("stamps.licence_not_valid")
    fiscal = fiscal or {}
    not_before, not_after = fiscal.get("sale_not_before"), fiscal.get("sale_not_after")
    if not_before and not_after and not_before > not_after:
        raise Invalid("stamps.sale_window_reversed")
    series = codes.series_for(category, today.year)
    series_lock(session, series)  # two orders at once: the second one numbers after the first
    last_batch = session.scalar(
        select(Batch).where(Batch.series == series).order_by(Batch.first.desc()).limit(1)
    )
    first = (last_batch.last + 1) if last_batch else 1
    last = first + quantity - 1
    if last > codes.MAX_NUMBER:
        raise Conflict("stamps.series_exhausted", series=series)
    batch = Batch(
        operator_id=operator.id,
        category=category,
        series=series,
        first=first,
        last=last,
        excise_paid_eur=_decimal(fiscal.get("excise_paid_eur")),
        excise_rate=fiscal.get("excise_rate"),
        paid_on=fiscal.get("paid_on"),
        sale_not_before=not_before,
        sale_not_after=not_after,
        issued_by=issued_by,
    )
    session.add(batch)
    session.flush()
    return batch


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def parse_serial(text: str) -> codes.Serial:
    """The serial a client named (a path or a query), or 422 `validation_failed`."""
    try:
        return codes.parse_serial(text)
    except codes.MalformedCodeError as exc:
        raise Invalid("verdict.malformed_code") from exc


def parse_range(series: str, first: int, last: int) -> tuple[str, int, int]:
    series = (series or "").strip().upper()
    if len(series) != 4 or series[:2] not in codes.PREFIX_CATEGORY or not series[2:].isdigit():
        raise Invalid("stamps.bad_series", errors={"series": [series]})
    if not 1 <= first <= last <= codes.MAX_NUMBER:
        raise Invalid("stamps.bad_range")
    return series, first, last


def batch_for_range(session: Session, series: str, first: int, last: int) -> Batch:
    """The one batch holding the whole range; a range may not straddle batches."""
    batch = covering(session, Batch, codes.Serial(series, first))
    if batch is None:
        raise NotFound(message_key="stamps.range_not_issued")
    if batch.last < last:
        raise Invalid("stamps.range_straddles_batches")
    return batch


def revoked_in(session: Session, series: str, first: int, last: int) -> list[Revocation]:
    return overlapping(session, Revocation, series, first, last)


def activate(
    session: Session,
    *,
    series: str,
    first: int,
    last: int,
    product_id: int | None = None,
    gtin: str | None = None,
    premises_id: int | None = None,
    operator_id: int | None,
    activated_at: dt.datetime | None = None,
    recorded_by: int | None = None,
) -> Activation:
    """Affix a range to a product. Only the batch's operator (None: an admin) may do it."""
    series, first, last = parse_range(series, first, last)
    series_lock(session, series)
    batch = batch_for_range(session, series, first, last)
    if operator_id is not None and batch.operator_id != operator_id:
        raise Forbidden("stamps.not_your_range")
    product = _product(session, product_id, gtin)
    if codes.CATEGORY_PREFIX[product.category] != series[:2]:
        raise Invalid("stamps.product_category_mismatch")
    if premises_id is not None:
        premises = session.get(Premises, premises_id)
        if premises is None:
            raise unknown_reference("premises_id")
        if premises.operator_id != batch.operator_id:
            raise Forbidden("stamps.not_your_premises")
    if revoked_in(session, series, first, last):
        raise Conflict("stamps.range_revoked")
    if overlapping(session, Activation, series, first, last):
        raise Conflict("stamps.already_activated")
    now = utcnow()
    activated_at = activated_at or now
    if activated_at > now + dt.timedelta(minutes=5):
        raise Invalid("errors.date_in_future", field="activated_at")
    if rules.before_system_start(activated_at):
        raise Invalid("errors.date_too_early", field="activated_at",
                      earliest=rules.SYSTEM_START,
                      errors={"activated_at": ["errors.date_too_early"]})
    activation = Activation(
        batch_id=batch.id,
        series=series,
        first=first,
        last=last,
        product_id=product.id,
        premises_id=premises_id,
        activated_at=activated_at,
        recorded_by=recorded_by,
    )
    session.add(activation)
    session.flush()
    return activation


def _product(session: Session, product_id: int | None, gtin: str | None) -> Product:
    """The product stamps are attached to, share-locked: an admin's edit of its category (which
    takes it FOR UPDATE, app/registry) cannot slip between this check and the activation."""
    if product_id is not None:
        product = session.get(Product, product_id, with_for_update={"read": True})
    elif gtin:
        product = session.scalar(
            select(Product).where(Product.gtin == gtin).with_for_update(read=True)
        )
    else:
        raise Invalid("stamps.product_required")
    if product is None:
        raise unknown_reference("product_id" if product_id is not None else "gtin")
    return product


def revoke(
    session: Session,
    *,
    series: str,
    first: int,
    last: int,
    reason: str,
    note: str | None = None,
    operator_id: int | None = None,
    revoked_by: int | None = None,
) -> Revocation:
    """Revoke a serial or range (lost, stolen, damaged, destroyed, cancelled); never twice."""
    series, first, last = parse_range(series, first, last)
    if reason not in REVOCATION_REASONS:
        raise Invalid("stamps.unknown_revocation_reason", errors={"reason": [reason]})
    series_lock(session, series)
    batch = batch_for_range(session, series, first, last)
    if operator_id is not None and batch.operator_id != operator_id:
        raise Forbidden("stamps.not_your_range")
    if revoked_in(session, series, first, last):
        raise Conflict("stamps.already_revoked")
    revocation = Revocation(
        series=series, first=first, last=last, reason=reason, note=note, revoked_by=revoked_by
    )
    session.add(revocation)
    session.flush()
    return revocation


def report_missing(
    session: Session, *, batch_id: int, reason: str, operator_id: int | None = None
) -> Batch:
    """Flag a whole batch as lost or stolen in transit; its stamps then scan as suspicious."""
    batch = session.get(Batch, batch_id)
    if batch is None or (operator_id is not None and batch.operator_id != operator_id):
        raise NotFound("batch")
    if batch.missing_reported_at is not None:
        raise Conflict("stamps.batch_already_missing")
    batch.missing_reported_at = utcnow()
    batch.missing_reason = reason
    session.flush()
    return batch


def batch_codes(
    session: Session, keys_dir: Path, base_url: str, batch: Batch
) -> Iterator[tuple[codes.Serial, str]]:
    """(serial, QR text) for every stamp of the batch, signed with the active key, which is
    read in the session's own transaction.

    The key is resolved before the first row, so that a missing key is an error answer and
    not a stream cut short."""
    kid, private_key = active_signing_key(session, keys_dir)

    def rows() -> Iterator[tuple[codes.Serial, str]]:
        for number in range(batch.first, batch.last + 1):
            serial = codes.Serial(batch.series, number)
            signature = codes.sign(private_key, kid, serial)
            yield serial, codes.qr_text(base_url, serial, kid, signature)

    return rows()
