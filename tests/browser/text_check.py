"""What a screen shows in Albanian or Serbian must read as Albanian or Serbian: no English sentence
of the app's or the server's catalogues, no raw message key, code, slug (a municipality's
included), enum value shown as a word ("held"), JSON, ISO date or "undefined". Any browser test
can call `unreadable_text(page, lang)` on the screen it has drawn, or `assert_readable(page,
lang, screen_name)`; `unreadable(text, lang, strings)` checks any other text (an Atom feed).

The rendered text is `document.body.innerText` (what a person sees, CSS text-transform included,
so English is matched ignoring case). English texts are those of the PWA's catalogue
(`pwa/js/i18n.js`, read from the running app) and of the server's (`app.i18n.catalogue()`) that
differ from the language's own text for the same key.
"""

from __future__ import annotations

import re
from functools import cache

from playwright.sync_api import Page

from app.custody.rules import FINAL_STATUSES
from app.geo.gazetteer import municipalities
from app.i18n import catalogue
from app.seizures import rules as seizure_rules

COLUMN = {"en": 0, "sq": 1, "sr": 2}
_PLACEHOLDER = re.compile(r"\{\w+\}")
_WORD = re.compile(r"[^\W\d_]{2,}")

# Shapes that are never words for people.
_SHAPES = {
    # Not the local part of an e-mail address ("walk-4b57@dogana.example").
    "slug": re.compile(r"(?<![\w@./-])(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w@-])"),
    "code": re.compile(r"(?<![\w@./-])[a-z]+(?:_[a-z]+)+(?![\w-])"),
    "JSON": re.compile(r"\{\s*\"|\[object Object\]"),
    "ISO date": re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\d{2}:\d{2}:\d{2}|T\d{2}:\d{2}"),
    # Repeated too: two empty parts appended side by side read "nullnull".
    "not a value": re.compile(r"\b(?:undefined|null|NaN|Infinity)+\b"),
}


# Albanian inflects a loanword after a hyphen ("email-it", "PDF-në"): a word, not a slug.
_ALBANIAN_ENDING = re.compile(r"-(?:i|in|it|ja|në|së|të|ve)$")
# Values of the API's enums that read as English words ("held", "seized", "bottle"): shown alone
# on a line, after a label's colon or before " · ", they are a code, not a word of sq or sr.
_ENUM_WORDS = sorted({
    *FINAL_STATUSES, "issued", "held", "detained", "seized", "returned", "disposed",
    *(value for enum in (seizure_rules.Status, seizure_rules.Outcome, seizure_rules.ReviewOutcome,
                         seizure_rules.Level, seizure_rules.Method) for value in enum
      if "_" not in value),
    "goods", "vehicle", "container", "packing", "piece", "pack", "carton", "bottle",
    "genuine", "suspicious", "invalid",
})
_ENUM = re.compile(rf"(?:^|: )(?:{'|'.join(_ENUM_WORDS)})(?=$| ·|,)", re.MULTILINE)


@cache
def _municipality_slugs() -> re.Pattern:
    """A municipality's slug written where its name belongs ("prishtine", "peje")."""
    slugs = "|".join(sorted((m.slug for m in municipalities()), key=len, reverse=True))
    return re.compile(rf"(?<![\w@./-])(?:{slugs})(?![\w-])")


def _texts(entry) -> list[str]:
    """A catalogue entry's texts: one string, or the plural forms of one."""
    if isinstance(entry, dict):
        return [text for text in entry.values() if text]
    return [entry] if entry else []


@cache
def _server_pairs(lang: str) -> tuple[tuple[str, str], ...]:
    """(key, English text) of the server's messages whose text in `lang` is not the same."""
    pairs = []
    for key, texts in catalogue().items():
        english = texts.get("en")
        if english and english != texts.get(lang):
            pairs.append((key, english))
    return tuple(pairs)


def _app_pairs(strings: dict, lang: str) -> list[tuple[str, str]]:
    """(key, English text) of the app's strings whose text in `lang` is not the same."""
    pairs = []
    for key, columns in strings.items():
        own = set(_texts(columns[COLUMN[lang]]))
        pairs.extend((key, english) for english in _texts(columns[0]) if english not in own)
    return pairs


@cache
def _pattern(english: str) -> re.Pattern | None:
    """A text with placeholders as a pattern: a sentence (three words or more) is found anywhere,
    a label only as a whole line (a short word may be the same in another language); None when
    nothing of it is words, or only a short word or two between values."""
    literal = _PLACEHOLDER.split(english)
    found = [word for part in literal for word in _WORD.findall(part)]
    words = len(found)
    if not words:
        return None
    if words < 3 and "{" in english and max(len(word) for word in found) < 3:
        # "{first} to {last}, {date}": one short word between values matches any sentence of
        # any language that has it ("… drugog. To samo …"); nothing of it tells English apart.
        return None
    body = r"[^\n]+?".join(re.escape(part) for part in literal)
    if words >= 3:
        return re.compile(body, re.IGNORECASE)
    return re.compile(rf"^[ \t]*{body}[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _key_pattern(keys) -> re.Pattern:
    prefixes = sorted({key.split(".", 1)[0] for key in keys if "." in key}, key=len, reverse=True)
    alternatives = "|".join(re.escape(prefix) for prefix in prefixes)
    return re.compile(
        rf"(?<![\w@/])(?:(?:{alternatives})\.[A-Za-z_][\w-]*"
        r"|[a-z]{2,}\.[a-z_]{2,}\.[A-Za-z_]{2,})"
    )


def page_strings(page: Page) -> dict:
    """The PWA's whole catalogue as the app has it (a built app loads the strings of the later
    screens on demand: loaded first). Read in the app: on another page (the server's board) a
    built app's /js/i18n.js has no app to take its instance from, so the app is opened aside."""
    script = """() => import('/js/i18n.js').then(async (m) => {
        await m.loadAllStrings?.();
        return m.STRINGS;
    })"""
    if page.evaluate("() => !!document.documentElement.dataset.ready"):
        return page.evaluate(script)
    app = page.context.new_page()
    try:
        app.goto("/")
        app.wait_for_selector("html[data-ready]")
        return app.evaluate(script)
    finally:
        app.close()


def unreadable_text(page: Page, lang: str, allow: tuple[str, ...] = ()) -> list[str]:
    """Every problem in the text the page shows now, as 'kind: excerpt'; `allow` lists exact
    substrings to ignore (e.g. an example typed into a hint)."""
    text = page.evaluate("() => document.body.innerText")
    strings = page_strings(page) if lang != "en" else {}
    return unreadable(text, lang, strings, allow)


def unreadable(text: str, lang: str, strings: dict, allow: tuple[str, ...] = ()) -> list[str]:
    """The problems of any text in `lang` (`strings`: the PWA's catalogue, as the page has it)."""
    for allowed in allow:
        text = text.replace(allowed, " ")
    problems = []
    if lang != "en":
        pairs = [*_app_pairs(strings, lang), *_server_pairs(lang)]
        for key, english in pairs:
            pattern = _pattern(english)
            found = pattern.search(text) if pattern else None
            if found:
                problems.append(f"English ({key}): {found.group(0).strip()!r}")
        keys = _key_pattern([*strings, *catalogue()])
        problems.extend(f"message key: {m.group(0)!r}" for m in keys.finditer(text))
        problems.extend(f"code: {m.group(0)!r}" for m in _ENUM.finditer(text))
    for kind, pattern in _SHAPES.items():
        if kind == "slug" and lang == "en":
            continue  # English writes compounds so: "sign-in", "frontier-zone"
        problems.extend(f"{kind}: {m.group(0)!r}" for m in pattern.finditer(text)
                        if not (kind == "slug" and lang == "sq" and _ALBANIAN_ENDING.search(m[0])))
    problems.extend(f"slug: {m.group(0)!r}" for m in _municipality_slugs().finditer(text))
    return problems


def assert_readable(page: Page, lang: str, screen: str, allow: tuple[str, ...] = ()) -> None:
    problems = unreadable_text(page, lang, allow)
    assert not problems, f"{screen} in {lang}: " + "; ".join(problems)
