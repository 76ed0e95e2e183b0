"""Stamp orders' fixtures: an importer with licence limits and its users."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.orders.models import LicenceLimit
from tests import factories


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


@pytest.fixture
def importer(session):
    """An importer with limits: 1,000 cigarettes a month, 5,000 wine a year."""
    operator = factories.operator(session, licence_kinds=["importer"])
    session.add_all([
        LicenceLimit(operator_id=operator.id, category="cigarettes", period="month",
                     maximum=1_000),
        LicenceLimit(operator_id=operator.id, category="wine", period="year", maximum=5_000),
    ])
    session.flush()
    # Requests end the test's session: keep what the tests read of it as plain values.
    return SimpleNamespace(id=operator.id)


@pytest.fixture
def clerk(session, importer):
    user = factories.user(session, "operator", operator_id=importer.id, company_role="ordering")
    user.language = "sr"  # the decisions' mails are in Serbian
    session.flush()
    return user


@pytest.fixture
def clerk_headers(session, clerk):
    return factories.headers_for(session, clerk)


@pytest.fixture
def admin_headers(session):
    return factories.headers_for(session, factories.mfa_user(session, "admin"))
