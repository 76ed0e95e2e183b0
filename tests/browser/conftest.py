"""A real server for the browser tests: gunicorn on loopback, SQLite, the demo loaded."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def server_instance(tmp_path_factory):
    instance = tmp_path_factory.mktemp("live-instance")
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{instance / 'live.db'}",
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "EVIDENCE_DIR": str(instance / "evidence"),
        "RATELIMIT_ENABLED": "false",
    }
    for command in (["db", "upgrade"], ["demo"]):
        subprocess.run([BIN / "flask", "--app", "wsgi", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    return instance, env


def start_gunicorn(env: dict, port: int | None = None) -> tuple[subprocess.Popen, str]:
    """gunicorn serving the app on loopback (a free port unless given), once it answers."""
    port = port or _free_port()
    process = subprocess.Popen(
        [BIN / "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4",
         "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/health", timeout=1) as answer:
                if answer.status == 200:
                    return process, base
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.2)


def stop_gunicorn(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def live_server(server_instance):
    """The base URL of gunicorn serving the app with the demo loaded."""
    _instance, env = server_instance
    process, base = start_gunicorn(env)
    yield base
    stop_gunicorn(process)


@pytest.fixture(scope="session")
def demo(server_instance):
    """The demo files the server wrote: {"codes": [...], "accounts": [...]}."""
    instance, _env = server_instance
    codes = json.loads((instance / "demo" / "codes.json").read_text())
    accounts = json.loads((instance / "demo" / "accounts.json").read_text())
    return {"codes": codes["codes"], "accounts": accounts["accounts"]}
