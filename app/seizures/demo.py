"""Demo cases, dated back from today so that their deadlines are live when the demo is shown.

- DK-..-1: unmarked cigarettes detained 10 days ago at Market Arbëria Mitrovicë (legal owner);
- DK-..-2: spirits seized 15 days ago, Notice of Seizure received: current on the public board;
- DK-..-3: a natural person's goods, seized and notified by hand: on the board without the name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app import kosovo_time
from app.seizures import cases, rules

MITROVICE = "Market Arbëria Mitrovicë"


def _days_ago(today: dt.date, days: int) -> dt.date:
    return today - dt.timedelta(days=days)


def load(session: Session, demo) -> None:
    """Add the demo cases to a freshly loaded demo (never twice)."""
    if not demo.fresh:
        return
    today = kosovo_time.today()
    policy = rules.Policy.from_settings(demo.settings)
    officer, supervisor = demo.users["officer"].id, demo.users["supervisor"].id
    premises = demo.premises[MITROVICE]
    cases.open_case(
        session,
        today=today,
        policy=policy,
        user_id=officer,
        detained_on=_days_ago(today, 10),
        premises_id=premises.id,
        place={"description": f"{premises.name}, {premises.address}"},
        owner={
            "kind": "legal",
            "name": "Market Arbëria SH.P.K.",
            "address": premises.address,
            "email": "info@arberia.example",
        },
        items=[
            {
                "kind": "goods",
                "description": "Cigarettes without excise stamps, 20 per pack",
                "quantity": Decimal(50),
                "unit": "carton",
                "value_eur": Decimal("1750.00"),
                "category": "cigarettes",
                "unmarked": True,
            }
        ],
        legal_basis=["Art. 251(1)", "Art. 300(1)"],
    )

    spirits = cases.open_case(
        session,
        today=today,
        policy=policy,
        user_id=officer,
        detained_on=_days_ago(today, 20),
        place={"description": "Warehouse, Rruga e Industrisë 4", "municipality": "ferizaj"},
        owner={"kind": "legal", "name": "Pije Balkan SH.P.K.", "address": "Ferizaj"},
        items=[
            {
                "kind": "goods",
                "description": "Spirits 0.7 l with counterfeit excise stamps",
                "quantity": Decimal(240),
                "unit": "bottle",
                "value_eur": Decimal("3120.00"),
                "category": "spirits",
            },
            {
                "kind": "vehicle",
                "description": "Delivery van used to carry the goods",
                "quantity": Decimal(1),
                "unit": "piece",
                "value_eur": Decimal("8500.00"),
            },
        ],
        legal_basis=["Art. 251(1)", "Art. 251(11)", "Art. 300(1)"],
    )
    _seize_and_notify(
        session, policy, spirits, today, supervisor, seized_days_ago=15, method="post"
    )

    private = cases.open_case(
        session,
        today=today,
        policy=policy,
        user_id=officer,
        detained_on=_days_ago(today, 14),
        place={"description": "Private car at a roadside check", "municipality": "peje"},
        owner={"kind": "natural", "name": "Agim Demo Krasniqi", "address": "Rruga Demo 1, Pejë"},
        items=[
            {
                "kind": "goods",
                "description": "Smoking tobacco without excise stamps",
                "quantity": Decimal(4),
                "unit": "kg",
                "value_eur": Decimal("360.00"),
                "category": "smoking_tobacco",
                "unmarked": True,
            }
        ],
        legal_basis=["Art. 251(1)", "Art. 300(1)"],
    )
    _seize_and_notify(
        session, policy, private, today, supervisor, seized_days_ago=10, method="hand"
    )


def _seize_and_notify(session, policy, case, today, supervisor, *, seized_days_ago, method) -> None:
    seized_on = _days_ago(today, seized_days_ago)
    cases.decide(
        session,
        case,
        today=today,
        policy=policy,
        user_id=supervisor,
        outcome="seize",
        reasons="Excise goods without valid excise stamps (Art. 300(1)).",
        decided_on=seized_on,
    )
    received_on = seized_on if method == "hand" else seized_on + dt.timedelta(days=3)
    cases.record_notification(
        session,
        case,
        today=today,
        policy=policy,
        user_id=supervisor,
        notification={
            "document": "seizure",
            "method": method,
            "sent_on": seized_on,
            "received_on": received_on,
            "recipient": case.owner_name,
            "address": case.owner_address,
        },
    )
