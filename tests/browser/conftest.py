"""A real server for the browser tests: gunicorn on loopback, SQLite, the demo loaded."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests import servers
from tests.servers import BIN, ROOT


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


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


@pytest.fixture(scope="session")
def live_server(server_instance):
    """The base URL of gunicorn serving the app with the demo loaded."""
    instance, env = server_instance
    with servers.gunicorn(env, instance / "gunicorn.log") as server:
        yield server.base


@pytest.fixture(scope="session")
def demo(server_instance):
    """The demo files the server wrote: {"codes": [...], "accounts": [...]}."""
    instance, _env = server_instance
    codes = json.loads((instance / "demo" / "codes.json").read_text())
    accounts = json.loads((instance / "demo" / "accounts.json").read_text())
    return {"codes": codes["codes"], "accounts": accounts["accounts"]}
