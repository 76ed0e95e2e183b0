"""A hot serial (issue 18): after 100,000 scans of one serial, is its verification as fast as a
never-scanned serial's, and does its throughput stay flat while it keeps being scanned?

    .venv/bin/python bench/hot_serial.py            # 100,000 scans, 300 pairs, 3 x 15 s of wrk
    .venv/bin/python bench/hot_serial.py --scans 1000000 --rounds 5

Steps, on PostgreSQL (127.0.0.1, user postgres), in one run:
  1. a fresh database `banderola_bench_hot`: migrations and the demo (`flask db upgrade`,
     `flask demo`), keys under /tmp;
  2. --scans scans of one activated serial (the hot one) loaded by `generate_series` with the
     rollup trigger disabled, spread over 60 days, 38 municipalities, 5,000 client networks and
     positions all over Kosovo; then its rollups rebuilt by `app.stamps.rollups.backfill`, the
     path migration 0009 takes;
  3. gunicorn as `make run` serves it (ops/gunicorn.conf.py, 2 workers), rate limits off;
  4. the median time of a verification, sequential on one keep-alive connection, alternating
     the hot serial and a never-scanned one (a different one each time, so it is really never
     scanned), --pairs pairs, each request with a position in Prishtina (so the clone check
     reads the recent scans);
  5. --rounds rounds of `wrk -t2 -c16 -d<--duration>s` on the hot serial alone (each round adds
     its scans to the serial): requests/s, p50 and p99 per round; each followed by the same
     load on a serial never scanned before it (the control: the machine is shared, and its
     load shows in both);
  6. step 4 again after the rounds.
Between 4 and 5, PostgreSQL's execution time of the verification's one statement (EXPLAIN
ANALYZE, generic plan as the app runs it), hot against 200 never-scanned serials, and
`verify()` called in-process the same way (wall and CPU time; each call rolled back).
Prints the figures and the ratios hot/never-scanned. The database is dropped at the end unless
--keep.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pgwarm import prewarm  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from app.geo.gazetteer import municipalities  # noqa: E402
from app.stamps import codes, rollups  # noqa: E402
from app.stamps.keys import ensure_signing_key  # noqa: E402
from tests.servers import free_port  # noqa: E402

BASE_URL = "https://e-banderola.example/v/"
PRISHTINA = {"lat": 42.6629, "lon": 21.1655, "accuracy_m": 20.0}
BIN = Path(sys.executable).parent
WARM_TABLES = ["batches", "activations", "revocations", "scans", "products", "operators",
               "signing_keys", "custody_events", "serial_scan_rollups", "serial_scan_places",
               "serial_scan_networks"]

LUA = r"""
local body = os.getenv("BENCH_BODY")
local headers = {["Content-Type"] = "application/json", ["Accept-Language"] = "en"}
function request() return wrk.format("POST", "/api/v1/verifications", headers, body) end
function done(summary, latency, requests)
  io.write(string.format('WRKJSON {"requests":%d,"duration_us":%d,"errors":%d,' ..
    '"status_errors":%d,"p50_us":%d,"p99_us":%d}\n', summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
"""


def pg(db: str, driver: bool = False) -> str:
    return f"postgresql{'+psycopg' if driver else ''}://postgres@127.0.0.1/{db}"


def prepare(db: str, instance: Path) -> dict[str, str]:
    with psycopg.connect(pg("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}"')
    env = os.environ | {
        "DATABASE_URL": pg(db, driver=True),
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "EVIDENCE_DIR": str(instance / "evidence"),
        "RATELIMIT_ENABLED": "false",
        "METRICS_TOKEN": "",
    }
    for command in (["db", "upgrade"], ["demo"]):
        subprocess.run([BIN / "flask", "--app", "wsgi", *command], cwd=ROOT, env=env,
                       check=True, capture_output=True)
    return env


def serials(db: str, count: int) -> list[codes.Serial]:
    """`count` activated, unrevoked serials nobody has scanned, the largest activation first
    (the demo's activations hold about 1,200 stamps)."""
    with psycopg.connect(pg(db)) as conn:
        activations = conn.execute(
            "SELECT series, first, last FROM activations ORDER BY last - first DESC").fetchall()
        taken = set(conn.execute("SELECT series, number FROM serial_scan_rollups").fetchall())
        revoked = conn.execute("SELECT series, first, last FROM revocations").fetchall()
    free = (
        codes.Serial(series, n)
        for series, first, last in activations
        for n in range(first, last + 1)
        if (series, n) not in taken
        and not any(s == series and a <= n <= b for s, a, b in revoked)
    )
    return [next(free) for _ in range(count)]


def load_hot_scans(db: str, serial: codes.Serial, scans: int) -> float:
    """`scans` scans of `serial` in one INSERT ... SELECT generate_series (trigger off), then its
    rollups by the backfill path; seconds taken."""
    started = time.perf_counter()
    engine = create_engine(pg(db, driver=True))
    with engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE scans DISABLE TRIGGER {rollups.TRIGGER}"))
        conn.execute(text("""
            INSERT INTO scans (series, number, scanned_at, verdict, reasons, lat, lon,
                               accuracy_m, municipality, client_hash, client_network)
            SELECT :series, :number,
                   now() - interval '60 days' + (i * (interval '59 days' / :scans)),
                   'genuine', '[]'::json,
                   round((41.9 + random() * 1.1)::numeric, 2)::float,
                   round((20.1 + random() * 1.4)::numeric, 2)::float, 30.0,
                   CASE WHEN i % 4 = 0 THEN NULL
                        ELSE ((:places)::text[])[1 + i % cardinality((:places)::text[])] END,
                   md5('ua' || (i % 20000)::text)::varchar(32),
                   md5('net' || (i % 5000)::text)::varchar(32)
            FROM generate_series(1, :scans) AS i"""),
            {"series": serial.series, "number": serial.number, "scans": scans,
             "places": [place.slug for place in municipalities()]})
        conn.execute(text(f"ALTER TABLE scans ENABLE TRIGGER {rollups.TRIGGER}"))
        rollups.backfill(conn, serial.series, serial.number)
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return time.perf_counter() - started


def bodies(db: str, keys_dir: Path, chosen: list[codes.Serial]) -> list[str]:
    engine = create_engine(pg(db, driver=True))
    kid, private_key = ensure_signing_key(engine, keys_dir)
    engine.dispose()
    return [json.dumps({"code": codes.qr_text(BASE_URL, serial, kid,
                                              codes.sign(private_key, kid, serial)),
                        **PRISHTINA}) for serial in chosen]


def start_gunicorn(env: dict[str, str], log: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [BIN / "gunicorn", "-c", "ops/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("ab"))
    deadline = time.monotonic() + 60
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/v1/health")
            if connection.getresponse().status == 200:
                return process, port
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.read_text()) from None
            time.sleep(0.3)


def post(connection: http.client.HTTPConnection, body: str) -> tuple[float, dict]:
    started = time.perf_counter()
    connection.request("POST", "/api/v1/verifications", body,
                       {"Content-Type": "application/json", "Accept-Language": "en"})
    response = connection.getresponse()
    answer = json.loads(response.read())
    elapsed = time.perf_counter() - started
    if response.status != 201:
        raise RuntimeError(f"{response.status}: {answer}")
    return elapsed, answer


def medians(port: int, hot: str, cold: list[str]) -> dict:
    """Alternating hot / never-scanned, one keep-alive connection; medians in ms."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(20):  # both workers' statements prepared, connections open
        post(connection, hot)
    hot_times, cold_times = [], []
    answers = {}
    for body in cold:
        elapsed, answers["hot"] = post(connection, hot)
        hot_times.append(elapsed)
        elapsed, answers["cold"] = post(connection, body)
        cold_times.append(elapsed)
    connection.close()
    hot_ms, cold_ms = statistics.median(hot_times) * 1000, statistics.median(cold_times) * 1000
    return {
        "hot_median_ms": round(hot_ms, 3),
        "never_scanned_median_ms": round(cold_ms, 3),
        "ratio": round(hot_ms / cold_ms, 3),
        "hot_previous_scans": answers["hot"]["stamp"]["previous_scans"],
        "hot_reasons": [reason["code"] for reason in answers["hot"]["reasons"]],
        "never_scanned_previous_scans": answers["cold"]["stamp"]["previous_scans"],
    }


def statement_times(db: str, hot: codes.Serial, cold: list[codes.Serial]) -> dict:
    """PostgreSQL's own execution time of the verification's statement (EXPLAIN ANALYZE),
    alternating the hot serial and never-scanned ones: what used to grow with the scans, and
    less disturbed by the rest of a shared machine than a request's time. Medians in ms."""
    from sqlalchemy.dialects import postgresql

    from app.db import utcnow
    from app.stamps import retention
    from app.stamps.verification import FINDING_PROVIDERS, _statement

    retained_since = retention.cutoff(utcnow(), retention.DEFAULT_MONTHS)

    compiled = _statement(FINDING_PROVIDERS).statement.compile(dialect=postgresql.dialect())
    sql = "EXPLAIN (ANALYZE, FORMAT JSON) " + str(compiled)
    defaults = {name: value for name, value in compiled.params.items() if value is not None}
    times: dict[str, list[float]] = {"hot": [], "never_scanned": []}
    with psycopg.connect(pg(db)) as conn:
        conn.execute("SET plan_cache_mode = force_generic_plan")
        for serial in cold:
            for kind, which in (("hot", hot), ("never_scanned", serial)):
                params = {**defaults, "series": which.series, "number": which.number,
                          "premises_id": None, "retained_since": retained_since}
                [[plan]] = conn.execute(sql, params).fetchone()
                times[kind].append(plan["Execution Time"])
    hot_ms, cold_ms = (statistics.median(times[kind]) for kind in ("hot", "never_scanned"))
    return {"statement_hot_ms": round(hot_ms, 3), "statement_never_scanned_ms": round(cold_ms, 3),
            "ratio": round(hot_ms / cold_ms, 3)}


def in_process(db: str, hot: codes.Serial, cold: list[codes.Serial]) -> dict:
    """`verify()` itself, without HTTP, alternating the hot serial and never-scanned ones, each
    with the position the requests send (rolled back: the serials stay as they were). Medians
    of wall and CPU time in ms."""
    from sqlalchemy.orm import Session

    from app.config import Config
    from app.db import make_engine
    from app.stamps.verification import verify

    settings = {name: getattr(Config, name) for name in dir(Config) if name.isupper()}
    engine = make_engine(pg(db, driver=True))
    session = Session(engine)
    times: dict[str, list[tuple[float, float]]] = {"hot": [], "never_scanned": []}
    for _ in range(20):  # statements prepared
        verify(session, text=str(hot), settings=settings, **PRISHTINA)
        session.rollback()
    for serial in cold:
        for kind, which in (("hot", hot), ("never_scanned", serial)):
            wall, cpu = time.perf_counter(), time.process_time()
            verify(session, text=str(which), settings=settings, **PRISHTINA)
            times[kind].append((time.perf_counter() - wall, time.process_time() - cpu))
            session.rollback()
    session.close()
    engine.dispose()
    figures = {}
    for kind, pairs in times.items():
        figures[f"{kind}_wall_ms"] = round(1000 * statistics.median(w for w, _ in pairs), 3)
        figures[f"{kind}_cpu_ms"] = round(1000 * statistics.median(c for _, c in pairs), 3)
    figures["wall_ratio"] = round(figures["hot_wall_ms"] / figures["never_scanned_wall_ms"], 3)
    return figures


def wrk_round(port: int, body: str, duration: int, script: Path) -> dict:
    output = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", "-s", str(script),
         f"http://127.0.0.1:{port}"],
        env=os.environ | {"BENCH_BODY": body}, capture_output=True, text=True, check=True,
    ).stdout
    figures = json.loads(re.search(r"WRKJSON (\{.*\})", output).group(1))
    return {
        "rps": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
        "p50_ms": figures["p50_us"] / 1000,
        "p99_ms": figures["p99_us"] / 1000,
        "errors": figures["errors"] + figures["status_errors"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="banderola_bench_hot")
    parser.add_argument("--scans", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    instance = Path(tempfile.mkdtemp(prefix="bench_hot_"))
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {args.scans:,} scans", flush=True)
    env = prepare(args.db, instance)
    hot, *cold = serials(args.db, 1 + 2 * args.pairs + args.rounds + 200)
    print(f"hot serial {hot}; loading its scans...", flush=True)
    print(f"  loaded with rollups in {load_hot_scans(args.db, hot, args.scans):.1f} s")
    print("  " + prewarm(pg(args.db), WARM_TABLES))
    hot_body, *cold_bodies = bodies(args.db, instance / "keys", [hot, *cold])
    fresh_bodies = cold_bodies[2 * args.pairs:]
    script = instance / "hot.lua"
    script.write_text(LUA)
    process, port = start_gunicorn(env, instance / "gunicorn.log")
    try:
        before = medians(port, hot_body, cold_bodies[: args.pairs])
        print("sequential, before the rounds:", json.dumps(before), flush=True)
        print("the statement alone:", json.dumps(statement_times(
            args.db, hot, cold[2 * args.pairs + args.rounds:])), flush=True)
        print("verify() in-process:", json.dumps(in_process(
            args.db, hot, cold[2 * args.pairs + args.rounds:])), flush=True)
        for number in range(1, args.rounds + 1):
            hot_round = wrk_round(port, hot_body, args.duration, script)
            # The control: the same load on a serial never scanned before this round, right
            # after, so that what the rest of a shared machine does shows in both.
            fresh_round = wrk_round(port, fresh_bodies[number - 1], args.duration, script)
            print(f"wrk round {number}: hot", json.dumps(hot_round), "fresh",
                  json.dumps(fresh_round), "hot/fresh rps",
                  round(hot_round["rps"] / fresh_round["rps"], 3), flush=True)
        after = medians(port, hot_body, cold_bodies[args.pairs:2 * args.pairs])
        print("sequential, after the rounds:", json.dumps(after), flush=True)
    finally:
        process.terminate()
        process.wait(timeout=10)
        if not args.keep:
            with psycopg.connect(pg("postgres"), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{args.db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
