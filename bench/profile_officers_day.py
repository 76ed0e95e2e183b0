"""Where a warm GET /inspections/targets and GET /dashboard spend their time, in one process:
each SQL statement's wall time (cursor events) and the Python profile (cProfile, top functions
by own time). On a database bench/officers_day.py loaded (BENCH_DATABASE, required).

Run from the repository root:
    BENCH_DATABASE=postgresql+psycopg://postgres@127.0.0.1:5432/<kept> \
      .venv/bin/python -m bench.profile_officers_day [targets|dashboard]
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import tempfile
import time

from sqlalchemy import event

from app import db
from bench.targets import bench_app, token

REQUESTS = {
    "targets": ("/api/v1/inspections/targets",
                {"municipality": "prishtine", "lat": 42.66, "lon": 21.16, "limit": 20}),
    "dashboard": ("/api/v1/dashboard", {}),
}


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "targets"
    path, params = REQUESTS[which]
    with tempfile.TemporaryDirectory() as directory:
        app = bench_app(os.environ["BENCH_DATABASE"], directory)
        with app.app_context():
            headers = token(db.session, 1)
        client = app.test_client()
        for _ in range(3):  # warm
            assert client.get(path, query_string=params, headers=headers).status_code == 200
        statements: list[tuple[float, str]] = []
        engine = app.extensions["engine"]

        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn, cursor, statement, parameters, context, executemany):
            conn.info["started"] = time.perf_counter()

        @event.listens_for(engine, "after_cursor_execute")
        def _after(conn, cursor, statement, parameters, context, executemany):
            statements.append((time.perf_counter() - conn.info["started"],
                               " ".join(statement.split())[:150]))

        profile = cProfile.Profile()
        started, cpu = time.perf_counter(), time.process_time()
        profile.enable()
        answer = client.get(path, query_string=params, headers=headers)
        profile.disable()
        print(f"{which}: {answer.status_code}, wall {(time.perf_counter() - started) * 1000:.0f}"
              f" ms, this process's CPU {(time.process_time() - cpu) * 1000:.0f} ms")
        print(f"SQL statements ({len(statements)}), "
              f"{sum(s for s, _ in statements) * 1000:.0f} ms in all, slowest first:")
        for seconds, statement in sorted(statements, reverse=True)[:12]:
            print(f"  {seconds * 1000:7.1f} ms  {statement}")
        pstats.Stats(profile).sort_stats("tottime").print_stats(18)
        engine.dispose()


if __name__ == "__main__":
    main()
