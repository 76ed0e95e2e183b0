"""A small supply chain for custody tests: a producer with a factory and a warehouse, a
retailer with a shop, 100 activated stamps at the factory, and users of every role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from app.db import utcnow
from app.stamps.service import activate
from tests import factories


@dataclass
class Chain:
    batch: object
    producer: object
    retailer: object
    factory: object
    warehouse: object
    shop: object
    producer_user: object
    retailer_user: object
    officer: object
    supervisor: object
    headers: dict

    def range(self, first_offset=0, last_offset=99) -> dict:
        return {
            "series": self.batch.series,
            "first": self.batch.first + first_offset,
            "last": self.batch.first + last_offset,
        }


@pytest.fixture
def chain(session) -> Chain:
    producer = factories.operator(session)
    retailer = factories.operator(session)
    factory = factories.premises(session, producer.id, kind="factory", lat=42.2139, lon=20.7397,
                                 municipality="prizren")
    warehouse = factories.premises(session, producer.id, kind="warehouse", lat=42.3702,
                                   lon=21.1553, municipality="ferizaj")
    shop = factories.premises(session, retailer.id, kind="shop")
    batch = factories.batch(session, operator_id=producer.id, quantity=100)
    batch.issued_at = utcnow() - dt.timedelta(days=10)
    product = factories.product(session)
    activate(session, series=batch.series, first=batch.first, last=batch.last,
             product_id=product.id, premises_id=factory.id, operator_id=None,
             activated_at=utcnow() - dt.timedelta(days=3))
    producer_user = factories.user(session, "operator", operator_id=producer.id)
    retailer_user = factories.user(session, "operator", operator_id=retailer.id)
    officer = factories.user(session, "officer")
    supervisor = factories.user(session, "supervisor")
    headers = {
        "producer": factories.headers_for(session, producer_user),
        "retailer": factories.headers_for(session, retailer_user),
        "officer": factories.headers_for(session, officer),
        "supervisor": factories.headers_for(session, supervisor),
    }
    # Plain snapshots: a refused request rolls back and detaches ORM objects.
    return Chain(
        SimpleNamespace(id=batch.id, series=batch.series, first=batch.first, last=batch.last),
        *(SimpleNamespace(id=row.id) for row in (producer, retailer)),
        *(SimpleNamespace(id=row.id, lat=row.lat, lon=row.lon, operator_id=row.operator_id)
          for row in (factory, warehouse, shop)),
        *(SimpleNamespace(id=row.id) for row in (producer_user, retailer_user, officer,
                                                 supervisor)),
        headers,
    )


def hours_ago(hours: float) -> str:
    return (utcnow() - dt.timedelta(hours=hours)).isoformat()
