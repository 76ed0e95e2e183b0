"""The served app, started with the commands of `make run` (read from the Makefile itself):
migrations, the demo, then gunicorn with the Makefile's workers, threads and defaults (rate
limits on, counted in the machine's Redis when it answers). The only settings given are where
its data lives: `DATABASE_URL` (the run's private database, as `make run` takes it from the
environment), `INSTANCE_PATH` (a temporary folder rather than the checkout's `instance/`) and
`RATELIMIT_KEY_PREFIX` (its own counters in Redis). Its access log and
error log are kept for the last check."""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
# What the commands keep of this process's environment: nothing that could change a setting of
# the app (make test exports DATABASE_URL, a developer may have RATELIMIT_ENABLED=false).
KEPT_ENVIRONMENT = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
_COMMAND = re.compile(r"^\S*/(flask|gunicorn)\s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def make_run_commands(port: int) -> list[list[str]]:
    """The flask and gunicorn commands that `make run` would run, in order (`make -n`: printed,
    not run), with this interpreter's bin folder and the given port."""
    env = {name: os.environ[name] for name in KEPT_ENVIRONMENT if name in os.environ}
    printed = subprocess.run(
        ["make", "--no-print-directory", "-n", "run", f"BIN={BIN}", f"HOST={HOST}",
         f"PORT={port}"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=60,
    ).stdout
    commands = [shlex.split(line) for line in printed.splitlines() if _COMMAND.match(line)]
    if not commands or Path(commands[-1][0]).name != "gunicorn":
        raise RuntimeError(f"make -n run printed no gunicorn command:\n{printed}")
    return commands


@dataclass
class LiveServer:
    """gunicorn serving the app with the demo loaded, on a private database and instance."""

    base_url: str
    instance: Path
    process: subprocess.Popen
    access_log: Path
    error_log: Path
    command: list[str]

    @classmethod
    def start(cls, instance: Path, database_url: str) -> LiveServer:
        port = free_port()
        env = {name: os.environ[name] for name in KEPT_ENVIRONMENT if name in os.environ}
        # Rate limits count in the machine's Redis when it answers, as under `make run`: a key
        # prefix of its own keeps this run's counters apart from any other run's.
        env |= {"DATABASE_URL": database_url, "INSTANCE_PATH": str(instance),
                "RATELIMIT_KEY_PREFIX": f"acceptance-{instance.name}-{port}"}
        *setup, serve = make_run_commands(port)
        for command in setup:
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=300)
            if done.returncode:
                raise RuntimeError(f"{shlex.join(command)} failed:\n{done.stdout}{done.stderr}")
        access_log, error_log = instance / "access.log", instance / "error.log"
        with access_log.open("wb") as stdout, error_log.open("wb") as stderr:
            process = subprocess.Popen(serve, cwd=ROOT, env=env, stdout=stdout, stderr=stderr)
        server = cls(f"http://{HOST}:{port}", instance, process, access_log, error_log, serve)
        server._wait_until_up()
        return server

    def _wait_until_up(self, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with urllib.request.urlopen(f"{self.base_url}/api/v1/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not come up:\n{self.error_log.read_text()}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def server_errors(self) -> list[str]:
        """Lines of the logs that show a failure on the server's side: a traceback or an
        error logged by gunicorn, or an answer with a 5xx status in the access log."""
        errors = [
            line for line in self.error_log.read_text(errors="replace").splitlines()
            if "Traceback" in line or "[ERROR]" in line or "[CRITICAL]" in line
        ]
        status = re.compile(r'" (5\d\d) ')
        errors += [
            line for line in self.access_log.read_text(errors="replace").splitlines()
            if status.search(line)
        ]
        return errors
