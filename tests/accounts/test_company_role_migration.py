"""Migration 0013 gives existing operator users a company role: their company's administrators
`administrator`, the others `logistics` (what they could do before); staff none; and back."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.migrate import alembic_config, upgrade
from tests.databases import create_database, drop_database

_USER = ("INSERT INTO users (email, full_name, password_hash, roles, operator_id, company_admin,"
         " active, mfa_enabled, failed_logins, password_changed_at, created_at{extra}) VALUES "
         "(:email, '', 'x', :roles, :operator_id, :company_admin, true, false, 0, "
         "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP{extra_value})")


def test_existing_operator_users_get_their_company_role_and_lose_nothing(tmp_path):
    url, pg_name = create_database(tmp_path, "banderola_migration")
    try:
        before = ScriptDirectory.from_config(alembic_config(url)).get_revision("0013")
        upgrade(url, before.down_revision)
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO operators (name, nui, licence_number, licence_kinds,"
                " licence_valid_from, licence_valid_until, created_at) VALUES ('A', '810000001',"
                " 'L-1', '[\"producer\"]', '2026-01-01', '2028-12-31', CURRENT_TIMESTAMP)"))
            operator_id = connection.execute(text("SELECT id FROM operators")).scalar_one()
            columns = {row[1] for row in connection.execute(text(
                "SELECT 0, column_name FROM information_schema.columns"
                " WHERE table_name = 'users'"))} if engine.dialect.name == "postgresql" else {
                row[1] for row in connection.execute(text("PRAGMA table_info(users)"))}
            extra = ", disabled_by_customs" if "disabled_by_customs" in columns else ""
            statement = text(_USER.format(extra=extra, extra_value=", false" if extra else ""))
            for email, roles, company, boss in (
                ("boss@a.example", '["operator"]', operator_id, True),
                ("clerk@a.example", '["operator"]', operator_id, False),
                ("officer@dogana.example", '["officer"]', None, False),
            ):
                connection.execute(statement, {"email": email, "roles": roles,
                                               "operator_id": company, "company_admin": boss})
            for email in ("clerk@a.example", "officer@dogana.example"):
                connection.execute(text(
                    "INSERT INTO access_tokens (token_hash, user_id, created_at, expires_at,"
                    " scope) SELECT :digest, id, CURRENT_TIMESTAMP, :expires, 'full' FROM users"
                    " WHERE email = :email"),
                    {"digest": email.ljust(64, "0")[:64], "email": email,
                     "expires": "2999-01-01 00:00:00"})
        engine.dispose()

        upgrade(url, "0013")
        engine = create_engine(url)
        with engine.connect() as connection:
            roles = dict(connection.execute(text("SELECT email, company_role FROM users")).all())
            revoked = dict(connection.execute(text(
                "SELECT u.email, t.revoked_at IS NOT NULL FROM access_tokens t"
                " JOIN users u ON u.id = t.user_id")).all())
        engine.dispose()
        assert roles == {"boss@a.example": "administrator", "clerk@a.example": "logistics",
                         "officer@dogana.example": None}
        # The operator without TOTP signs in again, and enrols; staff keep their sessions.
        assert {email: bool(flag) for email, flag in revoked.items()} == {
            "clerk@a.example": True, "officer@dogana.example": False}


        command.downgrade(alembic_config(url), before.down_revision)
        engine = create_engine(url)
        with engine.connect() as connection:
            flags = dict(connection.execute(text("SELECT email, company_admin FROM users")).all())
        engine.dispose()
        assert {email: bool(flag) for email, flag in flags.items()} == {
            "boss@a.example": True, "clerk@a.example": False, "officer@dogana.example": False}
    finally:
        drop_database(pg_name)
