"""Database engine, session and the declarative base shared by every capability."""

from __future__ import annotations

import datetime as dt
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
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import (
    DeclarativeBase,
    mapped_column,
    scoped_session,
    sessionmaker,
)
from sqlalchemy.types import TypeDecorator

from app.kosovo_time import legal_date

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
    statements again (docs/stamps.md, "The verification's hot path"). Anything else, a write
    left uncommitted or an error, is rolled back."""
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


def _aborted(current) -> bool:
    """Did a statement fail in this transaction (an error answered as a 4xx)? PostgreSQL then
    refuses everything but a rollback, which is what ends it."""
    driver = current.connection().connection.driver_connection
    info = getattr(driver, "info", None)  # psycopg's; sqlite3 has no aborted transactions
    return info is not None and info.transaction_status == psycopg.pq.TransactionStatus.INERROR


def _kosovo_date(stored: str | None) -> str | None:
    """SQLite's kosovo_date(instant): the Kosovo calendar day of an instant stored as UTC text."""
    if stored is None:
        return None
    return legal_date(dt.datetime.fromisoformat(stored)).isoformat()


def make_engine(url: str, *, sqlite_begin: str = "IMMEDIATE", autocommit: bool = False,
                role: str = "primary") -> Engine:
    """An engine for `url` (`autocommit`: its PostgreSQL connections are in autocommit, for
    `app.db_fast.autocommit_request`; `role`: "primary" or "replica", the connections'
    `application_name` is `banderola-<role>` in pg_stat_activity).

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
            # SQLite has no time zones: the rollups' Kosovo day of a stored instant (UTC text).
            dbapi_connection.create_function("kosovo_date", 1, _kosovo_date, deterministic=True)

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            connection.exec_driver_sql(f"BEGIN {sqlite_begin}")

        return engine
    # Short OLTP queries only, so two planner settings (docs/stamps.md, docs/custody.md):
    # - no JIT: a misestimated plan switches it on, and its compilation costs far more than
    #   the index work of a lookup;
    # - generic plans for prepared statements (psycopg prepares a statement a connection has run
    #   five times): every hot statement is a bounded index probe whatever its parameters, and
    #   planning each execution anew costs more than running it.
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
        connect_args={
            "options": "-c jit=off -c plan_cache_mode=force_generic_plan",
            "application_name": f"banderola-{role}",
            # A replica that is down must fail a request's first statement quickly, not hang it
            # (app.operations.replica then sends reads to the primary).
            **({"connect_timeout": 3} if role == "replica" else {}),
        },
        **({"isolation_level": "AUTOCOMMIT"} if autocommit else {}),
    )


def import_models() -> None:
    """Import every capability's models so that Base.metadata is complete."""
    from app import models  # noqa: F401
