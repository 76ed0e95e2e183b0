"""The private databases of a test run: a SQLite file in a temporary folder, or a fresh database
on the local PostgreSQL server (127.0.0.1:5432, user postgres), chosen by `TEST_DATABASE`."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import psycopg

PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")


def engine_name() -> str:
    engine = os.environ.get("TEST_DATABASE", "sqlite")
    if engine not in {"sqlite", "postgresql"}:
        raise RuntimeError(f"TEST_DATABASE must be sqlite or postgresql, not {engine!r}")
    return engine


def create_database(tmp_root: Path, prefix: str = "banderola_test") -> tuple[str, str | None]:
    """(SQLAlchemy URL, name of the PostgreSQL database to drop afterwards or None)."""
    if engine_name() == "sqlite":
        return f"sqlite:///{tmp_root / 'test.db'}", None
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{base}/{name}", name


def drop_database(name: str | None) -> None:
    if name:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
