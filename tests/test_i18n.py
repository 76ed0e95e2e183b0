"""Which language an answer is in: `?lang=` first, then Accept-Language, else English (API.md)."""

import pytest

from app.i18n import current_language, negotiate


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "en"),
        ("", "en"),
        ("sq", "sq"),
        ("sq-XK,sq;q=0.9", "sq"),
        ("sr-Latn-RS", "sr"),
        ("bs", "sr"),  # Bosnian, Croatian, Montenegrin readers are answered in Serbian
        ("de-DE,sr;q=0.5,en;q=0.4", "sr"),
        ("en;q=0.3, sq;q=0.8", "sq"),
        ("sq;q=0, en", "en"),
        ("de, fr", "en"),
        ("sq;q=bogus, sr", "sr"),
    ],
)
def test_accept_language_picks_the_best_of_the_three(header, language):
    assert negotiate(header) == language


@pytest.mark.parametrize(
    ("query", "header", "language"),
    [
        ("", "sr", "sr"),
        ("lang=sq", "sr", "sq"),  # an explicit choice wins over the browser's
        ("page=2&lang=en", "sq", "en"),
        ("lang=de", "sq", "sq"),  # an unknown language is ignored
        ("flang=sq", "sr", "sr"),
        ("page=2", None, "en"),
    ],
)
def test_the_query_string_may_choose_the_language(app, query, header, language):
    headers = {"Accept-Language": header} if header else {}
    with app.test_request_context(f"/api/v1/notices?{query}", headers=headers):
        assert current_language() == language


def test_messages_of_an_answer_follow_the_language(client):
    for header, text in (("sq", "Nuk u gjet."), ("en", "Not found.")):
        answer = client.get("/api/v1/nothing-here", headers={"Accept-Language": header})
        assert answer.get_json()["message"] == text
