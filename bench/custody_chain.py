"""Benchmark of issue 4: the chain of a stamp and verification with clone detection at scale.

Loads 2 million custody events and 10 million scans into a PostgreSQL database of its own
(`banderola_bench_custody`, recreated), starts gunicorn on a loopback port, and measures with
`wrk` (apt-get install wrk):
  - GET /api/v1/stamps/{serial} as an officer: p50 / p99 latency (target: p99 <= 10 ms);
  - POST /api/v1/verifications (clone detection on) against GET /api/v1/health: throughput
    ratio (target: >= 0.25).

    .venv/bin/python bench/custody_chain.py [--events 2000000] [--scans 10000000] [--keep]

Environment: BENCH_PG_ADMIN (default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pgwarm import prewarm  # noqa: E402

from app import create_app, db  # noqa: E402
from app.accounts.auth import token_digest  # noqa: E402
from app.accounts.models import AccessToken  # noqa: E402
from app.accounts.service import create_user  # noqa: E402
from app.config import Config  # noqa: E402
from app.custody.models import span_level  # noqa: E402
from app.migrate import upgrade  # noqa: E402
from app.registry.service import create_operator, create_premises, create_product  # noqa: E402
from app.stamps import codes  # noqa: E402
from app.stamps.keys import ensure_signing_key, load_private_key  # noqa: E402
from app.stamps.service import activate, issue_batch  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE = "banderola_bench_custody"
WORK = Path("/tmp/bench_custody")  # keys and the loaded world, for --skip-load
BATCH_SIZE = 50_000
CARTON = 20  # a distributor ships cartons: 2,500 cartons per batch, shipped and received
EVENTS_PER_BATCH = 2 + 2 * (BATCH_SIZE // CARTON)
HOT_SERIALS = 1_000  # serials scanned ~100 times each: the clone checks' worst realistic case
# Kosovo's bounding box, for scan positions (coarse, two decimals, as stored).
LAT, LON = (41.9, 43.2), (20.1, 21.7)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def database_urls() -> tuple[str, str]:
    base = ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{DATABASE}", f"{base.replace('postgresql://', 'postgresql+psycopg://')}/{DATABASE}"


def recreate_database() -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')


def registry(sa_url: str, keys_dir: Path, batches: int) -> dict:
    """Operators, premises, a product, the batches (activated at the factory), an officer."""

    class BenchConfig(Config):
        DATABASE_URL = sa_url
        KEYS_DIR = str(keys_dir)
        RATELIMIT_ENABLED = False

    app = create_app(BenchConfig)
    with app.app_context():
        session = db.session
        today = dt.date.today()
        producer = create_operator(session, name="Bench Producer", nui="700000001",
                                   licence_number="B-1", licence_kinds=["producer"],
                                   licence_valid_from=today - dt.timedelta(days=365),
                                   licence_valid_until=today + dt.timedelta(days=365))
        retailer = create_operator(session, name="Bench Retail", nui="700000002",
                                   licence_number="B-2", licence_kinds=["retailer"],
                                   licence_valid_from=today - dt.timedelta(days=365),
                                   licence_valid_until=today + dt.timedelta(days=365))
        factory = create_premises(session, operator_id=producer.id, name="Factory",
                                  kind="factory", address="1", municipality="prizren",
                                  lat=42.2139, lon=20.7397)
        warehouse = create_premises(session, operator_id=producer.id, name="Warehouse",
                                    kind="warehouse", address="2", municipality="ferizaj",
                                    lat=42.3702, lon=21.1553)
        shops = [create_premises(session, operator_id=retailer.id, name=f"Shop {n}",
                                 kind="shop", address=str(n), municipality="prishtine",
                                 lat=42.66, lon=21.16) for n in range(20)]
        product = create_product(session, gtin="3890000000011", brand="Bench", name="Bench 20",
                                 category="cigarettes", stick_count=20, volume_ml=None)
        week_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=60)
        issued = []
        for _ in range(batches):
            batch = issue_batch(session, operator_id=producer.id, category="cigarettes",
                                quantity=BATCH_SIZE)
            batch.issued_at = week_ago - dt.timedelta(days=1)
            activate(session, series=batch.series, first=batch.first, last=batch.last,
                     product_id=product.id, premises_id=factory.id, operator_id=None,
                     activated_at=week_ago)
            issued.append((batch.id, batch.series, batch.first, batch.last))
        officer = create_user(session, email="officer@bench.example",
                              password="bench password 1", roles=["officer"])
        token = secrets.token_urlsafe(24)
        session.add(AccessToken(token_hash=token_digest(token), user=officer,
                                expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1)))
        session.commit()
        kid, private_key = ensure_signing_key(app.extensions["engine"], keys_dir)
        result = {
            "producer": producer.id, "retailer": retailer.id, "factory": factory.id,
            "warehouse": warehouse.id, "shops": [s.id for s in shops], "batches": issued,
            "token": token, "kid": kid, "private_key": private_key, "start": week_ago,
        }
        db.session.remove()
        app.extensions["engine"].dispose()
    return result


def _event_rows(world: dict, batch: tuple, next_id: int) -> list[str]:
    """One batch's events: shipped factory -> warehouse and received, then every carton
    shipped warehouse -> a shop and received there."""
    batch_id, series, first, last = batch
    producer, retailer = world["producer"], world["retailer"]
    rows: list[str] = []

    def row(step, lo, hi, at, actor, premises, src, dst, to_op, shipment) -> int:
        event_id = next_id + len(rows)
        rows.append("\t".join(str(v) if v is not None else "\\N" for v in (
            event_id, step, batch_id, series, lo, hi, span_level(lo, hi), at.isoformat(),
            at.isoformat(), "f", actor, premises, src, dst, to_op, shipment)))
        return event_id

    t = world["start"] + dt.timedelta(hours=random.randint(1, 24))
    shipped = row("shipping", first, last, t, producer, None, world["factory"],
                  world["warehouse"], producer, None)
    row("receiving", first, last, t + dt.timedelta(hours=3), producer, world["warehouse"],
        None, None, None, shipped)
    for lo in range(first, last + 1, CARTON):
        shop = random.choice(world["shops"])
        at = t + dt.timedelta(days=1, minutes=random.randint(0, 40_000))
        carton = row("shipping", lo, lo + CARTON - 1, at, producer, None, world["warehouse"],
                     shop, retailer, None)
        row("receiving", lo, lo + CARTON - 1, at + dt.timedelta(hours=2), retailer, shop,
            None, None, None, carton)
    return rows


def load_events(url: str, world: dict, events: int) -> int:
    columns = ("id, business_step, batch_id, series, first, last, span_level, occurred_at, "
               "recorded_at, late, actor_operator_id, premises_id, from_premises_id, "
               "to_premises_id, to_operator_id, shipment_id")
    count = 0
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY custody_events ({columns}) FROM STDIN") as copy:
            for batch in world["batches"]:
                if count >= events:
                    break
                rows = _event_rows(world, batch, count + 1)
                copy.write("\n".join(rows) + "\n")
                count += len(rows)
        cur.execute("SELECT setval(pg_get_serial_sequence('custody_events', 'id'), %s)",
                    (count,))
        conn.commit()
    return count


def load_scans(url: str, world: dict, scans: int, hot: list[tuple[str, int]]) -> None:
    series = world["batches"][0][1]
    first = world["batches"][0][2]
    last = world["batches"][-1][3]
    now = dt.datetime.now(dt.UTC)
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("DROP INDEX ix_scans_series_number_scanned_at")
        cur.execute("DROP INDEX IF EXISTS ix_scans_inspection_id")
        rng = random.Random(4)
        written = 0
        columns = "series, number, scanned_at, verdict, reasons, lat, lon, municipality"
        with cur.copy(f"COPY scans ({columns}) FROM STDIN") as copy:
            while written < scans:
                chunk = []
                for _ in range(min(200_000, scans - written)):
                    if rng.random() < 0.01:
                        s, n = rng.choice(hot)
                    else:
                        s, n = series, rng.randint(first, last)
                    at = now - dt.timedelta(seconds=rng.randint(3600, 60 * 86400))
                    chunk.append(f"{s}\t{n}\t{at.isoformat()}\tgenuine\t[]\t"
                                 f"{rng.uniform(*LAT):.2f}\t{rng.uniform(*LON):.2f}\tprishtine")
                copy.write("\n".join(chunk) + "\n")
                written += len(chunk)
                log(f"  scans: {written:,}")
        log("  indexing scans")
        cur.execute("CREATE INDEX ix_scans_series_number_scanned_at "
                    "ON scans (series, number, scanned_at)")
        cur.execute("CREATE INDEX ix_scans_inspection_id ON scans (inspection_id)")
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(sa_url: str, keys_dir: Path, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": sa_url, "KEYS_DIR": str(keys_dir),
           "RATELIMIT_ENABLED": "false", "INSTANCE_PATH": str(keys_dir.parent)}
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-w", str(workers), "-b",
         f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


LUA_PATHS = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1], {["Authorization"] = "Bearer %s"})
end
"""
LUA_POSTS = """
local bodies = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/verifications",
                    {["Content-Type"] = "application/json"}, bodies[(i %% #bodies) + 1])
end
"""


def wrk(port: int, path: str, seconds: int, connections: int, script: str | None = None) -> dict:
    command = ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s",
               "--latency"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        if script:
            lua.write(script)
    if script:
        command += ["-s", lua.name]
    before = cpu_ticks()
    output = subprocess.run([*command, f"http://127.0.0.1:{port}{path}"], capture_output=True,
                            text=True, check=True).stdout
    after = cpu_ticks()
    os.unlink(lua.name)

    def ms(label: str) -> float:
        match = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    total, stolen = (a - b for a, b in zip(after, before, strict=True))
    return {"rps": rps, "p50_ms": ms("50%"), "p99_ms": ms("99%"),
            "non_2xx": int(errors.group(1)) if errors else 0, "steal": stolen / max(total, 1)}


def cpu_ticks() -> tuple[int, int]:
    """(all ticks, ticks stolen by the hypervisor) of the machine, from /proc/stat. On a shared
    virtual machine the steal share says how much of the run's cores someone else had."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields[:8]), fields[7]


def stamps_of(world: dict, rng: random.Random) -> tuple:
    """The series and serial span of the loaded batches, and the hot serials."""
    series, first, last = world["batches"][0][1], world["batches"][0][2], world["batches"][-1][3]
    return series, first, last, [(series, rng.randint(first, last)) for _ in range(HOT_SERIALS)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--scans", type=int, default=10_000_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--chain-connections", type=lambda text: [int(n) for n in text.split(",")],
                        default=[1, 2], help="also measure the chain at these connections")
    parser.add_argument("--skip-load", action="store_true",
                        help="measure the database a run with --keep left (world in its JSON)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is required: apt-get install wrk")
    random.seed(4)
    started = time.monotonic()
    url, sa_url = database_urls()
    WORK.mkdir(parents=True, exist_ok=True)
    keys_dir = WORK / "keys"
    rng = random.Random(7)
    if args.skip_load:
        world = json.loads((WORK / "world.json").read_text())
        world["private_key"] = load_private_key(keys_dir, world["kid"])
        count = world["events"]
        series, first, last, hot = stamps_of(world, rng)
    else:
        shutil.rmtree(keys_dir, ignore_errors=True)
        log(f"database {DATABASE}: recreate and migrate")
        recreate_database()
        upgrade(sa_url)
        batches = -(-args.events // EVENTS_PER_BATCH)
        log(f"registry: {batches} batches of {BATCH_SIZE:,} activated stamps")
        world = registry(sa_url, keys_dir, batches)
        log(f"custody events: {args.events:,} requested")
        count = load_events(url, world, args.events)
        log(f"  custody events loaded: {count:,}")
        series, first, last, hot = stamps_of(world, rng)
        log(f"scans: {args.scans:,} ({HOT_SERIALS:,} hot serials get 1 %)")
        load_scans(url, world, args.scans, hot)
        log(f"loaded in {time.monotonic() - started:.0f} s")
        saved = {k: v for k, v in world.items() if k != "private_key"}
        saved.update(start=world["start"].isoformat(), events=count)
        (WORK / "world.json").write_text(json.dumps(saved))

    # Everything a chain or a verification reads, in memory as on a production server.
    log(prewarm(url, ["batches", "activations", "revocations", "scans", "custody_events",
                      "products", "operators", "premises", "users", "access_tokens",
                      "signing_keys"]))
    port = free_port()
    server = start_gunicorn(sa_url, keys_dir, port, args.workers)
    try:
        sample = [codes.Serial(series, rng.randint(first, last)) for _ in range(2_000)]
        sample += [codes.Serial(s, n) for s, n in hot[:200]]
        paths = ", ".join(f'"/api/v1/stamps/{serial}"' for serial in sample)
        probe = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/stamps/{sample[0]}",
                                       headers={"Authorization": f"Bearer {world['token']}"})
        detail = json.load(urllib.request.urlopen(probe))
        log(f"probe: {len(detail['custody'])} custody steps, {len(detail['scans'])} scans, "
            f"custodian {detail['custodian']['premises']['name']}")
        wrk(port, "/api/v1/health", 3, args.connections)  # warm-up
        chain_script = LUA_PATHS % (paths, world["token"])
        # Each worker prepares its statements on their fifth run and fills its caches on the
        # first requests: a long-running server has done that long before.
        wrk(port, "/", 5, args.connections, chain_script)
        chains = {n: wrk(port, "/", args.seconds, n, chain_script)
                  for n in sorted({*args.chain_connections, args.connections})}
        health = wrk(port, "/api/v1/health", args.seconds, args.connections)
        kid, key = world["kid"], world["private_key"]
        base = Config.CODE_BASE_URL
        bodies = []
        for serial in [*sample[:1000], *(codes.Serial(s, n) for s, n in hot[:1000])]:
            text = codes.qr_text(base, serial, kid, codes.sign(key, kid, serial))
            body = {"code": text, "lat": round(rng.uniform(*LAT), 4),
                    "lon": round(rng.uniform(*LON), 4), "accuracy_m": 30}
            bodies.append(json.dumps(json.dumps(body)))
        verify = wrk(port, "/", args.seconds, args.connections, LUA_POSTS % ", ".join(bodies))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    ratio = verify["rps"] / health["rps"]
    print()
    print(f"custody events: {count:,}; scans: {args.scans:,}; gunicorn workers: "
          f"{args.workers}; wrk connections: {args.connections}; {args.seconds} s per run")
    # The figure of the issue is a request's own time: one connection, nothing queued before
    # it (with more connections than cores, requests also wait for each other).
    single = chains[min(chains)]
    print(f"GET /api/v1/stamps/{{serial}} at {min(chains)} connection(s): p50 "
          f"{single['p50_ms']:.2f} ms, p99 {single['p99_ms']:.2f} ms, {single['rps']:.0f} req/s, "
          f"non-2xx {sum(c['non_2xx'] for c in chains.values())} "
          f"(target p99 <= 10 ms: {'met' if single['p99_ms'] <= 10 else 'MISSED'})")
    for n, figures in chains.items():
        print(f"  chain at {n} connection(s): p50 {figures['p50_ms']:.2f} ms, p99 "
              f"{figures['p99_ms']:.2f} ms, {figures['rps']:.0f} req/s; CPU stolen by the "
              f"hypervisor {100 * figures['steal']:.1f} %")
    print(f"GET /api/v1/health: {health['rps']:.0f} req/s, p99 {health['p99_ms']:.2f} ms")
    print(f"POST /api/v1/verifications: {verify['rps']:.0f} req/s, p99 {verify['p99_ms']:.2f} ms, "
          f"non-2xx {verify['non_2xx']}; ratio to health {ratio:.2f} "
          f"(target >= 0.25: {'met' if ratio >= 0.25 else 'MISSED'})")
    print(f"total run time {time.monotonic() - started:.0f} s")
    if not args.keep:
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


if __name__ == "__main__":
    main()
