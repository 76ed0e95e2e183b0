"""`flask seizures sweep`: record deemed seizures (Art. 251(4)) and prepare their notices, and keep
the public board's projection; `flask seizures rebuild-board`: recompute that projection."""

from __future__ import annotations

import datetime as dt

import click
from flask import current_app
from flask.cli import AppGroup

from app import db, kosovo_time
from app.audit import service as audit
from app.seizures.board_projection import rebuild_board, refresh_crossed_board_entries
from app.seizures.rules import Policy
from app.seizures.sweep import sweep

seizures_cli = AppGroup("seizures", help="Detention and seizure cases.")

_TODAY = click.option(
    "--today",
    "on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The Kosovo date to act as of (default: today); never later than today.",
)


def _day(on: dt.datetime | None) -> dt.date:
    today = kosovo_time.today()
    day = on.date() if on else today
    if day > today:
        raise click.BadParameter("a sweep cannot be dated in the future", param_hint="--today")
    return day


@seizures_cli.command("sweep")
@_TODAY
def sweep_command(on: dt.datetime | None) -> None:
    """Record each deemed seizure not yet recorded and prepare its Notice of Seizure; project
    the board rows that are missing or whose dates were crossed since they were computed."""
    day = _day(on)
    policy = Policy.from_settings(current_app.config)
    swept = sweep(db.session, day, policy=policy)
    for deemed in swept:  # the daily timer's acts are chained like any HTTP write
        audit.append(
            db.session,
            actor="system:seizures-sweep",
            action="seizures.deemed_seizure",
            data={
                "case_id": deemed.case.id,
                "number": deemed.case.number,
                "seized_on": deemed.seized_on.isoformat(),
                "notice_id": deemed.notice.id if deemed.notice is not None else None,
            },
        )
    refreshed = refresh_crossed_board_entries(db.session, day, policy=policy)
    db.session.commit()
    for deemed in swept:
        line = f"{deemed.case.number}: deemed seized on {deemed.seized_on.isoformat()}"
        if deemed.notice is not None:
            line += f"; Notice of Seizure #{deemed.notice.id} prepared ({deemed.notice.method})"
        click.echo(line)
    click.echo(f"{len(swept)} deemed seizure(s) recorded as of {day.isoformat()}")
    click.echo(f"{refreshed} board entr{'y' if refreshed == 1 else 'ies'} refreshed")


@seizures_cli.command("rebuild-board")
@_TODAY
def rebuild_board_command(on: dt.datetime | None) -> None:
    """Recompute the public board from the cases' facts (after upgrading to migration 0005, or
    after changing COURT_APPEAL_DAYS)."""
    day = _day(on)
    count = rebuild_board(
        db.session, today=day, policy=Policy.from_settings(current_app.config)
    )
    db.session.commit()
    click.echo(f"{count} case(s) with a Notice of Seizure projected onto the board")


COMMANDS = (seizures_cli,)
