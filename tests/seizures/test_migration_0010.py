"""Migration 0010 on a database with cases: acts recorded before it named the whole case, so
each is linked to every item of its case and each item's status is what the case's was."""

from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.migrate import alembic_config
from app.seizures import rules
from app.seizures.facts import build_facts


def test_acts_before_0010_name_every_item_of_their_case(tmp_path):
    url = f"sqlite:///{tmp_path / 'before.db'}"
    config = alembic_config(url)
    before = ScriptDirectory.from_config(config).get_revision("0010").down_revision
    command.upgrade(config, before)
    engine = create_engine(url)
    now = "2026-03-01 10:00:00"
    with engine.begin() as db:
        db.execute(text(
            "INSERT INTO users (id, email, full_name, password_hash, roles, active,"
            " mfa_enabled, failed_logins, password_changed_at, created_at, disabled_by_customs)"
            " VALUES (1, 's@x', 'S', 'h', '[\"supervisor\"]', 1, 0, 0, :now, :now, 0)"
        ), {"now": now})
        for case_id in (1, 2):
            db.execute(text(
                "INSERT INTO cases (id, number, detained_on, place_description, owner_kind,"
                " owner_name, legal_basis, opened_by, created_at) VALUES (:id, :number,"
                " '2026-03-01', 'Shop', 'legal', 'Tregtia', '[]', 1, :now)"
            ), {"id": case_id, "number": f"DK-2026-00000{case_id}", "now": now})
        for item_id, case_id in ((1, 1), (2, 1), (3, 2)):
            db.execute(text(
                "INSERT INTO case_items (id, case_id, position, kind, description, quantity,"
                " unit, value_eur, unmarked, perishable) VALUES (:id, :case, :id, 'goods', 'x',"
                " 1, 'piece', 100, 0, 0)"
            ), {"id": item_id, "case": case_id})
        db.execute(text(
            "INSERT INTO case_decisions (id, case_id, outcome, decided_on, decided_by,"
            " entered_at) VALUES (1, 1, 'seize', '2026-03-05', 1, :now)"
        ), {"now": now})
        db.execute(text(
            "INSERT INTO case_dispositions (id, case_id, kind, decided_on, amount_eur,"
            " decided_by, entered_at) VALUES (1, 1, 'return_on_payment', '2026-03-06', 50, 1,"
            " :now)"
        ), {"now": now})

    command.upgrade(config, "0010")
    with engine.connect() as db:
        decided = db.execute(text("SELECT decision_id, item_id FROM case_decision_items"
                                  " ORDER BY item_id")).all()
        disposed = db.execute(text("SELECT disposition_id, item_id FROM case_disposition_items"
                                   " ORDER BY item_id")).all()
        duties = db.execute(text("SELECT duty_unpaid_eur FROM case_items")).scalars().all()
    assert [tuple(row) for row in decided] == [(1, 1), (1, 2)]  # not case 2's item
    assert [tuple(row) for row in disposed] == [(1, 1), (1, 2)]
    assert all(duty == 0 for duty in duties)

    # Each item's status is what the case's status was: returned on payment, both of them.
    class Row:
        def __init__(self, **values):
            self.__dict__.update(values)

    day = dt.date(2026, 3, 6)
    items = [Row(id=i, perishable=False, value_eur=100, duty_unpaid_eur=0) for i in (1, 2)]
    facts = build_facts(
        Row(detained_on=dt.date(2026, 3, 1), owner_email=None, owner_agent=None),
        items, [], [Row(outcome="seize", decided_on=dt.date(2026, 3, 5),
                        item_ids=frozenset({1, 2}))],
        [], [], [], [Row(kind="return_on_payment", decided_on=day, amount_eur=50,
                         item_ids=frozenset({1, 2}))],
    )
    assert set(rules.item_statuses_on(facts, day).values()) == {rules.ItemStatus.RETURNED}
    engine.dispose()
