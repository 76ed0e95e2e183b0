"""`flask seizures sweep`: record deemed seizures (Art. 251(4)) and prepare their notices."""

from __future__ import annotations

import datetime as dt

import click
from flask.cli import AppGroup

from app import db, kosovo_time
from app.seizures.service import sweep

seizures_cli = AppGroup("seizures", help="Detention and seizure cases.")


@seizures_cli.command("sweep")
@click.option(
    "--today",
    "on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The Kosovo date to sweep as of (default: today); never later than today.",
)
def sweep_command(on: dt.datetime | None) -> None:
    """Record each deemed seizure not yet recorded and prepare its Notice of Seizure."""
    today = kosovo_time.today()
    day = on.date() if on else today
    if day > today:
        raise click.BadParameter("a sweep cannot be dated in the future", param_hint="--today")
    swept = sweep(db.session, day)
    db.session.commit()
    for deemed in swept:
        line = f"{deemed.case.number}: deemed seized on {deemed.seized_on.isoformat()}"
        if deemed.notice is not None:
            line += f"; Notice of Seizure #{deemed.notice.id} prepared ({deemed.notice.method})"
        click.echo(line)
    click.echo(f"{len(swept)} deemed seizure(s) recorded as of {day.isoformat()}")


COMMANDS = (seizures_cli,)
