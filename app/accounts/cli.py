"""`flask users create`: the first administrator and other accounts, password never in argv."""

import sys

import click
from flask.cli import AppGroup

from app import db
from app.accounts import service
from app.errors import DomainError
from app.i18n import translate

users_cli = AppGroup("users", help="User accounts.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--role", "roles", required=True, multiple=True, help="officer, supervisor, ...")
@click.option("--operator-id", type=int, default=None, help="for operator users")
@click.option("--name", default="")
def create(email: str, roles: tuple[str, ...], operator_id: int | None, name: str) -> None:
    """Create a user; the password is read from a prompt, or from stdin when piped."""
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        user = service.create_user(
            db.session,
            email=email,
            password=password,
            roles=list(roles),
            operator_id=operator_id,
            full_name=name,
        )
    except DomainError as exc:
        db.session.rollback()
        raise click.ClickException(translate(exc.message_key, "en", **exc.params)) from exc
    db.session.commit()
    note = " (must enrol TOTP at first login)" if service.mfa_pending(user) else ""
    click.echo(f"created user {user.id} {user.email} roles={','.join(user.roles)}{note}")


COMMANDS = (users_cli,)
