"""`flask inspections rollups`: add the scans since the last refresh to the rollups of the
officer's targets and the supervisor's dashboard (a timer runs it every minute); `--rebuild`
recomputes them from the scans retention keeps whole."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from app import db
from app.db import utcnow
from app.inspections import rollups
from app.stamps import retention

inspections_cli = AppGroup("inspections", help="Inspections and the officer's targets.")


@inspections_cli.command("rollups")
@click.option("--rebuild", is_flag=True, help="Empty the rollups and read every scan again "
              "(the days before the scans' retention cutoff keep their counts).")
def rollups_command(rebuild: bool) -> None:
    """Refresh the rollups from the scans after their mark (or all of them with --rebuild)."""
    options = {
        "lag_s": current_app.config["ROLLUP_LAG_S"],
        "diversion_km": current_app.config["TARGETS_DIVERSION_KM"],
        "window_days": current_app.config["TARGETS_WINDOW_DAYS"],
    }
    if rebuild:
        # The days before the scans' retention cutoff keep their counts (docs/inspections.md).
        options["since"] = retention.cutoff(
            utcnow(), current_app.config["SCAN_RETENTION_MONTHS"])
    read = (rollups.rebuild if rebuild else rollups.refresh)(db.session, **options)
    db.session.commit()
    if rebuild:
        rollups.vacuum(db.session)
    click.echo(f"{read} scan(s) added to the rollups")


COMMANDS = (inspections_cli,)
