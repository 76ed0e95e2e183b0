"""`flask mail send`: deliver the outbox's due mails (for a timer; safe to run at any time)."""

import click
from flask import current_app
from flask.cli import AppGroup

from app import db
from app.mail.service import deliver, outbox_counts

mail_cli = AppGroup("mail", help="Outgoing mail (the outbox).")


@mail_cli.command("send")
def send() -> None:
    """Send every due mail, retrying failed ones; exit 1 if an attempt failed."""
    settings = current_app.extensions["mail"]
    run = deliver(db.session, settings)
    counts = outbox_counts(db.session)
    db.session.commit()
    where = settings.server or settings.mail_dir
    click.echo(
        f"mail via {where}: {run.sent} sent, {run.failed} to retry, {run.given_up} given up"
        + (" (server unreachable: stopped)" if run.stopped else "")
        + f"; outbox: {counts['pending']} pending, {counts['sent']} sent, "
        f"{counts['failed']} failed"
    )
    if run.failed or run.given_up:
        raise SystemExit(1)


COMMANDS = (mail_cli,)
