"""What the restore and crash drills share: scratch PostgreSQL databases, the flask commands run
against one, the demo, and signing in as a demo user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
import pyotp

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG_HOST = os.environ.get("DRILL_PG_HOST", "127.0.0.1:5432")
PG_USER = os.environ.get("DRILL_PG_USER", "postgres")
ADMIN_URL = f"postgresql://{PG_USER}@{PG_HOST}/postgres"


def scratch_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def app_url(name: str) -> str:
    """The SQLAlchemy URL of database `name` (DATABASE_URL)."""
    return f"postgresql+psycopg://{PG_USER}@{PG_HOST}/{name}"


def libpq_url(name: str) -> str:
    """The same database for psycopg and the PostgreSQL tools (pg_dump, pg_restore)."""
    return f"postgresql://{PG_USER}@{PG_HOST}/{name}"


def create_database(name: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(name: str, instance: Path, **extra: str) -> dict[str, str]:
    """The environment of the app serving database `name` with `instance` as its instance
    folder (keys, evidence, demo files)."""
    return os.environ | {
        "DATABASE_URL": app_url(name),
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "EVIDENCE_DIR": str(instance / "evidence"),
        "RATELIMIT_ENABLED": "false",
        **extra,
    }


def flask(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """`flask --app wsgi ARGS` against `env`'s database; raises with its output if it fails."""
    done = subprocess.run([str(BIN / "flask"), "--app", "wsgi", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)}: exit {done.returncode}\n{done.stdout}"
                           f"{done.stderr}")
    return done


def demo_database(name: str, instance: Path) -> dict:
    """Create database `name`, migrate it and load the demo; the demo's codes and accounts."""
    create_database(name)
    env = environment(name, instance)
    flask(env, "db", "upgrade")
    flask(env, "demo")
    return {
        "codes": json.loads((instance / "demo" / "codes.json").read_text())["codes"],
        "accounts": json.loads((instance / "demo" / "accounts.json").read_text())["accounts"],
    }


def account(demo: dict, role: str) -> dict:
    return next(a for a in demo["accounts"] if a["role"] == role)


def sign_in(post: Callable[[str, dict], tuple[int, dict]], who: dict) -> dict:
    """Bearer headers for demo account `who`; `post(path, body)` gives (status, JSON answer)."""
    body = {"email": who["email"], "password": who["password"]}
    if who.get("totp_secret"):
        body["otp"] = pyotp.TOTP(who["totp_secret"]).now()
    status, answer = post("/api/v1/auth/login", body)
    if status != 200:
        raise RuntimeError(f"sign-in of {who['email']}: {status} {answer}")
    return {"Authorization": f"Bearer {answer['access_token']}"}
