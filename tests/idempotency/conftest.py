"""Account tests create many users: hash their passwords cheaply."""

import pytest

from tests import factories


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)
