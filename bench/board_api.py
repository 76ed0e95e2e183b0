"""Times the public board served from the database: GET /api/v1/notices, /notices and
/notices.atom with 10,000 current Notices of Seizure (a fresh SQLite file, or DATABASE_URL
for an empty database), after a change (cache emptied) and cached.

Run from the repository root: .venv/bin/python -m bench.board_api
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from app import create_app, db, kosovo_time
from app.accounts.service import create_user
from app.config import Config
from app.migrate import upgrade
from app.seizures import routes
from app.seizures.models import Case, CaseDecision, CaseItem, CaseNotification

NOTICES = 10_000
ROUNDS = 5


def fill(session, count: int) -> None:
    """`count` cases seized and notified by hand within the last 20 days: all current."""
    today = kosovo_time.today()
    user = create_user(session, email="bench@bench.example", password="x" * 12, roles=["officer"])
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


def timed(client, path: str, cold: bool) -> tuple[float, int]:
    """Median time of GET `path`; `cold` empties the board cache first (as any write would)."""
    durations = []
    for _ in range(ROUNDS):
        if cold:
            routes._BOARD_CACHE.clear()
        started = time.perf_counter()
        response = client.get(path)
        durations.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    return statistics.median(durations) * 1000, len(response.data)


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        url = os.environ.get("DATABASE_URL") or f"sqlite:///{Path(directory) / 'bench.db'}"

        class BenchConfig(Config):
            DATABASE_URL = url
            INSTANCE_PATH = directory
            RATELIMIT_ENABLED = False

        upgrade(url)
        app = create_app(BenchConfig)
        with app.app_context():
            fill(db.session, NOTICES)
            client = app.test_client()
            count = len(client.get("/api/v1/notices").json["notices"])
            print(f"engine: {url.split(':')[0]}, current notices: {count}")
            for path in ("/api/v1/notices", "/notices", "/notices.atom"):
                cold, size = timed(client, path, cold=True)
                warm, _ = timed(client, path, cold=False)
                print(
                    f"GET {path}: {cold:.0f} ms after a change, {warm:.0f} ms cached "
                    f"(median of {ROUNDS}, {size / 1e6:.1f} MB)"
                )


if __name__ == "__main__":
    main()
