"""Inspections: start at a premises or a place, scan inside, record findings, close."""

from __future__ import annotations

import pytest

from app.stamps import codes
from tests import factories


@pytest.fixture
def officer(session):
    return factories.user(session, "officer")


@pytest.fixture
def headers(session, officer):
    return factories.headers_for(session, officer)


def start(client, headers, **body):
    return client.post("/api/v1/inspections", json=body, headers=headers)


def test_inspection_at_a_premises_with_scans_tally_and_findings(client, session, app, headers):
    premises = factories.premises(session, municipality="mitrovice-jug")
    batch, _ = factories.activated_batch(session)
    response = start(client, headers, premises_id=premises.id)
    assert response.status_code == 201, response.json
    inspection = response.json
    assert inspection["status"] == "open"
    assert inspection["premises_name"] == premises.name
    assert inspection["tally"] == {"genuine": 0, "suspicious": 0, "invalid": 0}

    scans = f"/api/v1/inspections/{inspection['id']}/scans"
    good = client.post(
        scans,
        json={"code": factories.signed_code(app, codes.Serial(batch.series, batch.first))},
        headers=headers,
    )
    assert good.status_code == 201
    assert {"verdict", "reasons", "stamp", "scan_id"} <= set(good.json)
    bad = client.post(scans, json={"code": "garbage"}, headers=headers)
    assert bad.json["verdict"] == "invalid"

    finding = client.post(
        f"/api/v1/inspections/{inspection['id']}/findings",
        json={
            "kind": "unmarked_products",
            "description": "12 packs of cigarettes without stamps on the shelf",
            "article": "Art. 300(1)",
            "quantity": 12,
        },
        headers=headers,
    )
    assert finding.status_code == 201
    assert finding.json["article"] == "Art. 300(1)"

    detail = client.get(f"/api/v1/inspections/{inspection['id']}", headers=headers).json
    assert detail["tally"]["invalid"] == 1
    assert detail["tally"]["genuine"] + detail["tally"]["suspicious"] == 1
    assert [scan["id"] for scan in detail["scans"]] == [good.json["scan_id"], bad.json["scan_id"]]
    assert detail["findings"][0]["kind"] == "unmarked_products"

    closed = client.post(f"/api/v1/inspections/{inspection['id']}/close", headers=headers)
    assert closed.status_code == 200 and closed.json["status"] == "closed"
    again = client.post(scans, json={"code": "garbage"}, headers=headers)
    assert again.status_code == 409 and again.json["error"] == "conflict"


def test_inspection_at_a_place_finds_its_municipality(client, headers):
    response = start(
        client, headers, place={"description": "Market stall", "lat": 42.8914, "lon": 20.866}
    )
    assert response.status_code == 201
    assert response.json["place"]["municipality"]
    assert response.json["premises_id"] is None


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"premises_id": 1, "place": {"description": "x", "lat": 42.6, "lon": 21.1}},
        {"place": {"description": "x"}},
    ],
)
def test_an_inspection_needs_one_place(client, headers, body):
    response = start(client, headers, **body)
    assert response.status_code == 422


def test_unknown_premises_is_422_and_findings_are_validated(client, headers):
    unknown = start(client, headers, premises_id=999999)
    assert unknown.status_code == 422
    assert list(unknown.json["errors"]) == ["premises_id"]
    inspection = start(
        client, headers, place={"description": "Kiosk", "lat": 42.66, "lon": 21.16}
    ).json
    bad = client.post(
        f"/api/v1/inspections/{inspection['id']}/findings",
        json={"kind": "smuggling", "description": "x"},
        headers=headers,
    )
    assert bad.status_code == 422
    bad_article = client.post(
        f"/api/v1/inspections/{inspection['id']}/findings",
        json={"kind": "other", "description": "x", "article": "article three hundred"},
        headers=headers,
    )
    assert bad_article.status_code == 422


def test_only_officers_inspect(client, session):
    operator = factories.user(session, "operator")
    response = start(
        client,
        factories.headers_for(session, operator),
        place={"description": "x", "lat": 42.66, "lon": 21.16},
    )
    assert response.status_code == 403
    assert client.get("/api/v1/inspections/1").status_code == 401


def test_officers_list_their_own_and_supervisors_all(client, session, headers):
    start(client, headers, place={"description": "Kiosk", "lat": 42.66, "lon": 21.16})
    other = factories.headers_for(session, factories.user(session, "officer"))
    start(client, other, place={"description": "Bar", "lat": 42.66, "lon": 21.16})
    mine = client.get("/api/v1/inspections", headers=headers).json["inspections"]
    assert len(mine) == 1
    supervisor = factories.headers_for(session, factories.user(session, "supervisor"))
    everyone = client.get("/api/v1/inspections", headers=supervisor).json["inspections"]
    assert len(everyone) >= 2
