"""`flask idempotency purge`: forget stored answers older than the retention period (48 h)."""

import click
from flask.cli import AppGroup

from app import db
from app.idempotency.service import RETENTION, purge_expired

idempotency_cli = AppGroup("idempotency", help="Idempotency-Key records.")


@idempotency_cli.command("purge")
def purge() -> None:
    """Delete records older than the retention period (run it daily, e.g. from cron)."""
    removed = purge_expired(db.session)
    db.session.commit()
    hours = int(RETENTION.total_seconds() // 3600)
    click.echo(f"purged {removed} idempotency records older than {hours} h")


COMMANDS = (idempotency_cli,)
