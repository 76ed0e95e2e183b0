"""Times GET /api/v1/dashboard for a 30-day window (and a year, and one CSV export) on
PostgreSQL with the data of bench/officers_day.py (10 million scans unless BENCH_SCANS says
otherwise), after `flask inspections rollups --rebuild`.

Run from the repository root: .venv/bin/python -m bench.dashboard
"""

from __future__ import annotations

import datetime as dt
import tempfile

from app import db
from bench.officers_day import database, load
from bench.targets import bench_app, rebuild, report, timed, token


def measure(app) -> None:
    """The dashboard's timings on a loaded database with its rollups built."""
    with app.app_context():
        headers = token(db.session, 1)  # the supervisor
    client = app.test_client()
    client.get("/api/v1/dashboard", headers=headers)
    today = dt.date.today()
    month = {"from": (today - dt.timedelta(days=29)).isoformat(), "to": today.isoformat()}
    report("GET /dashboard (30 days)", timed(client, "/api/v1/dashboard", headers, **month))
    year = {"from": (today - dt.timedelta(days=365)).isoformat(), "to": today.isoformat()}
    report("GET /dashboard (366 days)", timed(client, "/api/v1/dashboard", headers, **year))
    report("GET /dashboard?format=csv&table=premises_not_inspected",
           timed(client, "/api/v1/dashboard", headers, format="csv",
                 table="premises_not_inspected"))


def main() -> None:
    with tempfile.TemporaryDirectory() as directory, database() as url:
        load(url)
        app = bench_app(url, directory)
        rebuild(app)
        measure(app)
        app.extensions["engine"].dispose()


if __name__ == "__main__":
    main()
