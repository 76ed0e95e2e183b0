"""The manuals: a guide per role in sq, sr and en, rendered to HTML, in the glossary's words,
served to signed-in users (the consumer's to anyone)."""

from __future__ import annotations

import re

import pytest

from app.i18n import LANGUAGES
from app.manuals import service
from tests import factories
from tests.test_glossary import ruled_out


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", service.ROLES)
def test_every_role_has_a_guide_in_every_language(role, lang):
    guide = service.manual(role, lang)
    assert guide["html"].startswith("<h1>") and "<h2>" in guide["html"]
    assert guide["title"] and guide["title"] != role
    for pattern_lang, pattern in ruled_out():
        if pattern_lang == lang:
            assert not re.search(pattern, guide["markdown"], re.IGNORECASE), (role, pattern)


def test_the_three_languages_of_a_guide_have_the_same_sections():
    for role in service.ROLES:
        counts = {lang: service.manual(role, lang)["markdown"].count("\n## ")
                  for lang in LANGUAGES}
        assert len(set(counts.values())) == 1, (role, counts)


def test_raw_html_in_a_guide_is_escaped():
    rendered = service._RENDERER.render("# Title\n\n<script>alert(1)</script>")
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered


def test_signed_in_users_read_the_guides_in_their_language(client, session):
    headers = factories.headers_for(session, factories.user(session, "operator"))
    answer = client.get("/api/v1/manuals/operator?lang=sr", headers=headers)
    assert answer.status_code == 200
    assert answer.get_json()["title"] == "Uputstvo za licencirane operatere"
    by_header = client.get("/api/v1/manuals/officer",
                           headers={**headers, "Accept-Language": "sq"}).get_json()
    assert by_header["lang"] == "sq" and "zyrtar" in by_header["title"]
    listed = client.get("/api/v1/manuals?lang=en", headers=headers).get_json()
    assert [entry["role"] for entry in listed] == list(service.ROLES)


def test_only_the_consumers_guide_is_public(client):
    assert client.get("/api/v1/manuals/consumer?lang=sq").status_code == 200
    for role in ("officer", "supervisor", "operator", "admin"):
        answer = client.get(f"/api/v1/manuals/{role}")
        assert answer.status_code == 401 and answer.get_json()["error"] == "unauthorized"


def test_unknown_guides_and_languages(client, session):
    headers = factories.headers_for(session, factories.mfa_user(session, "officer"))
    assert client.get("/api/v1/manuals/pilot", headers=headers).status_code == 404
    bad = client.get("/api/v1/manuals/officer?lang=de", headers=headers)
    assert bad.status_code == 422 and bad.get_json()["error"] == "validation_failed"
