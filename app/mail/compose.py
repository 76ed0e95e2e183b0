"""A mail as a value, and composing one from the catalogue (`app/mail/messages.py`) in the
recipient's language: subject, plain text and the same text as simple HTML."""

from __future__ import annotations

import html
import re
import string
from dataclasses import dataclass

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, catalogue

_HTML_LANG = {"sq": "sq", "sr": "sr-Latn", "en": "en"}
_LINK = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Message:
    """What one recipient reads: the address, the language it is written in, the subject and
    the body as text and (optionally) as HTML."""

    to: str
    language: str
    subject: str
    text: str
    html: str | None = None


def compose(template: str, language: str | None, to: str, **params: object) -> Message:
    """The mail `template` (`password_reset`, `registration_approved`, ...) for `to`, in
    `language` (English when it is none of sq, sr, en).

    Its texts are the catalogue's `mail.<template>.subject` and `mail.<template>.body`; every
    placeholder they name must be in `params` (KeyError otherwise: a mail is never sent with a
    `{link}` left in it). The HTML part is the text's paragraphs, escaped, with its links made
    clickable.
    """
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    subject = _fill(f"mail.{template}.subject", language, params)
    text = _fill(f"mail.{template}.body", language, params)
    return Message(
        to=to,
        language=language,
        subject=" ".join(subject.split()),  # one line, whatever a parameter held
        text=text,
        html=_as_html(text, subject, language),
    )


def placeholders(template: str) -> set[str]:
    """The parameters a template needs, in any of its languages."""
    names: set[str] = set()
    for part in ("subject", "body"):
        for text in catalogue()[f"mail.{template}.{part}"].values():
            names.update(name for _, name, _, _ in string.Formatter().parse(text) if name)
    return names


def _fill(key: str, language: str, params: dict) -> str:
    texts = catalogue()[key]
    return texts[language].format_map(params)


def _as_html(text: str, subject: str, language: str) -> str:
    paragraphs = []
    for block in text.strip().split("\n\n"):
        lines = [_linked(html.escape(line)) for line in block.splitlines()]
        paragraphs.append(f"<p>{'<br>'.join(lines)}</p>")
    return (
        f'<!doctype html>\n<html lang="{_HTML_LANG[language]}">\n<head><meta charset="utf-8">'
        f"<title>{html.escape(subject)}</title></head>\n"
        f'<body style="font-family: sans-serif; line-height: 1.5">\n'
        + "\n".join(paragraphs)
        + "\n</body>\n</html>\n"
    )


def _linked(escaped_line: str) -> str:
    # The text was escaped first, so a link's `&` reads `&amp;` in both the href and the words,
    # which is what HTML wants.
    return _LINK.sub(lambda match: f'<a href="{match[0]}">{match[0]}</a>', escaped_line)
