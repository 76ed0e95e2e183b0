"""`flask audit verify`: re-walk the hash chain and name the first broken record."""

import click
from flask.cli import AppGroup

from app import db
from app.audit.service import verify_chain

audit_cli = AppGroup("audit", help="The audit trail.")


@audit_cli.command("verify")
def verify() -> None:
    """Check every record's hash and link; exit 1 at the first broken one."""
    checked, broken = verify_chain(db.session)
    if broken is not None:
        click.echo(f"BROKEN at record {broken.record_id}: {broken.reason} ({checked} checked)")
        raise SystemExit(1)
    click.echo(f"ok: {checked} records, chain intact")


COMMANDS = (audit_cli,)
