"""The ranking of GET /inspections/targets (a bounded heap over plain rows, terms computed once
per count: app/inspections/targets.py, rules.Scorer) gives the same ranked answer as the plain
definition: every premises scored with rules.score, sorted by score then the lower id."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from app.custody.models import CustodyEvent, span_level
from app.db import utcnow
from app.inspections import rollups, rules, targets
from app.inspections.models import Inspection, PremisesDay, PremisesMismatch
from app.kosovo_time import legal_date
from app.registry.models import Premises
from app.reports.models import Report
from app.seizures.models import Case
from app.stamps.models import Scan
from tests import factories

URL = "/api/v1/inspections/targets"


def _as_utc(instant: dt.datetime) -> dt.datetime:
    return instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)


def _whole_days(since: dt.datetime, now: dt.datetime) -> int:
    return int((now - _as_utc(since)).total_seconds() // 86400)


def _reference(session, policy: rules.Policy, municipality: str, now: dt.datetime) -> list:
    """(premises id, score, reasons) of every premises, best first: the definition, slowly."""
    since_instant = now - dt.timedelta(days=policy.window_days)
    since = legal_date(since_instant)
    cells = targets._scan_cells(session, since, municipality, policy.min_scans)
    report_cells, report_names = targets._reports(session, since_instant, municipality)
    diverted = dict(session.execute(
        select(PremisesDay.premises_id, func.sum(PremisesDay.diverted))
        .where(PremisesDay.day >= since).group_by(PremisesDay.premises_id)).all())
    mismatches = dict(session.execute(
        select(PremisesMismatch.premises_id, PremisesMismatch.mismatches)).all())
    cases = dict(session.execute(
        select(Case.premises_id, func.count()).group_by(Case.premises_id)).all())
    last = dict(session.execute(
        select(Inspection.premises_id, func.max(Inspection.started_at))
        .group_by(Inspection.premises_id)).all())
    ranked = []
    for premises in session.scalars(select(Premises).where(Premises.municipality == municipality)):
        keys = set()
        if premises.lat is not None:
            lat_cell = round(premises.lat * rollups.CELLS_PER_DEGREE)
            lon_cell = round(premises.lon * rollups.CELLS_PER_DEGREE)
            keys = {(lat_cell + a, lon_cell + b) for a in (-1, 0, 1) for b in (-1, 0, 1)}
        named = report_names.get(targets._name_key(premises.name), ())
        inspected = last.get(premises.id)
        signals = {
            "suspicious_scans": sum(cells.get(key, 0) for key in keys),
            "consumer_reports": sum(report_cells.get(key, 0) for key in keys)
            + sum(count for cell, count in named if cell not in keys),
            "diversion": int(diverted.get(premises.id) or 0),
            "custody_mismatch": mismatches.get(premises.id, 0),
            "past_cases": cases.get(premises.id, 0),
            "not_inspected": _whole_days(inspected or premises.created_at, now),
        }
        score, reasons = rules.score(signals, policy)
        ranked.append((premises.id, score, [list(reason) for reason in reasons]))
    return sorted(ranked, key=lambda item: (-item[1], item[0]))


@pytest.fixture
def busy_town(session):
    """Sixty premises over a few cells of Prishtina with every signal, many of them tied."""
    chance = random.Random(21)
    now = utcnow()
    officer = factories.user(session, "officer")
    batch = factories.batch(session, quantity=60)
    spots = [(42.66, 21.16), (42.67, 21.17), (42.70, 21.11), (42.64, 21.19)]
    shops = []
    for n in range(60):
        lat, lon = chance.choice(spots)
        registered = now - dt.timedelta(days=chance.choice((20, 100, 100, 400)))
        shops.append(factories.premises(
            session, lat=lat + chance.choice((0.0, 0.001, 0.004)), lon=lon,
            created_at=registered, municipality="prishtine", name=f"Dyqani Ylli {n}"))
    for shop in chance.sample(shops, 15):
        session.add(Inspection(officer_id=officer.id, premises_id=shop.id,
                               started_at=now - dt.timedelta(days=chance.randint(1, 300))))
    for spot in spots[:3]:
        for _ in range(chance.randint(3, 9)):
            session.add(Scan(verdict=chance.choice(("suspicious", "genuine")), reasons=[],
                             lat=spot[0], lon=spot[1], accuracy_m=700, municipality="prishtine",
                             scanned_at=now - dt.timedelta(days=chance.randint(0, 40))))
    for shop in chance.sample(shops, 8):
        session.add(Report(description="Pa pullë", premises_name=shop.name.upper(),
                           municipality="prishtine",
                           created_at=now - dt.timedelta(days=chance.randint(0, 40))))
    session.add(Report(description="Afër", lat=42.70, lon=21.11, municipality="prishtine"))
    for shop in chance.sample(shops, 4):
        factories.case(session, dt.date.today() - dt.timedelta(days=30)).premises_id = shop.id
    target = shops[7]
    session.add(CustodyEvent(
        business_step="shipping", batch_id=batch.id, series=batch.series, first=batch.first,
        last=batch.last, span_level=span_level(batch.first, batch.last),
        occurred_at=now - dt.timedelta(days=5), to_premises_id=target.id))
    for k in range(3):
        session.add(Scan(verdict="genuine", reasons=[], series=batch.series,
                         number=batch.first + k, lat=42.21, lon=20.74, accuracy_m=700,
                         municipality="prizren", scanned_at=now - dt.timedelta(days=1)))
    session.flush()
    rollups.refresh(session, lag_s=0)
    return now


@pytest.mark.parametrize("limit", [1, 7, 60])
def test_the_ranking_is_the_definitions(client, session, busy_town, limit):
    headers = factories.headers_for(session, factories.user(session, "supervisor"))
    answer = client.get(URL, query_string={"municipality": "prishtine", "limit": limit},
                        headers=headers).json
    policy = rules.Policy.from_settings(client.application.config)
    expected = _reference(session, policy, "prishtine", utcnow())[:limit]
    got = [(t["premises"]["id"], t["score"], [[r["code"], r["count"]] for r in t["reasons"]])
           for t in answer["targets"]]
    assert got == expected
    # The data has what the ranking must order: ties broken by id, and every signal.
    scores = [score for _, score, _ in expected]
    codes = {code for _, _, reasons in _reference(session, policy, "prishtine", utcnow())
             for code, _ in reasons}
    if limit == 60:
        assert len(scores) != len(set(scores))
        assert codes == set(rules.REASONS) - {"custody_mismatch"}


def test_the_scorer_adds_as_the_formula_does():
    policy = rules.Policy(weights={**rules.DEFAULT_WEIGHTS, "diversion": 2.7})
    scorer = rules.Scorer(policy)
    chance = random.Random(7)
    for _ in range(2000):
        counts = [chance.choice((0, 0, 1, 2, 5, 17, 300)) for _ in rules.REASONS[:-1]]
        counts.append(chance.choice((0, 1, 90, 179, 180, 181, 5000)))
        assert scorer(*counts) == rules.total(counts, policy)
