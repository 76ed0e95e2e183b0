"""Running Alembic from the app: `flask db upgrade`, and the test suite's schema."""

from __future__ import annotations

from pathlib import Path

import click
from alembic import command
from alembic.config import Config as AlembicConfig
from flask import current_app
from flask.cli import AppGroup

from app.stamps.keys import ensure_signing_key

ROOT = Path(__file__).resolve().parent.parent


def alembic_config(url: str, connection=None) -> AlembicConfig:
    config = AlembicConfig(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(url: str, revision: str = "head", connection=None) -> None:
    command.upgrade(alembic_config(url, connection), revision)


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """What autogenerate and tests/test_migrations.py compare with the models: all but the
    monthly partitions of scans, which `flask scans maintain` makes (app/stamps/partitions.py)."""
    from app.stamps.partitions import is_partition_name

    return not (type_ == "table" and name is not None and is_partition_name(name))


db_cli = AppGroup("db", help="Database migrations (Alembic).")


@db_cli.command("upgrade")
@click.argument("revision", default="head")
def upgrade_command(revision: str) -> None:
    """Apply migrations to DATABASE_URL; at head, also make the first signing key if none is
    active (requests only read it: docs/stamps.md, "Keys")."""
    url = current_app.config["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    upgrade(url, revision)
    click.echo(f"database at {revision}")
    if revision == "head":
        kid, _private_key = ensure_signing_key(
            current_app.extensions["engine"], Path(current_app.config["KEYS_DIR"])
        )
        click.echo(f"signing key {kid} active")


@db_cli.command("downgrade")
@click.argument("revision")
def downgrade_command(revision: str) -> None:
    """Undo migrations down to REVISION."""
    command.downgrade(alembic_config(current_app.config["DATABASE_URL"]), revision)
