"""A real server for the tests that need one: gunicorn on loopback, as `make run` serves the app,
over a SQLite instance of its own with the demo loaded."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepared_instance(instance: Path, *, demo: bool = True, **settings: str) -> dict[str, str]:
    """Migrate a SQLite database in `instance` and load the demo (unless not `demo`); the
    environment that serves it (rate limits off, so that tests may send many requests;
    `settings` added)."""
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{instance / 'live.db'}",
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "EVIDENCE_DIR": str(instance / "evidence"),
        "RATELIMIT_ENABLED": "false",
        **settings,
    }
    for command in (["db", "upgrade"], ["demo"])[: 2 if demo else 1]:
        subprocess.run([BIN / "flask", "--app", "wsgi", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    return env


@contextlib.contextmanager
def gunicorn(env: dict[str, str], *, workers: int = 1, threads: int = 4) -> Iterator[str]:
    """The base URL of gunicorn serving `wsgi:app` in `env`, stopped on exit. Its log (the
    app's errors included) goes to `gunicorn.log` in the instance folder."""
    port = free_port()
    log_path = Path(env["INSTANCE_PATH"]) / "gunicorn.log"
    with log_path.open("ab") as log:  # a file, not a pipe nobody reads, which could fill up
        process = subprocess.Popen(
            [BIN / "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
             "--threads", str(threads), "wsgi:app"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/health", timeout=1) as answer:
                if answer.status == 200:
                    break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait(timeout=10)
                raise RuntimeError(log_path.read_text()) from None
            time.sleep(0.2)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
