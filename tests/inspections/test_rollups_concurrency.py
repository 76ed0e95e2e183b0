"""Two refreshes of the rollups at once (the timer overlapping a manual run) count every scan
once: the mark's row lock makes the second wait and start after the first's mark. Real
parallel transactions on the suite's database, committed, and cleaned up afterwards."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.inspections import rollups
from app.inspections.models import PremisesDay, PremisesMismatch, RollupMark, ScanCellDay, ScanDay
from app.stamps.models import Scan

SCANS = 300


@pytest.fixture
def engine(database_url):
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    yield engine
    with Session(engine) as cleanup:
        cleanup.execute(delete(Scan).where(Scan.client_hash == "rollup-race"))
        for model in (ScanCellDay, ScanDay, PremisesDay, PremisesMismatch, RollupMark):
            cleanup.execute(delete(model))
        cleanup.commit()
    engine.dispose()


@pytest.mark.postgresql  # SQLite runs one writer at a time: no race to have
def test_parallel_refreshes_count_each_scan_once(engine):
    with Session(engine) as setup:
        before = setup.scalar(select(func.count()).select_from(Scan))
        setup.add_all(Scan(verdict="suspicious", reasons=[], lat=42.66, lon=21.17,
                           municipality="prishtine", client_hash="rollup-race",
                           scanned_at=utcnow() - dt.timedelta(minutes=5))
                      for _ in range(SCANS))
        setup.commit()
    barrier = threading.Barrier(2)
    read: list[int] = []

    def refresh() -> None:
        with Session(engine) as session:
            barrier.wait()
            read.append(rollups.refresh(session, lag_s=0))
            session.commit()

    threads = [threading.Thread(target=refresh) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(read) == before + SCANS
    with Session(engine) as check:
        assert check.scalar(select(func.sum(ScanCellDay.suspicious))) >= SCANS
        counted = check.scalar(select(func.sum(ScanDay.genuine + ScanDay.suspicious
                                               + ScanDay.invalid)))
        assert counted == before + SCANS
