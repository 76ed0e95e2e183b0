"""Factories: each builds the smallest valid object of its kind, overridable by keyword."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import secrets

from app.accounts.auth import token_digest
from app.accounts.models import AccessToken, User
from app.accounts.service import create_user
from app.config import Config
from app.db import utcnow
from app.registry.models import Operator, Premises, Product
from app.registry.service import create_operator, create_premises, create_product
from app.stamps import codes
from app.stamps.service import activate, issue_batch

_sequence = itertools.count(1)


def gtin(n: int) -> str:
    body = f"{389000000000 + n:012d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def operator(session, **overrides) -> Operator:
    n = next(_sequence)
    fields = {
        "name": f"Operator {n} SH.P.K.",
        "nui": f"{900000000 + n}",
        "licence_number": f"AKC-T-{n}",
        "licence_kinds": ["importer", "distributor"],
        "licence_valid_from": dt.date(2020, 1, 1),
        "licence_valid_until": dt.date(2099, 12, 31),
    }
    return create_operator(session, **(fields | overrides))


def premises(session, operator_id: int | None = None, **overrides) -> Premises:
    n = next(_sequence)
    fields = {
        "operator_id": operator_id or operator(session).id,
        "name": f"Premises {n}",
        "kind": "shop",
        "address": f"Rruga {n}",
        "municipality": "prishtine",
        "lat": 42.6629,
        "lon": 21.1655,
    }
    return create_premises(session, **(fields | overrides))


def product(session, category: str = "cigarettes", **overrides) -> Product:
    n = next(_sequence)
    fields = {
        "gtin": gtin(n),
        "brand": f"Brand {n}",
        "name": f"Product {n}",
        "category": category,
        "stick_count": 20 if category == "cigarettes" else None,
        "volume_ml": 750 if category in {"wine", "spirits"} else None,
    }
    return create_product(session, **(fields | overrides))


def user(session, role: str = "officer", **overrides) -> User:
    n = next(_sequence)
    fields = {
        "email": f"{role}{n}@test.example",
        "password": "correct horse battery",
        "roles": [role],
        "operator_id": operator(session).id if role == "operator" else None,
    }
    if role == "operator" and "company_admin" not in overrides:
        # What an operator user could do before company roles: all but manage users.
        fields["company_role"] = "logistics"
    return create_user(session, **(fields | overrides))


def token_for(session, who: User, ttl: dt.timedelta = dt.timedelta(hours=1)) -> str:
    """A bearer token issued directly (login itself is tested in tests/accounts)."""
    token = secrets.token_urlsafe(24)
    session.add(AccessToken(token_hash=token_digest(token), user=who, expires_at=utcnow() + ttl))
    session.flush()
    return token


def headers_for(session, who: User, **extra) -> dict:
    return {"Authorization": f"Bearer {token_for(session, who)}", **extra}


def batch(session, operator_id: int | None = None, category: str = "cigarettes", quantity=100,
          **fiscal):
    return issue_batch(
        session,
        operator_id=operator_id or operator(session).id,
        category=category,
        quantity=quantity,
        fiscal=fiscal,
    )


def activated_batch(session, category: str = "cigarettes", quantity: int = 100, **fiscal):
    """A batch whose whole range is affixed to a product of its category."""
    issued = batch(session, category=category, quantity=quantity, **fiscal)
    item = product(session, category=category)
    activate(
        session,
        series=issued.series,
        first=issued.first,
        last=issued.last,
        product_id=item.id,
        operator_id=None,
        activated_at=utcnow() - dt.timedelta(days=1),
    )
    return issued, item


def signed_code(app, serial: codes.Serial) -> str:
    """The QR text the press would print for `serial`, signed with the test key."""
    from pathlib import Path

    from app.stamps.keys import ensure_signing_key

    kid, private_key = ensure_signing_key(app.extensions["engine"], Path(app.config["KEYS_DIR"]))
    signature = codes.sign(private_key, kid, serial)
    return codes.qr_text(app.config["CODE_BASE_URL"], serial, kid, signature)


def mfa_user(session, role: str = "officer", **overrides) -> User:
    """A user who has enrolled TOTP (the secret is `user.totp_secret`)."""
    import pyotp

    return user(session, role, totp_secret=pyotp.random_base32(), **overrides)


def company_admin(session, operator_id: int | None = None, **overrides) -> User:
    """An operator user who administers their company's users."""
    overrides.setdefault("operator_id", operator_id or operator(session).id)
    return user(session, "operator", company_admin=True, **overrides)


def totp_code(who: User, offset_steps: int = 0) -> str:
    """The code the user's authenticator shows now (or `offset_steps` steps later)."""
    import time

    import pyotp

    return pyotp.TOTP(who.totp_secret).at(time.time() + 30 * offset_steps)


def case_request(detained_on: dt.date, **overrides) -> dict:
    """The JSON body of POST /api/v1/cases: a legal person's unmarked cigarettes."""
    body = {
        "detained_on": detained_on.isoformat(),
        "place": {"description": "Shop, Rruga e Dëshmorëve 7", "municipality": "mitrovice-jug"},
        "owner": {
            "kind": "legal",
            "name": "Tregtia Test SH.P.K.",
            "address": "Rruga e Dëshmorëve 7, Mitrovicë",
            "email": "owner@test.example",
        },
        "items": [
            {
                "kind": "goods",
                "description": "Cigarettes without excise stamps",
                "quantity": 20,
                "unit": "carton",
                "value_eur": 700,
                "category": "cigarettes",
                "unmarked": True,
            }
        ],
        "legal_basis": ["Art. 251(1)", "Art. 300(1)"],
    }
    return body | overrides


def case(session, detained_on: dt.date, officer: User | None = None, today=None, **overrides):
    """A detention case opened through the service (as an officer would through the API), under
    the rules' default policy."""
    from app.seizures.cases import open_case
    from app.seizures.rules import DEFAULT_POLICY
    from app.seizures.schemas import CaseRequestSchema

    body = CaseRequestSchema().load(case_request(detained_on, **overrides))
    return open_case(
        session,
        today=today or detained_on,
        user_id=(officer or user(session, "officer")).id,
        policy=DEFAULT_POLICY,
        **body,
    )


def cheap_password_hashing(monkeypatch) -> None:
    """Argon2 at its cheapest for tests that create many users (production cost: ~0.1-0.5 s)."""
    from argon2 import PasswordHasher

    from app.accounts import service

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(service, "_hasher", cheap)
    monkeypatch.setattr(service, "_DUMMY_HASH", cheap.hash("not-a-real-password"))


def config(database_url: str, instance, **settings) -> type[Config]:
    """A test configuration of the suite's database with its own instance folder (keys inside):
    TESTING, rate limits off, and `settings` on top (RATELIMIT_ENABLED=True, PROXY_FIX_HOPS=1...),
    for `separate_app`."""
    return type("SeparateConfig", (Config,), {
        "TESTING": True,
        "DATABASE_URL": database_url,
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "RATELIMIT_ENABLED": False,
        **settings,
    })


@contextlib.contextmanager
def separate_app(config):
    """An app of its own (rate limits on, a small size limit...) sharing the suite's scoped
    session and limiter, both put back as they were afterwards.

    Inside a test that uses the `session` fixture its requests join that test's transaction (and
    are rolled back with it); otherwise they commit through the new app's own engine.
    """
    from sqlalchemy.engine import Connection

    from app import create_app, db
    from app.extensions import limiter

    saved_session = dict(db.session.session_factory.kw)
    limiter_was_enabled = limiter.enabled
    db.session.remove()
    try:
        own = create_app(config)
        if isinstance(saved_session.get("bind"), Connection):
            db.session.session_factory.kw = dict(saved_session)
        else:
            db.session.configure(join_transaction_mode="conditional_savepoint")
        yield own
    finally:
        db.session.remove()
        db.session.session_factory.kw = saved_session
        limiter.enabled = limiter_was_enabled


def pooled_connections_in_autocommit(app) -> list[bool]:
    """Whether each connection waiting in the app's pool is in autocommit (none should be: a
    request that ran in autocommit must give its connection back in transactions)."""
    pool = app.extensions["engine"].pool
    held = [pool.connect() for _ in range(pool.checkedin())]
    try:
        return [bool(getattr(c.driver_connection, "autocommit", False)) for c in held]
    finally:
        for connection in held:
            connection.close()
