"""The imaging messages exist in every language with the same placeholders."""

from __future__ import annotations

import string

from app.i18n import LANGUAGES
from app.imaging.messages import MESSAGES


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_in_every_language_with_the_same_placeholders():
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key
        assert len({frozenset(_placeholders(text)) for text in texts.values()}) == 1, key
