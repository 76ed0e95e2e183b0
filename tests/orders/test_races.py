"""Parallel stamp orders to a real gunicorn (2 workers) on PostgreSQL: orders of one operator
and category take turns on the licence limit's row, so a burst of orders that the limit fits
only some of never passes it together (API.md: two orders sent at the same moment cannot both
pass a limit that only one fits).

Each order is its own HTTP request on its own connection, all released at once by a barrier;
what they need is committed for the server to see, and removed afterwards."""

from __future__ import annotations

import collections

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.accounts.models import AccessToken, User
from app.audit.models import AuditRecord
from app.db import make_engine
from app.orders.models import LicenceLimit, StampOrder
from app.registry.models import Operator
from tests import factories, servers

pytestmark = pytest.mark.postgresql

MAXIMUM = 1_000
QUANTITY = 400  # two fit, a third does not
ORDERS = 12


@pytest.fixture(scope="module")
def server(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("order-races")
    env = servers.server_env(database_url, instance)
    with servers.gunicorn(env, instance / "gunicorn.log", workers=2, threads=8,
                          preload=True) as running:
        yield running


@pytest.fixture
def importer_token(database_url):
    """A committed importer with a monthly cigarette limit, and a bearer token of its user;
    everything made meanwhile is deleted afterwards."""
    engine = make_engine(database_url)
    own = Session(engine)
    high = own.scalar(select(func.coalesce(func.max(AuditRecord.id), 0)))
    operator = factories.operator(own, licence_kinds=["importer"])
    own.add(LicenceLimit(operator_id=operator.id, category="cigarettes", period="month",
                         maximum=MAXIMUM))
    user = factories.user(own, "operator", operator_id=operator.id, company_role="ordering")
    token = factories.token_for(own, user)
    operator_id, user_id = operator.id, user.id
    own.commit()
    yield operator_id, token
    own.rollback()
    own.execute(delete(StampOrder).where(StampOrder.operator_id == operator_id))
    own.execute(delete(LicenceLimit).where(LicenceLimit.operator_id == operator_id))
    own.execute(delete(AccessToken).where(AccessToken.user_id == user_id))
    own.execute(delete(AuditRecord).where(AuditRecord.id > high))
    own.execute(delete(User).where(User.id == user_id))
    own.execute(delete(Operator).where(Operator.id == operator_id))
    own.commit()
    own.close()
    engine.dispose()


def test_parallel_orders_never_pass_the_limit_together(server, importer_token, database_url):
    operator_id, token = importer_token
    order = ("POST", "/api/v1/orders", {"category": "cigarettes", "quantity": QUANTITY},
             {"Authorization": f"Bearer {token}"})
    answers = servers.burst(server, [order] * ORDERS)
    statuses = collections.Counter(status for status, _ in answers)
    assert statuses == {201: MAXIMUM // QUANTITY, 409: ORDERS - MAXIMUM // QUANTITY}, answers
    assert {body["error"] for status, body in answers if status == 409} == {"limit_exceeded"}
    engine = make_engine(database_url)
    with Session(engine) as check:
        ordered = check.scalar(select(func.sum(StampOrder.quantity)).where(
            StampOrder.operator_id == operator_id))
    engine.dispose()
    assert ordered == QUANTITY * (MAXIMUM // QUANTITY) <= MAXIMUM
