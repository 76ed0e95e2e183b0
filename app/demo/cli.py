"""`flask demo`: load the demo data and write instance/demo/*.json (idempotent)."""

from pathlib import Path

import click
from flask import current_app

from app import db
from app.demo.load import load_demo


@click.command("demo")
def demo_command() -> None:
    """Load the demo data (safe to run again) and write instance/demo/*.json."""
    out_dir = Path(current_app.instance_path) / "demo"
    result = load_demo(
        db.session,
        current_app.extensions["engine"],
        Path(current_app.config["KEYS_DIR"]),
        current_app.config["CODE_BASE_URL"],
        out_dir,
        current_app.config,
    )
    state = "loaded" if result["fresh"] else "already present"
    click.echo(f"demo data {state}; {result['codes']} codes in {out_dir / 'codes.json'}")
    click.echo(f"demo accounts (DEMO ONLY) in {out_dir / 'accounts.json'}")


COMMANDS = (demo_command,)
