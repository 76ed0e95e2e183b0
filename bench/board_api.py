"""Times the public board served from the database: GET /api/v1/notices, /notices and
/notices.atom with 10,000 current Notices of Seizure, on SQLite (a fresh file) and PostgreSQL
(a bench database created on 127.0.0.1:5432 as user postgres, dropped at the end; another server
with BENCH_PG_ADMIN=postgresql://user@host:port/postgres).

"After a change": each request follows an act on a case (a review request, through the service,
committed), as the first visitor after a write would see it. "Repeated": requests with no write
in between. Also timed: the write itself (with the projection refresh it now includes) and
`flask seizures rebuild-board` for the 10,000 cases.

Run from the repository root: .venv/bin/python -m bench.board_api [sqlite] [postgresql]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
from sqlalchemy import insert

from app import create_app, db, kosovo_time
from app.accounts.service import create_user
from app.config import Config
from app.migrate import upgrade
from app.seizures.board_projection import rebuild_board
from app.seizures.cases import request_review
from app.seizures.models import Case, CaseDecision, CaseItem, CaseNotification
from app.seizures.queries import get_case
from app.seizures.rules import DEFAULT_POLICY

NOTICES = 10_000
ROUNDS = 5
PATHS = ("/api/v1/notices", "/notices", "/notices.atom")
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")


def fill(session, count: int) -> int:
    """`count` cases seized and notified by hand within the last 20 days: all current."""
    today = kosovo_time.today()
    user = create_user(
        session, email="bench@bench.example", password="Bench board 2026 kept long",
        roles=["officer"],
    )
    cases, items, decisions, notices = [], [], [], []
    for index in range(1, count + 1):
        seized_on = today - timedelta(days=index % 20)
        legal = index % 3 == 0
        cases.append(
            {
                "id": index,
                "number": f"DK-2026-{index:06d}",
                "detained_on": seized_on - timedelta(days=2),
                "place_description": f"Dyqani nr. {index}, Rr. Nëna Terezë {index % 200}",
                "municipality": ("prishtine", "prizren", "peje", "ferizaj")[index % 4],
                "owner_kind": "legal" if legal else "natural",
                "owner_name": f"Tregtia {index} SH.P.K." if legal else f"Person {index}",
                "legal_basis": ["Art. 251(5)", "Art. 300(1)"],
                "opened_by": user.id,
            }
        )
        for position, (description, quantity) in enumerate(
            (("Cigare pa pullë akcize", 20 * (index % 50 + 1)), ("Raki rrushi 0,7 l", 6))
        ):
            items.append(
                {
                    "case_id": index, "position": position, "kind": "goods",
                    "description": description, "quantity": Decimal(quantity), "unit": "pack",
                    "value_eur": Decimal(150),
                }
            )
        decisions.append(
            {"case_id": index, "outcome": "seize", "reasons": "Art. 300(1)",
             "decided_on": seized_on, "decided_by": user.id}
        )
        notices.append(
            {"case_id": index, "document": "seizure", "method": "hand", "sent_on": seized_on,
             "received_on": seized_on, "recipient": "owner", "entered_by": user.id}
        )
    for model, rows in ((Case, cases), (CaseItem, items), (CaseDecision, decisions),
                        (CaseNotification, notices)):
        session.execute(insert(model), rows)
    session.commit()
    return user.id


def write(session, case_id: int, user_id: int) -> float:
    """An act on a case as a request makes it (lock, rules, rows, projection), committed; ms."""
    started = time.perf_counter()
    case = get_case(session, case_id, for_update=True)
    today = kosovo_time.today()
    request_review(session, case, today=today, user_id=user_id, policy=DEFAULT_POLICY,
                   requested_on=today)
    session.commit()
    return (time.perf_counter() - started) * 1000


def timed(client, path: str, before=None) -> tuple[float, int]:
    """Median time of GET `path` over ROUNDS requests, each after `before()` if given."""
    durations = []
    for _ in range(ROUNDS):
        if before is not None:
            before()
        started = time.perf_counter()
        response = client.get(path)
        durations.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    return statistics.median(durations) * 1000, len(response.data)


@contextmanager
def database(engine: str, directory: str):
    if engine == "sqlite":
        yield f"sqlite:///{Path(directory) / 'bench.db'}"
        return
    name = f"banderola_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(engine: str) -> None:
    with tempfile.TemporaryDirectory() as directory, database(engine, directory) as url:

        class BenchConfig(Config):
            DATABASE_URL = url
            INSTANCE_PATH = directory
            RATELIMIT_ENABLED = False

        upgrade(url)
        app = create_app(BenchConfig)
        with app.app_context():
            user_id = fill(db.session, NOTICES)
            started = time.perf_counter()
            rebuild_board(db.session, policy=DEFAULT_POLICY)
            db.session.commit()
            rebuild = time.perf_counter() - started
            client = app.test_client()
            count = len(client.get("/api/v1/notices").json["notices"])
            print(f"engine: {engine}, current notices: {count}")
            print(f"rebuild-board ({NOTICES} cases): {rebuild * 1000:.0f} ms")
            targets = iter(range(1, NOTICES + 1, 7))
            writes: list[float] = []

            def change() -> None:
                writes.append(write(db.session, next(targets), user_id))
                db.session.remove()

            for path in PATHS:
                after, size = timed(client, path, before=change)
                repeated, _ = timed(client, path)
                print(
                    f"GET {path}: {after:.0f} ms after a change, {repeated:.0f} ms repeated "
                    f"(median of {ROUNDS}, {size / 1e6:.1f} MB)"
                )
            print(f"the write (review request + board row): {statistics.median(writes):.0f} ms")
        app.extensions["engine"].dispose()


def main() -> None:
    engines = sys.argv[1:] or ["sqlite", "postgresql"]
    for engine in engines:
        if engine not in ("sqlite", "postgresql"):
            raise SystemExit(f"unknown engine {engine!r}: sqlite or postgresql")
        run(engine)


if __name__ == "__main__":
    main()
