"""Metrics, request ids and JSON logs through the real server: gunicorn with two workers and
ops/gunicorn.conf.py (prometheus-client's multiprocess mode)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.operations.scrape import value
from tests.operations.server import ROOT, Server

TOKEN = "metrics-token-for-the-server-test"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    instance = tmp_path_factory.mktemp("ops-server")
    metrics_dir = instance / "metrics"
    metrics_dir.mkdir()
    (metrics_dir / "counter_999999.db").write_bytes(b"left by an earlier server")
    env = {
        "DATABASE_URL": f"sqlite:///{instance / 'ops.db'}",
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "RATELIMIT_ENABLED": "false",
        "METRICS_TOKEN": TOKEN,
        "LOG_FORMAT": "json",
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
    }
    subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "db", "upgrade"], cwd=ROOT,
                   env=os.environ | env, check=True, capture_output=True)
    running = Server(os.environ | env, instance / "server.log").start()
    running.metrics_dir = metrics_dir
    yield running
    running.stop()


def get(server, path: str, **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(server.base + path, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def scrape(server) -> str:
    status, _headers, body = get(server, "/metrics", Authorization=f"Bearer {TOKEN}")
    assert status == 200
    return body.decode()


def health_requests(server) -> float:
    return value(scrape(server), "banderola_http_requests_total", method="GET",
                 route="/api/v1/health", status="200")


def burst(server, requests: int) -> None:
    """`requests` health checks from eight clients at once, each on a new connection, so that
    both workers answer some."""
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: get(server, "/api/v1/health")[0], range(requests)))
    assert statuses == [200] * requests


def pids_with_files(server, kind: str) -> set[str]:
    return {path.stem.rsplit("_", 1)[1] for path in server.metrics_dir.glob(f"{kind}_*.db")}


def test_metrics_add_up_every_workers_requests(server):
    assert not (server.metrics_dir / "counter_999999.db").exists()  # cleaned at start
    before = health_requests(server)
    for _ in range(20):
        burst(server, 40)
        if {str(pid) for pid in server.worker_pids()} <= pids_with_files(server, "counter"):
            break
    else:
        pytest.fail("one worker answered every request")
    sent = health_requests(server) - before
    assert sent >= 40 and sent % 40 == 0  # each burst counted once, whichever worker answered
    assert value(scrape(server), "banderola_db_pool_connections_max", pool="main") > 0


def test_a_killed_workers_counts_stay_and_its_live_gauges_go(server):
    burst(server, 40)
    before = health_requests(server)
    victim = server.worker_pids()[0]
    assert str(victim) in pids_with_files(server, "gauge_livesum")
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while victim in server.worker_pids() or len(server.worker_pids()) < 2:
        assert time.monotonic() < deadline, "gunicorn did not replace the killed worker"
        time.sleep(0.1)
    server.wait_until_up()
    assert str(victim) not in pids_with_files(server, "gauge_livesum")  # mark_process_dead
    assert health_requests(server) >= before + 1  # its counts still count (+ the readiness check)


def test_the_request_id_is_in_the_answer_and_in_one_json_log_line(server):
    status, headers, body = get(server, "/api/v1/cases/1", **{"X-Request-Id": "report-7781"})
    assert status == 401
    assert headers["X-Request-Id"] == "report-7781"
    assert json.loads(body)["request_id"] == "report-7781"
    _status, generated_headers, _body = get(server, "/api/v1/health")
    generated = generated_headers["X-Request-Id"]

    deadline = time.monotonic() + 10
    while True:
        lines = [json.loads(line) for line in server.log_path.read_text().splitlines()
                 if line.startswith("{")]
        by_id = {line["request_id"]: line for line in lines if line.get("request_id")}
        if "report-7781" in by_id and generated in by_id:
            break
        assert time.monotonic() < deadline, "no log line for the requests"
        time.sleep(0.1)
    line = by_id["report-7781"]
    assert line["method"] == "GET"
    assert line["route"] == "/api/v1/cases/<int:case_id>"
    assert line["status"] == 401
    assert line["user"] == "anonymous"
    assert isinstance(line["duration_ms"], float)
    assert by_id[generated]["route"] == "/api/v1/health"
