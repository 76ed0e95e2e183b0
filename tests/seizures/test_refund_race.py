"""Parallel refunds to a real gunicorn (2 workers) on PostgreSQL: two refunds of 400 against 700
due, released at once, never both pass (Art. 292(b): never more than is due). The case row is
locked by every act, so the second sees the first."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app import kosovo_time
from app.seizures import cases, models
from app.seizures.rules import DEFAULT_POLICY
from tests import factories, servers
from tests.seizures.served import committed_session

pytestmark = pytest.mark.postgresql


@pytest.fixture(scope="module")
def server(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("refund-race")
    env = servers.server_env(database_url, instance)
    with servers.gunicorn(env, instance / "gunicorn.log", workers=2, threads=8,
                          preload=True) as running:
        yield running




@pytest.fixture
def committed(database_url):
    """A session whose commits the server sees; what it made is deleted afterwards."""
    with committed_session(database_url, "refund-race-") as own:
        yield own


def _annulled_after_payment(session) -> tuple[int, dict]:
    """A case seized, returned on payment of 700, then the seizure annulled on review."""
    today = kosovo_time.today()
    start = today - dt.timedelta(days=20)
    officer = factories.user(session, "officer",
                             email=f"refund-race-{uuid.uuid4().hex[:10]}@test.example")
    supervisor = factories.user(session, "supervisor",
                                email=f"refund-race-{uuid.uuid4().hex[:10]}@test.example")
    case = factories.case(session, start, officer=officer, today=today)
    common = {"today": today, "user_id": supervisor.id, "policy": DEFAULT_POLICY}
    on = lambda n: start + dt.timedelta(days=n)  # noqa: E731
    cases.decide(session, case, outcome="seize", reasons="Unmarked.", decided_on=on(1), **common)
    cases.record_notification(session, case, notification={
        "document": "seizure", "method": "hand", "sent_on": on(2), "recipient": "Owner"},
        **common)
    cases.dispose(session, case, kind="return_on_payment", decided_on=on(3),
                  amount_eur=Decimal("700"), **common)
    review = cases.request_review(session, case, requested_on=on(4), **common)
    cases.decide_review(session, case, review.id, outcome="annulled", decided_on=on(10),
                        **common)
    headers = factories.headers_for(session, supervisor)
    session.commit()
    return case.id, headers


def test_two_parallel_refunds_never_pay_more_than_is_due(server, committed):
    case_id, headers = _annulled_after_payment(committed)
    refund = ("POST", f"/api/v1/cases/{case_id}/refunds",
              {"amount_eur": 400, "paid_on": kosovo_time.today().isoformat()}, headers)
    codes = sorted(status for status, _ in servers.burst(server, [refund] * 2))
    paid = committed.scalar(select(func.coalesce(func.sum(models.CaseRefund.amount_eur), 0))
                            .where(models.CaseRefund.case_id == case_id))
    assert codes == [201, 409]  # the second sees the first: 300 left, 400 refused
    assert paid == Decimal("400")
