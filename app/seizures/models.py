"""Detention cases (Art. 251): the detained things, the dated legal acts, and the case history.

Each legal act has its own table with its legal date (`*_on`) and the instant it was entered
(`entered_at`); status and deadlines are never stored: `app.seizures.facts` derives them.
`case_events` is the append-only history of everything done to a case.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigId, intpk, utcnow


class CaseNumber(Base):
    """The last case number given in a year: numbers run DK-<year>-000001, 000002, ..."""

    __tablename__ = "case_numbers"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[intpk]
    number: Mapped[str] = mapped_column(String(20), unique=True)
    detained_on: Mapped[dt.date] = mapped_column(Date, index=True)
    premises_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("premises.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("inspections.id"), index=True
    )
    place_description: Mapped[str] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(60))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    owner_kind: Mapped[str] = mapped_column(String(10))
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_address: Mapped[str | None] = mapped_column(String(300))
    owner_email: Mapped[str | None] = mapped_column(String(254))
    owner_agent: Mapped[str | None] = mapped_column(String(300))
    # Art. 284(4), 271(1): the person from whom the goods were taken (who had custody, the
    # occupier of the premises), when not the owner; receipt and seizure record name them.
    holder_name: Mapped[str | None] = mapped_column(String(200))
    holder_role: Mapped[str | None] = mapped_column(String(100))
    holder_address: Mapped[str | None] = mapped_column(String(300))
    legal_basis: Mapped[list[str]] = mapped_column(JSON, default=list)
    opened_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    items: Mapped[list[CaseItem]] = relationship(order_by="CaseItem.position")
    extensions: Mapped[list[CaseExtension]] = relationship(order_by="CaseExtension.id")
    decisions: Mapped[list[CaseDecision]] = relationship(order_by="CaseDecision.id")
    notifications: Mapped[list[CaseNotification]] = relationship(order_by="CaseNotification.id")
    reviews: Mapped[list[CaseReview]] = relationship(order_by="CaseReview.id")
    appeals: Mapped[list[CaseAppeal]] = relationship(order_by="CaseAppeal.id")
    dispositions: Mapped[list[CaseDisposition]] = relationship(order_by="CaseDisposition.id")
    photos: Mapped[list[CasePhoto]] = relationship(order_by="CasePhoto.id")
    refunds: Mapped[list[CaseRefund]] = relationship(order_by="CaseRefund.id")
    events: Mapped[list[CaseEvent]] = relationship(order_by="CaseEvent.id")


class CaseItem(Base):
    """A detained thing: goods, or the vehicle, container or packing used (Art. 251(11))."""

    __tablename__ = "case_items"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(12))
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    unit: Mapped[str] = mapped_column(String(20))
    # The trade value of the thing (Art. 292(b)(ii)(C)); with `duty_unpaid_eur`, the ceiling of a
    # return on payment (Art. 251(9)(a), (b)(i)).
    value_eur: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    duty_unpaid_eur: Mapped[Decimal] = mapped_column(
        Numeric(14, 2), default=Decimal(0), server_default="0"
    )
    category: Mapped[str | None] = mapped_column(String(20))
    unmarked: Mapped[bool] = mapped_column(default=False)
    perishable: Mapped[bool] = mapped_column(default=False)

    serials: Mapped[list[CaseItemSerial]] = relationship(order_by="CaseItemSerial.id")


class CaseItemSerial(Base):
    """An excise stamp on detained goods; looked up by serial when a stamp is scanned."""

    __tablename__ = "case_item_serials"
    __table_args__ = (Index("ix_case_item_serials_series_number", "series", "number"),)

    id: Mapped[intpk]
    item_id: Mapped[int] = mapped_column(BigId, ForeignKey("case_items.id"), index=True)
    series: Mapped[str] = mapped_column(String(4))
    number: Mapped[int] = mapped_column(BigInteger)


class _Act:
    """Columns shared by the legal acts: who entered it and when."""

    entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseExtension(_Act, Base):
    """Art. 251(2): an extension of detention, with its reasons."""

    __tablename__ = "case_extensions"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))


class CaseDecision(_Act, Base):
    """Art. 251(1), (3)(b), (5)(a): return, return on conditions, or seize."""

    __tablename__ = "case_decisions"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(24))
    reasons: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))

    item_links: Mapped[list[CaseDecisionItem]] = relationship(order_by="CaseDecisionItem.item_id")

    @property
    def item_ids(self) -> frozenset[int] | None:
        """The things decided on (Art. 251(11)); None for a decision on every thing."""
        return frozenset(link.item_id for link in self.item_links) or None


class CaseDecisionItem(Base):
    """A thing a decision is about."""

    __tablename__ = "case_decision_items"

    decision_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("case_decisions.id"), primary_key=True, autoincrement=False
    )
    item_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("case_items.id"), primary_key=True, autoincrement=False, index=True
    )


class CaseNotification(_Act, Base):
    """Art. 251(6): a written notice to the owner. `sent_on` is empty while it is only prepared
    (the sweep prepares the Notice of a deemed seizure); `received_on` may be added later."""

    __tablename__ = "case_notifications"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    document: Mapped[str] = mapped_column(String(20))
    method: Mapped[str | None] = mapped_column(String(12))
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    entered_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    # Art. 291(5)-(6): the review whose decision a `review_decision` notifies (empty on notices
    # of other documents and on older rows, which notify the seizure's review).
    review_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("case_reviews.id"))
    # Art. 291(5)-(9): the appeal whose decision a `board_decision` or `court_decision` notifies
    # (empty on older rows, which notify the seizure's appeal at that level).
    appeal_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("case_appeals.id"))


class CaseReview(_Act, Base):
    """Art. 291(1)-(4): the owner's request for review and the Customs' decision on it."""

    __tablename__ = "case_reviews"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    requested_on: Mapped[dt.date] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(10))
    decision_received_on: Mapped[dt.date | None] = mapped_column(Date)
    # Art. 251(13), 291(1): the decision reviewed: `seizure`, `detention` or `extension`.
    of: Mapped[str] = mapped_column(String(10), default="seizure", server_default="seizure")
    reasons: Mapped[str | None] = mapped_column(Text)  # Art. 12(3): the grounds of the decision


class CaseAppeal(_Act, Base):
    """Art. 291(5)-(9): an appeal to the Independent Review Board or the court, and its outcome."""

    __tablename__ = "case_appeals"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    level: Mapped[str] = mapped_column(String(10))
    lodged_on: Mapped[dt.date] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(10))
    decision_received_on: Mapped[dt.date | None] = mapped_column(Date)
    reasons: Mapped[str | None] = mapped_column(Text)
    # Art. 291(7): a `closed` or `open` hearing of the Board, and the day the Customs was
    # notified of the appeal (a closed hearing gives the Customs 30 days to answer in writing).
    hearing: Mapped[str | None] = mapped_column(String(6))
    notified_on: Mapped[dt.date | None] = mapped_column(Date)
    # Art. 251(13): the decision whose review decision is appealed (as `CaseReview.of`).
    of: Mapped[str] = mapped_column(String(10), default="seizure", server_default="seizure")


class CaseDisposition(_Act, Base):
    """Art. 251(3)(a), (9), (10): what became of the thing."""

    __tablename__ = "case_dispositions"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    amount_eur: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    decided_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))

    item_links: Mapped[list[CaseDispositionItem]] = relationship(
        order_by="CaseDispositionItem.item_id"
    )

    @property
    def item_ids(self) -> frozenset[int] | None:
        """The things disposed of (Art. 251(9)); None for every thing of the case."""
        return frozenset(link.item_id for link in self.item_links) or None


class CaseDispositionItem(Base):
    """A thing a disposition is about."""

    __tablename__ = "case_disposition_items"

    disposition_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("case_dispositions.id"), primary_key=True, autoincrement=False
    )
    item_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("case_items.id"), primary_key=True, autoincrement=False, index=True
    )


class CaseRefund(_Act, Base):
    """Art. 292(b)(ii): a sum paid back to the owner after the seizure was annulled."""

    __tablename__ = "case_refunds"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    amount_eur: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    paid_on: Mapped[dt.date] = mapped_column(Date)
    entered_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))


class CasePhoto(Base):
    """An evidence photo: the original is kept byte for byte under its SHA-256."""

    __tablename__ = "case_photos"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    # The original's file name in the evidence directory (`<sha256>.<ext>`, see imaging.photos).
    file_name: Mapped[str] = mapped_column(String(80))
    content_type: Mapped[str] = mapped_column(String(40))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    width_px: Mapped[int]
    height_px: Mapped[int]
    captured_at: Mapped[dt.datetime | None]
    uploaded_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseEvent(Base):
    """One entry of a case's append-only history: what was done, by whom, on which legal date."""

    __tablename__ = "case_events"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    legal_date: Mapped[dt.date | None] = mapped_column(Date)
    entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    data: Mapped[dict] = mapped_column(JSON, default=dict)


class BoardNotice(Base):
    """The public board's projection of a case with a Notice of Seizure sent (Art. 251(7), (8)).

    Written by `service.refresh_board_entry` in the transaction of every act on the case, never
    edited otherwise. `current_from`..`current_until` (inclusive; `current_until` empty: no end
    known yet, e.g. a pending review) are the days on which `rules.is_notice_current` holds (the
    run that contains the case's latest act, or the next one, or the last one before it; both
    empty: never current). The board reads `current_from <= today <= current_until`. The other
    columns are the board's public fields in that run; `place` and `owner_name` are kept only
    for a legal person. Nothing here is a source of truth: `flask seizures rebuild-board`
    recomputes it.
    """

    __tablename__ = "board_notices"
    __table_args__ = (Index("ix_board_notices_current", "current_until", "current_from"),)

    case_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("cases.id"), primary_key=True, autoincrement=False
    )
    number: Mapped[str] = mapped_column(String(20))
    seized_on: Mapped[dt.date | None] = mapped_column(Date)
    municipality: Mapped[str | None] = mapped_column(String(60))
    place: Mapped[str | None] = mapped_column(String(300))
    # [[description, quantity as a decimal string, unit], ...]
    goods: Mapped[list] = mapped_column(JSON, default=list)
    legal_basis: Mapped[list[str]] = mapped_column(JSON, default=list)
    review_deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24))
    owner_kind: Mapped[str] = mapped_column(String(10))
    owner_name: Mapped[str | None] = mapped_column(String(200))
    current_from: Mapped[dt.date | None] = mapped_column(Date)
    current_until: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
