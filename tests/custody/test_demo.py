"""The demo's chain of custody: factory, warehouse, another company's shop."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.accounts.models import User
from app.demo.load import load_demo
from app.stamps import codes
from app.stamps.models import Batch
from tests import factories


def test_demo_chain_ends_at_the_shop_of_another_company(app, client, session, tmp_path):
    load_demo(session, app.extensions["engine"], Path(app.config["KEYS_DIR"]),
              app.config["CODE_BASE_URL"], tmp_path, app.config)
    officer = next(u for u in session.scalars(select(User)) if u.has_role("officer"))
    blue = session.scalars(select(Batch).where(Batch.category == "cigarettes")
                           .order_by(Batch.id)).first()
    headers = factories.headers_for(session, officer)

    def detail(offset):
        serial = codes.Serial(blue.series, blue.first + offset)
        return client.get(f"/api/v1/stamps/{serial}", headers=headers).get_json()

    at_shop = detail(0)
    assert [e["business_step"] for e in at_shop["custody"]] == [
        "commissioning", "activating", "shipping", "receiving", "shipping", "receiving",
        "inspecting"]
    assert at_shop["custodian"]["premises"]["name"] == "Market Arbëria Qendra"
    assert at_shop["custodian"]["operator"]["name"] == "Market Arbëria SH.P.K."
    assert detail(300)["custodian"]["premises"]["name"] == "Magazina Ferizaj"
    assert detail(500)["custodian"]["premises"]["name"] == "Fabrika e duhanit Prizren"
