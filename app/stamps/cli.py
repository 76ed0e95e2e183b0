"""`flask scans maintain`: the monthly partitions of scans (app/stamps/partitions.py)."""

import click
from flask import current_app
from flask.cli import AppGroup

from app import db
from app.db import utcnow
from app.stamps import partitions

scans_cli = AppGroup("scans", help="Consumers' and officers' scans.")


@scans_cli.command("maintain")
def maintain() -> None:
    """Create the partitions of this month and the next SCAN_PARTITIONS_AHEAD, and of any month
    found in the default partition (daily; running it again, or twice at once, changes
    nothing)."""
    report = partitions.maintain(
        db.session, utcnow().date(), ahead=current_app.config["SCAN_PARTITIONS_AHEAD"]
    )
    db.session.commit()
    if not report.partitioned:
        click.echo("scans: not partitioned on this database (SQLite, or PostgreSQL before "
                   "migration 0015): nothing to do")
        return
    count = len(partitions.partitions(db.session))
    db.session.commit()
    if report.created:
        click.echo(f"scans: created {', '.join(report.created)} "
                   f"({report.moved} rows moved out of {partitions.DEFAULT}); {count} partitions")
    else:
        click.echo(f"scans: nothing to do; {count} partitions")


COMMANDS = (scans_cli,)
