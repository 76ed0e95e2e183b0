"""The case PDFs: the elements the law requires, in each language, read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pypdf
import pytest

from app.i18n import LANGUAGES
from app.seizures.document_texts import REPUBLIC, format_date, format_number, text
from app.seizures.documents import (
    FONT_DIR,
    RENDERERS,
    CaseDocumentData,
    Decision,
    Extension,
    Item,
    Office,
    Officer,
    Owner,
    Photo,
    Place,
    ReviewDecision,
    render,
    render_extension_notice,
    render_seizure_notice,
)

# Letters of Albanian and Serbian Latin that a PDF without an embedded Unicode font would lose.
LETTERS = "ë Ë ç Ç š Š č Č ć Ć ž Ž đ Đ"
PHOTO_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
THIRTY_DAYS = {"sq": "30 ditëve", "sr": "30 dana", "en": "30 days"}


def case_data(**changes) -> CaseDocumentData:
    data = CaseDocumentData(
        number="DK-2026-000123",
        detained_on=date(2026, 10, 1),
        place=Place("Market Viva, Rr. Nëna Terezë 12", "Prishtinë"),
        owner=Owner(
            kind="natural",
            name="Arbër Gashi",
            address="Rr. Agim Ramadani 5, Prishtinë",
            email="arber@example.com",
            agent="Đorđe Šćepanović",
        ),
        items=[
            Item("goods", "Cigare Marlboro Gold", 50, "pack", Decimal("175.00"), unmarked=True),
            Item(
                "goods",
                f"Raki rrushi {LETTERS}",
                12,
                "piece",
                Decimal("96.50"),
                serials=["KS1A00000001", "KS1A00000002"],
            ),
            Item(
                "goods",
                "Duhan për llullë",
                7,
                "carton",
                Decimal("500"),
                serials=[f"KS1B{n:08d}" for n in range(12)],
                perishable=True,
            ),
            Item("vehicle", "Furgon VW Caddy 01-234-AB", 1, "piece", Decimal("8500")),
        ],
        officers=[Officer("Blerina Krasniqi", "D-1042"), Officer("Miloš Jovanović", "D-2077")],
        legal_basis=["Art. 300(1)", "Art. 251(1)"],
        issued_on=date(2026, 11, 2),
        detention_ends_on=date(2026, 10, 31),
        extensions=[
            Extension(
                30, "Čekamo laboratorijsku analizu uzoraka.", date(2026, 10, 20), date(2026, 11, 30)
            ),
        ],
        decision=Decision("seize", "Mallrat nuk kanë pulla të vlefshme akcize.", date(2026, 11, 2)),
        seized_on=date(2026, 11, 2),
        notice_received_on=date(2026, 11, 3),
        review_request_due_on=date(2026, 12, 3),
        photos=[Photo(PHOTO_SHA256, datetime(2026, 10, 1, 9, 30, tzinfo=UTC))],
        office=Office(
            "Dogana e Kosovës, Sektori i rishqyrtimit", "Prishtinë", "rishqyrtim@dogana.example"
        ),
        generated_at=datetime(2026, 11, 22, 10, 15, tzinfo=UTC),
        review=ReviewDecision(
            "seizure", date(2026, 11, 10), date(2026, 11, 20), "upheld",
            "Mallrat nuk kishin banderola; kërkesa nuk sjell fakte të reja.",
            date(2026, 11, 21), date(2026, 12, 21),
        ),
    )
    return replace(data, **changes)


def squash(value: str) -> str:
    """Every run of whitespace (a line break, a no-break space) made one space."""
    return re.sub(r"\s+", " ", value)


def pdf_text(pdf: bytes) -> str:
    """All pages' text, squashed so that wrapped lines join."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return squash(" ".join(page.extract_text() for page in reader.pages))


ALL = [(name, lang) for name in RENDERERS for lang in LANGUAGES]


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_every_document_has_the_common_header_and_the_goods(name, lang):
    data = case_data()
    pdf = render(name, data, lang)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    content = pdf_text(pdf)

    assert REPUBLIC in content
    assert text("customs", lang) in content
    assert text(f"title.{name}", lang) in content
    assert f"{text('case_number', lang)}: DK-2026-000123" in content
    assert format_date(data.issued_on, lang) in content
    for item in data.items:
        assert item.description in content
    assert f"Raki rrushi {LETTERS}" in content  # the letters round-trip exactly
    assert text("page", lang, page=pages, pages=pages) in content


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_the_same_data_gives_the_same_bytes(name, lang):
    first = render(name, case_data(), lang)
    assert render(name, case_data(), lang) == first
    later = case_data(generated_at=datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    assert render(name, later, lang) != first


def test_the_creation_date_comes_from_the_data():
    data = case_data()
    reader = pypdf.PdfReader(io.BytesIO(render("receipt", data, "en")))
    assert reader.metadata.creation_date == data.generated_at
    assert "Generated at 22 November 2026 10:15 UTC" in pdf_text(render("receipt", data, "en"))


def test_without_generated_at_the_issue_date_is_used():
    data = case_data(generated_at=None)
    reader = pypdf.PdfReader(io.BytesIO(render("receipt", data, "en")))
    assert reader.metadata.creation_date == datetime(2026, 11, 2, tzinfo=UTC)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_seizure_record_describes_goods_people_place_and_photos(lang):
    """Art. 284(4): detailed description of the goods; Art. 271(1): record of items removed."""
    data = case_data()
    content = pdf_text(render("seizure-record", data, lang))

    assert "284(4)" in content and "271(1)" in content and "251(11)" in content
    assert "Market Viva, Rr. Nëna Terezë 12, Prishtinë" in content
    assert format_date(data.detained_on, lang) in content
    assert "Blerina Krasniqi" in content and "Miloš Jovanović" in content
    assert "Arbër Gashi" in content and "Rr. Agim Ramadani 5, Prishtinë" in content
    assert text("owner", lang) in content
    assert "300(1)" in content
    assert text("unmarked", lang) in content
    assert text("kind.vehicle", lang) in content
    assert "KS1A00000001" in content
    assert "KS1B00000011" in content  # a long serial list is printed in full below the table
    assert format_number(Decimal("96.50"), lang, places=2) in content
    assert squash(format_number(Decimal("9271.50"), lang, places=2)) in content  # the total
    assert PHOTO_SHA256 in content


@pytest.mark.parametrize("lang", LANGUAGES)
def test_receipt_says_what_was_taken_by_whom_and_how_to_enquire(lang):
    content = pdf_text(render("receipt", case_data(), lang))

    assert "Arbër Gashi" in content
    assert "Blerina Krasniqi" in content
    assert format_date(date(2026, 10, 1), lang) in content
    assert text("enquiries", lang) in content
    assert "rishqyrtim@dogana.example" in content
    assert content.count("DK-2026-000123") >= 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_extension_notice_gives_the_new_end_the_reasons_and_the_rights(lang):
    content = pdf_text(render("extension-notice", case_data(), lang))

    assert format_date(date(2026, 11, 30), lang) in content
    assert "Čekamo laboratorijsku analizu uzoraka." in content
    assert "251(2)" in content and "251(2)(b)" in content
    assert "291" in content and THIRTY_DAYS[lang] in content
    assert "Đorđe Šćepanović" in content  # the agent (Art. 251(6)(b))


def test_extension_notice_lists_earlier_extensions():
    first = Extension(20, "Analiza e parë.", date(2026, 10, 20), date(2026, 11, 20))
    second = Extension(25, "Analiza e dytë.", date(2026, 11, 15), date(2026, 12, 15))
    content = pdf_text(render("extension-notice", case_data(extensions=[first, second]), "en"))
    assert "Analiza e dytë." in content
    assert "20 October 2026: 20 days, until 20 November 2026" in content


def test_extension_notice_needs_an_extension():
    with pytest.raises(ValueError):
        render_extension_notice(case_data(extensions=()), "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_seizure_notice_states_grounds_review_right_and_due_date(lang):
    """Art. 251(5) reasons, Art. 12(3) grounds and the Art. 291 review in 30 days."""
    data = case_data()
    content = pdf_text(render("seizure-notice", data, lang))

    assert "Mallrat nuk kanë pulla të vlefshme akcize." in content
    assert "251(5)(a)" in content and "12(3)" in content
    assert "291(1)" in content and "291(2)" in content and THIRTY_DAYS[lang] in content
    assert "291(5)" in content  # then the appeal to the Independent Review Board
    assert "Dogana e Kosovës, Sektori i rishqyrtimit" in content  # where to send the request
    assert format_date(data.seized_on, lang) in content
    assert (
        text(
            "rights.due",
            lang,
            received_on=format_date(date(2026, 11, 3), lang),
            due_on=format_date(date(2026, 12, 3), lang),
        )
        in content
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_seizure_notice_before_receipt_says_the_days_run_from_receipt(lang):
    data = case_data(notice_received_on=None, review_request_due_on=None)
    content = pdf_text(render("seizure-notice", data, lang))
    assert text("rights.due_unknown", lang) in content
    assert format_date(date(2026, 12, 3), lang) not in content


@pytest.mark.parametrize("lang", LANGUAGES)
def test_deemed_seizure_notice_explains_the_deemed_seizure(lang):
    data = case_data(decision=None, deemed=True, seized_on=date(2026, 12, 1))
    content = pdf_text(render("seizure-notice", data, lang))
    assert text("seizure.deemed", lang, seized_on=format_date(date(2026, 12, 1), lang)) in content
    assert "251(4)" in content
    assert format_date(date(2026, 11, 30), lang) in content  # the last extension's end


def test_seizure_notice_needs_a_seizure():
    with pytest.raises(ValueError):
        render_seizure_notice(case_data(seized_on=None), "en")
    with pytest.raises(ValueError):
        render_seizure_notice(case_data(decision=None, deemed=False), "en")


def test_a_legal_person_and_an_unknown_language():
    owner = Owner(kind="legal", name="Tregtia Besa SH.P.K.", address="Rr. Fehmi Agani 1")
    content = pdf_text(render("seizure-notice", case_data(owner=owner), "sr"))
    assert "Tregtia Besa SH.P.K." in content
    with pytest.raises(ValueError):
        render("receipt", case_data(), "de")


def test_the_fonts_and_their_licence_ship_with_the_app():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert (FONT_DIR / name).is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_review_decision_states_outcome_grounds_and_the_appeal_to_the_board(lang):
    """Art. 12(3) grounds; Art. 291(5)-(6): the Board, within 30 days of receipt, where and how."""
    data = case_data(board_address="Rr. Nëna Terezë 20, Prishtinë")
    found = squash(pdf_text(render("review-decision", data, lang)))
    for key in ("title.review-decision", "review.outcome.upheld", "review.grounds",
                "review.court"):
        assert squash(text(key, lang)) in found, key
    assert squash(data.review.reasons) in found
    assert THIRTY_DAYS[lang] in found
    assert "Rr. Nëna Terezë 20, Prishtinë" in found
    assert format_date(date(2026, 12, 21), lang) in found  # the last day to appeal
    assert format_date(date(2026, 11, 21), lang) in found  # the day of receipt


def test_review_decision_needs_a_decided_review():
    with pytest.raises(ValueError):
        render("review-decision", case_data(review=None), "en")


HOLDER_TEXT = {
    "sq": "Personi nga i cili janë marrë mallrat",
    "sr": "Lice od kojeg je roba preuzeta",
    "en": "Person the goods were taken from",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_receipt_and_record_name_the_holder_the_goods_were_taken_from(lang):
    """Art. 284(4), 271(1): the person from whom the goods were taken, often not the owner."""
    from app.seizures.documents import Holder

    data = case_data(holder=Holder("Driton Shoferi", "shofer", "Rruga B 3, Pejë"))
    receipt = pdf_text(render("receipt", data, lang))
    assert "Driton Shoferi (shofer), Rruga B 3, Pejë" in receipt
    assert "Arbër Gashi" in receipt  # the owner is named too
    assert format_date(date(2026, 11, 2), lang) in receipt  # given again at seizure
    record = pdf_text(render("seizure-record", data, lang))
    assert HOLDER_TEXT[lang] in record and "Driton Shoferi" in record
    assert "Rruga B 3, Pejë" in record
    without = pdf_text(render("seizure-record", case_data(), lang))
    assert "Driton Shoferi" not in without and HOLDER_TEXT[lang] not in without
