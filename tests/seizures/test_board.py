"""The public board of current Notices of Seizure: privacy, escaping, valid HTML and Atom."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from app.api import Ready
from app.i18n import LANGUAGES
from app.seizures.board import NoticeEntry, public_entry, render_atom, render_html
from app.seizures.document_texts import text
from app.seizures.schemas import NoticesSchema

ATOM = "{http://www.w3.org/2005/Atom}"
GENERATED_AT = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
PERSON_NAME = "Arbër Gashi"
PERSON_PLACE = "Rr. Agim Ramadani 5"
COMPANY = 'Tregtia "Besa" <SH.P.K.> & Co'
VOID = {"meta", "link", "br", "hr", "img", "input"}


def natural_entry(**changes) -> NoticeEntry:
    entry = NoticeEntry(
        number="DK-2026-000123",
        seized_on=date(2026, 11, 2),
        municipality="Prishtinë",
        place=PERSON_PLACE,
        goods=[("Cigare pa pullë akcize", Decimal(50), "pack"), ("Raki 0,7 l", 12, "piece")],
        legal_basis=["Art. 251(5)", "Art. 300(1)"],
        review_deadline=date(2026, 12, 3),
        status="seized",
        owner_kind="natural",
        owner_name=PERSON_NAME,
    )
    return replace(entry, **changes)


def legal_entry(**changes) -> NoticeEntry:
    entry = natural_entry(
        number="DK-2026-000124",
        place="Magazina <Veri> & Jugu",
        goods=[("Duhan <i>i prerë</i>", Decimal("2.5"), "kg")],
        review_deadline=None,
        status="deemed_seized",
        owner_kind="legal",
        owner_name=COMPANY,
    )
    return replace(entry, **changes)


def test_the_board_answer_is_what_notices_schema_dumps(app):
    """GET /notices builds its answer `Ready` from `public_entry` and skips marshmallow's dump:
    it must have the values the documented schema gives (quantities as numbers, dates as text)."""
    entries = [natural_entry(), legal_entry(), legal_entry(goods=[("Verë", 6, "bottle")])]
    answer = {"notices": [public_entry(entry) for entry in entries]}
    by_schema = NoticesSchema().dump(answer)
    assert json.loads(app.json.dumps(Ready(answer))) == json.loads(app.json.dumps(by_schema))


class _TagBalance(HTMLParser):
    """Records every element left open or closed out of order."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.errors.append(tag)


def parse_html(page: str) -> _TagBalance:
    parser = _TagBalance()
    parser.feed(page)
    parser.close()
    return parser


def test_public_entry_hides_a_natural_person():
    shown = public_entry(natural_entry())
    dumped = json.dumps(shown, ensure_ascii=False)

    assert PERSON_NAME not in dumped
    assert PERSON_PLACE not in dumped
    assert shown["owner"] == {"kind": "natural", "name": None}
    assert shown["place"] == {"description": None, "municipality": "Prishtinë"}
    assert shown["number"] == "DK-2026-000123"
    assert shown["seized_on"] == "2026-11-02"
    assert shown["review_deadline"] == "2026-12-03"
    assert shown["goods"][0] == {
        "description": "Cigare pa pullë akcize",
        "quantity": 50,
        "unit": "pack",
    }


def test_public_entry_names_a_legal_person():
    shown = public_entry(legal_entry())
    assert shown["owner"] == {"kind": "legal", "name": COMPANY}
    assert shown["place"]["description"] == "Magazina <Veri> & Jugu"
    assert shown["goods"][0]["quantity"] == 2.5
    assert shown["review_deadline"] is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_is_complete_accessible_and_private(lang):
    page = render_html([natural_entry(), legal_entry()], lang, GENERATED_AT)
    parsed = parse_html(page)

    assert page.startswith("<!doctype html>")
    assert f'<html lang="{lang}">' in page
    assert '<meta name="viewport"' in page
    assert parsed.errors == [] and parsed.open == []
    assert ("link", {"rel": "stylesheet", "href": "/static/notices.css"}) in parsed.tags
    assert "<script" not in page and "<style" not in page and "style=" not in page
    assert "http://" not in page and "https://" not in page  # no external resources
    assert [tag for tag, _ in parsed.tags].count("h1") == 1
    assert PERSON_NAME not in page and PERSON_PLACE not in page
    assert text("board.owner_withheld", lang) in page
    assert text("board.title", lang) in page
    assert "291" in page and "30" in page  # how to request a review
    assert "DK-2026-000123" in page and "DK-2026-000124" in page


def test_html_escapes_hostile_text():
    page = render_html([legal_entry()], "en", GENERATED_AT)

    assert "Tregtia &quot;Besa&quot; &lt;SH.P.K.&gt; &amp; Co" in page
    assert "Magazina &lt;Veri&gt; &amp; Jugu" in page
    assert "Duhan &lt;i&gt;i prerë&lt;/i&gt;" in page
    assert "<SH.P.K.>" not in page and "<i>" not in page


def test_html_shows_dates_deadlines_and_an_empty_board():
    page = render_html([natural_entry(), legal_entry()], "sq", GENERATED_AT)
    assert '<time datetime="2026-12-03">03.12.2026</time>' in page
    assert text("board.review_deadline_unknown", "sq") in page
    assert "Konsiderohet i sekuestruar" in page  # a status in words, capitalised
    assert "50 pako" in page and "2,5 kg" in page

    empty = render_html([], "sr", GENERATED_AT)
    assert text("board.empty", "sr") in empty
    assert parse_html(empty).errors == []


def test_atom_is_valid_and_private():
    feed = render_atom([natural_entry(), legal_entry()], GENERATED_AT, "https://inspect.example/")
    root = ET.fromstring(feed.encode("utf-8"))

    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}id") == "tag:inspect.example,2026:notices"
    assert root.findtext(f"{ATOM}updated") == "2026-11-22T10:00:00Z"
    assert root.findtext(f"{ATOM}title")
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Kosovo Customs"
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == "https://inspect.example/notices.atom?lang=en"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert ids == [
        "tag:inspect.example,2026-11-02:notice:DK-2026-000123",
        "tag:inspect.example,2026-11-02:notice:DK-2026-000124",
    ]
    for entry in entries:
        assert entry.findtext(f"{ATOM}title").startswith("Notice of Seizure DK-2026-")
        assert entry.findtext(f"{ATOM}updated") == "2026-11-02T00:00:00Z"
        assert entry.find(f"{ATOM}content").get("type") == "text"
    assert "291" in root.findtext(f"{ATOM}subtitle")
    natural, legal = (entry.findtext(f"{ATOM}content") for entry in entries)
    assert PERSON_NAME not in feed and PERSON_PLACE not in feed
    assert text("board.owner_withheld", "en") in natural
    assert COMPANY in legal  # escaped in the XML, intact once parsed
    assert "Duhan <i>i prerë</i>" in legal


@pytest.mark.parametrize("lang", LANGUAGES)
def test_atom_in_each_language_parses(lang):
    feed = render_atom([legal_entry()], GENERATED_AT, "https://inspect.example", lang=lang)
    root = ET.fromstring(feed.encode("utf-8"))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert text("board.title", lang) in root.findtext(f"{ATOM}title")


@pytest.mark.parametrize(
    ("lang", "goods", "status"),
    [("en", "Raki 0,7 l — 12 pieces", "Status: Seized"),
     ("sq", "Raki 0,7 l — 12 copë", "Gjendja: Sekuestruar"),
     ("sr", "Raki 0,7 l — 12 komada", "Stanje: Zaplenjeno")],
)
def test_atom_says_quantities_and_statuses_in_words(lang, goods, status):
    """Issue 18: "12 bottle", "1 pcs" and "Status: seized" read as codes, not words."""
    feed = render_atom([natural_entry(goods=[("Raki 0,7 l", 12, "piece"), ("Verë", 1, "bottle")])],
                       GENERATED_AT, "https://inspect.example", lang=lang)
    content = ET.fromstring(feed.encode("utf-8")).find(f"{ATOM}entry/{ATOM}content").text
    assert goods in content and status in content.splitlines()
    assert {"en": "1 bottle", "sq": "1 shishe", "sr": "1 flaša"}[lang] in content


def test_control_characters_cannot_break_the_feed_or_the_page():
    hostile = legal_entry(owner_name="Besa\x0b\x00 <b>SH.P.K.</b>", number="DK 2026/1\x1f")
    feed = render_atom([hostile], GENERATED_AT, "https://inspect.example")
    root = ET.fromstring(feed.encode("utf-8"))
    assert "Besa <b>SH.P.K.</b>" in root.find(f"{ATOM}entry").findtext(f"{ATOM}content")
    page = render_html([hostile], "en", GENERATED_AT)
    assert "\x0b" not in page and "\x00" not in page
    assert 'id="notice-DK-2026-1-"' in page  # an id without spaces or slashes


def test_an_unsupported_language_is_refused():
    with pytest.raises(ValueError):
        render_html([], "de", GENERATED_AT)
    with pytest.raises(ValueError):
        render_atom([], GENERATED_AT, "https://inspect.example", lang="de")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Status: Returned"), ("sq", "Gjendja: I kthyer"), ("sr", "Stanje: Vraćeno")],
)
def test_a_notice_still_current_after_a_return_on_payment_says_so_in_words(lang, expected):
    """Art. 251(8): returned on payment while a review may be brought; never the code."""
    entry = replace(natural_entry(), status="returned")
    feed = render_atom([entry], GENERATED_AT, "https://inspect.example", lang=lang)
    content = ET.fromstring(feed.encode("utf-8")).find(f"{ATOM}entry/{ATOM}content").text
    assert expected in content.splitlines()
    if lang != "en":
        assert "returned" not in render_html([entry], lang, GENERATED_AT).split("<body", 1)[1]
