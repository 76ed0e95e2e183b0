"""Demo chain of custody: Dardania Blue packs from the Prizren factory to a Prishtinë shop."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.custody import rules, service
from app.db import utcnow


def load(session: Session, demo) -> None:
    """On a fresh demo only: the factory ships 400 packs to its Ferizaj warehouse, which ships
    200 of them to Market Arbëria Qendra (another company), which receives them; an officer
    inspects the shop two days later. The other 200 stay at the warehouse."""
    if not demo.fresh:
        return
    blue = demo.batches["blue"]
    duhani = rules.Actor("operator", operator_id=demo.operators["duhani"].id)
    market = rules.Actor("operator", operator_id=demo.operators["market"].id)
    officer = demo.users.get("officer")
    customs = rules.Actor("customs", user_id=officer.id if officer else None)
    factory = demo.premises["Fabrika e duhanit Prizren"]
    warehouse = demo.premises["Magazina Ferizaj"]
    shop = demo.premises["Market Arbëria Qendra"]
    now = utcnow()
    steps = [
        (duhani, "shipping", 399, now - dt.timedelta(hours=144), {"from_premises_id": factory.id,
                                                "to_premises_id": warehouse.id}),
        (duhani, "receiving", 399, now - dt.timedelta(hours=141), {"premises_id": warehouse.id}),
        (duhani, "shipping", 199, now - dt.timedelta(hours=120), {"from_premises_id": warehouse.id,
                                                "to_premises_id": shop.id}),
        (market, "receiving", 199, now - dt.timedelta(hours=118), {"premises_id": shop.id}),
        (customs, "inspecting", 199, now - dt.timedelta(hours=48), {"premises_id": shop.id,
                                                   "lat": shop.lat, "lon": shop.lon}),
    ]
    for actor, step, offset, occurred_at, places in steps:
        service.record_event(
            session,
            actor=actor,
            business_step=step,
            series=blue.series,
            first=blue.first,
            last=blue.first + offset,
            occurred_at=occurred_at,
            now=now,
            **places,
        )
