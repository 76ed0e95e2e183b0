"""`flask demo`: loads once, can run again without duplicating, and every demo code gets the
verdict (and main reason) codes.json promises."""

import json
from pathlib import Path

from sqlalchemy import func, select

from app.accounts.models import User
from app.demo.load import load_demo
from app.registry.models import Operator, Premises
from app.stamps.models import Batch


def _load(app, session, out_dir: Path) -> dict:
    return load_demo(session, app.extensions["engine"], Path(app.config["KEYS_DIR"]),
                     app.config["CODE_BASE_URL"], out_dir, app.config)


def _counts(session) -> tuple[int, ...]:
    return tuple(session.scalar(select(func.count()).select_from(model))
                 for model in (Operator, Premises, User, Batch))


def test_demo_loads_once_and_every_code_gets_its_promised_verdict(app, client, session, tmp_path):
    first = _load(app, session, tmp_path)
    counts = _counts(session)
    again = _load(app, session, tmp_path)
    assert (first["fresh"], again["fresh"]) == (True, False)
    assert _counts(session) == counts

    codes = json.loads((tmp_path / "codes.json").read_text())["codes"]
    expected = {code["expect"] for code in codes}
    assert expected == {"genuine", "suspicious", "invalid"}
    assert all(sum(c["expect"] == verdict for c in codes) >= 2 for verdict in expected)
    for code in codes:
        body = client.post("/api/v1/verifications", json={"code": code["text"]}).get_json()
        assert body["verdict"] == code["expect"], code
        if "reason" in code:
            assert body["reasons"][0]["code"] == code["reason"], code
    assert (tmp_path / "codes.pdf").read_bytes().startswith(b"%PDF")


def test_demo_accounts_cover_every_role_and_are_marked_demo_only(app, client, session, tmp_path):
    _load(app, session, tmp_path)
    accounts = json.loads((tmp_path / "accounts.json").read_text())
    assert accounts["demo_only"] is True
    roles = {account["role"] for account in accounts["accounts"]}
    assert roles == {"officer", "supervisor", "operator", "admin"}
    for account in accounts["accounts"]:
        assert account.get("totp_secret")  # every role signs in with TOTP
        assert ("operator_id" in account) == (account["role"] == "operator")


def test_every_demo_operator_has_premises_and_several_companies_run_shops(app, session, tmp_path):
    _load(app, session, tmp_path)
    demo_operators = session.scalars(select(Operator).where(Operator.nui.like("811%"))).all()
    assert all(operator.premises for operator in demo_operators)
    retailers = {p.operator_id for o in demo_operators for p in o.premises
                 if p.kind in {"shop", "kiosk"}}
    assert len(retailers) >= 2


def test_a_demo_operator_loaded_without_totp_gets_the_secret_accounts_json_names(
        app, session, tmp_path):
    _load(app, session, tmp_path)
    operator = session.scalar(select(User).where(User.email == "operator@demo.banderola.example"))
    operator.totp_secret, operator.mfa_enabled = None, False  # as a demo loaded before issue 20
    session.flush()
    _load(app, session, tmp_path)
    accounts = json.loads((tmp_path / "accounts.json").read_text())["accounts"]
    named = next(a for a in accounts if a["email"] == operator.email)["totp_secret"]
    assert operator.mfa_enabled and operator.totp_secret == named
