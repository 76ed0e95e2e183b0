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
import bisect
import itertools
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from load_stamps import LOADED_SCANS_MARK, pg_url  # noqa: E402
from pgwarm import prewarm  # noqa: E402
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


# What a verification reads: loaded into shared buffers before measuring (bench/pgwarm.py).
WARM_TABLES = ["batches", "activations", "revocations", "scans", "products", "operators",
               "signing_keys", "custody_events", "case_item_serials", "case_items", "cases"]


# ---------------------------------------------------------------------------- the code pool


def stamp_picker(ranges: list[tuple[str, int, int]]):
    """A function of an RNG giving (series, number) uniformly over the stamps of `ranges`
    ((series, first, last) each), not over the ranges: picking a range first would send the
    same few serials over and over where single stamps are ranges of their own (the 1M
    database's revocations), and their scan history would grow with every run."""
    ends = list(itertools.accumulate(last - first + 1 for _series, first, last in ranges))

    def pick(rng: random.Random) -> tuple[str, int]:
        offset = rng.randrange(ends[-1])
        index = bisect.bisect_right(ends, offset)
        series, first, _last = ranges[index]
        return series, first + offset - (ends[index - 1] if index else 0)

    return pick


def build_pool(db: str, host: str, keys_dir: Path, size: int, location_share: float) -> tuple:
    """Signed request bodies for random serials across all batches; returns (bodies, mix).
    Each kind of code names a stamp drawn uniformly from the stamps of that kind."""
    with psycopg.connect(pg_url(db, host)) as conn:
        if conn.execute("SELECT count(*) FROM signing_keys").fetchone()[0] == 0:
            for stale in keys_dir.glob("*.pem"):  # left by an earlier load of this database
                stale.unlink()
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
    missing = [(series, first, last) for _id, series, first, last, is_missing in batches
               if is_missing]
    issued = stamp_picker([(series, first, last) for _id, series, first, last, _ in batches])
    revoked = stamp_picker(revocations) if revocations else None
    inactive = stamp_picker(not_activated) if not_activated else None
    in_missing = stamp_picker(missing) if missing else None
    mix = Counter()
    bodies = []
    for _ in range(size):
        roll = rng.random()
        corrupt = False
        if roll < 0.85 or (roll < 0.90 and not revoked):
            kind = "random_issued"
            series, number = issued(rng)
        elif roll < 0.90:
            kind = "revoked"
            series, number = revoked(rng)
        elif roll < 0.95 and inactive:
            kind = "not_activated"
            series, number = inactive(rng)
        elif roll < 0.97:
            kind = "never_issued"
            series = rng.choice(list(series_end))
            number = series_end[series] + rng.randint(1, 1_000_000)
        elif roll < 0.98 and in_missing:
            kind = "batch_missing"
            series, number = in_missing(rng)
        else:
            kind = "bad_signature"
            series, number = issued(rng)
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


def machine_ticks() -> tuple[int, int, int]:
    """(all, idle, stolen by the hypervisor) ticks of the machine since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields[:8]), idle, fields[7]


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


def db_backend_pids(db: str, host: str) -> list[int]:
    with psycopg.connect(pg_url("postgres", host), autocommit=True) as conn:
        return [row[0] for row in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s"
            " AND backend_type = 'client backend' AND pid <> pg_backend_pid()", (db,))]


def run_wrk(target: Target, mode: str, seconds: float, args, measure: bool = True) -> dict:
    env = dict(os.environ, BENCH_MODE=mode, BENCH_BODIES=str(target.bodies))
    cmd = ["wrk", f"-t{args.wrk_threads}", f"-c{args.connections}",
           f"-d{max(round(seconds), 1)}s", "--timeout", "5s", "-s", str(target.lua),
           f"http://127.0.0.1:{target.port}"]
    hz = os.sysconf("SC_CLK_TCK")
    gunicorn_pids = worker_pids(target.proc.pid)
    pg_pids = db_backend_pids(target.db, args.host)
    sampler = WaitSampler(target.db, args.host) if measure else None
    before = (machine_ticks(), cpu_ticks(gunicorn_pids), cpu_ticks(pg_pids), proc_cpu_children())
    if sampler:
        sampler.start()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if sampler:
        sampler.stop_event.set()
        sampler.join()
    after = (machine_ticks(), cpu_ticks(gunicorn_pids), cpu_ticks(pg_pids), proc_cpu_children())
    line = next((x for x in proc.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {proc.stdout}\n{proc.stderr}")
    result = json.loads(line.removeprefix("WRKJSON "))
    wall = result["duration_us"] / 1e6
    result["rps"] = result["requests"] / wall
    result["errors"] = sum(result[k] for k in ("connect_errors", "read_errors", "write_errors",
                                                "status_errors", "timeouts"))
    (total0, idle0, steal0), (total1, idle1, steal1) = before[0], after[0]
    cores = os.cpu_count() or 1
    steal_cores = cores * (steal1 - steal0) / max(total1 - total0, 1)
    busy_cores = cores * ((total1 - total0) - (idle1 - idle0)) / max(total1 - total0, 1)
    gunicorn_cores = (after[1] - before[1]) / hz / wall
    postgres_cores = (after[2] - before[2]) / hz / wall
    wrk_cores = (after[3] - before[3]) / wall
    result["cpu"] = {
        "busy_cores": round(busy_cores, 2),
        "gunicorn": round(gunicorn_cores, 2),
        "postgres": round(postgres_cores, 2),
        "wrk": round(wrk_cores, 2),
        # Other processes of this machine, and what the hypervisor gave to other machines.
        "others": round(max(busy_cores - gunicorn_cores - postgres_cores - wrk_cores
                            - steal_cores, 0), 2),
        "steal": round(steal_cores, 2),
    }
    # CPU per request: less sensitive than requests/s to other load on the machine.
    result["cpu_ms_per_request"] = {
        "gunicorn": round(1000 * gunicorn_cores / max(result["rps"], 1e-9), 3),
        "postgres": round(1000 * postgres_cores / max(result["rps"], 1e-9), 3),
        "wrk": round(1000 * wrk_cores / max(result["rps"], 1e-9), 3),
    }
    if sampler:
        result["pg_waits"] = sampler.summary()
    return result


def proc_cpu_children() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


# ---------------------------------------------------------------------------- gunicorn


def start_gunicorn(args, target: Target) -> subprocess.Popen:
    instance = target.work / "instance"
    instance.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        DATABASE_URL=pg_url(target.db, args.host, driver=True),
        RATELIMIT_ENABLED="false",
        KEYS_DIR=str(target.keys_dir),
        INSTANCE_PATH=str(instance),
    )
    cmd = [str(ROOT / ".venv/bin/gunicorn"), "--chdir", str(args.app_root),
           "-w", str(args.workers), "-k", args.worker_class,
           "--threads", str(args.threads), "-b", f"127.0.0.1:{target.port}",
           "--backlog", "2048", "--log-level", "warning", "wsgi:app"]
    proc = subprocess.Popen(cmd, cwd=args.app_root, env=env, start_new_session=True)
    time.sleep(1.0)  # a port taken by someone else makes gunicorn exit: check that it is ours
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            url = f"http://127.0.0.1:{target.port}/api/v1/health"
            with urllib.request.urlopen(url, timeout=2):
                if proc.poll() is None:
                    return proc
        except OSError:
            time.sleep(0.3)
    stop_gunicorn(proc)
    raise RuntimeError("gunicorn did not answer within 60 s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


@dataclass
class Target:
    db: str
    work: Path
    keys_dir: Path
    lua: Path
    bodies: Path
    stamps: int = 0
    batches: int = 0
    scans_before: int = 0
    max_scan_id: int = 0
    mix: dict = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    port: int = 0
    rounds: list = field(default_factory=list)


def restore_loaded_scans(db: str, host: str) -> str:
    """Delete the scans that earlier benchmark runs recorded, back to what load_stamps.py
    loaded: every run verifies the same pool of serials, so without this each run would find
    them scanned more often than the last (a serial's history is part of its verification)."""
    with psycopg.connect(pg_url(db, host), autocommit=True) as conn:
        [(comment,)] = conn.execute(
            "SELECT obj_description('scans'::regclass, 'pg_class')").fetchall()
        try:
            max_id = json.loads(comment or "{}")[LOADED_SCANS_MARK]
        except (ValueError, KeyError, TypeError):
            return ("no load mark on scans (loaded before bench/load_stamps.py set one):"
                    " scans of earlier runs are kept; reload to measure from the loaded state")
        deleted = conn.execute("DELETE FROM scans WHERE id > %s", (max_id,)).rowcount
        if deleted:
            conn.execute("VACUUM ANALYZE scans")
        return f"deleted {deleted:,} scans of earlier runs (kept the loaded ids up to {max_id:,})"


def prepare(db: str, args) -> Target:
    work = Path("/tmp/bench_core") / db
    work.mkdir(parents=True, exist_ok=True)
    if not args.keep_scans:
        print(f"{db}: {restore_loaded_scans(db, args.host)}", flush=True)
    target = Target(db, work, work / "keys", work / "bench.lua", work / "bodies.jsonl")
    target.lua.write_text(LUA)
    t0 = time.perf_counter()
    bodies, target.mix = build_pool(db, args.host, target.keys_dir, args.pool,
                                    args.location_share)
    target.bodies.write_text("\n".join(bodies) + "\n")
    print(f"{db}: pool of {len(bodies):,} signed codes in {time.perf_counter() - t0:.1f} s:"
          f" {target.mix}", flush=True)
    with psycopg.connect(pg_url(db, args.host)) as conn:
        target.stamps, target.batches = conn.execute(
            "SELECT sum(last - first + 1), count(*) FROM batches").fetchone()
        target.scans_before, target.max_scan_id = conn.execute(
            "SELECT count(*), coalesce(max(id), 0) FROM scans").fetchone()
    return target


def median(values):
    return statistics.median(values)


def summarise(target: Target, args) -> dict:
    health = [r["health"] for r in target.rounds]
    verify = [r["verify"] for r in target.rounds]
    with psycopg.connect(pg_url(target.db, args.host)) as conn:
        verdicts = dict(conn.execute(
            "SELECT verdict, count(*) FROM scans WHERE id > %s GROUP BY verdict ORDER BY 2 DESC",
            (target.max_scan_id,),
        ).fetchall())
    def cost(runs):
        return median([sum(r["cpu_ms_per_request"].values()) for r in runs])

    return {
        "health_cpu_ms": cost(health),
        "verify_cpu_ms": cost(verify),
        "verify_gunicorn_cpu_ms": median([v["cpu_ms_per_request"]["gunicorn"] for v in verify]),
        "verify_postgres_cpu_ms": median([v["cpu_ms_per_request"]["postgres"] for v in verify]),
        "ratio_cpu": cost(health) / cost(verify),
        "others_cores": median([r["cpu"]["others"] for r in health + verify]),
        "steal_cores": median([r["cpu"].get("steal", 0) for r in health + verify]),
        "db": target.db, "stamps": int(target.stamps), "batches": target.batches,
        "scans_before": target.scans_before, "pool_mix": target.mix,
        "verdicts_recorded": verdicts,
        "health_rps": median([h["rps"] for h in health]),
        "verify_rps": median([v["rps"] for v in verify]),
        "ratio": median([v["rps"] / h["rps"] for h, v in zip(health, verify, strict=True)]),
        "verify_p50_ms": median([v["p50_us"] for v in verify]) / 1000,
        "verify_p90_ms": median([v["p90_us"] for v in verify]) / 1000,
        "verify_p99_ms": median([v["p99_us"] for v in verify]) / 1000,
        "verify_p99_worst_ms": max(v["p99_us"] for v in verify) / 1000,
        "health_p99_ms": median([h["p99_us"] for h in health]) / 1000,
        "errors": sum(h["errors"] + v["errors"] for h, v in zip(health, verify, strict=True)),
        "rounds": target.rounds,
    }


def print_report(summaries: list[dict], args) -> None:
    print()
    print(f"server: gunicorn -k {args.worker_class} -w {args.workers} --threads {args.threads};"
          f" load: wrk -t{args.wrk_threads} -c{args.connections}, {args.rounds} rounds of"
          f" {args.duration:g} s per endpoint, medians over rounds")
    head = (f"{'database':<24}{'stamps':>13}{'batches':>8}{'health/s':>10}{'verify/s':>10}"
            f"{'ratio':>7}{'p50 ms':>8}{'p99 ms':>8}{'worst p99':>10}{'errors':>7}")
    print(head)
    for s in summaries:
        print(f"{s['db']:<24}{s['stamps']:>13,}{s['batches']:>8,}{s['health_rps']:>10.0f}"
              f"{s['verify_rps']:>10.0f}{s['ratio']:>7.3f}{s['verify_p50_ms']:>8.2f}"
              f"{s['verify_p99_ms']:>8.2f}{s['verify_p99_worst_ms']:>10.2f}{s['errors']:>7}")
    print()
    print("CPU per request (gunicorn + PostgreSQL backends + wrk), medians; the cost ratio predicts"
          " verify/trivial on an otherwise idle machine:")
    for s in summaries:
        print(f"  {s['db']:<24} health {s['health_cpu_ms']:.2f} ms, verify {s['verify_cpu_ms']:.2f}"
              f" ms (gunicorn {s['verify_gunicorn_cpu_ms']:.2f}, postgres"
              f" {s['verify_postgres_cpu_ms']:.2f}); cost ratio {s['ratio_cpu']:.3f};"
              f" other processes used {s['others_cores']:.2f} of 2 cores, the hypervisor"
              f" took {s['steal_cores']:.2f}")
    print()
    print("per round (CPU in cores of 2: gunicorn / postgres backends / wrk / other processes"
          " / stolen by the hypervisor):")
    for s in summaries:
        for i, r in enumerate(s["rounds"], start=1):
            for name in ("health", "verify"):
                m = r[name]
                c = m["cpu"]
                print(f"  {s['db']:<22} r{i} {name:<7}{m['rps']:>8.0f}/s"
                      f"  p50 {m['p50_us'] / 1000:6.2f}  p99 {m['p99_us'] / 1000:6.2f} ms"
                      f"  cpu {c['gunicorn']:.2f}/{c['postgres']:.2f}/{c['wrk']:.2f}"
                      f"/{c['others']:.2f}/{c.get('steal', 0):.2f}")
            print(f"  {'':<22}    backends during verify: {r['verify']['pg_waits']}")
    print()
    for s in summaries:
        ok_ratio = "met" if s["ratio"] >= 0.25 else "MISSED"
        ok_p99 = "met" if s["verify_p99_ms"] <= 20 else "MISSED"
        print(f"{s['db']}: ratio verify/trivial {s['ratio']:.3f} (target >= 0.25: {ok_ratio});"
              f" verify p99 {s['verify_p99_ms']:.2f} ms (target <= 20 ms: {ok_p99});"
              f" verdicts recorded {s['verdicts_recorded']}")
    if len(summaries) == 2:
        a, b = summaries
        print()
        print(f"scaling {a['stamps']:,} -> {b['stamps']:,} stamps (target: within 10%):")
        for key in ("verify_rps", "ratio", "verify_p50_ms", "verify_p99_ms", "verify_cpu_ms",
                    "ratio_cpu"):
            diff = (b[key] - a[key]) / a[key] * 100
            print(f"  {key:<14} {a[key]:>9.3f} -> {b[key]:>9.3f}  {diff:+6.1f}%"
                  f"  {'within 10%' if abs(diff) <= 10 else 'NOT within 10%'}")


def main() -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", action="append",
                        help="bench database (repeat it to compare two, measured alternately)")
    parser.add_argument("--host", default="127.0.0.1:5432")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=4,
                        help="health+verify measured this many times, alternating databases"
                             " (in ABBA order: use an even number to compare two);"
                             " 0 only resets the scans and prewarms")
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--pool", type=int, default=50_000)
    parser.add_argument("--location-share", type=float, default=0.5,
                        help="share of requests that carry lat/lon (phones usually do)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep-scans", action="store_true",
                        help="keep the scans earlier runs recorded (default: back to the load)")
    parser.add_argument("--app-root", type=Path, default=ROOT,
                        help="serve the app from this tree (a scratch copy with a prototype fix)")
    args = parser.parse_args()
    dbs = args.db or ["banderola_bench_core"]

    targets = [prepare(db, args) for db in dbs]
    for db in dbs:
        print(f"{db}: {prewarm(pg_url(db, args.host), WARM_TABLES)}", flush=True)
    if args.rounds < 1:
        return []
    try:
        for target in targets:
            target.port = free_port()
            target.proc = start_gunicorn(args, target)
        for target in targets:
            run_wrk(target, "verify", args.warmup, args, measure=False)
            run_wrk(target, "health", max(args.warmup / 2, 1), args, measure=False)
        for round_no in range(1, args.rounds + 1):
            # ABBA: the order flips every round. Whichever database was measured first in a
            # round ran about 3 % slower with a 1-2 ms worse p99, whichever it was (2026-12-04,
            # docs/BENCHMARKS.md); with a fixed order that bias looked like a size effect.
            for target in targets if round_no % 2 else targets[::-1]:
                health = run_wrk(target, "health", args.duration, args)
                verify = run_wrk(target, "verify", args.duration, args)
                target.rounds.append({"health": health, "verify": verify})
                print(f"round {round_no} {target.db}: health {health['rps']:.0f}/s,"
                      f" verify {verify['rps']:.0f}/s, p99 {verify['p99_us'] / 1000:.2f} ms",
                      flush=True)
    finally:
        for target in targets:
            if target.proc is not None:
                stop_gunicorn(target.proc)
    summaries = [summarise(target, args) for target in targets]
    print_report(summaries, args)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summaries, indent=2, default=str))
    return summaries


if __name__ == "__main__":
    main()
