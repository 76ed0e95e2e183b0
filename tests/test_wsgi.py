"""The serving entry point (`gunicorn wsgi:app`)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import gc, wsgi
gc.collect()
print(gc.get_freeze_count(), len(gc.get_objects()))
"""


def test_the_served_app_is_out_of_the_collectors_reach(tmp_path):
    # A worker's full collections otherwise rescan the whole app every few seconds under load,
    # 100 ms and more each: the tail of the verification's latency.
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'wsgi.db'}", "INSTANCE_PATH": str(tmp_path),
           "KEYS_DIR": str(tmp_path / "keys"), "PATH": "/usr/bin:/bin"}
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, check=True,
                           capture_output=True, text=True, timeout=60)
    frozen, tracked = map(int, probe.stdout.split())
    assert frozen > 50_000
    assert tracked < frozen / 10
