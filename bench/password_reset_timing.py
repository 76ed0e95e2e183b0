"""How long `POST /api/v1/auth/password-reset` takes for an address with an account and for one
without: the answer must not tell them apart (docs/accounts.md).

    .venv/bin/python bench/password_reset_timing.py          # SQLite in a temporary folder
    .venv/bin/python bench/password_reset_timing.py --pg     # a temporary PostgreSQL database
    .venv/bin/python bench/password_reset_timing.py --rounds 400

Calls the WSGI application directly, as a server would, in alternating order (known, unknown,
unknown, known, ...), and times each answer until its body is read, before it is closed: the
mail of a known address is delivered when the server closes the answer, after the client has it
(written as .eml files here, no MAIL_SERVER). Prints median, p90 and p99 of both and their
differences.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def environ(body: bytes) -> dict:
    return {
        "REQUEST_METHOD": "POST", "PATH_INFO": "/api/v1/auth/password-reset", "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1", "HTTP_ACCEPT_LANGUAGE": "sq",
        "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body), "wsgi.errors": sys.stderr, "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def timed(app, email: str) -> float:
    """Seconds until the answer's body is read; the answer is closed (mail sent) afterwards."""
    started = time.perf_counter()
    statuses = []
    answer = app(environ(json.dumps({"email": email}).encode()),
                 lambda status, headers, exc_info=None: statuses.append(status))
    body = b"".join(answer)
    elapsed = time.perf_counter() - started
    answer.close()
    assert statuses == ["202 ACCEPTED"], (statuses, body)
    return elapsed


def summary(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return statistics.median(ordered) * 1000, pick(0.90) * 1000, pick(0.99) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--pg", action="store_true", help="a temporary PostgreSQL database")
    args = parser.parse_args()

    from app import create_app, db
    from app.accounts.service import create_user
    from app.config import Config
    from app.migrate import upgrade

    folder = Path(tempfile.mkdtemp(prefix="bench-reset-"))
    pg_name = None
    if args.pg:
        pg_name = f"banderola_bench_reset_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{pg_name}"')
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{pg_name}"
    else:
        url = f"sqlite:///{folder / 'bench.db'}"
    try:
        upgrade(url)
        config = type("BenchConfig", (Config,), {
            "DATABASE_URL": url, "INSTANCE_PATH": str(folder), "KEYS_DIR": str(folder / "keys"),
            "RATELIMIT_ENABLED": False,
        })
        app = create_app(config)
        with app.app_context():
            create_user(db.session, email="known@bench.example", password="a long passphrase",
                        roles=["officer"])
            db.session.commit()
            db.session.remove()
        for email in ("known@bench.example", "unknown@bench.example"):  # warm up
            timed(app, email)
        known, unknown = [], []
        for n in range(args.rounds):
            order = [("known", known), ("unknown", unknown)]
            for _name, sink in (order if n % 2 == 0 else order[::-1]):
                sink.append(timed(app, f"{_name}@bench.example"))
        mails = len(list((folder / "mail").glob("*.eml")))
        app.extensions["engine"].dispose()
    finally:
        if pg_name:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
    k, u = summary(known), summary(unknown)
    engine = "PostgreSQL" if args.pg else "SQLite"
    print(f"{engine}, {args.rounds} rounds, {mails} mails written")
    print(f"{'':10} {'median':>8} {'p90':>8} {'p99':>8}  (ms)")
    print(f"{'known':10} {k[0]:8.2f} {k[1]:8.2f} {k[2]:8.2f}")
    print(f"{'unknown':10} {u[0]:8.2f} {u[1]:8.2f} {u[2]:8.2f}")
    print(f"{'difference':10} {k[0] - u[0]:8.2f} {k[1] - u[1]:8.2f} {k[2] - u[2]:8.2f}")


if __name__ == "__main__":
    main()
