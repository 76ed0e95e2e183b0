"""Parallel range writes to a real gunicorn (2 workers) on both engines: overlapping
revocations, activations and shipments sent at the same moment are accepted once, the others
refused with a clean 409 (never a 500), and no serial a revocation covers ever verifies
genuine (issue 17: two racing revocations both accepted and a stolen stamp verified genuine;
ten racing activations made 8 rows; two racing shipments of one range to two companies).

Each request is its own HTTP request on its own connection, all released at once by a
barrier. The module serves a database of its own (migrated here, dropped afterwards), so that
what the races commit stays out of the rest of the suite.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import Config
from app.custody.models import CustodyEvent
from app.db import make_engine, utcnow
from app.migrate import upgrade
from app.stamps import codes
from app.stamps.keys import ensure_signing_key
from app.stamps.models import Activation, Revocation
from app.stamps.service import activate
from tests import factories, servers
from tests.databases import create_database, drop_database

ROUNDS = 4  # each race is run on fresh ranges this many times: one run may not interleave


@pytest.fixture(scope="module")
def live(database_url, tmp_path_factory):
    """(server, session factory, keys folder) of a database of the module's own."""
    del database_url  # the suite's database: only marks these tests as touching one
    root = tmp_path_factory.mktemp("range_races")
    url, pg_name = create_database(root, prefix="banderola_races")
    upgrade(url)
    # Every transaction of the tests' own ends before the server is asked anything: on SQLite
    # it holds the write lock (app/db.py).
    engine = make_engine(url)
    keys = root / "keys"
    signing_key = ensure_signing_key(engine, keys)
    env = os.environ | {
        "DATABASE_URL": url,
        "INSTANCE_PATH": str(root),
        "KEYS_DIR": str(keys),
        "EVIDENCE_DIR": str(root / "evidence"),
        "RATELIMIT_ENABLED": "false",
    }
    try:
        with servers.gunicorn(env, root / "gunicorn.log", workers=2, threads=8,
                              preload=True) as server:
            yield SimpleNamespace(server=server, engine=engine, signing_key=signing_key)
    finally:
        engine.dispose()
        drop_database(pg_name)


@pytest.fixture
def db(live):
    with Session(live.engine) as own:
        yield own


def _company(db):
    """A company with an operator user, a factory, a product and 200 stamps issued to it."""
    company = factories.operator(db)
    user = factories.user(db, "operator", operator_id=company.id)
    factory = factories.premises(db, company.id, kind="factory")
    product = factories.product(db)
    batch = factories.batch(db, operator_id=company.id, quantity=200)
    made = SimpleNamespace(id=company.id, factory=factory.id, product=product.id,
                           series=batch.series, first=batch.first,
                           headers=factories.headers_for(db, user))
    db.commit()
    return made



def _verdict(live, serial: codes.Serial) -> str:
    kid, private_key = live.signing_key
    text = codes.qr_text(Config.CODE_BASE_URL, serial, kid,
                         codes.sign(private_key, kid, serial))
    [(status, body)] = servers.burst(
        live.server, [("POST", "/api/v1/verifications", {"code": text}, {})])
    assert status in (200, 201), body
    return body["verdict"]


def _statuses(answers) -> list[int]:
    return sorted(status for status, _body in answers)


def test_racing_overlapping_revocations_never_leave_a_revoked_serial_genuine(live, db):
    for _round in range(ROUNDS):
        company = _company(db)
        first = company.first
        activate(db, series=company.series, first=first, last=first + 199,
                 product_id=company.product, operator_id=None,
                 activated_at=utcnow() - dt.timedelta(days=1))
        db.commit()
        stolen = {"series": company.series, "first": first, "last": first + 90,
                  "reason": "stolen"}
        damaged = {"series": company.series, "first": first + 1, "last": first + 2,
                   "reason": "damaged"}
        answers = servers.burst(live.server, [("POST", "/api/v1/revocations", body, company.headers)
                                       for body in (stolen, damaged)])
        assert _statuses(answers) == [201, 409], answers
        refused = next(body for status, body in answers if status == 409)
        assert refused["error"] == "conflict"
        kept = db.scalars(select(Revocation).where(Revocation.series == company.series,
                                                   Revocation.first >= first,
                                                   Revocation.last <= first + 199)).all()
        assert len(kept) == 1, kept
        revoked = range(kept[0].first, kept[0].last + 1)
        db.rollback()
        for number in {first, first + 1, first + 2, first + 5, first + 90}:
            verdict = _verdict(live, codes.Serial(company.series, number))
            if number in revoked:
                assert verdict != "genuine", number
            else:
                assert verdict == "genuine", number


def test_ten_racing_overlapping_activations_affix_one(live, db):
    for _round in range(ROUNDS):
        company = _company(db)
        bodies = [{"series": company.series, "first": company.first + n,
                   "last": company.first + n + 10, "product_id": company.product}
                  for n in range(10)]
        answers = servers.burst(live.server, [("POST", "/api/v1/activations", body, company.headers)
                                       for body in bodies])
        assert _statuses(answers) == [201] + [409] * 9, answers
        assert {body["error"] for status, body in answers if status == 409} == {"conflict"}
        affixed = db.scalar(select(func.count()).select_from(Activation).where(
            Activation.series == company.series, Activation.first >= company.first,
            Activation.first <= company.first + 199))
        db.rollback()
        assert affixed == 1


def test_two_racing_shipments_of_one_range_to_two_companies_ship_it_once(live, db):
    for _round in range(ROUNDS):
        company = _company(db)
        activate(db, series=company.series, first=company.first, last=company.first + 199,
                 product_id=company.product, premises_id=company.factory, operator_id=None,
                 activated_at=utcnow() - dt.timedelta(days=1))
        shops = [factories.premises(db, factories.operator(db).id, kind="shop").id
                 for _ in range(2)]
        db.commit()  # ids read before: nothing is loaded again after the commit
        occurred = (utcnow() - dt.timedelta(minutes=5)).isoformat()
        bodies = [{"business_step": "shipping", "series": company.series,
                   "first": company.first + offset, "last": company.first + offset + 49,
                   "occurred_at": occurred, "from_premises_id": company.factory,
                   "to_premises_id": shop}
                  for offset, shop in zip((0, 25), shops, strict=True)]
        answers = servers.burst(live.server, [
            ("POST", "/api/v1/custody/events", body, company.headers) for body in bodies])
        assert _statuses(answers) == [201, 409], answers
        refused = next(body for status, body in answers if status == 409)
        assert refused["errors"]["reason"] == "in_transit"
        shipped = db.scalar(select(func.count()).select_from(CustodyEvent).where(
            CustodyEvent.series == company.series, CustodyEvent.business_step == "shipping",
            CustodyEvent.first >= company.first, CustodyEvent.first <= company.first + 199))
        db.rollback()
        assert shipped == 1


def test_ten_racing_retries_with_one_idempotency_key_all_get_the_first_answer(live, db):
    """A client retrying a timed-out activation is never told it failed (issue 17: 5 x 201 and
    10 x 409 "already activated" for one key): one answer is made, the others replay it."""
    company = _company(db)
    body = {"series": company.series, "first": company.first, "last": company.first + 9,
            "product_id": company.product}
    headers = company.headers | {"Idempotency-Key": f"retry-{company.id}"}
    answers = servers.burst(live.server, [("POST", "/api/v1/activations", body, headers)] * 10)
    assert _statuses(answers) == [201] * 10, answers
    assert len({json.dumps(answer, sort_keys=True) for _status, answer in answers}) == 1
    affixed = db.scalar(select(func.count()).select_from(Activation).where(
        Activation.series == company.series, Activation.first == company.first))
    db.rollback()
    assert affixed == 1


def test_racing_batch_orders_of_one_series_are_all_issued_one_after_the_other(live, db):
    """Two orders at once used to read the same last batch: the second was a 409 (the unique
    (series, first)); under the series' lock each numbers after the one before."""
    operator_id = factories.operator(db).id
    headers = factories.headers_for(db, factories.user(db, "admin"))
    db.commit()
    body = {"operator_id": operator_id, "category": "spirits", "quantity": 50}
    answers = servers.burst(live.server, [("POST", "/api/v1/batches", body, headers)] * 4)
    assert _statuses(answers) == [201] * 4, answers
    ranges = sorted((answer["first"], answer["last"]) for _status, answer in answers)
    assert all(later[0] == earlier[1] + 1 for earlier, later in itertools.pairwise(ranges))


def test_the_server_log_has_no_error(live):
    """Checked last: every refusal above was an answer, not a failure of the server."""
    assert "Traceback" not in Path(live.server.log).read_text(errors="replace")
