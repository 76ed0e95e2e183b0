"""PDF documents of a detention case: seizure record, receipt, extension notice, Notice of Seizure.

Each renderer takes plain data (`CaseDocumentData`) and a language (sq, sr, en) and returns the
PDF bytes; the same data gives the same bytes, because every date in the file comes from the data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

from fpdf import FPDF, FontFace, XPos, YPos

from app.seizures.document_texts import (
    REPUBLIC,
    format_article,
    format_date,
    format_datetime,
    format_number,
    format_unit,
    label,
    text,
)

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FONT = "DejaVu"
# Items with more serials than this list them below the goods table, not in its cell.
SERIALS_IN_CELL = 4


@dataclass(frozen=True)
class Place:
    description: str
    municipality: str | None = None


@dataclass(frozen=True)
class Owner:
    """The owner or apparent owner (Art. 251(1)); `kind` is `natural` or `legal`."""

    kind: str
    name: str
    address: str | None = None
    email: str | None = None
    agent: str | None = None


@dataclass(frozen=True)
class Holder:
    """The person from whom the goods were taken, when not the owner (Art. 284(4), 271(1)): the
    driver, the shop assistant, the occupier of the premises."""

    name: str
    role: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class Item:
    """A detained thing; `kind` is goods, vehicle, container or packing (Art. 251(11))."""

    kind: str
    description: str
    quantity: Decimal | int
    unit: str
    value_eur: Decimal
    serials: Sequence[str] = ()
    unmarked: bool = False
    perishable: bool = False


@dataclass(frozen=True)
class Officer:
    name: str
    badge: str | None = None


@dataclass(frozen=True)
class Extension:
    """An extension of detention (Art. 251(2)): `ends_on` is the new last day of detention."""

    days: int
    reason: str
    decided_on: date
    ends_on: date


@dataclass(frozen=True)
class Decision:
    """Decision on return (Art. 251(3)(b), (5)(a)): `return`, `return_conditionally`, `seize`."""

    outcome: str
    reasons: str
    decided_on: date


@dataclass(frozen=True)
class ReviewDecision:
    """The decision on a request for review (Art. 291(3)): `of` is `seizure`, `detention` or
    `extension`; `appeal_due_on` is the last day to appeal to the Board, once receipt is known."""

    of: str
    requested_on: date
    decided_on: date
    outcome: str
    reasons: str | None = None
    received_on: date | None = None
    appeal_due_on: date | None = None


@dataclass(frozen=True)
class Photo:
    sha256: str
    captured_at: datetime


@dataclass(frozen=True)
class Office:
    """Where review requests and enquiries go (Art. 291(2): to the Customs, in writing)."""

    name: str
    address: str
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class CaseDocumentData:
    """Everything the four documents print about one case, as plain values.

    `detention_ends_on` is the end of the first 30 days; `seized_on` with `deemed` says how the
    goods were seized (Art. 251(4) or (5)(a)); `notice_received_on` and `review_request_due_on`
    concern the Notice of Seizure (Art. 291(2)). `generated_at` (default: `issued_on` at
    midnight UTC) is printed and stored as the PDF creation date.
    """

    number: str
    detained_on: date
    place: Place
    owner: Owner
    items: Sequence[Item]
    officers: Sequence[Officer]
    legal_basis: Sequence[str]
    issued_on: date
    detention_ends_on: date | None = None
    extensions: Sequence[Extension] = ()
    decision: Decision | None = None
    seized_on: date | None = None
    deemed: bool = False
    notice_received_on: date | None = None
    review_request_due_on: date | None = None
    photos: Sequence[Photo] = ()
    office: Office | None = None
    generated_at: datetime | None = None
    review: ReviewDecision | None = None
    board_address: str | None = None
    holder: Holder | None = None


class _CasePdf(FPDF):
    """An A4 document with the common header (state, Customs, title, case, date) and footer."""

    def __init__(self, data: CaseDocumentData, lang: str, title: str) -> None:
        super().__init__(format="A4")
        self.data = data
        self.lang = lang
        self.document_title = title
        self.generated_at = data.generated_at or datetime.combine(
            data.issued_on, time(), tzinfo=UTC
        )
        self.add_font(FONT, "", FONT_DIR / "DejaVuSans.ttf")
        self.add_font(FONT, "B", FONT_DIR / "DejaVuSans-Bold.ttf")
        self.set_creation_date(self.generated_at)
        self.set_lang(lang)
        self.set_title(f"{title} {data.number}")
        self.set_author(text("customs", lang))
        self.set_creator("Banderola Inspect")
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(True, margin=20)
        self.add_page()

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def d(self, value: date) -> str:
        return format_date(value, self.lang)

    def header(self) -> None:
        self.set_font(FONT, "", 8)
        self.cell(0, 4, REPUBLIC, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "B", 11)
        self.cell(0, 6, self.t("customs"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "B", 14)
        self.multi_cell(0, 7, self.document_title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "", 9)
        half = self.epw / 2
        self.cell(half, 6, f"{self.t('case_number')}: {self.data.number}")
        self.cell(half, 6, f"{self.t('issued_on')}: {self.d(self.data.issued_on)}", align="R")
        self.ln(7)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 7.5)
        half = self.epw / 2
        generated = format_datetime(self.generated_at, self.lang)
        self.cell(half, 4, f"{self.data.number} · {self.t('generated_at', at=generated)}")
        self.cell(half, 4, self.t("page", page=self.page_no(), pages="{nb}"), align="R")

    def heading(self, title: str) -> None:
        self.ln(2)
        self.set_font(FONT, "B", 11)
        self.multi_cell(0, 6, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def paragraph(self, body: str) -> None:
        self.set_font(FONT, "", 10)
        self.multi_cell(0, 5, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def fields(self, rows: Sequence[tuple[str, str | None]]) -> None:
        """Label and value pairs; pairs without a value are left out."""
        self.set_font(FONT, "", 10)
        with self.table(
            col_widths=(55, self.epw - 55),
            borders_layout="NONE",
            first_row_as_headings=False,
            line_height=5,
            padding=(0.8, 1, 0.8, 0),
            text_align="LEFT",
        ) as table:
            for name, value in rows:
                if value:
                    row = table.row()
                    row.cell(name, style=FontFace(emphasis="BOLD"))
                    row.cell(value)
        self.ln(2)

    def signatures(self, keys: Sequence[str]) -> None:
        self.ln(8)
        self.set_font(FONT, "", 9)
        width = self.epw / len(keys)
        for _ in keys:
            self.cell(width - 6, 5, "_" * 32)
            self.cell(6, 5, "")
        self.ln(5)
        y = self.get_y()
        for index, key in enumerate(keys):
            self.set_xy(self.l_margin + index * width, y)
            self.multi_cell(width - 6, 4.5, self.t(key), align="L", new_x=XPos.LMARGIN)


def _place(place: Place) -> str:
    return ", ".join(part for part in (place.description, place.municipality) if part)


def _officers(officers: Sequence[Officer], lang: str) -> str:
    badge = text("badge", lang)
    return "; ".join(
        f"{officer.name} ({badge} {officer.badge})" if officer.badge else officer.name
        for officer in officers
    )


def _legal_basis(references: Sequence[str], lang: str) -> str:
    articles = "; ".join(format_article(reference, lang) for reference in references)
    return f"{articles} ({text('law', lang)})"


def _office(office: Office | None, lang: str) -> str:
    if office is None:
        return text("customs", lang)
    parts = (office.name, office.address, office.email, office.phone)
    return ", ".join(part for part in parts if part)


def _detention_ends_on(data: CaseDocumentData) -> date | None:
    return data.extensions[-1].ends_on if data.extensions else data.detention_ends_on


def _owner_rows(pdf: _CasePdf) -> list[tuple[str, str | None]]:
    owner = pdf.data.owner
    return [
        (pdf.t("name"), f"{owner.name} ({label('owner_kind', owner.kind, pdf.lang)})"),
        (pdf.t("address"), owner.address),
        (pdf.t("email"), owner.email),
        (pdf.t("agent"), owner.agent),
    ]


def _holder_line(holder: Holder) -> str:
    name = f"{holder.name} ({holder.role})" if holder.role else holder.name
    return ", ".join(filter(None, (name, holder.address)))


def _holder(pdf: _CasePdf) -> None:
    """Art. 284(4): the record names the person from whom the goods were taken."""
    holder = pdf.data.holder
    if holder is None:
        return
    pdf.heading(pdf.t("holder") + " (" + format_article("Art. 284(4)", pdf.lang) + ")")
    pdf.fields(
        [
            (pdf.t("name"), holder.name),
            (pdf.t("holder.role"), holder.role),
            (pdf.t("address"), holder.address),
        ]
    )


def _addressee(pdf: _CasePdf) -> None:
    owner = pdf.data.owner
    agent = f"{pdf.t('agent')}: {owner.agent}" if owner.agent else None
    lines = (owner.name, owner.address, agent, owner.email)
    pdf.fields([(pdf.t("addressee"), "\n".join(line for line in lines if line))])


def _stamps(item: Item, lang: str) -> str:
    if item.unmarked or not item.serials:
        return text("unmarked", lang) if item.unmarked else "–"
    if len(item.serials) <= SERIALS_IN_CELL:
        return ", ".join(item.serials)
    return text("serials_below", lang, count=len(item.serials))


def _goods(pdf: _CasePdf, with_record_details: bool) -> None:
    """The goods table (Art. 284(4)); the record adds Art. 251(11) and the long serial lists."""
    lang = pdf.lang
    items = pdf.data.items
    pdf.heading(pdf.t("goods"))
    pdf.set_font(FONT, "", 8.5)
    headings = ("number", "kind", "description", "quantity", "value", "stamps", "perishable")
    with pdf.table(
        col_widths=(9, 19, 48, 24, 21, 32, 21),
        line_height=4.5,
        text_align=("RIGHT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT", "LEFT"),
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
        repeat_headings=1,
    ) as table:
        row = table.row()
        for name in headings:
            row.cell(pdf.t(f"column.{name}"))
        for index, item in enumerate(items, start=1):
            row = table.row()
            row.cell(str(index))
            row.cell(label("kind", item.kind, lang))
            row.cell(item.description)
            row.cell(f"{format_number(item.quantity, lang)} {format_unit(item.unit, lang)}")
            row.cell(format_number(item.value_eur, lang, places=2))
            row.cell(_stamps(item, lang))
            row.cell(pdf.t("yes") if item.perishable else pdf.t("no"))
    total = sum((Decimal(str(item.value_eur)) for item in items), Decimal(0))
    pdf.set_font(FONT, "B", 10)
    pdf.ln(1)
    pdf.cell(0, 6, f"{pdf.t('total_value')}: {format_number(total, lang, places=2)} EUR")
    pdf.ln(8)
    if not with_record_details:
        return
    if any(item.kind != "goods" for item in items):
        pdf.paragraph(pdf.t("record.carriers"))
    for index, item in enumerate(items, start=1):
        if len(item.serials) > SERIALS_IN_CELL and not item.unmarked:
            pdf.heading(f"{pdf.t('column.stamps')}: {pdf.t('column.number')} {index}")
            pdf.set_font(FONT, "", 8)
            pdf.multi_cell(
                0, 4, ", ".join(item.serials), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            pdf.ln(2)


def _photos(pdf: _CasePdf) -> None:
    pdf.heading(pdf.t("photos"))
    if not pdf.data.photos:
        pdf.paragraph(pdf.t("no_photos"))
        return
    pdf.set_font(FONT, "", 8)
    with pdf.table(
        col_widths=(9, 120, pdf.epw - 129),
        line_height=4.5,
        text_align=("RIGHT", "LEFT", "LEFT"),
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
    ) as table:
        row = table.row()
        for heading in (pdf.t("column.number"), "SHA-256", pdf.t("photo_taken_at")):
            row.cell(heading)
        for index, photo in enumerate(pdf.data.photos, start=1):
            row = table.row()
            row.cell(str(index))
            row.cell(photo.sha256)
            row.cell(format_datetime(photo.captured_at, pdf.lang))
    pdf.ln(2)


def _detention_period(pdf: _CasePdf) -> None:
    pdf.paragraph(pdf.t("detention.period"))
    ends_on = _detention_ends_on(pdf.data)
    if ends_on:
        pdf.paragraph(pdf.t("detention.ends_on", ends_on=pdf.d(ends_on)))


def _rights(pdf: _CasePdf, due_on: date | None, received_on: date | None) -> None:
    """The review and appeal rights that Art. 12(3) requires a detrimental decision to state."""
    data = pdf.data
    pdf.heading(pdf.t("rights"))
    pdf.paragraph(pdf.t("rights.review"))
    pdf.paragraph(pdf.t("rights.where", number=data.number, office=_office(data.office, pdf.lang)))
    if due_on and received_on:
        pdf.paragraph(pdf.t("rights.due", received_on=pdf.d(received_on), due_on=pdf.d(due_on)))
    elif due_on:
        pdf.paragraph(pdf.t("rights.due_only", due_on=pdf.d(due_on)))
    else:
        pdf.paragraph(pdf.t("rights.due_unknown"))
    pdf.paragraph(pdf.t("rights.appeal"))


def _render(
    data: CaseDocumentData, lang: str, name: str, body: Callable[[_CasePdf], None]
) -> bytes:
    pdf = _CasePdf(data, lang, text(f"title.{name}", lang))
    body(pdf)
    return bytes(pdf.output())


def render_seizure_record(data: CaseDocumentData, lang: str) -> bytes:
    """The official record of the detained or seized things (Art. 284(4); Art. 271(1)-(2))."""

    def body(pdf: _CasePdf) -> None:
        pdf.paragraph(pdf.t("record.intro", detained_on=pdf.d(data.detained_on)))
        pdf.fields(
            [
                (pdf.t("detained_on"), pdf.d(data.detained_on)),
                (pdf.t("place"), _place(data.place)),
                (pdf.t("officers"), _officers(data.officers, lang)),
                (pdf.t("legal_basis"), _legal_basis(data.legal_basis, lang)),
                (pdf.t("seizure.seized_on"), data.seized_on and pdf.d(data.seized_on)),
            ]
        )
        pdf.heading(pdf.t("owner") + " (" + format_article("Art. 251(1)", lang) + ")")
        pdf.fields(_owner_rows(pdf))
        _holder(pdf)
        _goods(pdf, with_record_details=True)
        _detention_period(pdf)
        _photos(pdf)
        pdf.paragraph(pdf.t("record.copy"))
        pdf.paragraph(pdf.t("record.access"))
        pdf.signatures(("signature.officer", "signature.person"))

    return _render(data, lang, "seizure-record", body)


def render_receipt(data: CaseDocumentData, lang: str) -> bytes:
    """The receipt for the person the goods were taken from (Art. 284(4); Art. 271(1))."""

    def body(pdf: _CasePdf) -> None:
        owner, holder = data.owner, data.holder
        pdf.paragraph(pdf.t("receipt.intro"))
        taken_from = ", ".join(filter(None, (owner.name, owner.address)))
        if holder is not None:
            taken_from = _holder_line(holder)
        pdf.fields(
            [
                (pdf.t("receipt.taken_from"), taken_from),
                (pdf.t("owner"), owner.name if holder is not None else None),
                (pdf.t("receipt.taken_by"), _officers(data.officers, lang)),
                (pdf.t("detained_on"), pdf.d(data.detained_on)),
                (pdf.t("seizure.seized_on"), data.seized_on and pdf.d(data.seized_on)),
                (pdf.t("place"), _place(data.place)),
                (pdf.t("legal_basis"), _legal_basis(data.legal_basis, lang)),
            ]
        )
        _goods(pdf, with_record_details=False)
        _detention_period(pdf)
        pdf.paragraph(pdf.t("detention.notified"))
        pdf.heading(pdf.t("enquiries"))
        pdf.paragraph(
            pdf.t("enquiries.text", number=data.number, office=_office(data.office, lang))
        )
        pdf.signatures(("signature.officer", "signature.person"))

    return _render(data, lang, "receipt", body)


def render_extension_notice(data: CaseDocumentData, lang: str) -> bytes:
    """The written notice of the latest extension and its reasons (Art. 251(2)(a)-(b), (6)).

    Raises ValueError when the case has no extension.
    """
    if not data.extensions:
        raise ValueError("the case has no extension to notify")
    extension = data.extensions[-1]

    def body(pdf: _CasePdf) -> None:
        _addressee(pdf)
        pdf.paragraph(
            pdf.t(
                "extension.intro",
                detained_on=pdf.d(data.detained_on),
                decided_on=pdf.d(extension.decided_on),
                days=extension.days,
                ends_on=pdf.d(extension.ends_on),
            )
        )
        pdf.fields(
            [
                (pdf.t("detained_on"), pdf.d(data.detained_on)),
                (pdf.t("extension.ends_on"), pdf.d(extension.ends_on)),
                (pdf.t("place"), _place(data.place)),
                (pdf.t("legal_basis"), _legal_basis(data.legal_basis, lang)),
            ]
        )
        pdf.heading(pdf.t("extension.reasons"))
        pdf.paragraph(extension.reason)
        if len(data.extensions) > 1:
            pdf.heading(pdf.t("extension.earlier"))
            for earlier in data.extensions[:-1]:
                pdf.paragraph(
                    pdf.t(
                        "extension.line",
                        decided_on=pdf.d(earlier.decided_on),
                        days=earlier.days,
                        ends_on=pdf.d(earlier.ends_on),
                    )
                )
        _goods(pdf, with_record_details=False)
        pdf.paragraph(pdf.t("extension.maximum"))
        pdf.paragraph(pdf.t("extension.deemed", ends_on=pdf.d(extension.ends_on)))
        pdf.paragraph(pdf.t("extension.while_detained"))
        _rights(pdf, due_on=None, received_on=None)
        pdf.signatures(("signature.officer",))

    return _render(data, lang, "extension-notice", body)


def render_seizure_notice(data: CaseDocumentData, lang: str) -> bytes:
    """The Notice of Seizure, with its reasons and the review right (Art. 251(4)-(9); 12(3); 291).

    Raises ValueError when the goods are not seized, or seized without a decision while not deemed.
    """
    if data.seized_on is None:
        raise ValueError("the goods are not seized")
    if not data.deemed and data.decision is None:
        raise ValueError("a seizure that is not deemed needs the decision")
    seized_on = data.seized_on

    def body(pdf: _CasePdf) -> None:
        _addressee(pdf)
        if data.deemed:
            pdf.paragraph(pdf.t("seizure.deemed", seized_on=pdf.d(seized_on)))
        else:
            pdf.paragraph(
                pdf.t(
                    "seizure.decided",
                    decided_on=pdf.d(data.decision.decided_on),
                    seized_on=pdf.d(seized_on),
                )
            )
        kind = "seizure.kind.deemed" if data.deemed else "seizure.kind.decided"
        pdf.fields(
            [
                (pdf.t("detained_on"), pdf.d(data.detained_on)),
                (pdf.t("place"), _place(data.place)),
                (pdf.t("seizure.seized_on"), pdf.d(seized_on)),
                (pdf.t("seizure.kind"), pdf.t(kind)),
                (pdf.t("legal_basis"), _legal_basis(data.legal_basis, lang)),
            ]
        )
        pdf.heading(pdf.t("seizure.grounds"))
        if data.decision is not None and data.decision.reasons:
            pdf.paragraph(data.decision.reasons)
        ends_on = _detention_ends_on(data)
        if data.deemed and ends_on:
            pdf.paragraph(pdf.t("seizure.deemed_grounds", ends_on=pdf.d(ends_on)))
        _goods(pdf, with_record_details=False)
        _rights(pdf, due_on=data.review_request_due_on, received_on=data.notice_received_on)
        pdf.paragraph(pdf.t("seizure.return_on_payment"))
        pdf.paragraph(pdf.t("seizure.final"))
        pdf.paragraph(pdf.t("seizure.published"))
        pdf.signatures(("signature.officer",))

    return _render(data, lang, "seizure-notice", body)


def render_review_decision(data: CaseDocumentData, lang: str) -> bytes:
    """The decision on a request for review with its grounds and the next remedy: the appeal to
    the Independent Review Board, where, how and by when (Art. 12(3); 291(3)-(6), (9)).

    Raises ValueError when no review has been decided.
    """
    review = data.review
    if review is None:
        raise ValueError("no review has been decided")

    def body(pdf: _CasePdf) -> None:
        _addressee(pdf)
        pdf.paragraph(
            pdf.t(
                "review.intro",
                requested_on=pdf.d(review.requested_on),
                of=pdf.t(f"review.of.{review.of}"),
                decided_on=pdf.d(review.decided_on),
            )
        )
        pdf.fields(
            [
                (pdf.t("detained_on"), pdf.d(data.detained_on)),
                (pdf.t("place"), _place(data.place)),
                (pdf.t("seizure.seized_on"), data.seized_on and pdf.d(data.seized_on)),
                (pdf.t("legal_basis"), _legal_basis(data.legal_basis, lang)),
            ]
        )
        pdf.heading(pdf.t("review.decision"))
        pdf.paragraph(pdf.t(f"review.outcome.{review.outcome}"))
        pdf.heading(pdf.t("review.grounds"))
        pdf.paragraph(review.reasons or pdf.t("review.no_grounds"))
        _goods(pdf, with_record_details=False)
        pdf.heading(pdf.t("rights"))
        pdf.paragraph(pdf.t("review.appeal"))
        board = f" ({data.board_address})" if data.board_address else ""
        pdf.paragraph(pdf.t("review.appeal_how", board=board, number=data.number))
        if review.received_on and review.appeal_due_on:
            pdf.paragraph(
                pdf.t(
                    "review.appeal_due",
                    received_on=pdf.d(review.received_on),
                    due_on=pdf.d(review.appeal_due_on),
                )
            )
        pdf.paragraph(pdf.t("review.court"))
        pdf.paragraph(
            pdf.t("enquiries.text", number=data.number, office=_office(data.office, lang))
        )
        pdf.signatures(("signature.officer",))

    return _render(data, lang, "review-decision", body)


# The names in GET /api/v1/cases/{id}/documents/{name}.pdf.
RENDERERS: dict[str, Callable[[CaseDocumentData, str], bytes]] = {
    "seizure-record": render_seizure_record,
    "receipt": render_receipt,
    "extension-notice": render_extension_notice,
    "seizure-notice": render_seizure_notice,
    "review-decision": render_review_decision,
}


def render(name: str, data: CaseDocumentData, lang: str) -> bytes:
    """The document `name` (a key of RENDERERS) in `lang`; KeyError for an unknown name."""
    return RENDERERS[name](data, lang)
