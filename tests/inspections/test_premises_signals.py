"""The per-premises figures the targets and the dashboard read by key stay equal to what they
stand for: `premises_last_inspections` to the latest inspection of each premises as officers
open inspections (the trigger), `premises_windows` to the window's sum of `premises_days` as
scans arrive and the days pass (the real refresh), and the targets give the same answer
whether they read the window's sums or add up the days themselves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from app.custody.models import CustodyEvent, span_level
from app.db import utcnow
from app.inspections import rollups
from app.inspections.models import (
    Inspection,
    PremisesDay,
    PremisesLastInspection,
    PremisesWindow,
    RollupMark,
)
from app.stamps.models import Scan
from tests import factories

FAR = (42.21, 20.74)  # Prizren, about 60 km from the premises below
HOME = (42.66, 21.16)


def _as_utc(instant: dt.datetime | None) -> dt.datetime | None:
    if instant is None or instant.tzinfo:
        return instant
    return instant.replace(tzinfo=dt.UTC)


def _last_inspections(session) -> dict[int, dt.datetime]:
    return {premises_id: _as_utc(at) for premises_id, at in session.execute(
        select(PremisesLastInspection.premises_id, PremisesLastInspection.started_at))}


def _latest_of_the_inspections(session) -> dict[int, dt.datetime]:
    return {premises_id: _as_utc(at) for premises_id, at in session.execute(
        select(Inspection.premises_id, func.max(Inspection.started_at))
        .where(Inspection.premises_id.is_not(None)).group_by(Inspection.premises_id))}


def test_the_last_inspection_follows_the_inspections_officers_open(client, session):
    officer = factories.user(session, "officer")
    headers = factories.headers_for(session, officer)
    shop, kiosk = factories.premises(session), factories.premises(session)
    old = utcnow() - dt.timedelta(days=300)
    session.add(Inspection(officer_id=officer.id, premises_id=kiosk.id, started_at=old))
    session.flush()
    assert _last_inspections(session) == {kiosk.id: old}

    first = client.post("/api/v1/inspections", json={"premises_id": shop.id}, headers=headers)
    assert first.status_code == 201, first.json
    opened = _last_inspections(session)
    assert set(opened) == {shop.id, kiosk.id}
    assert opened[kiosk.id] == old
    assert abs(opened[shop.id] - utcnow()) < dt.timedelta(minutes=1)
    assert opened == _latest_of_the_inspections(session)

    # A later inspection moves it on; one at a described place names no premises.
    again = client.post("/api/v1/inspections", json={"premises_id": kiosk.id}, headers=headers)
    place = client.post("/api/v1/inspections", json={"place": {
        "description": "Tregu", "lat": 42.66, "lon": 21.16}}, headers=headers)
    assert again.status_code == 201 and place.status_code == 201, (again.json, place.json)
    after = _last_inspections(session)
    assert after[kiosk.id] > old
    assert after == _latest_of_the_inspections(session)

    # An earlier start written afterwards (a late record) does not move it back.
    session.add(Inspection(officer_id=officer.id, premises_id=kiosk.id,
                           started_at=utcnow() - dt.timedelta(days=10)))
    session.flush()
    assert _last_inspections(session) == after == _latest_of_the_inspections(session)


def test_the_last_inspection_is_recounted_when_an_inspection_moves_or_goes(session):
    officer = factories.user(session, "officer")
    shop, kiosk = factories.premises(session), factories.premises(session)
    now = utcnow()
    early = Inspection(officer_id=officer.id, premises_id=shop.id,
                       started_at=now - dt.timedelta(days=50))
    late = Inspection(officer_id=officer.id, premises_id=shop.id,
                      started_at=now - dt.timedelta(days=5))
    session.add_all([early, late])
    session.flush()
    assert _last_inspections(session) == {shop.id: now - dt.timedelta(days=5)}

    session.execute(update(Inspection).where(Inspection.id == late.id)
                    .values(premises_id=kiosk.id))
    assert _last_inspections(session) == {shop.id: now - dt.timedelta(days=50),
                                          kiosk.id: now - dt.timedelta(days=5)}
    session.execute(update(Inspection).where(Inspection.id == late.id)
                    .values(started_at=now - dt.timedelta(days=70)))
    assert _last_inspections(session)[kiosk.id] == now - dt.timedelta(days=70)
    session.execute(Inspection.__table__.delete().where(Inspection.id == early.id))
    assert _last_inspections(session) == {kiosk.id: now - dt.timedelta(days=70)}
    assert _last_inspections(session) == _latest_of_the_inspections(session)


def _windows(session) -> dict[int, int]:
    return dict(session.execute(
        select(PremisesWindow.premises_id, PremisesWindow.diverted)).all())


def _days_summed(session, first_day: dt.date) -> dict[int, int]:
    return {premises_id: int(total) for premises_id, total in session.execute(
        select(PremisesDay.premises_id, func.sum(PremisesDay.diverted))
        .where(PremisesDay.day >= first_day).group_by(PremisesDay.premises_id))}


def _window_from(session) -> dt.date | None:
    return session.scalar(select(RollupMark.window_from).where(RollupMark.name == rollups.MARK))


def test_the_windows_diversion_follows_the_scans_and_the_days(session):
    now = utcnow()
    shop = factories.premises(session, lat=HOME[0], lon=HOME[1], municipality="prishtine")
    batch = factories.batch(session, quantity=50)
    session.add(CustodyEvent(
        business_step="shipping", batch_id=batch.id, series=batch.series, first=batch.first,
        last=batch.last, span_level=span_level(batch.first, batch.last),
        occurred_at=now - dt.timedelta(days=60), to_premises_id=shop.id))
    serials = iter(range(batch.first, batch.last + 1))

    def scans(count: int, days_ago: float, where=FAR):
        for _ in range(count):
            session.add(Scan(verdict="genuine", reasons=[], series=batch.series,
                             number=next(serials), lat=where[0], lon=where[1], accuracy_m=700,
                             municipality="prizren" if where == FAR else "prishtine",
                             scanned_at=now - dt.timedelta(days=days_ago)))
        session.flush()

    scans(3, days_ago=2)
    scans(4, days_ago=27)
    scans(5, days_ago=45)  # before the window
    scans(2, days_ago=1, where=HOME)  # at home: not diversion
    rollups.refresh(session, now=now, lag_s=0)
    first_day = rollups.window_from(now, 30)
    assert _window_from(session) == first_day
    assert _windows(session) == {shop.id: 7} == _days_summed(session, first_day)

    scans(2, days_ago=0.01)  # new scans arrive: the next refresh adds them
    assert _windows(session) == {shop.id: 7}
    rollups.refresh(session, now=now + dt.timedelta(minutes=1), lag_s=0)
    assert _windows(session) == {shop.id: 9} == _days_summed(session, first_day)

    # Days pass: the scans of 27 days ago leave the window, then every one of them.
    later = now + dt.timedelta(days=5)
    rollups.refresh(session, now=later, lag_s=0)
    assert _window_from(session) == rollups.window_from(later, 30)
    assert _windows(session) == {shop.id: 5} == _days_summed(session, _window_from(session))
    rollups.refresh(session, now=now + dt.timedelta(days=40), lag_s=0)
    assert _windows(session) == {}

    # A rebuild recounts them for its own day.
    rollups.rebuild(session, now=now, lag_s=0)
    assert _window_from(session) == first_day
    assert _windows(session) == {shop.id: 9}


def test_the_targets_are_the_same_before_the_windows_sums_are_counted(client, session):
    headers = factories.headers_for(session, factories.user(session, "officer"))
    now = utcnow()
    shops = [factories.premises(session, lat=HOME[0] + k * 0.01, lon=HOME[1],
                                municipality="prishtine", created_at=now - dt.timedelta(days=90))
             for k in range(3)]
    batch = factories.batch(session, quantity=20)
    for k, shop in enumerate(shops):
        session.add(CustodyEvent(
            business_step="shipping", batch_id=batch.id, series=batch.series,
            first=batch.first + 5 * k, last=batch.first + 5 * k + 4, span_level=span_level(
                batch.first + 5 * k, batch.first + 5 * k + 4),
            occurred_at=now - dt.timedelta(days=20), to_premises_id=shop.id))
        for j in range(k + 1):
            session.add(Scan(verdict="genuine", reasons=[], series=batch.series,
                             number=batch.first + 5 * k + j, lat=FAR[0], lon=FAR[1],
                             accuracy_m=700, municipality="prizren",
                             scanned_at=now - dt.timedelta(days=3)))
    session.flush()
    rollups.refresh(session, lag_s=0)
    query = {"municipality": "prishtine"}
    counted = client.get("/api/v1/inspections/targets", query_string=query, headers=headers).json
    assert [t["premises"]["id"] for t in counted["targets"]] == [s.id for s in reversed(shops)]
    assert [next(r["count"] for r in t["reasons"] if r["code"] == "diversion")
            for t in counted["targets"]] == [3, 2, 1]

    session.execute(update(RollupMark).values(window_from=None))  # as just after the migration
    summed = client.get("/api/v1/inspections/targets", query_string=query, headers=headers).json
    assert summed["targets"] == counted["targets"]
