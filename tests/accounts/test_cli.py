"""`flask users create`: the first administrator, password from stdin, never from argv."""

from sqlalchemy import select

from app.accounts.models import User


def test_create_first_admin_reading_the_password_from_stdin(app, session):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "--email", "First.Admin@test.example", "--role", "admin"],
        input="a very long password\n",
    )
    assert result.exit_code == 0, result.output
    assert "must enrol TOTP" in result.output
    user = session.scalar(select(User).where(User.email == "first.admin@test.example"))
    assert user.roles == ["admin"]
    assert "a very long password" not in user.password_hash


def test_create_refuses_a_weak_password_and_has_no_password_option(app, session):
    runner = app.test_cli_runner()
    short = runner.invoke(args=["users", "create", "--email", "a@test.example", "--role", "admin"],
                          input="short\n")
    assert short.exit_code != 0
    assert "at least 10" in short.output
    common = runner.invoke(args=["users", "create", "--email", "c@test.example", "--role",
                                 "admin"], input="1q2w3e4r5t\n")
    assert common.exit_code != 0
    assert "most common" in common.output
    argv = runner.invoke(args=["users", "create", "--email", "b@test.example", "--role", "admin",
                               "--password", "a very long password"])
    assert argv.exit_code == 2  # no such option
