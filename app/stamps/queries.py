"""Read statements of the stamps API: pages of batches, an officer's view of a stamp in one
statement, and the pages of its older scans (keyset)."""

from __future__ import annotations

from collections import namedtuple

from sqlalchemy import bindparam, func, select, tuple_
from sqlalchemy.orm import Session

from app.db_fast import (
    HotStatement,
    entity_columns,
    json_rows,
    json_value,
    load_json_rows,
    parse_utc,
)
from app.registry.models import Operator, Product
from app.stamps import codes
from app.stamps.models import Activation, Batch, Revocation, Scan, SerialScanRollup
from app.stamps.schemas import SCAN_PAGE
from app.stamps.verification import NUMBER, SERIES, of_serial, registry_select

# The columns of a scan in an officer's view (schemas.ScanSchema).
_SCAN_ENTRY_COLUMNS = (
    Scan.id, Scan.scanned_at, Scan.verdict, Scan.reasons, Scan.municipality, Scan.lat, Scan.lon,
    Scan.user_id, Scan.premises_id, Scan.inspection_id,
)
_NEWEST_FIRST = (Scan.scanned_at.desc(), Scan.id.desc())
# An officer's view carries the latest SCAN_PAGE scans of a stamp; earlier ones come a page at
# a time from GET /stamps/{serial}/scans (a stamp scanned a hundred times stays a fast answer).
_LATEST_SCANS = (
    select(*_SCAN_ENTRY_COLUMNS)
    .where(*of_serial())
    .order_by(*_NEWEST_FIRST)
    .limit(SCAN_PAGE)
    .subquery()
)
ScanRow = namedtuple("ScanRow", [column.key for column in _SCAN_ENTRY_COLUMNS])

# The registry's part of an officer's view in one statement: batch, its operator, the
# activation with its product, the revocation (three index seeks, like a verification), how
# often the stamp was scanned and its latest scans (as JSON, `json_rows`).
_DETAIL = HotStatement(
    registry_select(
        *entity_columns(Batch, "batch_"),
        Operator.name.label("operator_name"),
        *entity_columns(Activation, "activation_"),
        *entity_columns(Product, "product_"),
        *entity_columns(Revocation, "revocation_"),
        # From the serial's rollup (one primary-key probe), not a count of its scans.
        func.coalesce(
            select(SerialScanRollup.scans)
            .where(SerialScanRollup.series == SERIES, SerialScanRollup.number == NUMBER)
            .scalar_subquery(),
            0,
        ).label("scans_total"),
        func.coalesce(
            select(SerialScanRollup.client_networks)
            .where(SerialScanRollup.series == SERIES, SerialScanRollup.number == NUMBER)
            .scalar_subquery(),
            0,
        ).label("client_networks"),
        select(json_rows(*(json_value(column) if column.key == "reasons" else column
                           for column in _LATEST_SCANS.c)))
        .select_from(_LATEST_SCANS)
        .scalar_subquery()
        .label("latest_scans"),
    )
)

# The page of scans before one of them (keyset: newest first by time, then id).
_SCAN_OF_SERIAL = HotStatement(
    select(Scan.id, Scan.scanned_at).where(*of_serial(), Scan.id == bindparam("before"))
)
_SCANS_BEFORE = HotStatement(
    select(*_SCAN_ENTRY_COLUMNS)
    .where(
        *of_serial(),
        tuple_(Scan.scanned_at, Scan.id)
        < tuple_(bindparam("before_at", type_=Scan.scanned_at.type), bindparam("before")),
    )
    .order_by(*_NEWEST_FIRST)
    .limit(bindparam("limit"))
)


def batches(
    session: Session, *, operator_id: int | None, limit: int, offset: int
) -> list[Batch]:
    """A page of batches in the order they were issued; only one operator's with `operator_id`."""
    statement = select(Batch).order_by(Batch.id)
    if operator_id is not None:
        statement = statement.where(Batch.operator_id == operator_id)
    return list(session.scalars(statement.limit(limit).offset(offset)))


def stamp_row(session: Session, serial: codes.Serial):
    """The row of an officer's view: the columns of the batch, activation, product and
    revocation that may hold the serial (prefixed `batch_`, `activation_`, `product_`,
    `revocation_`; whether each reaches the serial is for the caller to check),
    `operator_name`, `scans_total` and `latest_scans`; None when no batch starts at or before
    the serial."""
    return _DETAIL.first(
        session.connection(), {"series": serial.series, "number": serial.number}
    )


def latest_scans(row) -> list[ScanRow]:
    """The latest scans of a `stamp_row`; times come out of JSON as text."""
    return [ScanRow(scan_id, parse_utc(scanned_at), *rest)
            for scan_id, scanned_at, *rest in load_json_rows(row.latest_scans)]


def scans_before(
    session: Session, serial: codes.Serial, before: int, limit: int
) -> list[ScanRow] | None:
    """Up to `limit` + 1 scans of the serial just older than its scan `before`, newest first
    (the one more says whether older ones remain); None when `before` is not a scan of this
    serial."""
    params = {"series": serial.series, "number": serial.number, "before": before}
    connection = session.connection()
    before_scan = _SCAN_OF_SERIAL.first(connection, params)
    if before_scan is None:
        return None
    return _SCANS_BEFORE.all(
        connection, {**params, "before_at": before_scan.scanned_at, "limit": limit + 1}
    )
