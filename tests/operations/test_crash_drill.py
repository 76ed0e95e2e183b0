"""The crash drill (ops/crash_drill.py), small: a worker killed, then the whole server killed, in
the middle of a burst of writes with Idempotency-Keys; nothing acknowledged is lost, nothing
retried is written twice, the audit chain verifies."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.operations.server import ROOT


@pytest.mark.postgresql
def test_kill_9_loses_no_acknowledged_write_and_duplicates_none(database_url, tmp_path):
    # database_url: this runs on the PostgreSQL pass (the drill makes a database of its own).
    report_path = tmp_path / "crash.json"
    done = subprocess.run(
        [sys.executable, "ops/crash_drill.py", "--writes", "30", "--json", str(report_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    report = json.loads(report_path.read_text())
    assert report["passed"] is True and report["audit"].startswith("ok:")
    for scenario in ("worker", "server"):
        figures = report["scenarios"][scenario]
        assert figures["acknowledged"] > 0
        assert figures["acknowledged_present"] == figures["acknowledged"]
        assert figures["missing"] == 0 and figures["duplicated"] == 0
        assert figures["retries_failed"] == 0
        assert figures["present_after_retries"] == figures["writes"] == 30
    assert report["scenarios"]["server"]["unacknowledged"] > 0  # the kill did cut requests off
