"""Database engine, session and the declarative base shared by every capability."""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, ClassVar

import orjson
import psycopg
from sqlalchemy import (
    BigInteger,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    create_engine,
    event,
)
from sqlalchemy import inspect as inspect_model
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import (
    DeclarativeBase,
    make_transient_to_detached,
    mapped_column,
    scoped_session,
    sessionmaker,
)
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on both engines (SQLite keeps no zone; we restore it on load)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


# SQLite only auto-increments INTEGER primary keys; PostgreSQL gets BIGINT.
BigId = BigInteger().with_variant(Integer(), "sqlite")
# The largest id either engine can hold (both are signed 64-bit): a bound for ids in requests.
MAX_ID = 2**63 - 1

intpk = Annotated[int, mapped_column(BigId, primary_key=True, autoincrement=True)]
utc_datetime = Annotated[dt.datetime, mapped_column(UTCDateTime())]
money = Annotated[Decimal, mapped_column(Numeric(14, 2))]
str40 = Annotated[str, mapped_column(String(40))]
str200 = Annotated[str, mapped_column(String(200))]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict] = {dt.datetime: UTCDateTime()}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# The request-scoped session used by routes; services receive a Session argument instead.
_sessions = sessionmaker(expire_on_commit=False)
session = scoped_session(_sessions)


@event.listens_for(_sessions, "after_flush")
def _note_write(flushed, _context) -> None:
    flushed.info["wrote"] = True


def end_request_session(error: BaseException | None = None) -> None:
    """End the request's session. A transaction that wrote nothing ends with COMMIT, which for
    its data is the same as ROLLBACK: psycopg deallocates every prepared statement of a
    connection on ROLLBACK, and every read-only request would make the next ones plan the hot
    statements again (1.3 ms for the verification's; docs/BENCHMARKS.md). Anything else, a
    write left uncommitted or an error, is rolled back."""
    current = session()
    try:
        if (
            error is None
            and current.in_transaction()
            and not current.info.get("wrote")
            and not _aborted(current)
        ):
            current.commit()
    except SQLAlchemyError:
        current.rollback()
    finally:
        session.remove()


def autocommit_request(current, autocommit_engine: Engine | None) -> bool:
    """Run the rest of this request's session on `autocommit_engine` (PostgreSQL connections in
    autocommit, `make_engine(autocommit=True)`), when that is possible: a session bound to the
    application's engine (tests bind theirs to a connection inside a transaction) that has not
    begun a transaction. Each statement is then its own transaction: BEGIN and COMMIT, two of a
    consumer's four round trips, are not sent (docs/stamps.md). Returns whether it does.

    A pool of its own rather than switching pooled connections in and out of autocommit (the
    `isolation_level` execution option), which cost 30 us a request in SQLAlchemy."""
    if (
        autocommit_engine is None
        or current.in_transaction()
        or not isinstance(current.get_bind(), Engine)
    ):
        return False
    current.bind = autocommit_engine
    return True


def _aborted(current) -> bool:
    """Did a statement fail in this transaction (an error answered as a 4xx)? PostgreSQL then
    refuses everything but a rollback, which is what ends it."""
    driver = current.connection().connection.driver_connection
    info = getattr(driver, "info", None)  # psycopg's; sqlite3 has no aborted transactions
    return info is not None and info.transaction_status == psycopg.pq.TransactionStatus.INERROR


def make_engine(url: str, *, sqlite_begin: str = "IMMEDIATE", autocommit: bool = False) -> Engine:
    """An engine for `url` (`autocommit`: its PostgreSQL connections are in autocommit, for
    `autocommit_request`).

    SQLite gets foreign keys, WAL, a busy timeout, and transactions that really begin where
    SQLAlchemy says so (pysqlite otherwise defers them, which breaks savepoints); `BEGIN
    IMMEDIATE` takes the write lock up front so that concurrent gunicorn workers queue instead
    of failing with "database is locked" half-way through a write.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record):
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            connection.exec_driver_sql(f"BEGIN {sqlite_begin}")

        return engine
    # Short OLTP queries only, so two planner settings (docs/BENCHMARKS.md):
    # - no JIT: a misestimated plan switched it on and paid 13 ms of compilation per custody
    #   lookup for 0.13 ms of index work;
    # - generic plans for prepared statements (psycopg prepares a statement a connection has run
    #   five times): every hot statement is a bounded index probe whatever its parameters, and
    #   with the default PostgreSQL kept re-planning the verification's statement, 1.3 ms of
    #   planning for 0.25 ms of execution.
    # No pre-ping round trip on every checkout: a connection the server dropped fails one
    # request, and the pool then replaces every connection of that age (SQLAlchemy's
    # disconnect handling); a client retries with the same Idempotency-Key.
    # JSON columns are read by orjson: a stamp's chain decodes one per scan.
    return create_engine(
        url,
        json_deserializer=orjson.loads,
        pool_size=10,
        max_overflow=10,
        pool_recycle=3600,
        connect_args={"options": "-c jit=off -c plan_cache_mode=force_generic_plan"},
        **({"isolation_level": "AUTOCOMMIT"} if autocommit else {}),
    )


def import_models() -> None:
    """Import every capability's models so that Base.metadata is complete."""
    from app import models  # noqa: F401


class json_rows(FunctionElement):  # noqa: N801 - used like the SQL functions of `func`
    """The rows of a subquery as one JSON array of arrays, on both engines.

    `select(json_rows(sub.c.a, sub.c.b)).select_from(sub).scalar_subquery()` lets one statement
    return a short list beside a row (one round trip on the hottest paths); `load_json_rows`
    reads it back. Times come back as ISO text (`parse_utc`).
    """

    name = "json_rows"
    inherit_cache = True


@compiles(json_rows, "postgresql")
def _json_rows_postgresql(element, compiler, **kw) -> str:
    return f"coalesce(json_agg(json_build_array({compiler.process(element.clauses, **kw)})), '[]')"


@compiles(json_rows, "sqlite")
def _json_rows_sqlite(element, compiler, **kw) -> str:
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"


class json_value(FunctionElement):  # noqa: N801 - used like the SQL functions of `func`
    """A JSON column inside `json_rows`, as JSON rather than as the text SQLite stores it in
    (`json(x)`; PostgreSQL's `json` values nest as they are)."""

    name = "json_value"
    inherit_cache = True


@compiles(json_value)
def _json_value_default(element, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(json_value, "sqlite")
def _json_value_sqlite(element, compiler, **kw) -> str:
    return f"json({compiler.process(element.clauses, **kw)})"


class relaxed_commit(FunctionElement):  # noqa: N801 - used like the SQL functions of `func`
    """In a statement: this transaction's COMMIT need not wait for its WAL flush.

    PostgreSQL's `set_config('synchronous_commit', 'off', true)`, local to the transaction, so
    it rides on a statement the transaction runs anyway (a RETURNING column) instead of a
    `SET LOCAL` round trip of its own. A crash may lose the last fraction of a second of such
    commits, never corrupt them. SQLite: NULL (its commits are not relaxed).
    """

    name = "relaxed_commit"
    type = String()
    inherit_cache = True


@compiles(relaxed_commit, "postgresql")
def _relaxed_commit_postgresql(element, compiler, **kw) -> str:
    return "set_config('synchronous_commit', 'off', true)"


@compiles(relaxed_commit)
def _relaxed_commit_default(element, compiler, **kw) -> str:
    return "NULL"


def load_json_rows(value: str | list | None) -> list[list]:
    """The lists of a `json_rows` column (psycopg decodes JSON itself; pysqlite gives text)."""
    if value is None:
        return []
    return json.loads(value) if isinstance(value, str) else value


def parse_utc(value: str | dt.datetime | None) -> dt.datetime | None:
    """An aware UTC datetime from a time read out of JSON (PostgreSQL writes its offset,
    SQLite stores UTC without one)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


@dataclass
class _Compiled:
    """A HotStatement for one dialect: its text, parameters and how to read its rows."""

    sql: str | bytes  # bytes for psycopg: encoded once, and its hash (the key of psycopg's
    # prepared statements) computed once, instead of on every execution of a 10 KB text
    defaults: dict  # values of the parameters the statement itself binds (limits, literals)
    binds: dict  # parameter name -> the type's bind processor, where it has one
    order: list  # parameter names in placeholder order
    row_type: type
    columns: list
    native: bool  # psycopg: `$n` placeholders through a RawCursor
    # (column index, result processor) of the columns that have one; they depend on the type
    # codes the driver reports, so they are set on the first run.
    results: list | None = None


class HotStatement:
    """A Core statement compiled once per dialect and run on the DBAPI cursor itself.

    For the few statements every verification runs: SQLAlchemy's execution builds result
    metadata from the cursor on every call, 0.2-0.3 ms for a row of thirty columns, more than
    the database takes to answer (docs/BENCHMARKS.md). Types are still SQLAlchemy's: binds and
    results go through each type's public `bind_processor` / `result_processor`, so a value
    reads the same as through `Connection.execute`. Rows are named tuples of the statement's
    columns. `keys` are the parameters every call passes (an INSERT compiles for those only).
    An INSERT through it is no ORM flush, which `end_request_session` would see: run writes
    inside a `writes` view, which commits them.

    On PostgreSQL the text uses native `$n` placeholders and psycopg's RawCursor, which sends it
    as it is: psycopg parses `%(name)s` placeholders anew for every statement over 4 KiB, and
    these are longer. psycopg prepares a statement a connection has run five times. Each
    connection keeps one cursor for these statements (`_hot_cursor`).
    """

    def __init__(self, statement, keys: tuple[str, ...] = ()) -> None:
        self.statement = statement
        self.keys = keys
        self._compiled: dict[str, _Compiled] = {}

    def _for(self, dialect) -> _Compiled:
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            compiled = self._compiled[dialect.name] = self._compile(dialect)
        return compiled

    def _compile(self, dialect) -> _Compiled:
        native = dialect.driver == "psycopg"
        text_dialect = type(dialect)(paramstyle="numeric_dollar") if native else dialect
        compiled = self.statement.compile(
            dialect=text_dialect, column_keys=list(self.keys) or None
        )
        columns = list(self.statement.exported_columns)
        return _Compiled(
            sql=str(compiled).encode() if native else str(compiled),
            defaults={
                name: bind.effective_value
                for name, bind in compiled.binds.items()
                if not bind.required
            },
            binds={
                name: processor
                for name, bind in compiled.binds.items()
                if (processor := bind.type.dialect_impl(dialect).bind_processor(dialect))
                is not None
            },
            order=compiled.positiontup,
            row_type=namedtuple("Row", [column.key for column in columns]),
            columns=columns,
            native=native,
        )

    def all(self, connection, params: dict) -> list:
        compiled = self._for(connection.dialect)
        values = {**compiled.defaults, **params}
        for name, processor in compiled.binds.items():
            values[name] = processor(values[name])
        cursor = _hot_cursor(connection.connection, compiled.native)
        cursor.execute(compiled.sql, [values[name] for name in compiled.order])
        rows = cursor.fetchall()
        if compiled.results is None:
            processors = (
                column.type.dialect_impl(connection.dialect).result_processor(
                    connection.dialect, description[1]
                )
                for column, description in zip(compiled.columns, cursor.description, strict=True)
            )
            compiled.results = [
                (index, processor)
                for index, processor in enumerate(processors)
                if processor is not None
            ]
        make = compiled.row_type._make
        if not compiled.results:
            return list(map(make, rows))
        # Most columns need no processing: touch only those that do (a stamp's page of scans
        # is fifty rows of ten columns, one of them a time).
        answer = []
        for row in rows:
            values = list(row)
            for index, processor in compiled.results:
                values[index] = processor(values[index])
            answer.append(make(values))
        return answer

    def first(self, connection, params: dict):
        rows = self.all(connection, params)
        return rows[0] if rows else None


def _hot_cursor(pooled, native: bool):
    """The cursor HotStatements run on, one per DBAPI connection, kept in the pool's `info` of
    that connection (which lives as long as it, and is cleared if it is replaced). A new psycopg
    cursor starts with empty caches of how to read each column type: 15 us a statement spent
    finding the readers of the same thirty columns again."""
    cursor = pooled.info.get("hot_cursor")
    if cursor is None:
        driver = pooled.driver_connection
        cursor = pooled.info["hot_cursor"] = (
            psycopg.RawCursor(driver) if native else driver.cursor()
        )
    return cursor


def entity_columns(model, prefix: str) -> list:
    """Every mapped column of `model`, labelled `prefix` + attribute name: the part of a
    HotStatement's row that `attach` turns back into an instance."""
    return [attr.columns[0].label(f"{prefix}{attr.key}")
            for attr in inspect_model(model).column_attrs]


def attach(session, model, row, prefix: str):
    """The persistent instance of `model` whose `entity_columns` are in `row`, without a query.

    For the one entity every authenticated request loads (its bearer token's user): through
    the ORM that load cost more than the rest of a stamp's chain together. The instance is
    built from the row as a query would have loaded it (no attribute history) and added to the
    session's identity map, so it behaves as a loaded one: changes flush as UPDATEs, its
    many-to-one relationships find their targets in the identity map.
    """
    mapper = inspect_model(model)
    values = {attr.key: getattr(row, f"{prefix}{attr.key}") for attr in mapper.column_attrs}
    key = mapper.identity_key_from_primary_key(
        [values[column.key] for column in mapper.primary_key]
    )
    existing = session.identity_map.get(key)
    if existing is not None:
        return existing
    # Values straight into the instance's dict, as the ORM's loading does: the constructor
    # would record each one as a change, only for make_transient_to_detached to forget it.
    instance = mapper.class_manager.new_instance()
    instance.__dict__.update(values)
    make_transient_to_detached(instance)
    session.add(instance)
    return instance
