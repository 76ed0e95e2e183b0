"""`flask scans maintain`: the monthly partitions of scans (app/stamps/partitions.py) and their
retention (app/stamps/retention.py)."""

import click
from flask import current_app
from flask.cli import AppGroup

from app import db
from app.db import utcnow
from app.plugins import optional_import
from app.stamps import partitions, retention

scans_cli = AppGroup("scans", help="Consumers' and officers' scans.")


def _rollups_read_up_to(session) -> int | None:
    """How far the inspections rollups have read the scans (None: no such capability)."""
    rollups = optional_import("app.inspections.rollups")
    return None if rollups is None else rollups.read_up_to(session)


@scans_cli.command("maintain")
def maintain() -> None:
    """Create the partitions of this month and the next SCAN_PARTITIONS_AHEAD, and of any month
    found in the default partition; delete the anonymous scans older than SCAN_RETENTION_MONTHS
    (daily; running it again, or twice at once, changes nothing)."""
    today = utcnow().date()
    report = partitions.maintain(
        db.session, today, ahead=current_app.config["SCAN_PARTITIONS_AHEAD"]
    )
    db.session.commit()
    # Retention in transactions of its own, one a month (retention.steps says why).
    kept = retention.Retention(
        cutoff=retention.cutoff(today, current_app.config["SCAN_RETENTION_MONTHS"]))
    for _month in retention.steps(db.session, kept,
                                  read_up_to=_rollups_read_up_to(db.session)):
        db.session.commit()
    db.session.commit()
    if not report.partitioned:
        click.echo("scans: not partitioned on this database (SQLite, or PostgreSQL before "
                   "migration 0015): nothing to do")
    else:
        count = len(partitions.partitions(db.session))
        db.session.commit()
        if report.created:
            click.echo(f"scans: created {', '.join(report.created)} "
                       f"({report.moved} rows moved out of {partitions.DEFAULT}); "
                       f"{count} partitions")
        else:
            click.echo(f"scans: nothing to do; {count} partitions")
    since = kept.cutoff.date().isoformat()
    if kept.deleted:
        click.echo(f"retention: {kept.deleted} anonymous scans before {since} deleted"
                   + (f" ({', '.join(kept.rebuilt)} rebuilt)" if kept.rebuilt else ""))
    else:
        click.echo(f"retention: nothing to delete before {since}")
    if kept.waiting:
        click.echo(f"retention: {', '.join(kept.waiting)} kept until `flask inspections "
                   "rollups` has read them", err=True)


COMMANDS = (scans_cli,)
