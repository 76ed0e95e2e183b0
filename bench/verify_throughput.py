"""Verification throughput vs the trivial endpoint, measured in one run through gunicorn.

    .venv/bin/python bench/verify_throughput.py --db banderola_bench_core
    .venv/bin/python bench/verify_throughput.py --db banderola_bench_core --worker-class gthread \
        --workers 2 --threads 4 --json /tmp/bench_core/figures.json

Needs a database loaded by bench/load_stamps.py and `wrk` on the PATH (apt-get install wrk).
Steps: ensure a signing key (KEYS_DIR under /tmp), sign a pool of codes for random serials of
all batches (most genuine; some revoked, not activated, never issued, from a batch reported
missing, or with a broken signature), start gunicorn on that database with rate limits off, warm
up, then measure in the same run, each for --duration seconds at --connections connections:
  1. GET  /api/v1/health        (the trivial endpoint: Flask + one `SELECT 1`)
  2. POST /api/v1/verifications (a random code of the pool per request)
Prints requests/s, latency p50/p90/p99, the CPU split between gunicorn, PostgreSQL and wrk, what
the PostgreSQL backends were waiting on (sampled from pg_stat_activity), the verdicts recorded,
and the ratio verify/trivial. Gunicorn is stopped at the end, whatever happens.

The load generator is wrk (C, event loop, one Lua state per thread reading the pool), run on the
same 2 cores as the server and the database: its CPU share is printed so it can be judged.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine  # noqa: E402

from app.stamps import codes  # noqa: E402
from app.stamps.keys import ensure_signing_key  # noqa: E402

SEED = 4242
BASE_URL = "https://e-banderola.example/v/"
PRISHTINA = (42.66, 21.16)  # scans with a location land around Prishtina

LUA = r"""
local mode = os.getenv("BENCH_MODE")
local bodies = {}
if mode == "verify" then
  for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
end
local headers = {["Content-Type"] = "application/json", ["Accept-Language"] = "en"}
local counter = 0
function setup(thread) end
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end
function request()
  if mode == "verify" then
    return wrk.format("POST", "/api/v1/verifications", headers, bodies[math.random(#bodies)])
  end
  return wrk.format("GET", "/api/v1/health", headers)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"status_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,' ..
    '"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean))
end
"""


def pg_url(db: str, host: str, driver: bool = False) -> str:
    return f"postgresql{'+psycopg' if driver else ''}://postgres@{host}/{db}"


# ---------------------------------------------------------------------------- the code pool


def build_pool(db: str, host: str, keys_dir: Path, size: int, location_share: float) -> tuple:
    """Signed request bodies for random serials across all batches; returns (bodies, mix)."""
    engine = create_engine(pg_url(db, host, driver=True))
    kid, private_key = ensure_signing_key(engine, keys_dir)
    engine.dispose()
    with psycopg.connect(pg_url(db, host)) as conn:
        batches = conn.execute(
            "SELECT id, series, first, last, missing_reported_at IS NOT NULL FROM batches"
        ).fetchall()
        activations: dict[int, list[tuple[int, int]]] = {}
        for batch_id, first, last in conn.execute(
            "SELECT batch_id, first, last FROM activations ORDER BY batch_id, first"
        ):
            activations.setdefault(batch_id, []).append((first, last))
        revocations = conn.execute("SELECT series, first, last FROM revocations").fetchall()
        series_end = dict(conn.execute("SELECT series, max(last) FROM batches GROUP BY series"))
    rng = random.Random(SEED)
    not_activated = []
    for batch_id, series, first, last, _missing in batches:
        ranges = activations.get(batch_id, [])
        end = max((r[1] for r in ranges), default=first - 1)
        if end < last:
            not_activated.append((series, end + 1, last))
    missing = [b for b in batches if b[4]]
    mix = Counter()
    bodies = []
    for _ in range(size):
        roll = rng.random()
        corrupt = False
        if roll < 0.85 or (roll < 0.90 and not revocations):
            kind = "random_issued"
            _, series, first, last, _ = batches[rng.randrange(len(batches))]
            number = rng.randint(first, last)
        elif roll < 0.90:
            kind = "revoked"
            series, first, last = revocations[rng.randrange(len(revocations))]
            number = rng.randint(first, last)
        elif roll < 0.95 and not_activated:
            kind = "not_activated"
            series, first, last = not_activated[rng.randrange(len(not_activated))]
            number = rng.randint(first, last)
        elif roll < 0.97:
            kind = "never_issued"
            series = rng.choice(list(series_end))
            number = series_end[series] + rng.randint(1, 1_000_000)
        elif roll < 0.98 and missing:
            kind = "batch_missing"
            _, series, first, last, _ = missing[rng.randrange(len(missing))]
            number = rng.randint(first, last)
        else:
            kind = "bad_signature"
            _, series, first, last, _ = batches[rng.randrange(len(batches))]
            number = rng.randint(first, last)
            corrupt = True
        serial = codes.Serial(series, number)
        signature = codes.sign(private_key, kid, serial)
        if corrupt:
            signature = bytes([signature[0] ^ 0x01]) + signature[1:]
        body = {"code": codes.qr_text(BASE_URL, serial, kid, signature)}
        if rng.random() < location_share:
            body["lat"] = round(PRISHTINA[0] + rng.uniform(-0.3, 0.3), 5)
            body["lon"] = round(PRISHTINA[1] + rng.uniform(-0.3, 0.3), 5)
            body["accuracy_m"] = 25.0
        mix[kind] += 1
        bodies.append(json.dumps(body, separators=(",", ":")))
    return bodies, dict(mix)


# ---------------------------------------------------------------------------- measuring


def cpu_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return total


def pids_named(name: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == name:
                    pids.append(int(entry.name))
            except OSError:
                pass
    return pids


def machine_ticks() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields[:8]), idle


class WaitSampler(threading.Thread):
    """Samples pg_stat_activity of the bench database: what the app's backends are doing."""

    def __init__(self, db: str, host: str, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.db, self.host, self.interval = db, host, interval
        self.counts: Counter = Counter()
        self.samples = 0
        self.stop_event = threading.Event()

    def run(self) -> None:
        with psycopg.connect(pg_url("postgres", self.host), autocommit=True) as conn:
            while not self.stop_event.is_set():
                rows = conn.execute(
                    "SELECT state, wait_event_type, wait_event FROM pg_stat_activity"
                    " WHERE datname = %s AND pid <> pg_backend_pid()"
                    " AND backend_type = 'client backend'",
                    (self.db,),
                ).fetchall()
                self.samples += 1
                for state, wtype, wevent in rows:
                    if state == "active":
                        label = f"{wtype}:{wevent}" if wtype else "active (on CPU)"
                    elif state == "idle in transaction":
                        label = "idle in transaction (app working)"
                    else:
                        continue
                    self.counts[label] += 1
                time.sleep(self.interval)

    def summary(self) -> dict:
        return {k: round(v / max(self.samples, 1), 2) for k, v in self.counts.most_common(8)}


def run_wrk(mode: str, port: int, seconds: float, connections: int, threads: int,
            lua: Path, bodies: Path, measure: dict | None = None) -> dict:
    env = dict(os.environ, BENCH_MODE=mode, BENCH_BODIES=str(bodies))
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s",
           "-s", str(lua), f"http://127.0.0.1:{port}"]
    before = after = None
    if measure is not None:
        before = (machine_ticks(), cpu_ticks(measure["gunicorn"]),
                  cpu_ticks(pids_named("postgres")))
    sampler = WaitSampler(measure["db"], measure["host"]) if measure else None
    if sampler:
        sampler.start()
    wrk0 = proc_cpu_children()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if sampler:
        sampler.stop_event.set()
        sampler.join()
    line = next((x for x in proc.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {proc.stdout}\n{proc.stderr}")
    result = json.loads(line.removeprefix("WRKJSON "))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors"] = sum(result[k] for k in ("connect_errors", "read_errors", "write_errors",
                                                "status_errors", "timeouts"))
    if measure is not None:
        after = (machine_ticks(), cpu_ticks(measure["gunicorn"]),
                 cpu_ticks(pids_named("postgres")))
        (total0, idle0), (total1, idle1) = before[0], after[0]
        hz = os.sysconf("SC_CLK_TCK")
        wall = result["duration_us"] / 1e6
        busy = (total1 - total0) - (idle1 - idle0)
        result["cpu"] = {
            "machine_busy_pct": round(100 * busy / max(total1 - total0, 1), 1),
            "gunicorn_cores": round((after[1] - before[1]) / hz / wall, 2),
            "postgres_cores": round((after[2] - before[2]) / hz / wall, 2),
            "wrk_cores": round((proc_cpu_children() - wrk0) / wall, 2),
        }
        result["pg_waits"] = sampler.summary()
    return result


def proc_cpu_children() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


# ---------------------------------------------------------------------------- gunicorn


def start_gunicorn(args, keys_dir: Path) -> subprocess.Popen:
    instance = Path("/tmp/bench_core/instance")
    instance.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        DATABASE_URL=pg_url(args.db, args.host, driver=True),
        RATELIMIT_ENABLED="false",
        KEYS_DIR=str(keys_dir),
        INSTANCE_PATH=str(instance),
    )
    cmd = [str(ROOT / ".venv/bin/gunicorn"), "-w", str(args.workers), "-k", args.worker_class,
           "--threads", str(args.threads), "-b", f"127.0.0.1:{args.port}",
           "--backlog", "2048", "--log-level", "warning", "wsgi:app"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/api/v1/health", timeout=2):
                return proc
        except OSError:
            time.sleep(0.3)
    stop_gunicorn(proc)
    raise RuntimeError("gunicorn did not answer within 60 s")


def stop_gunicorn(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    pids = [master]
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    return pids


# ---------------------------------------------------------------------------- main


def main() -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="banderola_bench_core")
    parser.add_argument("--host", default="127.0.0.1:5432")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--pool", type=int, default=50_000)
    parser.add_argument("--location-share", type=float, default=0.5,
                        help="share of requests that carry lat/lon (phones usually do)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    work = Path("/tmp/bench_core") / args.db
    work.mkdir(parents=True, exist_ok=True)
    keys_dir = work / "keys"
    lua = work / "bench.lua"
    lua.write_text(LUA)
    t0 = time.perf_counter()
    bodies, mix = build_pool(args.db, args.host, keys_dir, args.pool, args.location_share)
    bodies_file = work / "bodies.jsonl"
    bodies_file.write_text("\n".join(bodies) + "\n")
    print(f"pool: {len(bodies):,} signed codes in {time.perf_counter() - t0:.1f} s: {mix}")
    with psycopg.connect(pg_url(args.db, args.host)) as conn:
        stamps, batches = conn.execute("SELECT sum(last - first + 1), count(*) FROM batches").fetchone()
        scans0 = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM scans").fetchone()

    proc = start_gunicorn(args, keys_dir)
    try:
        measure = {"gunicorn": worker_pids(proc.pid), "db": args.db, "host": args.host}
        common = dict(port=args.port, connections=args.connections, threads=args.wrk_threads,
                      lua=lua, bodies=bodies_file)
        run_wrk("verify", seconds=args.warmup, **common)
        run_wrk("health", seconds=max(args.warmup / 2, 1), **common)
        health = run_wrk("health", seconds=args.duration, measure=measure, **common)
        verify = run_wrk("verify", seconds=args.duration, measure=measure, **common)
    finally:
        stop_gunicorn(proc)
    with psycopg.connect(pg_url(args.db, args.host)) as conn:
        verdicts = dict(conn.execute(
            "SELECT verdict, count(*) FROM scans WHERE id > %s GROUP BY verdict ORDER BY 2 DESC",
            (scans0[1],),
        ).fetchall())
        scans1 = conn.execute("SELECT count(*) FROM scans").fetchone()[0]
    ratio = verify["rps"] / health["rps"]
    figures = {
        "db": args.db, "stamps": int(stamps), "batches": batches, "scans_before": scans0[0],
        "scans_after": scans1,
        "server": f"gunicorn -k {args.worker_class} -w {args.workers} --threads {args.threads}",
        "load": f"wrk -t{args.wrk_threads} -c{args.connections} -d{args.duration:g}s",
        "health": health, "verify": verify, "ratio": ratio, "pool_mix": mix,
        "verdicts_recorded": verdicts,
    }
    print()
    print(f"{stamps:,} stamps in {batches:,} batches, {scans0[0]:,} scans before the run;"
          f" {figures['server']}; {figures['load']}")
    print(f"{'endpoint':<26}{'req/s':>9}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'errors':>8}"
          f"{'busy%':>7}{'gunicorn':>10}{'postgres':>10}{'wrk':>6}")
    for name, r in (("GET /api/v1/health", health), ("POST /api/v1/verifications", verify)):
        c = r["cpu"]
        print(f"{name:<26}{r['rps']:>9.0f}{r['p50_us'] / 1000:>9.2f}{r['p90_us'] / 1000:>9.2f}"
              f"{r['p99_us'] / 1000:>9.2f}{r['errors']:>8}{c['machine_busy_pct']:>7}"
              f"{c['gunicorn_cores']:>10}{c['postgres_cores']:>10}{c['wrk_cores']:>6}")
    print(f"ratio verify/trivial = {ratio:.3f}  (target >= 0.25: "
          f"{'met' if ratio >= 0.25 else 'MISSED'});"
          f" verify p99 = {verify['p99_us'] / 1000:.2f} ms (target <= 20 ms: "
          f"{'met' if verify['p99_us'] <= 20_000 else 'MISSED'})")
    print(f"PostgreSQL backends during verify (mean number per sample): {verify['pg_waits']}")
    print(f"PostgreSQL backends during health: {health['pg_waits']}")
    print(f"verdicts recorded during the run: {verdicts}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, default=str))
    return figures


if __name__ == "__main__":
    main()
