"""Times `rebuild_board` alone on `bench.board_api`'s cases (default 2,000; two items each,
seized and notified), three runs, on a fresh SQLite file.

Run from the repository root: .venv/bin/python -m bench.board_rebuild [cases]
"""

from __future__ import annotations

import sys
import tempfile
import time

from app import create_app, db
from app.config import Config
from app.migrate import upgrade
from app.seizures.board_projection import rebuild_board
from app.seizures.rules import DEFAULT_POLICY
from bench.board_api import fill


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{directory}/bench.db"

        class BenchConfig(Config):
            DATABASE_URL = url
            INSTANCE_PATH = directory
            RATELIMIT_ENABLED = False

        upgrade(url)
        app = create_app(BenchConfig)
        with app.app_context():
            fill(db.session, count)
            for _ in range(3):
                started = time.perf_counter()
                rebuild_board(db.session, policy=DEFAULT_POLICY)
                print(f"rebuild-board ({count} cases): "
                      f"{(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
