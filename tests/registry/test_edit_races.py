"""An admin's edit of a product's category racing the attachment of stamps to it, on a real
gunicorn (2 workers): whichever commits first wins and the other is refused cleanly (409 for
the edit, 422 for the activation), so no stamp ends up attached to a product of another
category (docs/operators.md, "Editing the registry").

Each request is its own HTTP request on its own connection, all released at once by a
barrier. The module serves a database of its own (migrated here, dropped afterwards)."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import make_engine
from app.migrate import upgrade
from app.registry.models import Product
from app.stamps import codes
from app.stamps.keys import ensure_signing_key
from app.stamps.models import Activation
from tests import factories, servers
from tests.databases import create_database, drop_database

PAIRS = 8  # products, each edited and attached to at the same moment


@pytest.fixture(scope="module")
def live(database_url, tmp_path_factory):
    del database_url  # the suite's database: only marks these tests as touching one
    root = tmp_path_factory.mktemp("registry_races")
    url, pg_name = create_database(root, prefix="banderola_registry_races")
    upgrade(url)
    engine = make_engine(url)
    keys = root / "keys"
    ensure_signing_key(engine, keys)
    env = os.environ | {
        "DATABASE_URL": url,
        "INSTANCE_PATH": str(root),
        "KEYS_DIR": str(keys),
        "EVIDENCE_DIR": str(root / "evidence"),
        "RATELIMIT_ENABLED": "false",
    }
    try:
        with servers.gunicorn(env, root / "gunicorn.log", workers=2, threads=8,
                              preload=True) as server:
            yield SimpleNamespace(server=server, engine=engine)
    finally:
        engine.dispose()
        drop_database(pg_name)



def test_a_category_edit_and_an_activation_never_both_pass(live):
    with Session(live.engine) as db:
        admin = factories.headers_for(db, factories.mfa_user(db, "admin"))
        pairs = []
        for _ in range(PAIRS):
            batch = factories.batch(db, quantity=5)
            pairs.append((factories.product(db).id, batch.series, batch.first, batch.last))
        db.commit()
    burst = []
    for product_id, series, first, last in pairs:
        burst.append(("PATCH", f"/api/v1/products/{product_id}",
                      {"category": "cigars_cigarillos"}, admin))
        burst.append(("POST", "/api/v1/activations",
                      {"series": series, "first": first, "last": last,
                       "product_id": product_id}, admin))
    answers = servers.burst(live.server, burst)
    assert all(status < 500 for status, _ in answers), answers
    with Session(live.engine) as db:
        for index, (product_id, *_range) in enumerate(pairs):
            edit, activation = answers[2 * index], answers[2 * index + 1]
            assert sorted([edit[0], activation[0]]) in ([200, 422], [201, 409]), (edit, activation)
            category = db.get(Product, product_id).category
            attached = db.scalars(select(Activation.series).where(
                Activation.product_id == product_id)).all()
            assert all(codes.CATEGORY_PREFIX[category] == s[:2] for s in attached), (
                category, attached)
            assert (edit[0] == 200) == (category == "cigars_cigarillos") == (not attached)
