"""A real gunicorn serving `wsgi:app` on a free loopback port, for tests that need real
processes: the browser tests, the races of parallel requests to several workers, hostile input
through the real server. `prepared_instance` gives it a SQLite instance of its own with the demo
loaded."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Server:
    base: str  # "http://127.0.0.1:<port>"
    log: Path  # gunicorn's own log (stderr): start-up messages, warnings, errors

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(database_url: str, instance: Path, **settings: str) -> dict[str, str]:
    """The environment of a server on `database_url` with its instance, keys and evidence in
    `instance`, rate limits off (tests send many requests); `settings` added or overriding."""
    return os.environ | {
        "DATABASE_URL": database_url,
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "EVIDENCE_DIR": str(instance / "evidence"),
        "RATELIMIT_ENABLED": "false",
        **settings,
    }


def prepared_instance(instance: Path, *, demo: bool = True, **settings: str) -> dict[str, str]:
    """Migrate a SQLite database in `instance` and load the demo (unless not `demo`); the
    environment that serves it (`server_env`, `settings` added)."""
    env = server_env(f"sqlite:///{instance / 'live.db'}", instance, **settings)
    for command in (["db", "upgrade"], ["demo"])[: 2 if demo else 1]:
        subprocess.run([BIN / "flask", "--app", "wsgi", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    return env


@contextlib.contextmanager
def gunicorn(env: dict[str, str], log: Path, *, workers: int = 1, threads: int = 4,
             preload: bool = False, port: int | None = None) -> Iterator[Server]:
    """gunicorn with `env` until the block ends, once `/api/v1/health` answers.

    `preload` loads the app before the workers fork, so that every worker serves from the first
    request on (otherwise the first to load takes all until the others have: a race between
    workers might not be run at all). The app opens no connection while it loads. `port` serves
    on a given port (a server started again on the same origin); a free one otherwise.
    """
    port = port or free_port()
    with log.open("ab") as log_file:
        process = subprocess.Popen(
            [BIN / "gunicorn", "-c", "ops/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers),
             "--threads", str(threads), *(["--preload"] if preload else []), "wsgi:app"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log_file,
        )
    server = Server(f"http://127.0.0.1:{port}", log)
    try:
        _wait_until_healthy(process, server)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_healthy(process: subprocess.Popen, server: Server) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{server.base}/api/v1/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(server.log_text()) from None
            time.sleep(0.2)


def burst(server: Server, requests_: list) -> list[tuple[int, dict]]:
    """Send every (method, path, JSON body, headers) at once, each on its own connection,
    released together by a barrier: [(status, body)] in order."""
    start = threading.Barrier(len(requests_), timeout=30)

    def send(item):
        method, path, body, headers = item
        request = urllib.request.Request(
            f"{server.base}{path}", data=json.dumps(body).encode(), method=method,
            headers={"Content-Type": "application/json", **headers},
        )
        start.wait()
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as refused:
            return refused.code, json.loads(refused.read())

    with ThreadPoolExecutor(max_workers=len(requests_)) as pool:
        return list(pool.map(send, requests_))
