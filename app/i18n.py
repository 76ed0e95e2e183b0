"""Message catalogues in Albanian, Serbian (Latin) and English, language negotiation, and
dates, numbers, plural forms and quantities written as each language writes them."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

LANGUAGES = ("sq", "sr", "en")
DEFAULT_LANGUAGE = "en"
KOSOVO = ZoneInfo("Europe/Belgrade")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
           "tetor", "nëntor", "dhjetor"),
}
# Grouping and decimal marks (CLDR): Albanian groups with a narrow no-break space, Serbian with
# a dot; both write the decimal comma.
_SEPARATORS = {"en": (",", "."), "sq": ("\u202f", ","), "sr": (".", ",")}
_SENTENCE_AFTER_DATE = re.compile(r"(\d{4}\.)\.")


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
    """The message `key` in `lang` with `params` filled in; dates and decimal numbers among them
    are written as the language writes them (`localised`), never as ISO dates."""
    texts = catalogue().get(key)
    if texts is None:
        return key
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    try:
        filled = text.format(**localised(params, lang))
    except (KeyError, IndexError, ValueError):
        return text
    # A Serbian date ends with a full stop ("20. 11. 2026."): it ends the sentence too.
    return _SENTENCE_AFTER_DATE.sub(r"\1", filled) if lang == "sr" else filled


def localised(params: dict, lang: str) -> dict:
    """`params` for a text in `lang`: dates and times (Kosovo time) as `format_date` and
    `format_datetime` write them, decimals and floats as `format_number` (sums in euros, named
    `*_eur`, with two decimals); anything else as it is (whole numbers stay plain: they are
    counts and days)."""
    shown = {}
    for name, value in params.items():
        if isinstance(value, dt.datetime):
            value = format_datetime(value, lang)
        elif isinstance(value, dt.date):
            value = format_date(value, lang)
        elif isinstance(value, Decimal | float):
            value = format_number(value, lang, 2 if name.endswith("_eur") else None)
        shown[name] = value
    return shown


@lru_cache(maxsize=4096)
def format_date(value: dt.date, lang: str) -> str:
    """A calendar date as the language writes it in running text: "25 nëntor 2026",
    "25. 11. 2026.", "25 November 2026" (as the PWA shows dates)."""
    if lang == "sr":
        return f"{value.day}. {value.month}. {value.year}."
    months = _MONTHS["sq" if lang == "sq" else "en"]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_datetime(value: dt.datetime, lang: str) -> str:
    """An instant as its date and time of day in Kosovo: "25 nëntor 2026, 14:05"."""
    local = value.astimezone(KOSOVO) if value.tzinfo else value
    return f"{format_date(local.date(), lang)}, {local:%H:%M}"


def format_number(value: Decimal | float | int, lang: str, places: int | None = None) -> str:
    """A number with the language's grouping and decimal marks: 1,750.5 / 1 750,5 / 1.750,5;
    `places` fixes the decimals (money: 2), else trailing zeros are dropped."""
    number = Decimal(str(value))
    if places is None:
        number = number.normalize()
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))
        rendered = f"{number:,f}"
    else:
        rendered = f"{number:,.{places}f}"
    group, decimal = _SEPARATORS.get(lang, _SEPARATORS[DEFAULT_LANGUAGE])
    return rendered.replace(",", "\0").replace(".", decimal).replace("\0", group)


def plural_form(count: Decimal | float | int, lang: str) -> str:
    """The CLDR plural category of `count` in `lang`: English and Albanian `one`/`other`,
    Serbian `one`/`few`/`other` (1 flaša, 2 flaše, 5 flaša, 21 flaša, 240 flaša, 1,5 flaša)."""
    number = Decimal(str(count)).normalize()
    if lang != "sr":
        return "one" if number == 1 else "other"
    digits = f"{abs(number):f}"
    whole, _, fraction = digits.partition(".")
    i, f = int(whole), int(fraction or 0)
    for form, low, high in (("one", 1, 1), ("few", 2, 4)):
        integer_rule = not fraction and low <= i % 10 <= high and not 11 <= i % 100 <= 14
        fraction_rule = fraction and low <= f % 10 <= high and not 11 <= f % 100 <= 14
        if integer_rule or fraction_rule:
            return form
    return "other"


def format_quantity(quantity: Decimal | float | int, unit: str, lang: str) -> str:
    """"240 bottles", "240 shishe", "240 flaša": a quantity with its unit as a word in the right
    plural form (the catalogue's `units.<unit>.<form>`); an unknown unit follows the number."""
    key = f"units.{unit}.{plural_form(quantity, lang)}"
    if key not in catalogue():
        return f"{format_number(quantity, lang)} {unit}"
    return translate(key, lang, count=format_number(quantity, lang))


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
