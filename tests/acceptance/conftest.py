"""The acceptance suite: the app served as `make run` serves it (tests/acceptance/server.py),
on SQLite or PostgreSQL as `TEST_DATABASE` says, walked through HTTP as its users walk it.

A journey is a module `test_<who or what>.py` using the fixtures below: one client per user,
each from a loopback address of its own and logged in once (login is limited to 10 a minute
per address), and every call recorded so that `test_contract.py`, which runs last, can name
each operation of the OpenAPI document that no journey called. Journeys run in the order of
their file names, except the modules of `LAST`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acceptance.http import Api, Recorder
from tests.acceptance.server import LiveServer
from tests.databases import create_database, drop_database

HERE = Path(__file__).parent
# Run after every other journey, in this order: the key rotation (a worker learns a new key
# within 30 s: test_key_rotation.py), then the check of what every journey did.
LAST = ("test_key_rotation.py", "test_contract.py")


@pytest.hookimpl(tryfirst=True)  # before tests/conftest.py decides what touches no database
def pytest_collection_modifyitems(config, items):
    ours = [item for item in items if Path(str(item.fspath)).is_relative_to(HERE)]
    for item in ours:
        item.add_marker(pytest.mark.acceptance)
    last = sorted((item for item in ours if Path(str(item.fspath)).name in LAST),
                  key=lambda item: LAST.index(Path(str(item.fspath)).name))
    items[:] = [item for item in items if item not in last] + last


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    instance = tmp_path_factory.mktemp("acceptance")
    url, pg_name = create_database(instance, "banderola_acceptance")
    try:
        server = LiveServer.start(instance, url)
        try:
            yield server
        finally:
            server.stop()
    finally:
        drop_database(pg_name)


@pytest.fixture(scope="session")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="session")
def demo(live) -> dict:
    """The demo files `flask demo` wrote: {"codes": [...], "accounts": {email local part: ...}}."""
    folder = live.instance / "demo"
    accounts = json.loads((folder / "accounts.json").read_text(encoding="utf-8"))["accounts"]
    return {
        "codes": json.loads((folder / "codes.json").read_text(encoding="utf-8"))["codes"],
        "accounts": {account["email"].split("@")[0]: account for account in accounts},
    }


class Clients:
    """A client per user name, each from its own address (127.0.0.2 onwards)."""

    def __init__(self, live: LiveServer, recorder: Recorder, demo: dict) -> None:
        self.live, self.recorder, self.demo = live, recorder, demo
        self._clients: dict[str, Api] = {}

    def anonymous(self, name: str) -> Api:
        if name not in self._clients:
            address = f"127.0.0.{len(self._clients) + 2}"
            self._clients[name] = Api(self.live.base_url, self.recorder, address)
        return self._clients[name]

    def demo_user(self, name: str) -> Api:
        """A demo account (`admin`, `officer`, `supervisor`, `operator`, `importer`,
        `retailer`), logged in once with its password and TOTP secret from accounts.json."""
        client = self.anonymous(name)
        if client.user is None:
            account = self.demo["accounts"][name]
            client.log_in(account["email"], account["password"], account.get("totp_secret"))
        return client


@pytest.fixture(scope="session")
def clients(live, recorder, demo) -> Clients:
    return Clients(live, recorder, demo)


@pytest.fixture(scope="session")
def consumer(clients) -> Api:
    return clients.anonymous("consumer")


@pytest.fixture(scope="session")
def admin(clients) -> Api:
    return clients.demo_user("admin")


@pytest.fixture(scope="session")
def officer(clients) -> Api:
    return clients.demo_user("officer")


@pytest.fixture(scope="session")
def supervisor(clients) -> Api:
    return clients.demo_user("supervisor")


@pytest.fixture(scope="session")
def operator(clients) -> Api:
    """Duhani Prizren's user, its company administrator (a producer with a factory)."""
    return clients.demo_user("operator")


@pytest.fixture(scope="session")
def retailer(clients) -> Api:
    """Market Arbëria's user (a retailer with shops), its company administrator."""
    return clients.demo_user("retailer")
