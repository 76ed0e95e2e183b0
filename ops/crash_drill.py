"""The crash drill: kill -9 the server in the middle of a burst of writes and lose nothing.

    .venv/bin/python ops/crash_drill.py                       # both scenarios, 300 writes each
    .venv/bin/python ops/crash_drill.py --writes 60 --scenario worker --json /tmp/crash.json

On a scratch PostgreSQL database with the demo, gunicorn (ops/gunicorn.conf.py, 2 workers)
takes a burst of writes from 8 clients at once: cases opened, custody events (an officer's
`inspecting`) and officer scans in an inspection, in turn, each with an Idempotency-Key and a
marker the database keeps (the case's place, the event's note, the scan's accuracy_m). When 40 %
of the burst has been answered the drill kills, with SIGKILL:
- `worker`: one worker (gunicorn's master starts another);
- `server`: the master and every worker at once; it is started again, as systemd would.
Requests cut off get no answer (or a 5xx), and are "unacknowledged". Once the burst is over every
write is sent again, same key and same body, acknowledged or not. Then it counts, per scenario:
acknowledged writes, how many of them the database has (must be all), unacknowledged writes
already committed before their retry, writes present more than once (must be none), retries
answered 2xx; and runs `flask --app wsgi audit verify`. Prints a JSON report; exits 1 when an
acknowledged write is missing, one is duplicated, a retry failed or the chain is broken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import drills
import psycopg

KINDS = ("case", "custody_event", "officer_scan")
KILL_AT = 0.4  # of the burst answered


@dataclass
class Write:
    kind: str
    path: str
    body: dict
    key: str
    marker: str | float
    acknowledged: bool = False
    statuses: list = field(default_factory=list)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--writes", type=int, default=300, help="writes per scenario")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scenario", choices=["worker", "server", "both"], default="both")
    parser.add_argument("--json", type=Path, help="also write the report to this file")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()
    report = drill(args)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text)
    sys.exit(0 if report["passed"] else 1)


def drill(args) -> dict:
    work = Path(tempfile.mkdtemp(prefix="banderola-crash-drill-"))
    database = drills.scratch_name("banderola_drill_crash")
    demo = drills.demo_database(database, work / "instance")
    env = drills.environment(database, work / "instance",
                             PROMETHEUS_MULTIPROC_DIR=str(work / "metrics"))
    server = drills.Server(env, work / "server.log", workers=args.workers).start()
    report: dict = {"database": database, "log": str(server.log_path), "scenarios": {}}
    try:
        officer = drills.sign_in(lambda path, body: _send(server.base, path, body, {}),
                                 drills.account(demo, "officer"))
        context = _context(server.base, officer, demo)
        scenarios = ["worker", "server"] if args.scenario == "both" else [args.scenario]
        for number, scenario in enumerate(scenarios):
            writes = _writes(context, args.writes, offset=number * args.writes)
            server, figures = _scenario(scenario, server, officer, writes, args.clients,
                                        database)
            report["scenarios"][scenario] = figures
        audit = drills.flask(env, "audit", "verify")
        report["audit"] = audit.stdout.strip()
        report["passed"] = audit.stdout.startswith("ok:") and all(
            figures["missing"] == 0 and figures["duplicated"] == 0
            and figures["retries_failed"] == 0
            for figures in report["scenarios"].values()
        )
        return report
    finally:
        server.stop()
        if not args.keep:
            drills.drop_database(database)


def _context(base: str, officer: dict, demo: dict) -> dict:
    """What the writes refer to: a premises, an open inspection there, a genuine code."""
    with urllib.request.urlopen(urllib.request.Request(f"{base}/api/v1/premises",
                                                       headers=officer)) as answer:
        premises_id = json.loads(answer.read())[0]["id"]
    status, inspection = _send(base, "/api/v1/inspections", {"premises_id": premises_id},
                               officer)
    assert status == 201, inspection
    genuine = next(code for code in demo["codes"] if code["expect"] == "genuine")
    series, number = genuine["serial"].split("-")
    return {"premises_id": premises_id, "inspection_id": inspection["id"],
            "code": genuine["text"], "series": series, "number": int(number),
            "run": uuid.uuid4().hex[:6]}


def _writes(context: dict, count: int, offset: int) -> list[Write]:
    today = dt.date.today()
    writes = []
    for index in range(offset, offset + count):
        kind = KINDS[index % len(KINDS)]
        marker = f"crash-drill {context['run']} #{index}"
        if kind == "case":
            body = {
                "detained_on": (today - dt.timedelta(days=1)).isoformat(),
                "place": {"description": marker, "municipality": "prishtine"},
                "owner": {"kind": "legal", "name": "Tregtia Drill SH.P.K."},
                "items": [{"kind": "goods", "description": "Cigarettes without excise stamps",
                           "quantity": 2, "unit": "carton", "value_eur": 70,
                           "category": "cigarettes", "unmarked": True}],
                "legal_basis": ["Art. 251(1)"],
            }
            path = "/api/v1/cases"
        elif kind == "custody_event":
            body = {"business_step": "inspecting", "series": context["series"],
                    "first": context["number"], "last": context["number"],
                    "premises_id": context["premises_id"], "note": marker,
                    "occurred_at": dt.datetime.now(dt.UTC).isoformat()}
            path = "/api/v1/custody/events"
        else:
            marker = float(100_000 + index)  # a scan keeps no text of ours: its accuracy
            body = {"code": context["code"], "accuracy_m": marker}
            path = f"/api/v1/inspections/{context['inspection_id']}/scans"
        writes.append(Write(kind, path, body, str(uuid.uuid4()), marker))
    return writes


def _scenario(scenario: str, server: drills.Server, officer: dict, writes: list[Write],
              clients: int, database: str) -> tuple[drills.Server, dict]:
    answered = threading.Semaphore(0)
    state = {"server": server}

    def killer() -> None:
        for _ in range(int(len(writes) * KILL_AT)):
            answered.acquire()
        if scenario == "worker":
            state["killed"] = state["server"].kill_worker()
        else:
            state["server"].kill_all()
            # Started again at once, on the same port, as `Restart=always` would.
            state["server"] = drills.Server(server.env, server.log_path, server.workers,
                                            port=server.port).start()

    def send(write: Write) -> None:
        status, _ = _send(server.base, write.path, write.body,
                          officer | {"Idempotency-Key": write.key})
        write.statuses.append(status)
        write.acknowledged = 200 <= status < 300
        answered.release()

    started = time.monotonic()
    watcher = threading.Thread(target=killer)
    watcher.start()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(send, writes))
    watcher.join()
    burst_s = time.monotonic() - started
    server = state["server"]
    server.wait_until_up()

    before_retry = _present(database, writes)
    with ThreadPoolExecutor(clients) as pool:
        retried = list(pool.map(lambda w: _send(server.base, w.path, w.body,
                                                officer | {"Idempotency-Key": w.key})[0],
                                writes))
    after_retry = _present(database, writes)
    acknowledged = [w for w in writes if w.acknowledged]
    unacknowledged = [w for w in writes if not w.acknowledged]
    return server, {
        "writes": len(writes),
        "by_kind": {kind: sum(w.kind == kind for w in writes) for kind in KINDS},
        "burst_s": round(burst_s, 2),
        "acknowledged": len(acknowledged),
        "acknowledged_present": sum(before_retry[_id(w)] == 1 for w in acknowledged),
        "missing": sum(before_retry[_id(w)] == 0 for w in acknowledged),
        "unacknowledged": len(unacknowledged),
        "unacknowledged_statuses": sorted({s for w in unacknowledged for s in w.statuses}),
        "unacknowledged_committed_before_retry": sum(before_retry[_id(w)] >= 1
                                                     for w in unacknowledged),
        "retries_2xx": sum(200 <= status < 300 for status in retried),
        "retries_failed": sum(not 200 <= status < 300 for status in retried),
        "present_after_retries": sum(after_retry[_id(w)] == 1 for w in writes),
        "duplicated": sum(after_retry[_id(w)] > 1 for w in writes),
        **({"killed_worker": state["killed"]} if "killed" in state else {}),
    }


def _id(write: Write) -> tuple:
    return write.kind, write.marker


def _present(database: str, writes: list[Write]) -> dict[tuple, int]:
    """How many rows each write's marker has in the database."""
    counts = {_id(w): 0 for w in writes}
    with psycopg.connect(drills.libpq_url(database)) as conn:
        for description, in_case in conn.execute(
                "SELECT place_description, count(*) FROM cases GROUP BY 1"):
            counts[("case", description)] = counts.get(("case", description), 0) + in_case
        for note, events in conn.execute(
                "SELECT note, count(*) FROM custody_events WHERE note IS NOT NULL GROUP BY 1"):
            counts[("custody_event", note)] = counts.get(("custody_event", note), 0) + events
        for accuracy, scans in conn.execute(
                "SELECT accuracy_m, count(*) FROM scans WHERE accuracy_m >= 100000 GROUP BY 1"):
            counts[("officer_scan", accuracy)] = counts.get(("officer_scan", accuracy), 0) + scans
    return counts


def _send(base: str, path: str, body: dict, headers: dict) -> tuple[int, dict | None]:
    """POST `body` as JSON; (status, JSON answer), status 0 when no answer came."""
    request = urllib.request.Request(
        base + path, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None
    except OSError:  # refused, reset, timed out: no answer
        return 0, None


if __name__ == "__main__":
    main()
