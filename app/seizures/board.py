"""The public board of current Notices of Seizure (Art. 251(7)-(8)): JSON, HTML page, Atom feed.

It takes plain data (`NoticeEntry`) and never shows a natural person's name or address: for a
natural owner neither the name nor the place description (which may be a home) is published.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from html import escape
from urllib.parse import quote, urlsplit

from app.i18n import LANGUAGES, format_quantity
from app.seizures.document_texts import (
    LANGUAGE_NAMES,
    REPUBLIC,
    format_article,
    format_date,
    format_datetime,
    label,
    text,
)

STYLESHEET = "/static/notices.css"
# Characters XML 1.0 forbids; a hostile or garbled name must not break the feed or the page.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_ANCHOR = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class NoticeEntry:
    """One current Notice of Seizure; `goods` holds (description, quantity, unit) triples.

    `owner_kind` is `natural` or `legal`; `review_deadline` is None until the notice is received;
    `updated_at` (default: `seized_on` at midnight UTC) is the entry's time in the Atom feed.
    """

    number: str
    seized_on: date
    municipality: str | None
    place: str | None
    goods: Sequence[tuple[str, Decimal | int, str]]
    legal_basis: Sequence[str]
    review_deadline: date | None
    status: str
    owner_kind: str
    owner_name: str | None
    updated_at: datetime | None = None


def _clean(document: str) -> str:
    """The document without the characters XML 1.0 forbids (escaping leaves them in place)."""
    return _NOT_XML.sub("", document)


def _is_legal(entry: NoticeEntry) -> bool:
    return entry.owner_kind == "legal"


def _json_number(value: Decimal | int) -> int | float:
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else float(number)


def public_entry(entry: NoticeEntry) -> dict:
    """The entry as GET /api/v1/notices shows it: no natural person's name, address or place."""
    legal = _is_legal(entry)
    return {
        "number": entry.number,
        "seized_on": entry.seized_on.isoformat(),
        "place": {
            "description": entry.place if legal else None,
            "municipality": entry.municipality,
        },
        "goods": [
            {"description": description, "quantity": _json_number(quantity), "unit": unit}
            for description, quantity, unit in entry.goods
        ],
        "legal_basis": list(entry.legal_basis),
        "review_deadline": entry.review_deadline.isoformat() if entry.review_deadline else None,
        "status": entry.status,
        "owner": {"kind": entry.owner_kind, "name": entry.owner_name if legal else None},
    }


def _anchor(number: str) -> str:
    return "notice-" + _NOT_ANCHOR.sub("-", number)


@dataclass(frozen=True, slots=True)
class _Row:
    """An entry's public facts as display strings in one language, not yet escaped."""

    number: str
    anchor: str
    seized_iso: str
    seized_on: str
    place: str
    owner: str
    goods: list[str]
    legal_basis: str
    deadline_iso: str | None
    deadline: str
    status: str


def _row(entry: NoticeEntry, lang: str) -> _Row:
    legal = _is_legal(entry)
    place = (entry.place if legal else None, entry.municipality)
    deadline = entry.review_deadline
    return _Row(
        number=entry.number,
        anchor=_anchor(entry.number),
        seized_iso=entry.seized_on.isoformat(),
        seized_on=format_date(entry.seized_on, lang),
        place=", ".join(part for part in place if part),
        owner=(entry.owner_name or "") if legal else text("board.owner_withheld", lang),
        goods=[
            f"{description} — {format_quantity(quantity, unit, lang)}"
            for description, quantity, unit in entry.goods
        ],
        legal_basis="; ".join(format_article(ref, lang) for ref in entry.legal_basis),
        deadline_iso=deadline.isoformat() if deadline else None,
        deadline=(
            format_date(deadline, lang) if deadline else text("board.review_deadline_unknown", lang)
        ),
        # A word in a field of its own, capitalised: "Status: Seized", never the code "seized".
        status=_capitalised(label("status", entry.status, lang)),
    )


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


_PAGE_LABELS = ("customs", "title", "intro", "review", "review_text", "language", "feeds")
_PAGE_LABELS += ("skip", "law")


def _labels(lang: str) -> dict[str, str]:
    keys = {
        "customs": "customs",
        "title": "board.title",
        "intro": "board.intro",
        "review": "board.review",
        "review_text": "board.review.text",
        "seized_on": "seizure.seized_on",
        "place": "place",
        "owner": "board.owner",
        "goods": "goods_short",
        "legal_basis": "legal_basis",
        "deadline": "board.review_deadline",
        "status": "board.status",
        "empty": "board.empty",
        "language": "board.language",
        "feeds": "board.feeds",
        "skip": "board.skip",
        "law": "law",
        "notice": "title.seizure-notice",
    }
    return {name: text(key, lang) for name, key in keys.items()}


# The page around the notices; every value put in it is escaped first. Built with str.format
# rather than a template engine, which takes far longer over thousands of notices
# (docs/documents.md).
_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {customs}</title>
<link rel="stylesheet" href="{stylesheet}">
<link rel="alternate" type="application/atom+xml" href="/notices.atom?lang={lang}" title="Atom">
<link rel="alternate" type="application/json" href="/api/v1/notices" title="JSON">
</head>
<body>
<a class="skip" href="#notices">{skip}</a>
<header class="masthead">
<p class="state">{republic}</p>
<p class="agency">{customs}</p>
<h1>{title}</h1>
<nav aria-label="{language}">
<ul class="languages">
{languages}</ul>
</nav>
</header>
<main>
<p class="intro">{intro}</p>
<section class="review" aria-labelledby="review-heading">
<h2 id="review-heading">{review}</h2>
<p>{review_text}</p>
</section>
<p class="meta"><time datetime="{generated_iso}">{updated}</time> · {count}</p>
<section id="notices" aria-labelledby="notices-heading">
<h2 id="notices-heading">{title}</h2>
{notices}
</section>
</main>
<footer>
<p>{law}</p>
<p class="feeds">{feeds}: <a href="/notices.atom?lang={lang}" type="application/atom+xml">Atom</a>
· <a href="/api/v1/notices" type="application/json">JSON</a></p>
</footer>
</body>
</html>
"""


def _html_field(name: str, value: str) -> str:
    return f"<div><dt>{name}</dt><dd>{value}</dd></div>"


def _html_notice(row: _Row, labels: dict[str, str]) -> str:
    """One notice as an <li>; `labels` are already escaped, the row's values are escaped here."""
    deadline = escape(row.deadline)
    if row.deadline_iso:
        deadline = f'<time datetime="{row.deadline_iso}">{deadline}</time>'
    goods = "".join(f"<li>{escape(line)}</li>" for line in row.goods)
    fields = (
        _html_field(
            labels["seized_on"], f'<time datetime="{row.seized_iso}">{row.seized_on}</time>'
        ),
        _html_field(labels["place"], escape(row.place)),
        _html_field(labels["owner"], escape(row.owner)),
        _html_field(labels["goods"], f"<ul>{goods}</ul>"),
        _html_field(labels["legal_basis"], escape(row.legal_basis)),
        _html_field(labels["deadline"], deadline),
        _html_field(labels["status"], escape(row.status)),
    )
    return (
        f'<li id="{row.anchor}"><article aria-labelledby="{row.anchor}-title">'
        f'<h3 id="{row.anchor}-title">{labels["notice"]} {escape(row.number)}</h3>'
        f"<dl>{''.join(fields)}</dl></article></li>\n"
    )


def _html_languages(lang: str) -> str:
    links = []
    for code, name in LANGUAGE_NAMES.items():
        current = ' aria-current="page"' if code == lang else ""
        links.append(
            f'<li><a href="/notices?lang={code}" hreflang="{code}" lang="{code}"{current}>'
            f"{escape(name)}</a></li>\n"
        )
    return "".join(links)


def render_html(entries: Sequence[NoticeEntry], lang: str, generated_at: datetime) -> str:
    """The board as a complete HTML page in `lang`, styled by /static/notices.css (no script)."""
    _check_language(lang)
    labels = {name: escape(value) for name, value in _labels(lang).items()}
    if entries:
        items = "".join(_html_notice(_row(entry, lang), labels) for entry in entries)
        notices = f'<ol class="notices">\n{items}</ol>'
    else:
        notices = f'<p class="empty">{labels["empty"]}</p>'
    page = _PAGE.format(
        lang=lang,
        stylesheet=STYLESHEET,
        republic=escape(REPUBLIC),
        languages=_html_languages(lang),
        generated_iso=_rfc3339(generated_at),
        updated=escape(text("board.updated", lang, at=format_datetime(generated_at, lang))),
        count=escape(text("board.count", lang, count=len(entries))),
        notices=notices,
        **{name: labels[name] for name in _PAGE_LABELS},
    )
    return _clean(page)


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")


def _rfc3339(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _atom_entry(
    entry: NoticeEntry, labels: dict[str, str], lang: str, base_url: str, host: str
) -> str:
    shown = _row(entry, lang)
    updated = entry.updated_at or datetime.combine(entry.seized_on, time(), tzinfo=UTC)
    facts = "\n".join(
        (
            f"{labels['seized_on']}: {shown.seized_on}",
            f"{labels['place']}: {shown.place}",
            f"{labels['owner']}: {shown.owner}",
            f"{labels['goods']}: " + "; ".join(shown.goods),
            f"{labels['legal_basis']}: {shown.legal_basis}",
            f"{labels['deadline']}: {shown.deadline}",
            f"{labels['status']}: {shown.status}",
        )
    )
    title = f"{labels['notice']} {entry.number}"
    if entry.municipality:
        title += f" – {entry.municipality}"
    tag = f"tag:{host},{entry.seized_on.isoformat()}:notice:{quote(entry.number, safe='-._~')}"
    link = f"{base_url}/notices?lang={lang}#{shown.anchor}"
    return (
        "<entry>"
        f"<id>{escape(tag)}</id>"
        f"<title>{escape(title)}</title>"
        f"<updated>{_rfc3339(updated)}</updated>"
        f'<link rel="alternate" type="text/html" href="{escape(link)}"/>'
        f'<content type="text">{escape(facts)}</content>'
        "</entry>\n"
    )


def render_atom(
    entries: Sequence[NoticeEntry], generated_at: datetime, base_url: str, lang: str = "en"
) -> str:
    """The board as an Atom 1.0 feed (RFC 4287), one entry per notice, ids as tag: URIs."""
    _check_language(lang)
    base_url = base_url.rstrip("/")
    host = urlsplit(base_url).hostname or "localhost"
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">\n'
        f"<id>tag:{escape(host)},2026:notices</id>\n"
        f"<title>{escape(text('board.title', lang))} · {escape(text('customs', lang))}</title>\n"
        f"<subtitle>{escape(text('board.review.text', lang))}</subtitle>\n"
        f"<updated>{_rfc3339(generated_at)}</updated>\n"
        f"<author><name>{escape(text('customs', lang))}</name></author>\n"
        f'<link rel="self" type="application/atom+xml" '
        f'href="{escape(base_url)}/notices.atom?lang={lang}"/>\n'
        f'<link rel="alternate" type="text/html" href="{escape(base_url)}/notices?lang={lang}"/>\n'
    )
    labels = _labels(lang)
    body = "".join(_atom_entry(entry, labels, lang, base_url, host) for entry in entries)
    return _clean(head + body + "</feed>\n")
