"""Loading the demo dataset (idempotent) and writing instance/demo/{codes,accounts}.json."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import User
from app.db import utcnow
from app.demo import data
from app.plugins import optional_import
from app.registry import service as registry
from app.registry.models import Operator, Premises, Product
from app.stamps import codes
from app.stamps import service as stamps
from app.stamps.keys import ensure_signing_key
from app.stamps.models import Batch
from app.stamps.sheets import pdf_sheet

# Capabilities that add to the demo (custody events, cases...): each has `load(session, demo)`.
DEMO_EXTENSIONS = ("app.custody.demo", "app.seizures.demo", "app.inspections.demo")


@dataclass
class DemoContext:
    """What later parts of the demo need: ids by key, the codes with expected verdicts, and the
    application's settings (the seizures policy)."""

    settings: Mapping[str, Any]
    operators: dict[str, Operator] = field(default_factory=dict)
    premises: dict[str, Premises] = field(default_factory=dict)
    products: dict[str, Product] = field(default_factory=dict)
    users: dict[str, User] = field(default_factory=dict)
    batches: dict[str, Batch] = field(default_factory=dict)
    fresh: bool = True


def _operators(session: Session, demo: DemoContext) -> None:
    for spec in data.OPERATORS:
        operator = session.scalar(select(Operator).where(Operator.nui == spec["nui"]))
        if operator is None:
            fields = {k: v for k, v in spec.items() if k != "key"}
            operator = registry.create_operator(
                session,
                licence_valid_from=data.LICENCE_FROM,
                licence_valid_until=data.LICENCE_UNTIL,
                **fields,
            )
        else:
            demo.fresh = False
        demo.operators[spec["key"]] = operator
    for key, name, kind, address, municipality, lat, lon in data.PREMISES:
        premises = session.scalar(select(Premises).where(Premises.name == name))
        if premises is None:
            premises = registry.create_premises(
                session,
                operator_id=demo.operators[key].id,
                name=name,
                kind=kind,
                address=address,
                municipality=municipality,
                lat=lat,
                lon=lon,
            )
        demo.premises[name] = premises
    for key, gtin, brand, name, category, volume, sticks, abv in data.PRODUCTS:
        product = session.scalar(select(Product).where(Product.gtin == gtin))
        if product is None:
            product = registry.create_product(
                session,
                gtin=gtin,
                brand=brand,
                name=name,
                category=category,
                volume_ml=volume,
                stick_count=sticks,
                abv=abv,
                operator_id=demo.operators[key].id,
            )
        demo.products[gtin] = product


def _users(session: Session, demo: DemoContext) -> list[dict]:
    accounts_out = []
    for role, email, password, secret, operator_key, company_admin in data.USERS:
        user = session.scalar(select(User).where(User.email == email))
        operator = demo.operators.get(operator_key) if operator_key else None
        if user is None:
            user = accounts.create_user(
                session,
                email=email,
                password=password,
                roles=[role],
                operator_id=operator.id if operator else None,
                full_name=f"Demo {role}",
                totp_secret=secret,
                company_admin=company_admin,
            )
        elif secret and not user.mfa_enabled:
            # A demo loaded before its users all had TOTP (operators): accounts.json names the
            # secret, so the account uses it.
            user.totp_secret, user.totp_last_step, user.mfa_enabled = secret, None, True
        demo.users.setdefault(role, user)
        entry = {"role": role, "email": email, "password": password}
        if secret:
            entry["totp_secret"] = secret
        if operator:
            entry["operator_id"] = operator.id
        accounts_out.append(entry)
    return accounts_out


# name, operator key, category, quantity, fiscal; issued in this order on the first load.
BATCHES = [
    ("blue", "duhani", "cigarettes", 1000, {"excise_paid_eur": "1650.00", "excise_rate": "EUR 33 / 1000 sticks + 5%"}),
    ("wine", "vera", "wine", 200, {"excise_paid_eur": "50.00", "excise_rate": "EUR 0.25 / l"}),
    ("rakia", "balkan", "spirits", 500, {"excise_paid_eur": "700.00", "excise_rate": "EUR 2.00 / l"}),
    ("lost", "duhani", "cigarettes", 100, {}),
    ("expired", "balkan", "cigars_cigarillos", 100, {"sale_not_after": "2026-06-30"}),
]


def _batches(session: Session, demo: DemoContext) -> None:
    existing = session.scalars(
        select(Batch)
        .where(Batch.operator_id.in_([op.id for op in demo.operators.values()]))
        .order_by(Batch.id)
    ).all()
    if len(existing) >= len(BATCHES):
        demo.batches = {spec[0]: batch for spec, batch in zip(BATCHES, existing, strict=False)}
        return
    admin = demo.users["admin"]
    for name, operator_key, category, quantity, fiscal in BATCHES:
        fiscal = {
            k: (dt.date.fromisoformat(v) if k.startswith(("sale_", "paid_")) else v)
            for k, v in fiscal.items()
        }
        demo.batches[name] = stamps.issue_batch(
            session,
            operator_id=demo.operators[operator_key].id,
            category=category,
            quantity=quantity,
            fiscal=fiscal,
            issued_by=admin.id,
        )
    b = demo.batches
    factory = demo.premises["Fabrika e duhanit Prizren"].id
    week_ago = utcnow() - dt.timedelta(days=7)
    stamps.activate(session, series=b["blue"].series, first=b["blue"].first,
                    last=b["blue"].first + 599, gtin="3830000000017", premises_id=factory,
                    operator_id=None, activated_at=week_ago)
    stamps.activate(session, series=b["wine"].series, first=b["wine"].first,
                    last=b["wine"].last, gtin="3830000000031",
                    premises_id=demo.premises["Bodrumi Rahovec"].id, operator_id=None,
                    activated_at=week_ago)
    stamps.activate(session, series=b["rakia"].series, first=b["rakia"].first,
                    last=b["rakia"].first + 299, gtin="3830000000048",
                    premises_id=demo.premises["Terminali Prishtinë"].id, operator_id=None,
                    activated_at=week_ago)
    stamps.activate(session, series=b["expired"].series, first=b["expired"].first,
                    last=b["expired"].last, gtin="3830000000055",
                    premises_id=demo.premises["Terminali Prishtinë"].id, operator_id=None,
                    activated_at=week_ago)
    stamps.revoke(session, series=b["blue"].series, first=b["blue"].first + 899,
                  last=b["blue"].first + 948, reason="stolen", note="Demo: stolen from a van")
    stamps.revoke(session, series=b["blue"].series, first=b["blue"].first + 949,
                  last=b["blue"].first + 958, reason="destroyed", note="Demo: misprinted")
    stamps.report_missing(session, batch_id=b["lost"].id, reason="Demo: lost in transit")


def _codes(demo: DemoContext, kid: str, private_key, base_url: str) -> list[dict]:
    def signed(serial: codes.Serial) -> str:
        return codes.qr_text(base_url, serial, kid, codes.sign(private_key, kid, serial))

    def at(name: str, offset: int) -> codes.Serial:
        batch = demo.batches[name]
        return codes.Serial(batch.series, batch.first + offset)

    genuine_1 = signed(at("blue", 0))
    tampered = genuine_1[:-2] + ("AA" if not genuine_1.endswith("AA") else "BB")
    beyond = codes.Serial(demo.batches["blue"].series, codes.MAX_NUMBER - 7)
    forged_key = signed(at("blue", 2)).replace(f"/{kid}/", "/k99/")
    entries = [
        (genuine_1, at("blue", 0), "genuine", None),
        (signed(at("blue", 1)), at("blue", 1), "genuine", None),
        (signed(at("wine", 0)), at("wine", 0), "genuine", None),
        (signed(at("rakia", 0)), at("rakia", 0), "genuine", None),
        (signed(at("rakia", 350)), at("rakia", 350), "suspicious", "not_activated"),
        (signed(at("lost", 5)), at("lost", 5), "suspicious", "batch_reported_missing"),
        (signed(at("expired", 3)), at("expired", 3), "suspicious", "sale_window"),
        (str(at("blue", 10)), at("blue", 10), "suspicious", "serial_only"),
        (tampered, at("blue", 0), "invalid", "signature_invalid"),
        (signed(at("blue", 900)), at("blue", 900), "invalid", "revoked"),
        (signed(at("blue", 950)), at("blue", 950), "invalid", "destroyed"),
        (signed(beyond), beyond, "invalid", "not_issued"),
        (forged_key, at("blue", 2), "invalid", "unknown_key"),
    ]
    return [
        {"text": text, "serial": str(serial), "expect": expect, **({"reason": r} if r else {})}
        for text, serial, expect, r in entries
    ]


def load_demo(
    session: Session,
    engine: Engine,
    keys_dir: Path,
    base_url: str,
    out_dir: Path,
    settings: Mapping[str, Any],
) -> dict:
    """Load (or find) the demo data, commit, and write the demo files. Safe to run again.
    `settings` are the application's (app/config.py)."""
    demo = DemoContext(settings)
    _operators(session, demo)
    accounts_out = _users(session, demo)
    _batches(session, demo)
    for name in DEMO_EXTENSIONS:
        module = optional_import(name)
        if module is not None:
            module.load(session, demo)
    session.commit()
    kid, private_key = ensure_signing_key(engine, keys_dir)
    code_entries = _codes(demo, kid, private_key, base_url)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "codes.json").write_text(
        json.dumps({"codes": code_entries}, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    (out_dir / "accounts.json").write_text(
        json.dumps(
            {"demo_only": True, "accounts": accounts_out}, indent=2, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    sheet_rows = [(codes.parse_code(c["text"]).serial, c["text"]) for c in code_entries
                  if "/" in c["text"] and c.get("reason") != "unknown_key"]
    (out_dir / "codes.pdf").write_bytes(pdf_sheet("Banderola Inspect demo codes", sheet_rows))
    return {"fresh": demo.fresh, "codes": len(code_entries), "accounts": len(accounts_out)}
