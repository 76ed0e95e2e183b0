"""CPU per verification on both sides: the application's (bench/request_cpu.py verify, in
process) and PostgreSQL's (the CPU of that database's backends meanwhile, /proc/<pid>/stat).

    .venv/bin/python bench/verify_db_cpu.py --db banderola_bench_i22after --requests 3000
    .venv/bin/python bench/verify_db_cpu.py --db banderola_bench_i22before --app-root /tmp/old

`--app-root`: the copy of the code to measure (e.g. `git archive` of an earlier commit with
`.venv` linked), this checkout by default. PostgreSQL must run on this machine (its backends'
/proc entries are read). Delete the scans earlier runs added first
(`DELETE FROM scans WHERE id > <loaded>`), so that each run starts from the loaded state.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--app-root", default=str(ROOT))
    args = parser.parse_args()
    tick = os.sysconf("SC_CLK_TCK")
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres",
                         autocommit=True) as conn:
        run = subprocess.Popen(
            [str(Path(args.app_root) / ".venv/bin/python"), "bench/request_cpu.py", "verify",
             "--db", args.db, "--requests", str(args.requests), "--only", "verifications"],
            cwd=args.app_root, stdout=subprocess.PIPE, text=True,
        )
        backends: dict[int, int] = {}  # pid -> CPU ticks, last seen
        while run.poll() is None:
            for (pid,) in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (args.db,)
            ):
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except FileNotFoundError:
                    continue
                backends[pid] = int(fields[11]) + int(fields[12])  # utime + stime
            time.sleep(0.05)
        output = run.stdout.read().strip()
    print(output.splitlines()[-1] if output else "request_cpu.py printed nothing")
    print(f"PostgreSQL backends' CPU: {sum(backends.values()) / tick / args.requests * 1000:.3f}"
          f" ms per verification ({len(backends)} backends)")


if __name__ == "__main__":
    main()
