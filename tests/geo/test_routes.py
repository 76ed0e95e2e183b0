"""GET /api/v1/municipalities, and municipalities named (not slugs) where premises are listed."""

from __future__ import annotations

import pytest

from app.geo.gazetteer import municipalities
from tests import factories


@pytest.mark.parametrize(
    ("lang", "first", "south_mitrovica"),
    [("sq", "Deçan", "Mitrovicë e Jugut"), ("sr", "Dečani", "Južna Mitrovica"),
     ("en", "Deçan", "South Mitrovica")],
)
def test_every_municipality_in_the_readers_language_in_alphabetical_order(
    client, lang, first, south_mitrovica
):
    listed = client.get("/api/v1/municipalities", headers={"Accept-Language": lang}).get_json()
    names = [m["name"] for m in listed["municipalities"]]
    assert len(names) == len(municipalities()) == 38
    assert names[0] == first and south_mitrovica in names
    assert next(m for m in listed["municipalities"] if m["id"] == "mitrovice-jug")["names"] == {
        "sq": "Mitrovicë e Jugut", "sr": "Južna Mitrovica", "en": "South Mitrovica"}


def test_premises_carry_the_name_of_their_municipality(client, session):
    officer = factories.user(session, "officer")
    shop = factories.premises(session, municipality="peje")
    headers = {**factories.headers_for(session, officer), "Accept-Language": "sr"}
    answer = client.get("/api/v1/premises", headers=headers)
    listed = next(p for p in answer.get_json() if p["id"] == shop.id)
    assert (listed["municipality"], listed["municipality_name"]) == ("peje", "Peć")
