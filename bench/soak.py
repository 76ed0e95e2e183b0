"""Soak at the planned national peak, then the headroom: gunicorn on PostgreSQL, 10 minutes.

    .venv/bin/python bench/soak.py                        # load the database, soak, headroom
    .venv/bin/python bench/soak.py --skip-load --minutes 1 --steps 300,600

Planning figures (issue 22): 200 consumer verifications a second, 200 officers working, 10,000
premises. The database (`--db`, default banderola_bench_soak, DROPPED and re-created unless
`--skip-load`) is bench/load_stamps.py's 1M stamps in 100 batches and 1M scans, with 10,000
premises, and 200 officers with access tokens. gunicorn runs as in production
(ops/gunicorn.conf.py: `--workers`, LOG_FORMAT=json to a file, metrics on and scraped every
15 s as Prometheus would), rate limits off (a phone's own limit is not what is measured).

The load, open loop (each request leaves at its planned time whatever the answers before it,
and its latency counts from that time, so a slow server is not hidden by a waiting client):
- consumers: Poisson arrivals at `--rate` per second, each a POST /api/v1/verifications of a
  signed code drawn from verify_throughput's pool (85 % issued stamps, the rest revoked, not
  activated, never issued, in a missing batch, or a broken signature; half with a position);
- officers: each of the 200 starts an inspection at one of the 10,000 premises, scans 20 codes
  there (POST /inspections/{id}/scans, one every 5 s on average, exponential), looks up every
  fifth stamp's chain (GET /api/v1/stamps/{serial}), closes it and starts the next:
  about 40 scans and 8 lookups a second.
Every request is a new connection to nginx (`nginx` from Debian, started with a configuration of
its own under /tmp/bench_soak/nginx; `--no-proxy` to hit gunicorn directly), which passes whole
requests to gunicorn as in production; a request unanswered after 10 s is an error (status -1;
0: no answer). The load generator runs on the same machine (asyncio, one process), which the
figures must be read with.

After the soak the headroom: the consumers' rate in `--steps` (each `--step-seconds`, officers
still working), up to the first whose verification p99 is over 300 ms or which has errors. The
highest rate before it is the headroom. Prints a table and writes `--json`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import load_stamps  # noqa: E402
import psycopg  # noqa: E402

from ops import drills  # noqa: E402

WORK = Path("/tmp/bench_soak")
OFFICERS = 200
PREMISES = 10_000
SCANS_PER_INSPECTION = 20
SCAN_EVERY_S = 5.0
P99_TARGET_MS = 300.0
CLIENT_TIMEOUT_S = 10.0
SEED = 22
NGINX = """
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    upstream banderola {{ server 127.0.0.1:{upstream}; }}
    server {{
        listen 127.0.0.1:{port} backlog=8192;
        location / {{
            proxy_pass http://banderola;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 35s;
        }}
    }}
}}
"""


class Recorder:
    """Latencies and errors per endpoint (route template), for one phase of the run."""

    def __init__(self) -> None:
        self.latencies_ms: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.started = time.monotonic()
        # Requests over the p99 target by the 10 s window they left in: a tail spread evenly
        # is queueing; one gathered in a few windows is a pause (a checkpoint, a scrape, GC).
        self.slow_windows: dict[int, int] = defaultdict(int)

    def add(self, endpoint: str, latency_ms: float, status: int, expected: int) -> None:
        self.latencies_ms[endpoint].append(latency_ms)
        if status != expected:
            self.errors[endpoint][str(status)] += 1
        if latency_ms > P99_TARGET_MS:
            window = int((time.monotonic() - latency_ms / 1000 - self.started) // 10) * 10
            self.slow_windows[window] += 1

    def summary(self, seconds: float) -> dict:
        table = {}
        for endpoint, latencies in sorted(self.latencies_ms.items()):
            latencies.sort()
            table[endpoint] = {
                "requests": len(latencies),
                "per_s": round(len(latencies) / seconds, 1),
                "errors": sum(self.errors[endpoint].values()),
                "error_statuses": dict(self.errors[endpoint]),
                "p50_ms": round(_percentile(latencies, 0.50), 1),
                "p99_ms": round(_percentile(latencies, 0.99), 1),
                "max_ms": round(latencies[-1], 1),
            }
        return table

    def tail(self, seconds: float) -> dict:
        windows = sorted(self.slow_windows.items(), key=lambda item: -item[1])
        return {"requests_over_target": sum(self.slow_windows.values()),
                "windows_with_any": len(windows), "windows": int(seconds // 10) + 1,
                "worst_windows_s": [{"from_s": start, "requests": count}
                                    for start, count in windows[:5]]}


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


async def http(port: int, method: str, path: str, body: bytes | None = None,
               token: str | None = None) -> tuple[int, bytes]:
    """One request on a new connection; (status, body); status 0 when there was no answer,
    -1 when none came within CLIENT_TIMEOUT_S (a phone's app gives up too)."""
    try:
        return await asyncio.wait_for(_http(port, method, path, body, token), CLIENT_TIMEOUT_S)
    except TimeoutError:
        return -1, b""


async def _http(port: int, method: str, path: str, body: bytes | None,
                token: str | None) -> tuple[int, bytes]:
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return 0, b""
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close",
             "Accept-Language: sq"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    try:
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b""))
        answer = await reader.read(-1)
    except OSError:
        return 0, b""
    finally:
        writer.close()
    head, _, content = answer.partition(b"\r\n\r\n")
    try:
        return int(head.split(b" ", 2)[1]), content
    except (IndexError, ValueError):
        return 0, b""


class Load:
    def __init__(self, port: int, bodies: list[bytes], serials: list[str], tokens: list[str],
                 premises: list[int]) -> None:
        self.port = port
        self.bodies = bodies
        self.serials = serials
        self.tokens = tokens
        self.premises = premises
        self.rng = random.Random(SEED)
        self.recorder = Recorder()
        self.rate = 0.0
        self.running = True
        self.tasks: set[asyncio.Task] = set()

    def _spawn(self, coroutine) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def consumers(self) -> None:
        """Poisson arrivals at self.rate; each request timed from its planned start."""
        loop = asyncio.get_running_loop()
        planned = loop.time()
        while self.running:
            planned += self.rng.expovariate(self.rate)
            delay = planned - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            self._spawn(self._verify(planned, self.rng.choice(self.bodies)))

    async def _verify(self, planned: float, body: bytes) -> None:
        status, _ = await http(self.port, "POST", "/api/v1/verifications", body)
        latency_ms = (asyncio.get_running_loop().time() - planned) * 1000
        self.recorder.add("POST /api/v1/verifications", latency_ms, status, 201)

    async def officer(self, token: str) -> None:
        rng = random.Random(token)
        await asyncio.sleep(rng.uniform(0, SCAN_EVERY_S * 2))  # not all at once
        while self.running:
            status, answer = await self._timed(
                "POST /api/v1/inspections", 201, "POST", "/api/v1/inspections",
                json.dumps({"premises_id": rng.choice(self.premises)}).encode(), token)
            if status != 201:
                await asyncio.sleep(SCAN_EVERY_S)
                continue
            inspection = json.loads(answer)["id"]
            for number in range(SCANS_PER_INSPECTION):
                await asyncio.sleep(rng.expovariate(1 / SCAN_EVERY_S))
                if not self.running:
                    return
                await self._timed("POST /api/v1/inspections/<id>/scans", 201, "POST",
                                  f"/api/v1/inspections/{inspection}/scans",
                                  rng.choice(self.bodies), token)
                if number % 5 == 4:
                    await self._timed("GET /api/v1/stamps/<serial>", 200, "GET",
                                      f"/api/v1/stamps/{rng.choice(self.serials)}", None, token)
            await self._timed("POST /api/v1/inspections/<id>/close", 200, "POST",
                              f"/api/v1/inspections/{inspection}/close", None, token)

    async def _timed(self, endpoint: str, expected: int, method: str, path: str,
                     body: bytes | None, token: str) -> tuple[int, bytes]:
        started = asyncio.get_running_loop().time()
        status, answer = await http(self.port, method, path, body, token)
        latency_ms = (asyncio.get_running_loop().time() - started) * 1000
        self.recorder.add(endpoint, latency_ms, status, expected)
        return status, answer

    async def scrape(self, token: str) -> None:
        """Prometheus' scrape every 15 s (its answer is checked, not timed into the figures)."""
        while self.running:
            await asyncio.sleep(15)
            status, _ = await http(self.port, "GET", "/metrics", None, token)
            if status != 200:
                self.recorder.add("GET /metrics", 0.0, status, 200)

    def phase(self, rate: float) -> Recorder:
        """Set the consumers' rate and start recording afresh; the recorder of the phase before."""
        self.rate = rate
        finished, self.recorder = self.recorder, Recorder()
        return finished


async def run(args, port: int, pool: dict, metrics_token: str) -> dict:
    load = Load(port, pool["bodies"], pool["serials"], pool["tokens"], pool["premises"])
    load.rate = args.rate
    loop_tasks = [asyncio.create_task(load.consumers()), asyncio.create_task(load.scrape(
        metrics_token))]
    loop_tasks += [asyncio.create_task(load.officer(token))
                   for token in pool["tokens"][:args.officers]]
    report: dict = {}
    await asyncio.sleep(args.warmup)
    load.phase(args.rate)
    started = time.monotonic()
    cpu = _cpu_snapshot()
    await asyncio.sleep(args.minutes * 60)
    seconds = time.monotonic() - started
    recorded = load.phase(args.rate)
    report["soak"] = {"rate": args.rate, "seconds": round(seconds, 1),
                      "cpu": _cpu_used(cpu, seconds),
                      "endpoints": recorded.summary(seconds), "tail": recorded.tail(seconds)}
    _print_phase(f"soak, {args.rate:g} verifications/s, {seconds:.0f} s", report["soak"])
    report["headroom_steps"] = []
    for rate in args.steps:
        load.phase(rate)
        await asyncio.sleep(5)  # let the queue of the rate before drain
        load.phase(rate)
        started, cpu = time.monotonic(), _cpu_snapshot()
        await asyncio.sleep(args.step_seconds)
        seconds = time.monotonic() - started
        recorded = load.phase(rate)
        step = {"rate": rate, "seconds": round(seconds, 1), "cpu": _cpu_used(cpu, seconds),
                "endpoints": recorded.summary(seconds), "tail": recorded.tail(seconds)}
        report["headroom_steps"].append(step)
        _print_phase(f"headroom step, {rate:g} verifications/s", step)
        verify = step["endpoints"].get("POST /api/v1/verifications", {})
        if verify.get("errors") or verify.get("p99_ms", 0) > P99_TARGET_MS:
            break
    met = [s["rate"] for s in report["headroom_steps"]
           if not s["endpoints"]["POST /api/v1/verifications"]["errors"]
           and s["endpoints"]["POST /api/v1/verifications"]["p99_ms"] <= P99_TARGET_MS]
    report["headroom_rate"] = max(met, default=None)
    load.running = False
    for task in loop_tasks:
        task.cancel()
    await asyncio.gather(*loop_tasks, return_exceptions=True)
    await asyncio.gather(*list(load.tasks), return_exceptions=True)
    return report


def _cpu_snapshot() -> dict[str, float]:
    """CPU seconds so far: the whole machine (from /proc/stat) and this process."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    ticks = os.sysconf("SC_CLK_TCK")
    busy = sum(int(v) for i, v in enumerate(fields) if i not in (3, 4)) / ticks
    return {"machine": busy, "generator": time.process_time()}


def _cpu_used(before: dict[str, float], seconds: float) -> dict[str, float]:
    """Cores busy on average: the machine's, the load generator's, and the machine's load
    average at the end (runnable processes: above 2, others' work queued for the 2 cores)."""
    after = _cpu_snapshot()
    used = {name: round((after[name] - before[name]) / seconds, 2) for name in after}
    return used | {"load_average_1m": round(os.getloadavg()[0], 1)}


def _print_phase(title: str, phase: dict) -> None:
    print(f"\n== {title} (cores busy: machine {phase['cpu']['machine']},"
          f" load generator {phase['cpu']['generator']}; load average"
          f" {phase['cpu']['load_average_1m']})")
    print(f"{'endpoint':<40} {'req':>8} {'req/s':>7} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8}"
          f" {'max ms':>8}")
    for endpoint, row in phase["endpoints"].items():
        print(f"{endpoint:<40} {row['requests']:>8} {row['per_s']:>7} {row['errors']:>6}"
              f" {row['p50_ms']:>8} {row['p99_ms']:>8} {row['max_ms']:>8}")
    tail = phase["tail"]
    print(f"over {P99_TARGET_MS:g} ms: {tail['requests_over_target']} requests in"
          f" {tail['windows_with_any']} of {tail['windows']} windows of 10 s; the worst: "
          + ", ".join(f"{w['requests']} from {w['from_s']} s" for w in tail["worst_windows_s"]))
    sys.stdout.flush()


def prepare(args) -> dict:
    """Load the database (unless --skip-load), make the officers and their tokens, sign the
    pool of codes."""
    import verify_throughput

    WORK.mkdir(parents=True, exist_ok=True)
    if not args.skip_load:
        subprocess.run([sys.executable, str(ROOT / "bench/load_stamps.py"), "--stamps",
                        "1000000", "--batches", "100", "--scans", "1000000", "--premises",
                        str(PREMISES), "--db", args.db], check=True)
    keys = WORK / "keys"
    keys.mkdir(exist_ok=True)
    bodies, mix = verify_throughput.build_pool(args.db, args.host, keys, 20_000, 0.5)
    with psycopg.connect(load_stamps.pg_url(args.db, args.host)) as conn:
        premises = [row[0] for row in conn.execute("SELECT id FROM premises")]
        issued = conn.execute("SELECT series, first, last FROM batches LIMIT 50").fetchall()
    tokens = _officer_tokens(args.db, args.host)
    rng = random.Random(SEED)
    serials = [f"{series}-{rng.randint(first, last):09d}" for series, first, last in issued
               for _ in range(20)]
    print(f"{len(bodies)} codes ({dict(mix)}), {len(premises)} premises, {len(tokens)} officers")
    return {"bodies": [b.encode() for b in bodies], "serials": serials, "tokens": tokens,
            "premises": premises}


def _officer_tokens(db: str, host: str) -> list[str]:
    """OFFICERS officers (made once per database) with a token each, valid for a day."""
    import datetime as dt

    from argon2 import PasswordHasher

    from app import create_app
    from app import db as app_db
    from app.accounts import service
    from app.accounts.auth import token_digest
    from app.accounts.models import AccessToken, User
    from app.config import Config

    class SoakConfig(Config):
        DATABASE_URL = load_stamps.pg_url(db, host, driver=True)
        INSTANCE_PATH = str(WORK / "instance")
        KEYS_DIR = str(WORK / "keys")

    # The officers' passwords are never used: the cheapest hash makes 200 of them quickly.
    service._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    app = create_app(SoakConfig)
    tokens = []
    with app.app_context():
        session = app_db.session
        for number in range(OFFICERS):
            email = f"officer{number}@soak.example"
            user = session.query(User).filter_by(email=email).one_or_none() or \
                service.create_user(session, email=email, password=secrets.token_hex(16),
                                    roles=["officer"])
            token = secrets.token_urlsafe(24)
            session.add(AccessToken(token_hash=token_digest(token), user=user,
                                    expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1)))
            tokens.append(token)
        session.commit()
        app_db.session.remove()
    app.extensions["engine"].dispose()
    return tokens


def nginx(upstream: int) -> tuple[subprocess.Popen, int]:
    """nginx in front of gunicorn, as in production (ops/nginx/banderola.conf): it takes every
    connection and whole requests before a sync worker sees them. Without it, once the listen
    queue overflowed, workers waited on half-arrived requests until gunicorn killed them (30 s),
    and the server never caught up again. Returns the process and its port."""
    work = WORK / "nginx"
    work.mkdir(exist_ok=True)
    port = drills.free_port()
    (work / "nginx.conf").write_text(NGINX.format(work=work, upstream=upstream, port=port))
    process = subprocess.Popen(["nginx", "-p", str(work), "-c", str(work / "nginx.conf"),
                                "-g", "daemon off;"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2):
                return process, port
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError((work / "error.log").read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="banderola_bench_soak")
    parser.add_argument("--host", default="127.0.0.1:5432")
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--rate", type=float, default=200.0, help="verifications a second")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=20.0, help="seconds, not counted")
    parser.add_argument("--steps", default="100,150,200,250,300,400,500,600,800",
                        help="the consumers' rates of the headroom steps")
    parser.add_argument("--step-seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--officers", type=int, default=OFFICERS)
    parser.add_argument("--no-proxy", action="store_true", help="gunicorn without nginx")
    parser.add_argument("--json", type=Path, default=WORK / "soak.json")
    args = parser.parse_args()
    args.steps = [float(rate) for rate in args.steps.split(",") if rate]
    pool = prepare(args)
    metrics_token = secrets.token_hex(16)
    env = os.environ | {
        "DATABASE_URL": load_stamps.pg_url(args.db, args.host, driver=True),
        "INSTANCE_PATH": str(WORK / "instance"), "KEYS_DIR": str(WORK / "keys"),
        "RATELIMIT_ENABLED": "false", "LOG_FORMAT": "json", "METRICS_TOKEN": metrics_token,
        "APP_ENV": "development",
    }
    log = WORK / "server.log"
    log.write_text("")
    server = drills.Server(env, log, workers=args.workers).start()
    proxy = None if args.no_proxy else nginx(server.port)
    try:
        report = asyncio.run(run(args, proxy[1] if proxy else server.port, pool,
                                 metrics_token))
    finally:
        if proxy:
            proxy[0].terminate()
            proxy[0].wait(timeout=30)
        server.stop()
    with open(log, "rb") as lines:
        report["server_log_lines"] = sum(1 for _ in lines)
    report["settings"] = {"workers": args.workers, "officers": args.officers, "premises": PREMISES,
                          "proxy": "none" if args.no_proxy else "nginx",
                          "machine_cores": os.cpu_count()}
    args.json.write_text(json.dumps(report, indent=2))
    soak_verify = report["soak"]["endpoints"]["POST /api/v1/verifications"]
    errors = sum(row["errors"] for row in report["soak"]["endpoints"].values())
    print(f"\nsoak errors: {errors}; verification p99 {soak_verify['p99_ms']} ms at"
          f" {args.rate:g}/s; headroom (p99 <= {P99_TARGET_MS:g} ms, no errors):"
          f" {report['headroom_rate']} verifications/s; figures in {args.json}")


if __name__ == "__main__":
    main()
