"""Mails are written in the recipient's language (sq, sr Latin, en), every placeholder filled,
the same words in the text and the HTML part."""

import re

import pytest

from app.i18n import catalogue
from app.mail.compose import compose, placeholders

TEMPLATES = sorted({key.split(".")[1] for key in catalogue() if key.startswith("mail.")})
SAMPLE = {
    "email": "arta@example.org",
    "link": "https://inspect.example/#/reset-password?token=abc&x=1",
    "minutes": 60,
    "company": "Tregtia <Test> SH.P.K.",
    "reasons": "Licence expired.\n\nPremises unknown.",
    "order": "P-2026-0042",
    "quantity": "10 000",
    "category": "cigarettes",
    "stamps": "CG26 000000001-000010000",
}
# A word each language's mail must have, and one it must not (no English left in sq or sr).
GREETING = {"en": "Hello,", "sq": "Përshëndetje,", "sr": "Zdravo,"}
SIGNATURE = {"en": "Kosovo Customs", "sq": "Dogana e Kosovës", "sr": "Carina Kosova"}


def test_the_templates_the_portal_needs_exist():
    assert {"password_reset", "registration_approved", "registration_rejected",
            "order_approved", "order_rejected"} <= set(TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_mail_text_is_in_three_languages_with_the_same_placeholders(template):
    for part in ("subject", "body"):
        texts = catalogue()[f"mail.{template}.{part}"]
        assert set(texts) == {"sq", "sr", "en"}
        names = [set(re.findall(r"\{(\w+)\}", text)) for text in texts.values()]
        assert names[0] == names[1] == names[2], (template, part)
    assert placeholders(template) <= set(SAMPLE)


@pytest.mark.parametrize("language", ["sq", "sr", "en"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_a_mail_is_composed_in_the_recipients_language(template, language):
    params = {name: SAMPLE[name] for name in placeholders(template)}
    message = compose(template, language, "arta@example.org", **params)
    assert message.to == "arta@example.org"
    assert message.language == language
    assert "\n" not in message.subject and "{" not in message.subject
    assert message.text.startswith(GREETING[language])
    assert SIGNATURE[language] in message.text
    assert "{" not in message.text
    for other in {"sq", "sr", "en"} - {language}:
        assert GREETING[other] not in message.text
    for value in params.values():
        for paragraph in str(value).split("\n\n"):
            assert paragraph in message.text
    assert f'lang="{ {"sr": "sr-Latn"}.get(language, language)}"' in message.html


def test_the_reset_mail_says_how_long_the_link_works_and_links_it():
    message = compose("password_reset", "sr", "a@example.org", email="a@example.org",
                      link="https://x.example/#/reset-password?token=t0k", minutes=45)
    assert message.subject == "Resetujte lozinku za Banderola Inspect"
    assert "u roku od 45 minuta" in message.text
    assert "https://x.example/#/reset-password?token=t0k\n" in message.text
    assert ('<a href="https://x.example/#/reset-password?token=t0k">'
            "https://x.example/#/reset-password?token=t0k</a>") in message.html


def test_html_part_escapes_what_it_is_given():
    message = compose("registration_rejected", "en", "a@example.org",
                      company="Tregtia <script>x</script>", reasons="a & b")
    assert "<script>" not in message.html
    assert "Tregtia &lt;script&gt;x&lt;/script&gt;" in message.html
    assert "a &amp; b" in message.html
    assert "Tregtia <script>x</script>" in message.text  # the text part is plain text


def test_an_unknown_language_falls_back_to_english_and_a_missing_value_is_an_error():
    message = compose("password_reset", "de", "a@example.org", email="a@example.org",
                      link="https://x.example/", minutes=60)
    assert message.language == "en"
    with pytest.raises(KeyError):
        compose("password_reset", "sq", "a@example.org", email="a@example.org", minutes=60)
