"""Database engine, session and the declarative base shared by every capability."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, ClassVar

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
from sqlalchemy.orm import DeclarativeBase, mapped_column, scoped_session, sessionmaker
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
session = scoped_session(sessionmaker(expire_on_commit=False))


def make_engine(url: str, *, sqlite_begin: str = "IMMEDIATE") -> Engine:
    """An engine for `url`.

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
    # Short OLTP queries only: PostgreSQL's JIT compiler, switched on by a misestimated plan,
    # cost 13 ms per custody lookup for 0.13 ms of index work (docs/custody.md).
    return create_engine(
        url,
        pool_size=10,
        max_overflow=10,
        pool_pre_ping=True,
        connect_args={"options": "-c jit=off"},
    )


def import_models() -> None:
    """Import every capability's models so that Base.metadata is complete."""
    from app import models  # noqa: F401
