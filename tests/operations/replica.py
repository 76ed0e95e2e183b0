"""A real streaming replica for the tests: a primary and a replica cluster of the machine's
PostgreSQL 15 in temporary folders, each `postgres` on a free loopback port, run as the
`postgres` OS user (the server refuses root) through `runuser`. Trust authentication on
loopback only; the clusters and their folders go when the fixture ends.

`streaming_pair` yields a `Pair`: `primary_url` / `replica_url` (SQLAlchemy URLs of the
database `banderola` on each), `stop_replica()` / `start_replica()`, `pause_replay()` /
`resume_replay()` (the replica keeps receiving WAL but applies none: a lag on demand) and
`wait_replayed()` (until the replica has applied all the primary has written)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from tests.servers import free_port

PG_BIN = Path(os.environ.get("TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
DATABASE = "banderola"


def _as_postgres(*command: str | Path, **options) -> subprocess.CompletedProcess:
    run_as = [] if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--"]
    return subprocess.run([*run_as, *map(str, command)], check=True, capture_output=True,
                          text=True, **options)


def available() -> str | None:
    """Why the pair cannot be started here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"no PostgreSQL binaries in {PG_BIN}"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser"
    return None


@dataclass
class Pair:
    root: Path
    primary_port: int
    replica_port: int

    @property
    def primary_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.primary_port}/{DATABASE}"

    @property
    def replica_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.replica_port}/{DATABASE}"

    def connect(self, port: int, database: str = DATABASE) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname=database,
                               autocommit=True, connect_timeout=5)

    def _ctl(self, folder: str, action: str, port: int) -> None:
        _as_postgres(PG_BIN / "pg_ctl", "-D", self.root / folder, "-l",
                     self.root / f"{folder}.log", "-w", "-t", "60",
                     "-o", f"-p {port} -k {self.root} -c listen_addresses=127.0.0.1",
                     *(["-m", "fast"] if action == "stop" else []), action)

    def stop_replica(self) -> None:
        self._ctl("replica", "stop", self.replica_port)

    def start_replica(self) -> None:
        self._ctl("replica", "start", self.replica_port)

    def pause_replay(self) -> None:
        with self.connect(self.replica_port) as connection:
            connection.execute("SELECT pg_wal_replay_pause()")

    def resume_replay(self) -> None:
        with self.connect(self.replica_port) as connection:
            connection.execute("SELECT pg_wal_replay_resume()")

    def wait_replayed(self, timeout_s: float = 30.0) -> None:
        with self.connect(self.primary_port) as primary:
            target = primary.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
        deadline = time.monotonic() + timeout_s
        with self.connect(self.replica_port) as replica:
            while True:
                done = replica.execute(
                    "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (str(target),)
                ).fetchone()[0]
                if done:
                    return
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the replica did not reach {target}")
                time.sleep(0.05)


@contextlib.contextmanager
def running_pair() -> Iterator[Pair]:
    root = Path(tempfile.mkdtemp(prefix="banderola-replica-"))
    shutil.chown(root, "postgres", "postgres") if os.geteuid() == 0 else None
    root.chmod(0o700)
    pair = Pair(root, free_port(), free_port())
    started = []
    try:
        _as_postgres(PG_BIN / "initdb", "-D", root / "primary", "-U", "postgres",
                     "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        with (root / "primary" / "postgresql.conf").open("a") as conf:
            conf.write("wal_level = replica\nmax_wal_senders = 4\nfsync = off\n"
                       "full_page_writes = off\n"
                       "shared_buffers = 32MB\nmax_connections = 60\n")
        with (root / "primary" / "pg_hba.conf").open("a") as hba:
            hba.write("host replication postgres 127.0.0.1/32 trust\n")
        pair._ctl("primary", "start", pair.primary_port)
        started.append("primary")
        with pair.connect(pair.primary_port, "postgres") as connection:
            connection.execute(f"CREATE DATABASE {DATABASE}")
        _as_postgres(PG_BIN / "pg_basebackup", "-h", "127.0.0.1", "-p", str(pair.primary_port),
                     "-U", "postgres", "-D", root / "replica", "-R", "-X", "stream")
        pair.start_replica()
        started.append("replica")
        yield pair
    finally:
        for folder in reversed(started):
            with contextlib.suppress(subprocess.CalledProcessError):
                _as_postgres(PG_BIN / "pg_ctl", "-D", root / folder, "-m", "immediate",
                             "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def streaming_pair() -> Iterator[Pair]:
    reason = available()
    if reason:
        pytest.skip(reason)
    with running_pair() as pair:
        yield pair
