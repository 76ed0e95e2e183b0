"""A real server for the browser tests: gunicorn on loopback, SQLite, the demo loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import servers


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def server_instance(tmp_path_factory):
    instance = tmp_path_factory.mktemp("live-instance")
    env = servers.prepared_instance(instance)
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
