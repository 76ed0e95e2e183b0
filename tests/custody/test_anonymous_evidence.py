"""Anonymous evidence (issue 18 "Many phones, one stamp", issue 17 item 6 "clone poisoning"),
through POST /api/v1/verifications as phones send it.

Positions and clients sent anonymously are claims anyone can invent: for the public they are
advice (`"advisory": true` on the reason) beside the registry's verdict; officers see them as
findings; an officer's own scan is evidence that can turn the public verdict.
"""

from __future__ import annotations

from sqlalchemy import select

from app.stamps import codes
from app.stamps.models import Scan
from tests import factories

# Seven towns of Kosovo, far enough apart that one pack cannot be in two within minutes.
TOWNS = [(42.6629, 21.1655), (42.2139, 20.7397), (42.3702, 21.1553), (42.6593, 20.2887),
         (42.8914, 20.8660), (42.4635, 21.4694), (42.3803, 20.4308)]


def _code(app, chain, offset=0) -> str:
    return factories.signed_code(app, codes.Serial(chain.batch.series, chain.batch.first + offset))


def _phone(client, code, *, network: int, agent: str = "Phone", lang: str = "en",
           headers=None, **position):
    """A scan from the client network 10.<network>.0.0/24 with a user agent of its own."""
    return client.post(
        "/api/v1/verifications", json={"code": code, **position},
        headers={"Accept-Language": lang, **(headers or {})},
        environ_base={"REMOTE_ADDR": f"10.{network}.0.7", "HTTP_USER_AGENT": agent},
    ).get_json()


def _codes_of(body) -> list[str]:
    return [reason["code"] for reason in body["reasons"]]


def _poison(client, code):
    """Seven anonymous scans with invented positions in seven towns, minutes apart, each with
    another user agent (and, to be sure, another network)."""
    for index, (lat, lon) in enumerate(TOWNS):
        _phone(client, code, network=index, agent=f"Forged/{index}", lat=lat, lon=lon,
               accuracy_m=10)


def test_anonymous_positions_alone_never_make_a_genuine_stamp_suspicious(app, client, chain):
    code = _code(app, chain)
    _poison(client, code)
    for position in ({}, {"lat": TOWNS[0][0], "lon": TOWNS[0][1], "accuracy_m": 15}):
        for lang in ("en", "sq", "sr"):
            body = _phone(client, code, network=99, lang=lang, **position)
            assert body["verdict"] == "genuine"
            [reason] = body["reasons"]
            assert reason["code"] == "clone_suspected" and reason["advisory"] is True
            assert reason["message"]  # translated advice (tests/test_i18n.py: every language)
        assert body["authenticity_checked"] is True
    # The officer, scanning without a position, sees the signal as a finding.
    officer = _phone(client, code, network=50, headers=chain.headers["officer"])
    assert officer["verdict"] == "suspicious"
    assert officer["reasons"] == [{"code": "clone_suspected", "message": officer["reasons"][0][
        "message"]}]
    assert "advisory" not in officer["reasons"][0]
    # Still only anonymous positions: the next consumer is advised, not told it is a fake.
    assert _phone(client, code, network=98)["verdict"] == "genuine"


def test_an_officer_scan_far_away_within_the_window_makes_it_suspicious(app, client, chain,
                                                                        session):
    code = _code(app, chain, 1)
    _poison(client, code)
    # The officer is in Prizren minutes after a phone claimed Prishtina: one of the two is a
    # copy, and the officer's scan is not a claim.
    officer = _phone(client, code, network=50, headers=chain.headers["officer"],
                     lat=TOWNS[1][0], lon=TOWNS[1][1], accuracy_m=10)
    assert (officer["verdict"], _codes_of(officer)) == ("suspicious", ["clone_suspected"])
    for position in ({}, {"lat": TOWNS[1][0], "lon": TOWNS[1][1]}):
        body = _phone(client, code, network=97, **position)
        assert body["verdict"] == "suspicious"
        assert body["reasons"][0]["code"] == "clone_suspected"
        assert "advisory" not in body["reasons"][0]
    verdicts = session.scalars(select(Scan.verdict).where(
        Scan.series == chain.batch.series, Scan.number == chain.batch.first + 1)
        .order_by(Scan.id)).all()
    assert verdicts == ["genuine"] * 7 + ["suspicious"] * 3


def test_one_anonymous_claim_far_from_an_officer_scan_is_evidence(app, client, chain):
    """The other way round: an officer scanned the pack in Prizren; a phone claims Prishtina
    minutes later. The claim conflicts with evidence, so the copy is established."""
    code = _code(app, chain, 2)
    _phone(client, code, network=50, headers=chain.headers["officer"],
           lat=TOWNS[1][0], lon=TOWNS[1][1], accuracy_m=10)
    body = _phone(client, code, network=1, lat=TOWNS[0][0], lon=TOWNS[0][1], accuracy_m=10)
    assert (body["verdict"], _codes_of(body)) == ("suspicious", ["clone_suspected"])


def test_a_stamp_scanned_by_many_networks_is_advice_for_the_public_and_a_finding_for_officers(
        app, client, chain):
    code = _code(app, chain, 3)
    threshold = app.config["SCANNED_BY_MANY_CLIENTS"]
    # One network with many user agents is one client network.
    for agent in range(threshold + 5):
        _phone(client, code, network=0, agent=f"Agent/{agent}")
    assert _codes_of(_phone(client, code, network=0)) == []
    for network in range(1, threshold - 1):
        _phone(client, code, network=network)
    # threshold - 1 networks so far: nothing yet; this scan is the threshold-th network.
    assert _codes_of(_phone(client, code, network=threshold - 1)) == []
    for lang in ("en", "sq", "sr"):
        body = _phone(client, code, network=0, lang=lang)
        assert body["verdict"] == "genuine"
        [reason] = body["reasons"]
        assert (reason["code"], reason["advisory"]) == ("scanned_by_many", True)
        assert reason["message"]
    officer = _phone(client, code, network=0, headers=chain.headers["officer"])
    assert (officer["verdict"], _codes_of(officer)) == ("suspicious", ["scanned_by_many"])
    assert "advisory" not in officer["reasons"][0]
    serial = codes.Serial(chain.batch.series, chain.batch.first + 3)
    detail = client.get(f"/api/v1/stamps/{serial}", headers=chain.headers["officer"]).get_json()
    assert detail["findings"] == ["scanned_by_many"]
    assert detail["client_networks"] == threshold
    other = codes.Serial(chain.batch.series, chain.batch.first + 4)
    detail = client.get(f"/api/v1/stamps/{other}", headers=chain.headers["officer"]).get_json()
    assert (detail["findings"], detail["client_networks"]) == ([], 0)
