"""Anyone, without logging in: health, the public keys, the API's own documents, the PWA and the
public board of Notices of Seizure as JSON, HTML and Atom."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET

from tests.acceptance.http import ok, refused


def test_health_says_the_service_and_its_database_are_up(consumer):
    assert ok(consumer.get("/api/v1/health")) == {"status": "ok", "database": "ok"}


def test_the_public_keys_verify_offline(consumer):
    keys = ok(consumer.get("/api/v1/keys"))["keys"]
    assert [key["status"] for key in keys].count("active") == 1
    for key in keys:
        assert key["alg"] == "Ed25519"
        assert len(base64.urlsafe_b64decode(key["public_key"] + "==")) == 32


def test_the_openapi_document_and_its_page_are_served(consumer):
    document = ok(consumer.get("/api/openapi.json"))
    assert document["openapi"].startswith("3.")
    assert "/api/v1/verifications" in document["paths"]
    page = consumer.get("/api/docs")
    assert page.status_code == 200 and "swagger" in page.text.lower()


def test_the_pwa_is_served(consumer):
    page = consumer.get("/")
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert "manifest" in page.text


def test_every_answer_carries_a_request_id(consumer):
    answer = consumer.get("/api/v1/health", headers={"X-Request-Id": "acceptance-1"})
    assert answer.headers["X-Request-Id"] == "acceptance-1"
    assert consumer.get("/api/v1/keys").headers["X-Request-Id"]
    refusal = consumer.get("/api/v1/no-such-thing")
    assert refusal.json()["request_id"] == refusal.headers["X-Request-Id"]


def test_municipalities_are_named_in_the_readers_language(consumer):
    """What a form offers instead of a slug: the 38 municipalities, in alphabetical order."""
    serbian = ok(consumer.get("/api/v1/municipalities", headers={"Accept-Language": "sr"}))
    names = [m["name"] for m in serbian["municipalities"]]
    assert len(names) == 38 and "Južna Mitrovica" in names and "Priština" in names
    peja = next(m for m in serbian["municipalities"] if m["id"] == "peje")
    seat = peja.pop("seat")  # where the officer's map draws it
    assert peja == {"id": "peje", "name": "Peć",
                    "names": {"sq": "Pejë", "sr": "Peć", "en": "Peja"}}
    assert 42.6 < seat["lat"] < 42.7 and 20.2 < seat["lon"] < 20.4


def test_an_unknown_path_is_a_json_404(consumer):
    refused(consumer.get("/api/v1/no-such-thing"), 404, "not_found")


def test_the_board_as_json_html_and_atom(consumer):
    notices = ok(consumer.get("/api/v1/notices"))["notices"]
    for notice in notices:
        assert {"number", "seized_on", "place", "goods", "legal_basis", "review_deadline",
                "status"} <= notice.keys()
    page = consumer.get("/notices")
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    feed = consumer.get("/notices.atom")
    assert feed.status_code == 200 and "atom" in feed.headers["Content-Type"]
    entries = ET.fromstring(feed.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == len(notices)
