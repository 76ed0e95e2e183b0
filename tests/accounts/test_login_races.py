"""Parallel logins to a real gunicorn (2 workers) on PostgreSQL: the lockout and the one-time
codes hold however the attempts race (issue 17: 30 passwords checked before a lockout of 5, one
TOTP code giving 7 tokens, one recovery code 5).

Each attempt is its own HTTP request on its own connection, all released at once by a barrier;
the users are committed for the server to see, and removed afterwards.
"""

from __future__ import annotations

import collections
import json
import threading
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pyotp
import pytest
from argon2 import PasswordHasher
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.accounts import service
from app.accounts.models import AccessToken, RecoveryCode, User
from app.audit.models import AuditRecord
from app.db import make_engine, utcnow
from tests import factories, servers

pytestmark = pytest.mark.postgresql

PASSWORD = "correct horse battery"
THRESHOLD = 5


@pytest.fixture(scope="module")
def server(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("races")
    # Rate limits off (server_env): the lockout alone must hold.
    env = servers.server_env(database_url, instance, LOCKOUT_THRESHOLD=str(THRESHOLD))
    env.pop("TOTP_REJECT_REUSE", None)  # the default is under test
    with servers.gunicorn(env, instance / "gunicorn.log", workers=2, threads=8,
                          preload=True) as running:
        yield running


@pytest.fixture
def committed(database_url):
    """A session whose commits the server sees; the users it made, their tokens, codes and the
    audit records written meanwhile are deleted afterwards."""
    engine = make_engine(database_url)
    own = Session(engine)
    high = own.scalar(select(func.coalesce(func.max(AuditRecord.id), 0)))
    yield own
    own.rollback()
    users = own.scalars(select(User.id).where(User.email.like("race-%"))).all()
    own.execute(delete(AccessToken).where(AccessToken.user_id.in_(users)))
    own.execute(delete(RecoveryCode).where(RecoveryCode.user_id.in_(users)))
    own.execute(delete(User).where(User.id.in_(users)))
    own.execute(delete(AuditRecord).where(AuditRecord.id > high))
    own.commit()
    own.close()
    engine.dispose()


def _user(session, *, mfa: bool):
    """A committed supervisor (no company to clean up) whose password costs what a real one does
    (Argon2id defaults): the verification is the window the attempts race in."""
    user = factories.user(session, "supervisor", email=f"race-{uuid.uuid4().hex[:12]}@test.example",
                          totp_secret=pyotp.random_base32() if mfa else None)
    user.password_hash = PasswordHasher().hash(PASSWORD)
    session.commit()
    return user


def _burst(server, bodies):
    """POST every body to /auth/login at once; the status codes, in order."""
    start = threading.Barrier(len(bodies), timeout=30)

    def attempt(body):
        request = urllib.request.Request(
            f"{server.base}/api/v1/auth/login", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        start.wait()
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status
        except urllib.error.HTTPError as refused:
            return refused.code

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        return list(pool.map(attempt, bodies))


def _audited(session, user):
    """How the user's logins ended, from the audit trail: {"login": n, "password": n, ...}."""
    records = session.scalars(
        select(AuditRecord).where(AuditRecord.actor == f"user:{user.id}",
                                  AuditRecord.action.like("auth.login%"))
    ).all()
    return collections.Counter(
        record.data.get("reason", "login") for record in records
    )


def test_a_burst_of_wrong_passwords_checks_no_more_than_the_threshold(server, committed):
    user = _user(committed, mfa=False)
    statuses = _burst(server, [{"email": user.email, "password": f"guess number {n}"}
                               for n in range(20)])
    assert statuses == [401] * 20
    committed.expire_all()
    assert _audited(committed, user) == {"password": THRESHOLD, "locked": 20 - THRESHOLD}
    locked = committed.get(User, user.id)
    assert locked.locked_until > utcnow()
    assert locked.failed_logins == 0  # the count starts again when the lock is lifted
    assert _burst(server, [{"email": user.email, "password": PASSWORD}]) == [401]


def test_every_failure_below_the_threshold_is_counted(server, committed):
    user = _user(committed, mfa=False)
    failures = THRESHOLD - 1
    statuses = _burst(server, [{"email": user.email, "password": f"guess number {n}"}
                               for n in range(failures)])
    assert statuses == [401] * failures
    committed.expire_all()
    counted = committed.get(User, user.id)
    assert (counted.failed_logins, counted.locked_until) == (failures, None)
    assert _burst(server, [{"email": user.email, "password": PASSWORD}]) == [200]
    committed.expire_all()
    assert committed.get(User, user.id).failed_logins == 0


def test_a_totp_code_gives_one_token(server, committed):
    officer = _user(committed, mfa=True)
    code = factories.totp_code(officer)
    statuses = _burst(server, [{"email": officer.email, "password": PASSWORD, "otp": code}] * 8)
    assert sorted(statuses) == [200] + [401] * 7
    committed.expire_all()
    assert _audited(committed, officer)["login"] == 1
    tokens = committed.scalar(select(func.count()).select_from(AccessToken)
                              .where(AccessToken.user_id == officer.id))
    assert tokens == 1


def test_a_recovery_code_gives_one_token(server, committed):
    officer = _user(committed, mfa=True)
    codes = service.replace_recovery_codes(committed, officer)
    committed.commit()
    statuses = _burst(server, [{"email": officer.email, "password": PASSWORD,
                                "otp": codes[0]}] * 8)
    assert sorted(statuses) == [200] + [401] * 7
    committed.expire_all()
    assert _audited(committed, officer)["login"] == 1
    unused = committed.scalar(select(func.count()).select_from(RecoveryCode).where(
        RecoveryCode.user_id == officer.id, RecoveryCode.used_at.is_(None)))
    assert unused == service.RECOVERY_CODE_COUNT - 1
