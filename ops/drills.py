"""What the restore and crash drills share: scratch PostgreSQL databases, the flask commands run
against one, the demo, and signing in as a demo user."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
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
    """Bearer headers for demo account `who`; `post(path, body)` gives (status, JSON answer).

    A TOTP code works once (docs/accounts.md): when this step's code was used already (another
    sign-in of the drill, or one recorded in the database a backup restored), it signs in again
    with the next step's code, once that step has begun."""
    body = {"email": who["email"], "password": who["password"]}
    totp = pyotp.TOTP(who["totp_secret"]) if who.get("totp_secret") else None
    for attempt in range(2 if totp else 1):
        if totp:
            if attempt:
                time.sleep(totp.interval - time.time() % totp.interval + 0.5)
            body["otp"] = totp.now()
        status, answer = post("/api/v1/auth/login", body)
        if status == 200:
            return {"Authorization": f"Bearer {answer['access_token']}"}
    raise RuntimeError(f"sign-in of {who['email']}: {status} {answer}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`gunicorn -c ops/gunicorn.conf.py` as production runs it, on a free port of loopback,
    with `env`; its stderr (log lines) appended to `log_path`. It runs in a process group of its
    own, so that `kill_all` can kill master and workers at once, as a crash of the machine's
    service would."""

    def __init__(self, env: dict[str, str], log_path: Path, workers: int = 2,
                 port: int | None = None) -> None:
        self.env = env
        self.log_path = log_path
        self.workers = workers
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> Server:
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [str(BIN / "gunicorn"), "-c", "ops/gunicorn.conf.py", "--bind",
                 f"127.0.0.1:{self.port}", "--workers", str(self.workers), "wsgi:app"],
                cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=log,
                start_new_session=True,
            )
        self.wait_until_up()
        return self

    def wait_until_up(self, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/api/v1/health", timeout=2) as answer:
                    if answer.status == 200 and len(self.worker_pids()) == self.workers:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(self.log_path.read_text()[-3000:])
            time.sleep(0.1)

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def kill_worker(self) -> int:
        """SIGKILL one worker (the master starts another); its pid."""
        victim = self.worker_pids()[0]
        os.kill(victim, signal.SIGKILL)
        return victim

    def kill_all(self) -> None:
        """SIGKILL the master and every worker at once."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill_all()
