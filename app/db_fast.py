"""The speed-up tools of the hot paths (docs/stamps.md, "The verification's hot path"), each
used only where docs/BENCHMARKS.md shows it pays and each tested to give the same answer as the
plain way (tests/test_db_fast.py): statements compiled once and run on the DBAPI cursor, lists
read as JSON inside one row, persistent instances from a row, relaxed commits, autocommit."""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple
from dataclasses import dataclass

import psycopg
from sqlalchemy import String
from sqlalchemy import inspect as inspect_model
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.sql.functions import FunctionElement


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
    metadata from the cursor on every call, which for a row of thirty columns takes longer than
    the database takes to answer (docs/stamps.md). Types are still SQLAlchemy's: binds and
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
    cursor starts with empty caches of how to read each column type, and would find the readers
    of the same thirty columns again for every statement."""
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


def autocommit_request(current, autocommit_engine: Engine | None) -> bool:
    """Run the rest of this request's session on `autocommit_engine` (PostgreSQL connections in
    autocommit, `make_engine(autocommit=True)`), when that is possible: a session bound to the
    application's engine (tests bind theirs to a connection inside a transaction) that has not
    begun a transaction. Each statement is then its own transaction: BEGIN and COMMIT, two of a
    consumer's four round trips, are not sent (docs/stamps.md). Returns whether it does.

    A pool of its own rather than switching pooled connections in and out of autocommit (the
    `isolation_level` execution option), which costs more per request (docs/stamps.md)."""
    if (
        autocommit_engine is None
        or current.in_transaction()
        or not isinstance(current.get_bind(), Engine)
    ):
        return False
    current.bind = autocommit_engine
    return True
