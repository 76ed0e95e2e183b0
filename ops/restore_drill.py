"""The restore drill: a backup is only known to be good once it has been restored and checked.

    .venv/bin/python ops/restore_drill.py            # build, dump, restore, check, drop both
    .venv/bin/python ops/restore_drill.py --keep     # keep both databases and the dump
    .venv/bin/python ops/restore_drill.py --dump /backups/banderola-2026-12-05.dump

Without `--dump` it builds a source database on the local PostgreSQL (the demo, plus consumer
and officer scans, an inspection with a finding, cases opened and one seized with its notice
received, every write through the API so that the audit chain holds them), dumps it with
`pg_dump -Fc`, restores the dump into a new database with `pg_restore`, and checks that:
1. every table has as many rows as in the source;
2. `flask --app wsgi audit verify` passes on the restored database;
3. `flask --app wsgi seizures rebuild-board` rebuilds the public board identical to the
   source's (rows and the `GET /api/v1/notices` answer);
4. the same codes get the same answers from both: a stamp's chain and history as an officer
   sees it, and a consumer's verification (its scan id and times aside).

With `--dump FILE` (a production backup) it restores FILE into a scratch database and checks 2,
and that the board rebuilt from the facts is the board as dumped. Prints a JSON report; exits 1
when a check fails. PostgreSQL at DRILL_PG_HOST (127.0.0.1:5432), user DRILL_PG_USER (postgres).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import drills
import psycopg

# What legitimately differs between two requests: a scan's id and time, the request's id.
DIFFERING = {"scan_id", "scanned_at", "at", "request_id"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="step")
    sub.add_parser("populate", help=argparse.SUPPRESS).add_argument("database")
    answers = sub.add_parser("answers", help=argparse.SUPPRESS)
    answers.add_argument("database")
    parser.add_argument("--keep", action="store_true", help="keep the databases and the dump")
    parser.add_argument("--dump", type=Path, help="restore this pg_dump -Fc file instead")
    parser.add_argument("--work", type=Path, help="folder for the dump and the demo files")
    args = parser.parse_args()
    if args.step == "populate":
        print(json.dumps(populate(_client(), _demo())))
    elif args.step == "answers":
        print(json.dumps(sample_answers(_client(), _demo())))
    else:
        report = drill(args)
        print(json.dumps(report, indent=2))
        sys.exit(0 if report["passed"] else 1)


def drill(args) -> dict:
    work = args.work or Path(tempfile.mkdtemp(prefix="banderola-restore-drill-"))
    work.mkdir(parents=True, exist_ok=True)
    instance = work / "instance"
    restored = drills.scratch_name("banderola_drill_restored")
    source = None if args.dump else drills.scratch_name("banderola_drill_source")
    report: dict = {"work": str(work), "restored_database": restored, "checks": {}}
    checks = report["checks"]
    try:
        if source:
            report["source_database"] = source
            drills.demo_database(source, instance)
            report["written"] = _step("populate", source, instance)
            dump = work / "source.dump"
            started = time.monotonic()
            subprocess.run(["pg_dump", "--format=custom", "--file", str(dump),
                            drills.libpq_url(source)], check=True)
            report["dump_s"] = round(time.monotonic() - started, 2)
        else:
            dump = args.dump
        report["dump_bytes"] = dump.stat().st_size

        started = time.monotonic()
        with psycopg.connect(drills.ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{restored}" TEMPLATE template0')
        subprocess.run(["pg_restore", "--exit-on-error", "--no-owner", "--dbname",
                        drills.libpq_url(restored), str(dump)], check=True)
        report["restore_s"] = round(time.monotonic() - started, 2)
        env = drills.environment(restored, instance)

        if source:
            counts = (_row_counts(source), _row_counts(restored))
            checks["row_counts_equal"] = counts[0] == counts[1]
            report["rows"] = sum(counts[1].values())
            if not checks["row_counts_equal"]:
                report["row_counts"] = {t: (counts[0].get(t), counts[1].get(t))
                                        for t in set(counts[0]) | set(counts[1])
                                        if counts[0].get(t) != counts[1].get(t)}
        audit = drills.flask(env, "audit", "verify")
        checks["audit_chain_verifies"] = audit.stdout.startswith("ok:")
        report["audit"] = audit.stdout.strip()

        board_dumped = _board(restored)
        drills.flask(env, "seizures", "rebuild-board")
        board_rebuilt = _board(restored)
        report["board_notices"] = len(board_rebuilt)
        checks["board_rebuilt_as_dumped"] = board_rebuilt == board_dumped
        if source:
            checks["board_rebuilt_as_source"] = board_rebuilt == _board(source)
            before, after = _step("answers", source, instance), _step("answers", restored,
                                                                         instance)
            checks["notices_answer_equal"] = before["notices"] == after["notices"]
            differing = [code for code in before["codes"]
                         if before["codes"][code] != after["codes"].get(code)]
            checks["sample_answers_equal"] = not differing
            report["sample_codes"] = len(before["codes"])
            if differing:
                report["differing"] = {code: [before["codes"][code], after["codes"].get(code)]
                                       for code in differing[:3]}
        report["passed"] = all(checks.values())
        return report
    finally:
        if not args.keep:
            for name in filter(None, (source, restored)):
                drills.drop_database(name)


def _step(step: str, database: str, instance: Path) -> dict:
    """This script's `step` (populate, answers) in a process of its own serving `database`."""
    done = subprocess.run([sys.executable, __file__, step, database], cwd=drills.ROOT,
                          env=drills.environment(database, instance), capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{step} {database}: {done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row_counts(database: str) -> dict[str, int]:
    with psycopg.connect(drills.libpq_url(database)) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in tables}


def _board(database: str) -> list:
    """The board's rows, without the time each was computed."""
    with psycopg.connect(drills.libpq_url(database)) as conn:
        columns = [row[0] for row in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name ="
            " 'board_notices' AND column_name <> 'updated_at' ORDER BY ordinal_position")]
        listed = ", ".join(f'"{column}"' for column in columns)
        return [list(row) for row in conn.execute(
            f"SELECT {listed} FROM board_notices ORDER BY case_id")]


# The steps run in the subprocess of one database ------------------------------------------

def _client():
    sys.path.insert(0, str(drills.ROOT))
    from wsgi import app

    return app.test_client()


def _demo() -> dict:
    import os

    demo = Path(os.environ["INSTANCE_PATH"]) / "demo"
    return {"codes": json.loads((demo / "codes.json").read_text())["codes"],
            "accounts": json.loads((demo / "accounts.json").read_text())["accounts"]}


def _poster(client, headers: dict | None = None):
    def post(path: str, body: dict) -> tuple[int, dict]:
        answer = client.post(path, json=body, headers=headers or {})
        return answer.status_code, answer.get_json()

    return post


def populate(client, demo: dict) -> dict:
    """Write what a day of use writes, each through the API: consumer scans at places, an
    officer's inspection with scans and a finding, three cases, one seized and notified."""
    anonymous = _poster(client)
    written = {"consumer_scans": 0, "officer_scans": 0, "cases": 0}
    for index, code in enumerate(demo["codes"]):
        for repeat in range(2):
            status, _ = anonymous("/api/v1/verifications", {
                "code": code["text"], "lat": 42.66 + 0.01 * index, "lon": 21.16 + 0.01 * repeat})
            assert status == 201, status
            written["consumer_scans"] += 1
    officer_headers = drills.sign_in(anonymous, drills.account(demo, "officer"))
    officer = _poster(client, officer_headers)
    supervisor = _poster(client, drills.sign_in(anonymous, drills.account(demo, "supervisor")))
    premises = client.get("/api/v1/premises", headers=officer_headers)
    premises_id = premises.get_json()[0]["id"]
    status, inspection = officer("/api/v1/inspections", {"premises_id": premises_id})
    assert status == 201, inspection
    for code in demo["codes"][:10]:
        status, _ = officer(f"/api/v1/inspections/{inspection['id']}/scans",
                            {"code": code["text"]})
        assert status == 201, status
        written["officer_scans"] += 1
    status, _ = officer(f"/api/v1/inspections/{inspection['id']}/findings", {
        "kind": "unmarked_products", "description": "Cartons without stamps in the store room"})
    assert status == 201, status
    today = dt.date.today()
    for days_ago in (1, 3, 5):
        status, case = officer("/api/v1/cases", _case_body(today - dt.timedelta(days=days_ago)))
        assert status == 201, case
        written["cases"] += 1
    status, decided = supervisor(f"/api/v1/cases/{case['id']}/decisions", {
        "outcome": "seize", "decided_on": today.isoformat(),
        "reasons": "Excise goods without excise stamps (Art. 300(1))."})
    assert status == 201, decided
    status, notified = officer(f"/api/v1/cases/{case['id']}/notifications", {
        "document": "seizure", "method": "hand", "sent_on": today.isoformat(),
        "received_on": today.isoformat(), "recipient": "Tregtia Drill SH.P.K.",
        "address": "Rruga e Dëshmorëve 7, Mitrovicë"})
    assert status == 201, notified
    return written


def _case_body(detained_on: dt.date) -> dict:
    return {
        "detained_on": detained_on.isoformat(),
        "place": {"description": "Shop, Rruga e Dëshmorëve 7", "municipality": "mitrovice-jug"},
        "owner": {"kind": "legal", "name": "Tregtia Drill SH.P.K.",
                  "address": "Rruga e Dëshmorëve 7, Mitrovicë"},
        "items": [{"kind": "goods", "description": "Cigarettes without excise stamps",
                   "quantity": 20, "unit": "carton", "value_eur": 700,
                   "category": "cigarettes", "unmarked": True}],
        "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
    }


def sample_answers(client, demo: dict) -> dict:
    """Every demo code's stamp as an officer sees it (chain, history), then its verification
    by a consumer, its scan id and times aside; and the public board's answer."""
    anonymous = _poster(client)
    officer = drills.sign_in(anonymous, drills.account(demo, "officer"))
    answers = {}
    for code in demo["codes"]:
        stamp = client.get(f"/api/v1/stamps/{code['serial']}", headers=officer)
        _status, verification = anonymous("/api/v1/verifications", {"code": code["text"]})
        answers[code["text"]] = [stamp.status_code, _without(stamp.get_json()),
                                 _without(verification)]
    return {"codes": answers, "notices": client.get("/api/v1/notices").get_json()}


def _without(answer):
    if isinstance(answer, dict):
        return {key: _without(value) for key, value in answer.items() if key not in DIFFERING}
    if isinstance(answer, list):
        return [_without(value) for value in answer]
    return answer


if __name__ == "__main__":
    main()
