"""Message catalogues in Albanian, Serbian (Latin) and English, and language negotiation."""

from __future__ import annotations

from functools import cache, lru_cache

LANGUAGES = ("sq", "sr", "en")
DEFAULT_LANGUAGE = "en"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every `MESSAGES` dict of `app.messages` and `app.<capability>.messages`, merged."""
    from app.plugins import capability_modules, optional_import

    merged: dict[str, dict[str, str]] = {}
    for module in [optional_import("app.messages"), *capability_modules("messages")]:
        for key, texts in getattr(module, "MESSAGES", {}).items():
            if key in merged and merged[key] != texts:
                raise RuntimeError(f"message key {key!r} defined twice with different texts")
            merged[key] = texts
    return merged


def translate(key: str, lang: str | None = None, **params) -> str:
    texts = catalogue().get(key)
    if texts is None:
        return key
    text = texts.get(lang or DEFAULT_LANGUAGE) or texts[DEFAULT_LANGUAGE]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


@lru_cache(maxsize=512)  # a pure function of one header, which clients repeat on every request
def negotiate(accept_language: str | None) -> str:
    """The best of sq, sr, en for an Accept-Language header (`sr-Latn`, `sq-XK` match too)."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in {"hr", "bs", "sh", "cnr"}:  # mutually intelligible; we answer in Serbian
            primary = "sr"
        if primary in LANGUAGES and quality > 0:
            choices.append((-quality, position, primary))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the current request (`?lang=` wins over Accept-Language)."""
    from flask import has_request_context, request

    if not has_request_context():
        return DEFAULT_LANGUAGE
    environ = request.environ
    # The query string is parsed only when it may name a language: most requests carry none.
    if "lang=" in environ.get("QUERY_STRING", ""):
        explicit = request.args.get("lang")
        if explicit in LANGUAGES:
            return explicit
    return negotiate(environ.get("HTTP_ACCEPT_LANGUAGE"))
