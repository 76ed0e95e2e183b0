"""Bulk-load a PostgreSQL benchmark database with N issued stamps in B batches and S scans.

    .venv/bin/python bench/load_stamps.py --stamps 200000000 --batches 20000 --scans 1000000
    .venv/bin/python bench/load_stamps.py --stamps 1000000 --batches 100 --db banderola_bench_small

The database is DROPPED and re-created, migrated with `app.migrate.upgrade`, then filled with
COPY (psycopg `cursor.copy`). Stamps are ranges, never rows (DESIGN.md "Stamps and codes"):
200 million stamps are 20,000 `batches` rows plus their `activations` and a few `revocations`.

What is loaded (fixed seed, so the same arguments give the same database):
- 40 operators, 400 premises (`--premises`), 150 products (30 per category);
- B batches over 10 series (5 categories x 2025/2026, cigarettes the largest share), contiguous
  ranges inside each series with small gaps between batches (so some numbers were never issued);
  batch sizes vary from 0.5x to 1.5x of N/B and add up to exactly N;
- activations: 1 to 4 ranges per batch; 92% of batches fully activated, 5% partly, 3% not at all;
- revocations: one range in ~1% of batches and one single stamp in ~10% of batches;
- batches reported missing: ~0.1% (at least one); a sale window that has ended on ~2%;
- S scans of random issued serials over the last 300 days, 60% with a coarse location.
Each step prints how long it took.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.migrate import upgrade  # noqa: E402

SEED = 20261122
CATEGORIES = {  # category -> (series prefix, share of batches)
    "cigarettes": ("CG", 0.55),
    "cigars_cigarillos": ("CC", 0.05),
    "smoking_tobacco": ("TB", 0.10),
    "wine": ("WN", 0.12),
    "spirits": ("SP", 0.18),
}
YEARS = (25, 26)
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
MUNICIPALITIES = (
    "prishtine", "prizren", "peje", "gjakove", "ferizaj", "gjilan", "mitrovice-jug", "podujeve",
    "vushtrri", "suhareke", "rahovec", "drenas", "lipjan", "malisheve", "kamenice", "decan",
)


# Key of the JSON comment on `scans` that names the last loaded scan id (mark_loaded_scans).
LOADED_SCANS_MARK = "bench_loaded_scans_max_id"


def pg_url(db: str, host: str, driver: bool = False) -> str:
    scheme = "postgresql+psycopg" if driver else "postgresql"
    return f"{scheme}://postgres@{host}/{db}"


class Steps:
    """Prints each step with its duration; keeps them for the summary."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.times: list[tuple[str, float]] = []

    def run(self, name: str, func, *args):
        t0 = time.perf_counter()
        result = func(*args)
        elapsed = time.perf_counter() - t0
        self.times.append((name, elapsed))
        print(f"  {name:<34} {elapsed:8.2f} s", flush=True)
        return result

    def total(self) -> float:
        return time.perf_counter() - self.start


def recreate_database(db: str, host: str) -> None:
    with psycopg.connect(pg_url("postgres", host), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}"')


def ts(value: dt.datetime) -> str:
    return value.isoformat()


def load_registry(conn, rng: random.Random, premises: int = 400) -> dict:
    cats = list(CATEGORIES)
    with conn.cursor() as cur:
        with cur.copy(
            "COPY operators (id, name, nui, licence_number, licence_kinds, licence_valid_from,"
            " licence_valid_until, created_at) FROM STDIN"
        ) as copy:
            for i in range(1, 41):
                kinds = json.dumps(rng.sample(["importer", "producer", "distributor"], 2))
                copy.write_row(
                    (i, f"Bench Operator {i} sh.p.k.", f"81{i:07d}", f"AKD-BENCH-{i:04d}", kinds,
                     dt.date(2024, 1, 1), dt.date(2028, 12, 31), ts(NOW - dt.timedelta(days=900)))
                )
        with cur.copy(
            "COPY premises (id, operator_id, name, kind, address, municipality, lat, lon,"
            " created_at) FROM STDIN"
        ) as copy:
            for i in range(1, premises + 1):
                copy.write_row(
                    (i, (i - 1) % 40 + 1, f"Premises {i}",
                     rng.choice(["warehouse", "shop", "bar", "kiosk", "market"]),
                     f"Rruga {i}", rng.choice(MUNICIPALITIES),
                     round(rng.uniform(42.2, 43.0), 4), round(rng.uniform(20.3, 21.5), 4),
                     ts(NOW - dt.timedelta(days=800)))
                )
        products: dict[str, list[int]] = {c: [] for c in cats}
        with cur.copy(
            "COPY products (id, gtin, brand, name, category, volume_ml, stick_count, abv,"
            " operator_id, created_at) FROM STDIN"
        ) as copy:
            for i in range(1, 151):
                category = cats[(i - 1) % len(cats)]
                products[category].append(i)
                liquid = category in ("wine", "spirits")
                copy.write_row(
                    (i, f"{3890000000000 + i:013d}", f"Brand {i % 17}", f"Product {i}", category,
                     750 if liquid else None, None if liquid else 20,
                     (13.0 if category == "wine" else 40.0) if liquid else None,
                     (i - 1) % 40 + 1, ts(NOW - dt.timedelta(days=800)))
                )
        for table in ("operators", "premises", "products"):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT max(id) FROM {table}))"
            )
    return products


def plan_batches(rng: random.Random, stamps: int, batches: int) -> list[dict]:
    """Batch ranges: B sizes adding up to N, spread over the series, contiguous per series."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(batches)]
    scale = stamps / sum(weights)
    sizes = [max(1, int(w * scale)) for w in weights]
    sizes[-1] += stamps - sum(sizes)
    if sizes[-1] < 1:
        raise SystemExit("too many batches for so few stamps")
    cats = list(CATEGORIES)
    shares = [CATEGORIES[c][1] for c in cats]
    next_number: dict[str, int] = {}
    plan = []
    for i, size in enumerate(sizes, start=1):
        category = rng.choices(cats, shares)[0]
        year = rng.choice(YEARS)
        series = f"{CATEGORIES[category][0]}{year}"
        first = next_number.get(series, 1) + rng.randint(0, 500)  # a small never-issued gap
        last = first + size - 1
        if last > 999_999_999:
            raise SystemExit(f"series {series} overflows nine digits")
        next_number[series] = last + 1
        age_days = rng.uniform(30, 600) if year == 25 else rng.uniform(1, 300)
        issued = NOW - dt.timedelta(days=age_days)
        plan.append({"id": i, "category": category, "series": series, "first": first,
                     "last": last, "issued_at": issued})
    return plan


def load_batches(conn, rng: random.Random, plan: list[dict]) -> int:
    missing = 0
    cur = conn.cursor()
    with cur.copy(
        "COPY batches (id, operator_id, category, series, first, last, excise_paid_eur,"
        " excise_rate, paid_on, sale_not_before, sale_not_after, issued_at, issued_by,"
        " missing_reported_at, missing_reason) FROM STDIN"
    ) as copy:
        for b in plan:
            quantity = b["last"] - b["first"] + 1
            sale_not_after = None
            if rng.random() < 0.02:
                sale_not_after = (NOW - dt.timedelta(days=rng.randint(1, 30))).date()
            report = None
            if rng.random() < 0.001 or (missing == 0 and b["id"] == len(plan) // 2):
                missing += 1
                report = NOW - dt.timedelta(days=rng.randint(1, 60))
            copy.write_row(
                (b["id"], rng.randint(1, 40), b["category"], b["series"], b["first"], b["last"],
                 f"{quantity * 0.85:.2f}", "EUR 0.85 per stamp", b["issued_at"].date(), None,
                 sale_not_after, ts(b["issued_at"]), None,
                 ts(report) if report else None, "lost in transit" if report else None)
            )
    cur.execute("SELECT setval(pg_get_serial_sequence('batches', 'id'), %s)", (len(plan),))
    return missing


def load_activations(conn, rng: random.Random, plan: list[dict], products: dict) -> int:
    rows = 0
    with conn.cursor() as cur, cur.copy(
        "COPY activations (batch_id, series, first, last, product_id, premises_id, activated_at,"
        " recorded_at) FROM STDIN"
    ) as copy:
        for b in plan:
            roll = rng.random()
            if roll < 0.03:
                continue  # not activated at all
            end = b["last"]
            if roll < 0.08:  # partly activated: the tail is not
                end = b["first"] + int((b["last"] - b["first"]) * rng.uniform(0.6, 0.9))
            pieces = rng.randint(1, 4)
            span = end - b["first"] + 1
            cuts = sorted(rng.sample(range(1, span), min(pieces - 1, span - 1))) if span > 1 else []
            bounds = [b["first"], *[b["first"] + c for c in cuts], end + 1]
            product = rng.choice(products[b["category"]])
            for start, stop in itertools.pairwise(bounds):
                at = b["issued_at"] + dt.timedelta(days=rng.uniform(1, 20))
                copy.write_row(
                    (b["id"], b["series"], start, stop - 1, product, rng.randint(1, 400), ts(at),
                     ts(at))
                )
                rows += 1
    return rows


def load_revocations(conn, rng: random.Random, plan: list[dict]) -> int:
    """A revoked range (a damaged roll, say) in 5 % of the batches, and one revoked stamp in
    about 10 % of the others. The ranges are counted, not drawn batch by batch, and are enough
    that the pool's revoked codes (5 % of the requests) rarely name a stamp twice at either size:
    with ranges in 1 % of the batches the 1M database had 165 revoked stamps, each scanned about
    40 times a run, whose growing histories (clone checks on up to 50 points) the 200M database's
    110,000 did not have."""
    rows = 0
    reasons = ("lost", "stolen", "damaged", "destroyed", "cancelled")
    with_range = set(rng.sample(range(len(plan)), max(1, round(len(plan) / 20))))
    with conn.cursor() as cur, cur.copy(
        "COPY revocations (series, first, last, reason, note, revoked_at) FROM STDIN"
    ) as copy:
        for index, b in enumerate(plan):
            size = b["last"] - b["first"] + 1
            if index in with_range:
                length = max(1, size // rng.randint(5, 50))
                start = rng.randint(b["first"], b["last"] - length + 1)
                end = start + length - 1
            elif rng.random() < 0.10:
                start = end = rng.randint(b["first"], b["last"])
            else:
                continue
            copy.write_row(
                (b["series"], start, end, rng.choice(reasons), "bench",
                 ts(b["issued_at"] + dt.timedelta(days=rng.uniform(20, 30))))
            )
            rows += 1
    return rows


def load_scans(conn, rng: random.Random, plan: list[dict], scans: int) -> None:
    verdict_reasons = [("genuine", "[]")] * 90 + [
        ("suspicious", '["not_activated"]'), ("suspicious", '["sale_window"]'),
        ("suspicious", '["serial_only"]'), ("invalid", '["revoked"]'),
        ("invalid", '["not_issued"]'),
    ] * 2
    hashes = [f"{rng.getrandbits(128):032x}" for _ in range(5000)]
    n = len(plan)
    with conn.cursor() as cur, cur.copy(
        "COPY scans (series, number, scanned_at, verdict, reasons, lat, lon, accuracy_m,"
        " municipality, client_hash) FROM STDIN"
    ) as copy:
        randrange, random_, choice = rng.randrange, rng.random, rng.choice
        for _ in range(scans):
            b = plan[randrange(n)]
            number = randrange(b["first"], b["last"] + 1)
            at = NOW - dt.timedelta(seconds=randrange(300 * 86400))
            verdict, reasons = choice(verdict_reasons)
            if random_() < 0.6:
                lat, lon = round(42.2 + random_() * 0.8, 2), round(20.3 + random_() * 1.2, 2)
                place = (lat, lon, 30.0, choice(MUNICIPALITIES))
            else:
                place = (None, None, None, None)
            copy.write_row((b["series"], number, ts(at), verdict, reasons, *place, choice(hashes)))


def scan_partitions(url: str) -> str:
    """On a database where scans is partitioned by month (migration 0015): the partitions of
    the months the scans fall in, so that COPY puts each row in its month rather than in the
    default partition, as the daily `flask scans maintain` would have in production."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from app.stamps import partitions

    engine = create_engine(url)
    try:
        with Session(engine) as session:
            months, month = [], (NOW - dt.timedelta(days=300)).date().replace(day=1)
            while month <= NOW.date():
                months.append(month)
                month = partitions.next_month(month)
            report = partitions.maintain(session, dt.datetime.now(dt.UTC).date(),
                                         months=tuple(months))
            session.commit()
            return f"{len(report.created)} created" if report.partitioned else "not partitioned"
    finally:
        engine.dispose()


def mark_loaded_scans(conn) -> None:
    """Note the last scan id this load wrote (LOADED_SCANS_MARK on the table's comment), so that
    a benchmark can delete the scans earlier runs recorded and start from the loaded state."""
    [(max_id,)] = conn.execute("SELECT coalesce(max(id), 0) FROM scans").fetchall()
    mark = json.dumps({LOADED_SCANS_MARK: max_id})
    conn.execute(f"COMMENT ON TABLE scans IS '{mark}'")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stamps", type=int, default=200_000_000)
    parser.add_argument("--batches", type=int, default=20_000)
    parser.add_argument("--scans", type=int, default=1_000_000)
    parser.add_argument("--premises", type=int, default=400)
    parser.add_argument("--db", default="banderola_bench_core")
    parser.add_argument("--host", default="127.0.0.1:5432")
    args = parser.parse_args()
    rng = random.Random(SEED)
    steps = Steps()
    print(f"loading {args.stamps:,} stamps in {args.batches:,} batches and {args.scans:,} scans"
          f" into {args.db}", flush=True)
    steps.run("drop and create database", recreate_database, args.db, args.host)
    steps.run("migrate (alembic upgrade head)", upgrade, pg_url(args.db, args.host, driver=True))
    print("scan partitions:", steps.run("scan partitions", scan_partitions,
                                        pg_url(args.db, args.host, driver=True)), flush=True)
    with psycopg.connect(pg_url(args.db, args.host)) as conn:
        products = steps.run("operators, premises, products", load_registry, conn, rng,
                             args.premises)
        plan = steps.run("plan batch ranges", plan_batches, rng, args.stamps, args.batches)
        missing = steps.run("COPY batches", load_batches, conn, rng, plan)
        activations = steps.run("COPY activations", load_activations, conn, rng, plan, products)
        revocations = steps.run("COPY revocations", load_revocations, conn, rng, plan)
        steps.run("COPY scans", load_scans, conn, rng, plan, args.scans)
        steps.run("mark the loaded scans", mark_loaded_scans, conn)
        steps.run("commit", conn.commit)
    with psycopg.connect(pg_url(args.db, args.host), autocommit=True) as conn:
        steps.run("VACUUM ANALYZE", conn.execute, "VACUUM ANALYZE")
        issued = conn.execute("SELECT sum(last - first + 1), count(*) FROM batches").fetchone()
        size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        size = size.fetchone()[0]
    print(f"issued stamps {issued[0]:,} in {issued[1]:,} batches; {activations:,} activation"
          f" ranges, {revocations:,} revocations, {missing} batches reported missing,"
          f" {args.scans:,} scans; database size {size}")
    print(f"total load time {steps.total():.1f} s")


if __name__ == "__main__":
    main()
