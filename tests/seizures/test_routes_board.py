"""The public board of current Notices of Seizure: JSON, HTML and Atom, without private names."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

TODAY = dt.date(2026, 10, 1)
CLOCK_START = TODAY  # the first day of the `clock` fixture
PRIVATE_NAME = "Drita Privatja"
PRIVATE_ADDRESS = "Rruga e Fshehtë 9"


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def seized_and_notified(api, detained_on, **overrides) -> dict:
    case = api.opened(detained_on, **overrides)
    assert api.decide(case["id"], "seize", detained_on).status_code == 201
    response = api.notify(case["id"], "seizure", detained_on, detained_on, method="hand")
    assert response.status_code == 201, response.json
    return case


def test_current_notices_are_published_without_a_natural_persons_name(api, client):
    legal = seized_and_notified(api, day(-5))
    private = seized_and_notified(
        api,
        day(-3),
        owner={"kind": "natural", "name": PRIVATE_NAME, "address": PRIVATE_ADDRESS},
        place={"description": f"Home of the owner, {PRIVATE_ADDRESS}", "municipality": "peje"},
    )
    old = seized_and_notified(api, day(-60))  # received 60 days ago, no review: final
    detained = api.opened(day(-1))

    response = client.get("/api/v1/notices")
    assert response.status_code == 200
    notices = {notice["number"]: notice for notice in response.json["notices"]}
    assert legal["number"] in notices and private["number"] in notices
    assert old["number"] not in notices and detained["number"] not in notices
    assert notices[legal["number"]]["owner"]["name"] == "Tregtia Test SH.P.K."
    entry = notices[private["number"]]
    assert entry["seized_on"] == day(-3).isoformat()
    assert entry["review_deadline"] == day(27).isoformat()
    assert entry["status"] == "seized"
    assert entry["legal_basis"] == ["Art. 251(1)", "Art. 300(1)"]
    assert entry["goods"][0]["description"] == "Cigarettes without excise stamps"
    assert entry["place"]["description"] is None
    assert entry["place"]["municipality"]
    assert next(iter(notices)) == private["number"]  # newest seizure first

    for path in ("/api/v1/notices", "/notices", "/notices?lang=sq", "/notices.atom"):
        body = client.get(path).get_data(as_text=True)
        assert PRIVATE_NAME not in body and "Fshehtë" not in body, path
        assert private["number"] in body, path


def test_board_pages_are_html_and_atom(api, client):
    seized_and_notified(api, day(-2))
    page = client.get("/notices?lang=sr")
    assert page.status_code == 200 and page.mimetype == "text/html"
    feed = client.get("/notices.atom")
    assert feed.status_code == 200 and feed.mimetype == "application/atom+xml"
    assert feed.data.startswith(b"<?xml")


def test_a_notice_leaves_the_board_when_final_or_annulled(api, client, clock):
    case = seized_and_notified(api, day(-5))
    review = api.review(case["id"], day(-4))
    assert review.status_code == 201
    numbers = [n["number"] for n in client.get("/api/v1/notices").json["notices"]]
    assert case["number"] in numbers
    decided = api.review_decision(case["id"], review.json["id"], "annulled", day(0))
    assert decided.status_code == 201
    numbers = [n["number"] for n in client.get("/api/v1/notices").json["notices"]]
    assert case["number"] not in numbers


def test_the_notice_of_seizure_says_where_to_send_a_review_request(api, app):
    office = app.config["CUSTOMS_OFFICE"]
    assert office["address"] == "Rr. Bajram Kelmendi 1, 10000 Prishtinë"
    case = api.opened(day(-3))
    assert api.decide(case["id"], "seize", day(-3)).status_code == 201
    response = api.document(case["id"], "seizure-notice", "en")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Kosovo Customs — Headquarters" in text
    assert "Rr. Bajram Kelmendi 1, 10000 Prishtinë" in text
