"""The restore drill (ops/restore_drill.py) as a test: a dump of a database in use restores into
a database whose audit chain verifies, whose rebuilt board is the same and which answers the
same codes the same way."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.operations.server import ROOT


@pytest.mark.postgresql
def test_a_dump_restores_to_the_same_service(database_url, tmp_path):
    # database_url: this runs on the PostgreSQL pass (the drill makes databases of its own).
    done = subprocess.run([sys.executable, "ops/restore_drill.py", "--work", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    report = json.loads(done.stdout)
    assert report["passed"] is True
    assert report["checks"] == {
        "row_counts_equal": True,
        "audit_chain_verifies": True,
        "board_rebuilt_as_dumped": True,
        "board_rebuilt_as_source": True,
        "notices_answer_equal": True,
        "sample_answers_equal": True,
    }
    assert report["written"]["cases"] == 3 and report["written"]["consumer_scans"] > 0
    assert report["board_notices"] >= 1 and report["sample_codes"] >= 10
    assert report["audit"].startswith("ok:")
