"""Detention and seizure, Law 03/L-109 Article 251, with review and appeal under Article 291.

Pure functions: a case's legal facts and a calendar date in, results out (no database, no Flask,
no clock). Legal dates are plain `date`s in the Europe/Belgrade calendar (Kosovo time). Every
reading of the law made here is explained in docs/seizures-law.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.kosovo_time import legal_date  # noqa: F401  (part of the rules' API: dates in Kosovo time)

DETENTION_DAYS = 30  # Art. 251(1): "a maximum of 30 days from the date of its detention"
MAX_EXTENSION_DAYS = 60  # Art. 251(2): "by up to a further 60 days"
REVIEW_REQUEST_DAYS = 30  # Art. 291(2): "within 30 days from the date the decision is received"
REVIEW_DECISION_DAYS = 30  # Art. 291(4): "within 30 days will bring the decision"
BOARD_APPEAL_DAYS = 30  # Art. 291(6): "within 30 days from the date the decision is received"

VALIDATION_FAILED = "validation_failed"
CONFLICT = "conflict"
DEADLINE_PASSED = "deadline_passed"
# API.md: a review decision that upholds or amends without grounds is 422 `reasons_required`.
REASONS_REQUIRED = "reasons_required"


class Status(StrEnum):
    DETAINED = "detained"
    RETURNED = "returned"
    RETURNED_CONDITIONALLY = "returned_conditionally"
    SEIZED = "seized"
    DEEMED_SEIZED = "deemed_seized"
    DISPOSED = "disposed"


class Outcome(StrEnum):
    """A supervisor's decision on a detained thing (Art. 251(1), (3)(b), (5)(a))."""

    RETURN = "return"
    RETURN_CONDITIONALLY = "return_conditionally"
    SEIZE = "seize"


class ReviewOutcome(StrEnum):
    """What happens to the seizure decision under review or appeal (Art. 291(3))."""

    UPHELD = "upheld"
    ANNULLED = "annulled"
    AMENDED = "amended"


class ReviewOf(StrEnum):
    """The decision a review is requested of (Art. 251(13), 291(1): "every person")."""

    SEIZURE = "seizure"  # Art. 251(4), (5)
    DETENTION = "detention"  # Art. 251(1), received with the receipt (Art. 284(4))
    EXTENSION = "extension"  # Art. 251(2), received with the notice of extension


class Level(StrEnum):
    BOARD = "board"  # Art. 291(5), (6): the Independent Review Board
    COURT = "court"  # Art. 291(9)


class Method(StrEnum):
    """The written ways of notifying the owner (Art. 251(6))."""

    HAND = "hand"  # (a) given by hand to the owner
    POST = "post"  # (a) left at or sent by post to the owner's last known address
    AGENT = "agent"  # (b) given by hand or sent by post to an agent of the owner
    ELECTRONIC = "electronic"  # (c) sent to the owner's electronic address


class Document(StrEnum):
    """Notices the Customs must give the owner."""

    EXTENSION = "extension"  # Art. 251(2)(a)
    SEIZURE = "seizure"  # Art. 251(5)
    RECEIPT = "receipt"  # Art. 284(4): the detention decision reaches the person with it


class DecisionDocument(StrEnum):
    """Decisions whose date of receipt starts an appeal window."""

    REVIEW_DECISION = "review_decision"  # Art. 291(6)
    BOARD_DECISION = "board_decision"  # Art. 291(9), court window by policy


class DispositionKind(StrEnum):
    RETURN_ON_PAYMENT = "return_on_payment"  # Art. 251(9)(a), (9)(b)(i)
    OFFICIAL_USE = "official_use"  # Art. 251(9)(b)(ii)
    SALE = "sale"  # Art. 251(9)(b)(iii), (10)
    DESTRUCTION = "destruction"  # Art. 251(9)(b)(iii)
    PERISHABLE_SALE = "perishable_sale"  # Art. 251(3)(a), (10)
    PERISHABLE_DESTRUCTION = "perishable_destruction"  # Art. 251(3)(a)


class Action(StrEnum):
    EXTEND = "extend"
    DECIDE_RETURN = "decide_return"
    DECIDE_RETURN_CONDITIONALLY = "decide_return_conditionally"
    DECIDE_SEIZE = "decide_seize"
    RECORD_NOTIFICATION = "record_notification"
    REQUEST_REVIEW = "request_review"
    DECIDE_REVIEW = "decide_review"
    RECORD_RECEIPT = "record_receipt"
    APPEAL = "appeal"
    DECIDE_APPEAL = "decide_appeal"
    DISPOSE_RETURN_ON_PAYMENT = "dispose_return_on_payment"
    DISPOSE_OFFICIAL_USE = "dispose_official_use"
    DISPOSE_SALE = "dispose_sale"
    DISPOSE_DESTRUCTION = "dispose_destruction"
    DISPOSE_PERISHABLE_SALE = "dispose_perishable_sale"
    DISPOSE_PERISHABLE_DESTRUCTION = "dispose_perishable_destruction"


DECISION_ACTIONS = {
    Action.DECIDE_RETURN: Outcome.RETURN,
    Action.DECIDE_RETURN_CONDITIONALLY: Outcome.RETURN_CONDITIONALLY,
    Action.DECIDE_SEIZE: Outcome.SEIZE,
}
DISPOSAL_ACTIONS = {Action(f"dispose_{kind.value}"): kind for kind in DispositionKind}
PERISHABLE_KINDS = {DispositionKind.PERISHABLE_SALE, DispositionKind.PERISHABLE_DESTRUCTION}


ROLLOVER_NONE = "none"
ROLLOVER_WORKING_DAYS = "working_days"


@dataclass(frozen=True)
class Policy:
    """Choices the law leaves open; docs/seizures-law.md explains each default."""

    court_appeal_days: int = 30  # Art. 291(9) sets no time limit; assumption
    # Art. 251(9)(b): "the time to appeal ... having expired": a court judgment may be appealed
    # further; the Code sets no time (the courts' own law does): assumption, docs/seizures-law.md
    court_further_appeal_days: int = 30
    # Art. 12(5), the general administrative procedure: an owner's time limit that ends on a
    # Saturday, Sunday or public holiday ends on the next working day (`working_days`), or not
    # (`none`, the plain calendar of these rules' tables); `holidays` are the public holidays.
    rollover: str = ROLLOVER_NONE
    holidays: frozenset[date] = frozenset()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> Policy:
        """The policy of the application's settings (COURT_APPEAL_DAYS,
        COURT_FURTHER_APPEAL_DAYS, DEADLINE_ROLLOVER, EXTRA_HOLIDAYS: app/config.py)."""
        from app.kosovo_holidays import parse_extra, public_holidays

        rollover = settings.get("DEADLINE_ROLLOVER", ROLLOVER_WORKING_DAYS)
        if rollover not in (ROLLOVER_NONE, ROLLOVER_WORKING_DAYS):
            raise ValueError(f"DEADLINE_ROLLOVER must be none or working_days, not {rollover!r}")
        return cls(
            court_appeal_days=settings["COURT_APPEAL_DAYS"],
            court_further_appeal_days=settings.get("COURT_FURTHER_APPEAL_DAYS", 30),
            rollover=rollover,
            holidays=public_holidays(parse_extra(settings.get("EXTRA_HOLIDAYS")))
            if rollover == ROLLOVER_WORKING_DAYS
            else frozenset(),
        )


DEFAULT_POLICY = Policy()


# --- the legal facts of a case --------------------------------------------------------------------


@dataclass(frozen=True)
class Extension:
    decided_on: date
    days: int


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    decided_on: date
    item_ids: frozenset[int] | None = None  # the things decided on; None: every thing


@dataclass(frozen=True)
class Notification:
    document: Document
    method: Method
    sent_on: date
    received_on: date | None = None


@dataclass(frozen=True)
class Review:
    requested_on: date
    decided_on: date | None = None
    outcome: ReviewOutcome | None = None
    decision_received_on: date | None = None
    of: ReviewOf = ReviewOf.SEIZURE


class Hearing(StrEnum):
    """How the Board hears an appeal (Art. 291(7), (8))."""

    CLOSED = "closed"  # the Customs answers in writing within 30 days of notification
    OPEN = "open"  # the Customs is represented at the hearing


BOARD_RESPONSE_DAYS = 30  # Art. 291(7): "within 30 days from the day of notification"


@dataclass(frozen=True)
class Appeal:
    level: Level
    lodged_on: date
    decided_on: date | None = None
    outcome: ReviewOutcome | None = None
    decision_received_on: date | None = None
    hearing: Hearing | None = None
    notified_on: date | None = None  # when the Customs was notified of the appeal
    of: ReviewOf = ReviewOf.SEIZURE  # the decision whose review decision is appealed


@dataclass(frozen=True)
class Disposition:
    kind: DispositionKind
    decided_on: date
    amount_eur: Decimal | None = None
    item_ids: frozenset[int] | None = None  # the things disposed of; None: every thing


@dataclass(frozen=True)
class Item:
    """A detained thing (Art. 251(11)): goods, or the vehicle, container or packing used."""

    id: int
    perishable: bool = False
    value_eur: Decimal = Decimal(0)
    duty_unpaid_eur: Decimal = Decimal(0)  # Art. 251(9)(a): duty or tax chargeable, not paid


@dataclass(frozen=True)
class Refund:
    """Art. 292(b)(ii): a sum paid back to the owner after the matter ended in his favour."""

    amount_eur: Decimal
    paid_on: date


@dataclass(frozen=True)
class CaseFacts:
    """Everything the law looks at in a case; `value_eur` includes unpaid duty and tax."""

    detained_on: date
    extensions: tuple[Extension, ...] = ()
    decisions: tuple[Decision, ...] = ()
    notifications: tuple[Notification, ...] = ()
    review: Review | None = None
    appeals: tuple[Appeal, ...] = ()
    disposition: Disposition | None = None
    perishable: bool = False
    value_eur: Decimal = Decimal(0)
    owner_has_electronic_address: bool = False
    owner_has_agent: bool = False
    # Reviews of the detention and extension decisions (Art. 251(13)); `review` is the seizure's.
    other_reviews: tuple[Review, ...] = ()
    other_appeals: tuple[Appeal, ...] = ()  # appeals that follow the other reviews
    # Art. 251(11): the things of the case, each with its own state (`item_status_on`); empty:
    # the case is read as one thing (`perishable` and `value_eur` above).
    items: tuple[Item, ...] = ()
    # Every disposition; `disposition` is the first (a case read as one thing has one).
    dispositions: tuple[Disposition, ...] = ()
    refunds: tuple[Refund, ...] = ()


@dataclass(frozen=True)
class Refusal:
    """Why the law does not allow an act: the kind of refusal (`error`: validation_failed,
    conflict or deadline_passed, the API's stable code; app.errors.refused answers it), a
    message key and its params."""

    error: str
    message_key: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Window:
    """The legal dates on which an act may be recorded today: `earliest` to `latest` inclusive.

    `latest` is today or an earlier legal deadline; a date after that deadline gets `late`.
    """

    earliest: date
    latest: date
    late: Refusal | None = None


def _refusal(error: str, key: str, params: dict[str, Any]) -> Refusal:
    return Refusal(error, f"seizures.{key}", params)


def _invalid(key: str, **params: Any) -> Refusal:
    return _refusal(VALIDATION_FAILED, key, params)


def _conflict(key: str, **params: Any) -> Refusal:
    return _refusal(CONFLICT, key, params)


def _late(key: str, **params: Any) -> Refusal:
    return _refusal(DEADLINE_PASSED, key, params)


# --- calendar -------------------------------------------------------------------------------------


def period_end(start: date, days: int) -> date:
    """The last day of a period of `days` days from `start`; the day of `start` is not counted."""
    return start + timedelta(days=days)


def is_working_day(day: date, policy: Policy) -> bool:
    return day.weekday() < 5 and day not in policy.holidays


def owner_due_on(received_on: date, days: int, policy: Policy = DEFAULT_POLICY) -> date:
    """The last day of a time limit the owner must meet, `days` from `received_on`: under the
    `working_days` policy a last day on a Saturday, Sunday or public holiday moves to the next
    working day (Art. 12(5)). The Customs' own dates never move (`period_end`)."""
    end = period_end(received_on, days)
    if policy.rollover != ROLLOVER_WORKING_DAYS:
        return end
    while not is_working_day(end, policy):
        end += timedelta(days=1)
    return end


def _owner_final_from(received_on: date, days: int, policy: Policy) -> date:
    """The first day after an owner's time limit: when not using it makes a decision final."""
    return owner_due_on(received_on, days, policy) + timedelta(days=1)


# --- derived facts --------------------------------------------------------------------------------


def as_of(facts: CaseFacts, day: date) -> CaseFacts:
    """The facts as they stood at the end of `day`: acts dated later are left out."""

    def known(on: date | None) -> date | None:
        return on if on is not None and on <= day else None

    review = facts.review
    if review is not None and review.requested_on > day:
        review = None
    elif review is not None and known(review.decided_on) is None:
        review = Review(review.requested_on)
    elif review is not None:
        review = replace(review, decision_received_on=known(review.decision_received_on))
    appeals = tuple(
        replace(
            replace(appeal, decision_received_on=known(appeal.decision_received_on))
            if known(appeal.decided_on)
            else replace(appeal, decided_on=None, outcome=None, decision_received_on=None),
            notified_on=known(appeal.notified_on),
        )
        for appeal in facts.appeals
        if appeal.lodged_on <= day
    )
    disposition = facts.disposition
    other_reviews = tuple(
        (
            replace(r, decision_received_on=known(r.decision_received_on))
            if known(r.decided_on)
            else Review(r.requested_on, of=r.of)
        )
        for r in facts.other_reviews
        if r.requested_on <= day
    )
    other_appeals = tuple(
        replace(
            replace(a, decision_received_on=known(a.decision_received_on))
            if known(a.decided_on)
            else replace(a, decided_on=None, outcome=None, decision_received_on=None),
            notified_on=known(a.notified_on),
        )
        for a in facts.other_appeals
        if a.lodged_on <= day
    )
    return replace(
        facts,
        other_reviews=other_reviews,
        other_appeals=other_appeals,
        extensions=tuple(e for e in facts.extensions if e.decided_on <= day),
        decisions=tuple(d for d in facts.decisions if d.decided_on <= day),
        notifications=tuple(
            replace(n, received_on=known(n.received_on))
            for n in facts.notifications
            if n.sent_on <= day
        ),
        review=review,
        appeals=appeals,
        disposition=disposition if disposition and disposition.decided_on <= day else None,
        dispositions=tuple(d for d in facts.dispositions if d.decided_on <= day),
        refunds=tuple(r for r in facts.refunds if r.paid_on <= day),
    )


def extension_days(facts: CaseFacts) -> int:
    annulled = _annulled_review(facts, ReviewOf.EXTENSION)
    if annulled is not None:  # Art. 291(3): annulled; the extensions it reviewed no longer count
        return sum(e.days for e in facts.extensions if e.decided_on > annulled.requested_on)
    return sum(extension.days for extension in facts.extensions)


def _other_review(facts: CaseFacts, of: ReviewOf) -> Review | None:
    return next((r for r in facts.other_reviews if r.of == of), None)


def _other_appeal(facts: CaseFacts, of: ReviewOf, level: Level) -> Appeal | None:
    return next((a for a in facts.other_appeals if a.of == of and a.level == level), None)


def _annulled_review(facts: CaseFacts, of: ReviewOf) -> Review | None:
    """The review of the decision `of` if the decision was annulled on it or on appeal (the
    annulling stage's date as `decided_on`)."""
    review = _other_review(facts, of)
    if review is None:
        return None
    if review.outcome == ReviewOutcome.ANNULLED:
        return review
    annulled = next(
        (a for a in facts.other_appeals if a.of == of and a.outcome == ReviewOutcome.ANNULLED),
        None,
    )
    return None if annulled is None else replace(review, decided_on=annulled.decided_on)


def _hold_annulled_on(facts: CaseFacts) -> date | None:
    """The day the Customs' hold itself was annulled on review, if it was: the detention
    decision (Art. 251(1)), or an extension annulled after the first 30 days had run, when
    the thing would otherwise be deemed seized by a period that should not have run."""
    detention = _annulled_review(facts, ReviewOf.DETENTION)
    if detention is not None:
        return detention.decided_on
    extension = _annulled_review(facts, ReviewOf.EXTENSION)
    if extension is not None and extension.decided_on > extension_due_on(facts.detained_on):
        return extension.decided_on
    return None


def extension_due_on(detained_on: date) -> date:
    """The last day on which detention may be extended: within the first 30 days (Art. 251(2))."""
    return period_end(detained_on, DETENTION_DAYS)


def latest_extension_to(detained_on: date) -> date:
    """The furthest date detention can reach: 30 + 60 = 90 days (Art. 251(1), (2), (4))."""
    return period_end(detained_on, DETENTION_DAYS + MAX_EXTENSION_DAYS)


def detention_ends_on(facts: CaseFacts) -> date:
    """The last day of the detention period, extensions included (Art. 251(1), (2))."""
    return period_end(facts.detained_on, DETENTION_DAYS + extension_days(facts))


def _final_decision(facts: CaseFacts) -> Decision | None:
    """The decision whether to return without condition (Art. 251(1), (5)(a)), if made."""
    return next((d for d in facts.decisions if d.outcome != Outcome.RETURN_CONDITIONALLY), None)


def _conditional_return(facts: CaseFacts) -> Decision | None:
    return next((d for d in facts.decisions if d.outcome == Outcome.RETURN_CONDITIONALLY), None)


def _appeal(facts: CaseFacts, level: Level) -> Appeal | None:
    return next((appeal for appeal in facts.appeals if appeal.level == level), None)


def _seized_on(facts: CaseFacts, day: date) -> date | None:
    """The day of seizure as known at `day`: by decision (Art. 251(5)(a)) or deemed (251(4))."""
    decision = _final_decision(facts)
    if decision is not None:
        return decision.decided_on if decision.outcome == Outcome.SEIZE else None
    if facts.disposition is not None and facts.disposition.kind in PERISHABLE_KINDS:
        return None  # sold or destroyed while detained (Art. 251(3)(a)): nothing left to seize
    deemed_on = detention_ends_on(facts) + timedelta(days=1)
    return deemed_on if day >= deemed_on else None


def _annulled_on(facts: CaseFacts) -> date | None:
    """The day the seizure was annulled on review (Art. 291(3)) or appeal, if it was."""
    stages = [facts.review, *facts.appeals]
    return next(
        (
            stage.decided_on
            for stage in stages
            if stage is not None and stage.outcome == ReviewOutcome.ANNULLED
        ),
        _hold_annulled_on(facts),
    )


def _receipt(notification: Notification) -> date | None:
    if notification.received_on is None and notification.method == Method.HAND:
        return notification.sent_on  # handed over: received the day it was given
    return notification.received_on


def notice_received_on(facts: CaseFacts) -> date | None:
    """The first receipt of a Notice of Seizure: it starts the review window (Art. 291(2))."""
    receipts = [_receipt(n) for n in facts.notifications if n.document == Document.SEIZURE]
    return min((on for on in receipts if on is not None), default=None)


def _final_from(facts: CaseFacts, policy: Policy) -> date | None:
    """The first day the seizure is final (Art. 251(9)(b)); None while that is not yet known.

    Final means: no review was requested in time, or the matter was resolved and the time to
    appeal further has expired (Art. 251(8), (9)(b)): for the court's judgment too, from the day
    after its receipt plus the further-appeal window; while its receipt is unknown, not final.
    """
    review = facts.review
    if review is None:
        received = notice_received_on(facts)
        if received is None:
            return None
        return _owner_final_from(received, REVIEW_REQUEST_DAYS, policy)
    board = _appeal(facts, Level.BOARD)
    if board is None:
        if review.decided_on is None or review.decision_received_on is None:
            return None
        return _owner_final_from(review.decision_received_on, BOARD_APPEAL_DAYS, policy)
    if board.decided_on is None:
        return None
    court = _appeal(facts, Level.COURT)
    if court is None:
        if board.decision_received_on is None:
            return None
        return _owner_final_from(board.decision_received_on, policy.court_appeal_days, policy)
    if court.decided_on is None or court.decision_received_on is None:
        return None
    return _owner_final_from(
        court.decision_received_on, policy.court_further_appeal_days, policy
    )


def _is_final(facts: CaseFacts, day: date, policy: Policy) -> bool:
    if _seized_on(facts, day) is None or _annulled_on(facts) is not None:
        return False
    final_from = _final_from(facts, policy)
    return final_from is not None and final_from <= day


def _latest_act_on(facts: CaseFacts) -> date:
    """The date of the latest act that changed the case; a new act may not precede it."""
    dates = [facts.detained_on]
    dates += [extension.decided_on for extension in facts.extensions]
    dates += [decision.decided_on for decision in facts.decisions]
    for review in (facts.review, *facts.other_reviews):
        if review is not None:
            dates += [review.requested_on, review.decided_on]
    for appeal in (*facts.appeals, *facts.other_appeals):
        dates += [appeal.lodged_on, appeal.decided_on]
    if facts.disposition is not None:
        dates.append(facts.disposition.decided_on)
    return max(on for on in dates if on is not None)


# --- status, deadlines, notices -------------------------------------------------------------------


def status_on(facts: CaseFacts, today: date) -> Status:
    """The case's status at the end of `today`, derived from dated facts."""
    if facts.items and not _uniform(facts):  # Art. 251(11): from the state of each thing
        return case_status_from_items(item_statuses_on(facts, today).values())
    facts = _as_one_thing(facts)
    facts = as_of(facts, today)
    if facts.disposition is not None:
        if facts.disposition.kind == DispositionKind.RETURN_ON_PAYMENT:
            return Status.RETURNED
        return Status.DISPOSED
    if _annulled_on(facts) is not None:
        return Status.RETURNED  # the seizure decision no longer stands: the thing goes back
    decision = _final_decision(facts)
    if decision is not None:
        return Status.SEIZED if decision.outcome == Outcome.SEIZE else Status.RETURNED
    if today > detention_ends_on(facts):
        return Status.DEEMED_SEIZED  # Art. 251(4)
    if _conditional_return(facts) is not None:
        return Status.RETURNED_CONDITIONALLY  # Art. 251(3)(b)
    return Status.DETAINED


def deadlines(facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY) -> dict[str, date]:
    """The legal dates of the case as known at `today`, by name."""
    if facts.items and not _uniform(facts):
        return _case_deadlines(facts, today, policy)
    facts = _as_one_thing(facts)
    facts = as_of(facts, today)
    ends_on = detention_ends_on(facts)
    result = {
        "detention_ends_on": ends_on,
        "latest_extension_to": latest_extension_to(facts.detained_on),
        "extension_due_on": extension_due_on(facts.detained_on),
    }
    seized_on = _seized_on(facts, today)
    if seized_on is None and _final_decision(facts) is None and facts.disposition is None:
        result["deemed_seized_on"] = ends_on + timedelta(days=1)
    if seized_on is not None:
        result["seized_on"] = seized_on
    received = notice_received_on(facts)
    if seized_on is not None and received is not None:
        result["notice_received_on"] = received
        result["review_request_due_on"] = owner_due_on(received, REVIEW_REQUEST_DAYS, policy)
    review = facts.review
    if review is not None:
        result["review_decision_due_on"] = period_end(review.requested_on, REVIEW_DECISION_DAYS)
        if review.outcome != ReviewOutcome.ANNULLED and review.decision_received_on is not None:
            result["board_appeal_due_on"] = owner_due_on(
                review.decision_received_on, BOARD_APPEAL_DAYS, policy
            )
    result |= _after_board(_appeal(facts, Level.BOARD), policy)
    court = _appeal(facts, Level.COURT)
    if (
        court is not None
        and court.outcome not in (None, ReviewOutcome.ANNULLED)
        and court.decision_received_on is not None
    ):  # Art. 251(9)(b): the time to appeal the judgment further
        result["further_appeal_due_on"] = owner_due_on(
            court.decision_received_on, policy.court_further_appeal_days, policy
        )
    final_from = _final_from(facts, policy)
    if seized_on is not None and _annulled_on(facts) is None and final_from is not None:
        result["final_on"] = final_from
    for of in (ReviewOf.DETENTION, ReviewOf.EXTENSION):  # Art. 251(13), 291(2)
        received = decision_received_on(facts, of)
        if received is not None:
            result[f"{of}_review_request_due_on"] = owner_due_on(
                received, REVIEW_REQUEST_DAYS, policy
            )
        other = _other_review(facts, of)
        if other is not None and other.decided_on is None:
            result[f"{of}_review_decision_due_on"] = period_end(
                other.requested_on, REVIEW_DECISION_DAYS
            )
        result.update(_other_appeal_deadlines(facts, of, other, policy))
    return result


def _after_board(board: Appeal | None, policy: Policy, prefix: str = "") -> dict[str, date]:
    """What a Board appeal leaves due: the owner's last day to go to court once the Board's
    decision is received (Art. 291(8)-(9)), and the Customs' written answer while a closed
    hearing awaits it (Art. 291(7): the Customs' own date, never rolled over)."""
    found: dict[str, date] = {}
    if board is None:
        return found
    decided = board.outcome not in (None, ReviewOutcome.ANNULLED)
    if decided and board.decision_received_on is not None:
        found[f"{prefix}court_appeal_due_on"] = owner_due_on(
            board.decision_received_on, policy.court_appeal_days, policy
        )
    if (
        board.decided_on is None
        and board.hearing == Hearing.CLOSED
        and board.notified_on is not None
    ):
        found[f"{prefix}board_response_due_on"] = period_end(board.notified_on, BOARD_RESPONSE_DAYS)
    return found


def _other_appeal_deadlines(
    facts: CaseFacts, of: ReviewOf, review: Review | None, policy: Policy
) -> dict[str, date]:
    """The owner's last days to appeal a review of the detention or of an extension, as for the
    seizure's: to the Board within 30 days of receiving the review decision (Art. 291(5)-(6)),
    to the court within the policy's window of receiving the Board's (Art. 291(8)-(9)); none
    once the decision was annulled (nothing left to appeal). Rolled over under the policy.
    While the Board, in a closed hearing, awaits the Customs' written answer: 30 days from the
    Customs' notification (Art. 291(7)), not rolled over (a time of the Customs)."""
    result = {}
    if (
        review is not None
        and review.outcome not in (None, ReviewOutcome.ANNULLED)
        and review.decision_received_on is not None
    ):
        result[f"{of}_board_appeal_due_on"] = owner_due_on(
            review.decision_received_on, BOARD_APPEAL_DAYS, policy
        )
    result |= _after_board(_other_appeal(facts, of, Level.BOARD), policy, prefix=f"{of}_")
    return result


class Due(StrEnum):
    """What the supervisor must do, for the work queue (GET /cases/due)."""

    EXTEND_OR_DECIDE = "extend_or_decide"  # Art. 251(2): the last day to extend is day 30
    DECIDE = "decide"  # Art. 251(1), (4): decide before the period ends, or deemed seized
    NOTICE_NOT_RECEIVED = "notice_not_received"  # Art. 251(5), (6): no receipt, no clock
    REVIEW_DECISION = "review_decision"  # Art. 291(4): decide a review within 30 days
    BOARD_RESPONSE = "board_response"  # Art. 291(7): answer a closed Board hearing
    DISPOSAL_ALLOWED = "disposal_allowed"  # Art. 251(9)(b): final, the thing can be disposed of


# The Customs' written answers to a closed Board hearing (Art. 291(7)): on the seizure's appeal,
# and on an appeal about the review of the detention or of an extension.
BOARD_RESPONSE_DATES = (
    "board_response_due_on",
    "detention_board_response_due_on",
    "extension_board_response_due_on",
)


def due(facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY) -> list[tuple[Due, date]]:
    """What is due on the case and by (or since) when, earliest first: the acts of the Customs
    whose date is today or later, and the standing ones whose date has passed (a notice not
    received, a review not decided, a thing that may be disposed of)."""
    facts = as_of(facts, today)
    dates = deadlines(facts, today, policy)
    status = status_on(facts, today)
    result: list[tuple[Due, date]] = []
    if status in (Status.DETAINED, Status.RETURNED_CONDITIONALLY) and _hold_annulled_on(
        facts
    ) is None:
        window = _extend_window(facts, today, policy)
        if isinstance(window, Window) and today <= dates["extension_due_on"]:
            result.append((Due.EXTEND_OR_DECIDE, dates["extension_due_on"]))
        else:
            result.append((Due.DECIDE, dates["detention_ends_on"]))
    seized = status in (Status.SEIZED, Status.DEEMED_SEIZED)
    if seized and "seized_on" in dates and "notice_received_on" not in dates:
        result.append((Due.NOTICE_NOT_RECEIVED, dates["seized_on"]))
    for name in ("review_decision_due_on", "detention_review_decision_due_on",
                 "extension_review_decision_due_on"):
        pending = facts.review is not None and facts.review.decided_on is None
        if name in dates and (name != "review_decision_due_on" or pending):
            result.append((Due.REVIEW_DECISION, dates[name]))
    for name in BOARD_RESPONSE_DATES:
        if name in dates:
            result.append((Due.BOARD_RESPONSE, dates[name]))
    if status in (Status.SEIZED, Status.DEEMED_SEIZED) and "final_on" in dates:
        result.append((Due.DISPOSAL_ALLOWED, dates["final_on"]))
    return sorted(result, key=lambda item: item[1])


def is_seizure_final(facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY) -> bool:
    """Whether the seizure stands and can no longer be reviewed or appealed (Art. 251(9)(b))."""
    facts = case_view(facts, today, Action.DISPOSE_SALE)
    return _is_final(as_of(facts, today), today, policy)


def is_notice_current(facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY) -> bool:
    """Whether a Notice of Seizure given in the case is "current" (Art. 251(7), (8)).

    Current while the review window is open (or has not started: no receipt recorded), while a
    review or appeal is pending, or while the time to appeal to the Board or the court runs.
    """
    facts = as_of(case_view(facts, today, Action.RECORD_NOTIFICATION), today)
    notified = any(n.document == Document.SEIZURE for n in facts.notifications)
    return (
        notified
        and _seized_on(facts, today) is not None
        and _annulled_on(facts) is None
        and not _is_final(facts, today, policy)
    )


# --- what may be done, and when -------------------------------------------------------------------


def _window(earliest: date, today: date, deadline: date | None, late: Refusal) -> Window | Refusal:
    """Dates from `earliest` to today or the `deadline`; `late` if the deadline came first."""
    if deadline is not None and deadline < earliest:
        return late
    latest = today if deadline is None else min(today, deadline)
    return Window(earliest, latest, late)


def _detention_open(facts: CaseFacts) -> Refusal | None:
    """Common to acts that only make sense while detention lasts (Art. 251(1)-(4))."""
    if facts.disposition is not None:
        return _conflict("already_disposed", kind=facts.disposition.kind)
    if _hold_annulled_on(facts) is not None:
        return _conflict("detention_annulled", annulled_on=_hold_annulled_on(facts))
    decision = _final_decision(facts)
    if decision is not None:
        return _conflict(
            "detention_already_decided", outcome=decision.outcome, decided_on=decision.decided_on
        )
    sent = [n.sent_on for n in facts.notifications if n.document == Document.SEIZURE]
    if sent:
        return _conflict("seizure_already_notified", sent_on=min(sent))
    return None


def _detention_period_ended(facts: CaseFacts) -> Refusal:
    ends_on = detention_ends_on(facts)
    return _late(
        "detention_period_ended",
        detention_ends_on=ends_on,
        deemed_seized_on=ends_on + timedelta(days=1),
    )


def _extend_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    refusal = _detention_open(facts)
    if refusal is not None:
        return refusal
    if extension_days(facts) >= MAX_EXTENSION_DAYS:  # Art. 251(2): 60 days in all
        return _conflict(
            "extension_limit_reached", latest_extension_to=latest_extension_to(facts.detained_on)
        )
    due_on = extension_due_on(facts.detained_on)  # Art. 251(2): "before the expiration"
    late = _late("extension_too_late", due_on=due_on, detention_ends_on=detention_ends_on(facts))
    return _window(_latest_act_on(facts), today, due_on, late)


def _decide_window(outcome: Outcome) -> Callable[[CaseFacts, date, Policy], Window | Refusal]:
    def window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
        refusal = _detention_open(facts)
        if refusal is not None:
            return refusal
        conditional = _conditional_return(facts)
        if outcome == Outcome.RETURN_CONDITIONALLY and conditional is not None:
            return _conflict("already_returned_conditionally", decided_on=conditional.decided_on)
        # Art. 251(4): no decision by the end of the period means the thing is deemed seized.
        return _window(
            _latest_act_on(facts),
            today,
            detention_ends_on(facts),
            _detention_period_ended(facts),
        )

    return window


def _notification_window(facts: CaseFacts, today: date, document: Document) -> Window | Refusal:
    if document == Document.RECEIPT:  # Art. 284(4): given when the goods are taken
        return Window(facts.detained_on, today)
    if document == Document.EXTENSION:
        if not facts.extensions:
            return _conflict("no_extension")
        return Window(min(e.decided_on for e in facts.extensions), today)
    if _annulled_on(facts) is not None:
        return _conflict("seizure_annulled", annulled_on=_annulled_on(facts))
    seized_on = _seized_on(facts, today)
    if seized_on is None:
        return _not_seized()
    return Window(seized_on, today)  # Art. 251(5): notice follows the seizure


def _not_seized() -> Refusal:
    return _conflict("not_seized")


def _record_notification_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    seizure = _notification_window(facts, today, Document.SEIZURE)
    extension = _notification_window(facts, today, Document.EXTENSION)
    return seizure if isinstance(seizure, Window) or isinstance(extension, Refusal) else extension


def _request_review_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    if facts.review is not None:
        return _conflict("review_already_requested", requested_on=facts.review.requested_on)
    if _annulled_on(facts) is not None:
        return _conflict("seizure_annulled", annulled_on=_annulled_on(facts))
    seized_on = _seized_on(facts, today)
    if seized_on is None:
        return _not_seized()
    received = notice_received_on(facts)
    due_on = _due(received, REVIEW_REQUEST_DAYS, policy)
    late = _late("review_request_out_of_time", due_on=due_on, received_on=received)
    return _window(max(_latest_act_on(facts), seized_on), today, due_on, late)


def _decide_review_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    review = facts.review
    if review is None:
        return _conflict("no_review_requested")
    if review.decided_on is not None:
        return _conflict(
            "review_already_decided", decided_on=review.decided_on, outcome=review.outcome
        )
    if _appeal(facts, Level.BOARD) is not None:
        return _conflict("review_superseded_by_appeal")
    # Art. 291(4) sets 30 days but no consequence: a late decision may still be recorded.
    return Window(_latest_act_on(facts), today)


def _decision_for_receipt(facts: CaseFacts, document: DecisionDocument) -> Review | Appeal | None:
    if document == DecisionDocument.REVIEW_DECISION:
        return facts.review
    return _appeal(facts, Level.BOARD)


def _receipt_window(facts: CaseFacts, today: date, document: DecisionDocument) -> Window | Refusal:
    decided = _decision_for_receipt(facts, document)
    if decided is None or decided.decided_on is None:
        return _conflict("no_decision_to_receive", document=document)
    if decided.decision_received_on is not None:
        return _conflict("receipt_already_recorded", received_on=decided.decision_received_on)
    return Window(decided.decided_on, today)


def _record_receipt_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    review, board = (_receipt_window(facts, today, document) for document in DecisionDocument)
    if isinstance(review, Window) or _appeal(facts, Level.BOARD) is None:
        return review
    return board


def _due(received_on: date | None, days: int, policy: Policy) -> date | None:
    return None if received_on is None else owner_due_on(received_on, days, policy)


def _appeal_level_window(
    facts: CaseFacts, today: date, policy: Policy, level: Level
) -> Window | Refusal:
    existing = _appeal(facts, level)
    if existing is not None:
        return _conflict("appeal_already_lodged", level=level, lodged_on=existing.lodged_on)
    if _annulled_on(facts) is not None:
        return _conflict("seizure_annulled", annulled_on=_annulled_on(facts))
    if level == Level.BOARD:
        review = facts.review
        if review is None:
            return _conflict("review_required")  # Art. 291(5): the Board hears review decisions
        if review.decided_on is None:
            decision_due_on = period_end(review.requested_on, REVIEW_DECISION_DAYS)
            if today <= decision_due_on:
                return _conflict("review_pending", review_decision_due_on=decision_due_on)
            # Assumption: a review not decided within 30 days (Art. 291(4)) may be treated as
            # rejected; no time runs for that appeal because no decision was received.
            earliest, received, due_on = decision_due_on + timedelta(days=1), None, None
        else:
            earliest, received = review.decided_on, review.decision_received_on
            due_on = _due(received, BOARD_APPEAL_DAYS, policy)  # Art. 291(6)
    else:
        board = _appeal(facts, Level.BOARD)
        if board is None or board.decided_on is None:
            return _conflict("board_decision_required")  # Art. 291(9)
        earliest, received = board.decided_on, board.decision_received_on
        due_on = _due(received, policy.court_appeal_days, policy)
    late = _late("appeal_out_of_time", level=level, due_on=due_on, received_on=received)
    return _window(max(_latest_act_on(facts), earliest), today, due_on, late)


def _appeal_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    level = Level.BOARD if _appeal(facts, Level.BOARD) is None else Level.COURT
    return _appeal_level_window(facts, today, policy, level)


def _pending_appeal(facts: CaseFacts) -> Appeal | None:
    return next((appeal for appeal in facts.appeals if appeal.decided_on is None), None)


def _decide_appeal_window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
    if _pending_appeal(facts) is None:
        return _conflict("no_pending_appeal")
    return Window(_latest_act_on(facts), today)


def _dispose_window(
    kind: DispositionKind,
) -> Callable[[CaseFacts, date, Policy], Window | Refusal]:
    def window(facts: CaseFacts, today: date, policy: Policy) -> Window | Refusal:
        if facts.disposition is not None:
            return _conflict("already_disposed", kind=facts.disposition.kind)
        if _annulled_on(facts) is not None:
            return _conflict("seizure_annulled", annulled_on=_annulled_on(facts))
        decision = _final_decision(facts)
        if decision is not None and decision.outcome == Outcome.RETURN:
            return _conflict("thing_returned", decided_on=decision.decided_on)
        latest_act_on = _latest_act_on(facts)
        if kind in PERISHABLE_KINDS:  # Art. 251(3)(a): only while detained, not yet seized
            if not facts.perishable:
                return _conflict("not_perishable")
            if decision is not None:
                return _conflict("already_seized", seized_on=decision.decided_on)
            conditional = _conditional_return(facts)
            if conditional is not None:
                return _conflict("returned_conditionally", decided_on=conditional.decided_on)
            return _window(
                latest_act_on, today, detention_ends_on(facts), _detention_period_ended(facts)
            )
        seized_on = _seized_on(facts, today)
        if seized_on is None:
            return _not_seized()
        if kind == DispositionKind.RETURN_ON_PAYMENT:  # Art. 251(9)(a) and (b)(i)
            return Window(max(latest_act_on, seized_on), today)
        final_from = _final_from(facts, policy)  # Art. 251(9)(b)(ii), (iii): only once final
        if final_from is None:
            return _conflict("seizure_not_final")
        if final_from > today:
            return _conflict("seizure_final_from", final_on=final_from)
        return Window(max(latest_act_on, seized_on, final_from), today)

    return window


_WINDOWS: dict[Action, Callable[[CaseFacts, date, Policy], Window | Refusal]] = {
    Action.EXTEND: _extend_window,
    **{action: _decide_window(outcome) for action, outcome in DECISION_ACTIONS.items()},
    Action.RECORD_NOTIFICATION: _record_notification_window,
    Action.REQUEST_REVIEW: _request_review_window,
    Action.DECIDE_REVIEW: _decide_review_window,
    Action.RECORD_RECEIPT: _record_receipt_window,
    Action.APPEAL: _appeal_window,
    Action.DECIDE_APPEAL: _decide_appeal_window,
    **{action: _dispose_window(kind) for action, kind in DISPOSAL_ACTIONS.items()},
}


def availability(
    facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[Action, Window | Refusal]:
    """Every action: the window of legal dates it may bear if recorded today, or why not."""
    facts = as_of(facts, today)
    if facts.items:
        return {action: _items_window(action, facts, today, policy) for action in _WINDOWS}
    return {action: window(facts, today, policy) for action, window in _WINDOWS.items()}


def action_windows(
    facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[Action, Window]:
    """The allowed actions with the range of legal dates each may bear (for date pickers)."""
    return {
        action: result
        for action, result in availability(facts, today, policy).items()
        if isinstance(result, Window)
    }


def allowed_actions(facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY) -> list[Action]:
    """Actions that may be recorded today, with a legal date of today or earlier."""
    return list(action_windows(facts, today, policy))


def explain_refusals(
    facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[Action, Refusal]:
    """For each action that may not be recorded today, the reason."""
    return {
        action: result
        for action, result in availability(facts, today, policy).items()
        if isinstance(result, Refusal)
    }


# --- checks of one act with its arguments ---------------------------------------------------------


def _check_date(window: Window, on: date, today: date, field_name: str) -> Refusal | None:
    """A legal date is never in the future, past its deadline, or before the act it follows."""
    if on > today:
        return _invalid("date_in_future", field=field_name, on=on, today=today)
    if on > window.latest:
        return window.late
    if on < window.earliest:
        return _invalid(
            "date_before_previous_act", field=field_name, on=on, earliest=window.earliest
        )
    return None


def _check(
    action: Action, facts: CaseFacts, today: date, on: date, field_name: str, policy: Policy
) -> Refusal | None:
    window = _WINDOWS[action](as_of(case_view(facts, today, action), today), today, policy)
    if isinstance(window, Refusal):
        return window
    return _check_date(window, on, today, field_name)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _is(enum: type[StrEnum], value: object) -> bool:
    return value in {member.value for member in enum}


def check_open_case(detained_on: date, today: date) -> Refusal | None:
    """A case is opened on the day of detention or later, never dated in the future."""
    if detained_on > today:
        return _invalid("date_in_future", field="detained_on", on=detained_on, today=today)
    return None


def check_extend(
    facts: CaseFacts,
    today: date,
    *,
    decided_on: date,
    days: int,
    reasons: str,
    notification: Notification | None,
) -> Refusal | None:
    """Art. 251(2): before the first 30 days end, by up to 60 days in all, with reasons, and
    with the owner notified (251(6))."""
    refusal = _check(Action.EXTEND, facts, today, decided_on, "decided_on", DEFAULT_POLICY)
    if refusal is not None:
        return refusal
    remaining = MAX_EXTENSION_DAYS - extension_days(facts)
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        return _invalid("extension_days_invalid", field="days", remaining_days=remaining)
    if days > remaining:
        return _conflict(
            "extension_exceeds_limit",
            days=days,
            remaining_days=remaining,
            latest_extension_to=latest_extension_to(facts.detained_on),
        )
    if _blank(reasons):  # Art. 251(2)(b): explain the exceptional circumstances
        return _invalid("reasons_required", field="reasons")
    if notification is None:  # Art. 251(2)(a)
        return _invalid("notification_required", field="notification")
    if notification.document != Document.EXTENSION:
        return _invalid("notification_document_invalid", field="notification.document")
    if notification.sent_on < decided_on:
        return _invalid(
            "date_before_previous_act",
            field="notification.sent_on",
            on=notification.sent_on,
            earliest=decided_on,
        )
    due_on = extension_due_on(facts.detained_on)
    if notification.sent_on > due_on:  # Art. 251(2)(a): the owner is notified "at the same time"
        return _late(
            "extension_notice_too_late",
            sent_on=notification.sent_on,
            due_on=due_on,
            deemed_seized_on=detention_ends_on(facts) + timedelta(days=1),
        )
    extended = replace(facts, extensions=(*facts.extensions, Extension(decided_on, days)))
    return check_record_notification(extended, today, notification=notification)


def check_decide(
    facts: CaseFacts,
    today: date,
    *,
    outcome: Outcome,
    decided_on: date,
    reasons: str | None = None,
    conditions: str | None = None,
) -> Refusal | None:
    """Art. 251(1), (3)(b), (5)(a): return, return on conditions or seize, within the period."""
    if not _is(Outcome, outcome):
        return _invalid("outcome_invalid", field="outcome")
    action = next(a for a, o in DECISION_ACTIONS.items() if o == outcome)
    refusal = _check(action, facts, today, decided_on, "decided_on", DEFAULT_POLICY)
    if refusal is not None:
        return refusal
    if outcome == Outcome.SEIZE and _blank(reasons):  # Art. 251(5), Art. 12(3)
        return _invalid("reasons_required", field="reasons")
    if outcome == Outcome.RETURN_CONDITIONALLY and _blank(conditions):  # Art. 251(3)(b)
        return _invalid("conditions_required", field="conditions")
    return None


def check_record_notification(
    facts: CaseFacts, today: date, *, notification: Notification, policy: Policy = DEFAULT_POLICY
) -> Refusal | None:
    """Art. 251(6): a written notice by hand, post or at the address, to an agent, or to an
    electronic address; received on or after the day it was sent."""
    if not _is(Document, notification.document):
        return _invalid("notification_document_invalid", field="document")
    if not _is(Method, notification.method):
        return _invalid("notification_method_invalid", field="method")
    facts = case_view(facts, today, Action.RECORD_NOTIFICATION)
    window = _notification_window(as_of(facts, today), today, notification.document)
    if isinstance(window, Refusal):
        return window
    refusal = _check_date(window, notification.sent_on, today, "sent_on")
    if refusal is not None:
        return refusal
    if notification.method == Method.ELECTRONIC and not facts.owner_has_electronic_address:
        return _invalid("no_electronic_address", field="method")  # Art. 251(6)(c)
    if notification.method == Method.AGENT and not facts.owner_has_agent:
        return _invalid("no_agent", field="method")  # Art. 251(6)(b)
    received = notification.received_on
    if received is None:
        return None
    if received > today:
        return _invalid("date_in_future", field="received_on", on=received, today=today)
    if received < notification.sent_on:
        return _invalid("receipt_before_sending", field="received_on", sent_on=notification.sent_on)
    if notification.method == Method.HAND and received != notification.sent_on:
        return _invalid("hand_delivery_same_day", field="received_on", sent_on=notification.sent_on)
    review = facts.review
    if (
        notification.document == Document.SEIZURE
        and review is not None
        and owner_due_on(received, REVIEW_REQUEST_DAYS, policy) < review.requested_on
    ):
        return _conflict("receipt_contradicts_review", requested_on=review.requested_on)
    return None


def check_request_review(
    facts: CaseFacts, today: date, *, requested_on: date, policy: Policy = DEFAULT_POLICY
) -> Refusal | None:
    """Art. 291(1), (2), Art. 251(13): within 30 days of receiving the Notice of Seizure."""
    return _check(Action.REQUEST_REVIEW, facts, today, requested_on, "requested_on", policy)


def decision_received_on(facts: CaseFacts, of: ReviewOf) -> date | None:
    """When the owner received the decision `of` (Art. 291(2)): the detention decision with the
    receipt, the latest extension with its notice, the seizure with the Notice of Seizure."""
    if of == ReviewOf.SEIZURE:
        return notice_received_on(facts)
    if of == ReviewOf.DETENTION:
        document, since = Document.RECEIPT, facts.detained_on
    else:
        if not facts.extensions:
            return None
        document, since = Document.EXTENSION, max(e.decided_on for e in facts.extensions)
    receipts = [
        _receipt(n) for n in facts.notifications if n.document == document and n.sent_on >= since
    ]
    return min((on for on in receipts if on is not None), default=None)


def _request_other_review_window(
    facts: CaseFacts, today: date, policy: Policy, of: ReviewOf
) -> Window | Refusal:
    existing = _other_review(facts, of)
    if existing is not None:
        return _conflict("review_already_requested", requested_on=existing.requested_on)
    if of == ReviewOf.EXTENSION and not facts.extensions:
        return _conflict("no_extension")  # no such decision to review
    refusal = _nothing_held_refusal(facts, today, of)
    if refusal is not None:
        return refusal
    decided_on = facts.detained_on
    if of == ReviewOf.EXTENSION:
        decided_on = max(e.decided_on for e in facts.extensions)
    received = decision_received_on(facts, of)
    due_on = None if received is None else owner_due_on(received, REVIEW_REQUEST_DAYS, policy)
    late = _late("review_of_decision_out_of_time", due_on=due_on, received_on=received)
    return _window(max(_latest_act_on(facts), decided_on), today, due_on, late)


def things_concerned(facts: CaseFacts, of: ReviewOf) -> tuple[int, ...]:
    """The things the decision `of` is about (Art. 251(11)): the detention, every thing taken
    with the receipt; an extension, those still under detention on the day of the latest one
    (a thing sold, destroyed, returned or seized before it was not extended)."""
    ids = tuple(item.id for item in facts.items)
    if of != ReviewOf.EXTENSION or not facts.extensions:
        return ids
    extended_on = max(e.decided_on for e in facts.extensions)
    statuses = item_statuses_on(facts, extended_on)
    return tuple(i for i in ids if statuses[i] in UNDER_DETENTION) or ids


def _nothing_held_refusal(facts: CaseFacts, today: date, of: ReviewOf) -> Refusal | None:
    """Art. 291(1)-(2), 251(11): the owner's review is of the decision, not of each thing; it
    stays open while the Customs still hold (detained or seized) one thing the decision is
    about, and is refused as `already_disposed` only once none is held and one was disposed of
    (sold, destroyed, taken into official use or returned on payment, Art. 251(3)(a), (9)).
    `facts` as of `today`."""
    if not facts.items:  # a case read as one thing: its one disposition ends the holding
        if facts.disposition is None:
            return None
        return _conflict("already_disposed", kind=facts.disposition.kind)
    concerned = things_concerned(facts, of)
    statuses = item_statuses_on(facts, today)
    if any(statuses[i] in HELD_ORDER for i in concerned):
        return None
    disposed = [d for d in _dispositions(facts) if any(_covers(d, i) for i in concerned)]
    if not disposed:
        return None
    return _conflict("already_disposed", kind=disposed[-1].kind)


def check_request_review_of(
    facts: CaseFacts,
    today: date,
    *,
    of: ReviewOf,
    requested_on: date,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """Art. 251(13), 291(1)-(2): a review of the seizure, the detention or an extension, within
    30 days of receiving that decision (an owner's time limit: rolled over under the policy)."""
    if not _is(ReviewOf, of):
        return _invalid("review_of_invalid", field="of")
    if of == ReviewOf.SEIZURE:
        return check_request_review(facts, today, requested_on=requested_on, policy=policy)
    window = _request_other_review_window(as_of(facts, today), today, policy, ReviewOf(of))
    if isinstance(window, Refusal):
        return window
    return _check_date(window, requested_on, today, "requested_on")


def check_decide_review_of(
    facts: CaseFacts,
    today: date,
    *,
    of: ReviewOf,
    outcome: ReviewOutcome,
    decided_on: date,
    received_on: date | None = None,
) -> Refusal | None:
    """Art. 291(3), (4) for a review of the detention or an extension decision."""
    if of == ReviewOf.SEIZURE:
        return check_decide_review(
            facts, today, outcome=outcome, decided_on=decided_on, received_on=received_on
        )
    if not _is(ReviewOutcome, outcome):
        return _invalid("outcome_invalid", field="outcome")
    window = _decide_other_review_window(as_of(facts, today), today, ReviewOf(of))
    if isinstance(window, Refusal):
        return window
    return _check_date(window, decided_on, today, "decided_on") or _check_decision_receipt(
        decided_on, received_on, today
    )


def _decide_other_review_window(facts: CaseFacts, today: date, of: ReviewOf) -> Window | Refusal:
    """The dates a decision on the review of the decision `of` may bear (facts as of `today`),
    or why none may be recorded."""
    review = _other_review(facts, of)
    if review is None:
        return _conflict("no_review_requested")
    if review.decided_on is not None:
        return _conflict(
            "review_already_decided", decided_on=review.decided_on, outcome=review.outcome
        )
    return Window(_latest_act_on(facts), today)


def _check_decision_receipt(
    decided_on: date, received_on: date | None, today: date
) -> Refusal | None:
    if received_on is None:
        return None
    if received_on > today:
        return _invalid("date_in_future", field="received_on", on=received_on, today=today)
    if received_on < decided_on:
        return _invalid("receipt_before_decision", field="received_on", decided_on=decided_on)
    return None


def check_decide_review(
    facts: CaseFacts,
    today: date,
    *,
    outcome: ReviewOutcome,
    decided_on: date,
    received_on: date | None = None,
) -> Refusal | None:
    """Art. 291(3), (4): uphold, annul or amend the decision; the receipt starts 291(6)."""
    if not _is(ReviewOutcome, outcome):
        return _invalid("outcome_invalid", field="outcome")
    refusal = _check(Action.DECIDE_REVIEW, facts, today, decided_on, "decided_on", DEFAULT_POLICY)
    return refusal or _check_decision_receipt(decided_on, received_on, today)


def check_review_grounds(outcome: str, reasons: str | None) -> Refusal | None:
    """Art. 12(3), 291(3): a review decision that upholds or amends the decision under review
    (the owner's request refused, wholly or in part) states its grounds."""
    if outcome in (ReviewOutcome.UPHELD, ReviewOutcome.AMENDED) and _blank(reasons):
        return _refusal(REASONS_REQUIRED, "reasons_required", {"field": "reasons"})
    return None


def check_record_receipt(
    facts: CaseFacts,
    today: date,
    *,
    document: DecisionDocument,
    received_on: date,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """The owner's receipt of a review or Board decision, which starts the next appeal window."""
    if not _is(DecisionDocument, document):
        return _invalid("receipt_document_invalid", field="document")
    facts_today = as_of(case_view(facts, today, Action.RECORD_RECEIPT), today)
    window = _receipt_window(facts_today, today, document)
    if isinstance(window, Refusal):
        return window
    refusal = _check_date(window, received_on, today, "received_on")
    if refusal is not None:
        return refusal
    if document == DecisionDocument.REVIEW_DECISION:
        next_level, days = Level.BOARD, BOARD_APPEAL_DAYS
    else:
        next_level, days = Level.COURT, policy.court_appeal_days
    appeal = _appeal(facts_today, next_level)
    if appeal is not None and owner_due_on(received_on, days, policy) < appeal.lodged_on:
        return _conflict("receipt_contradicts_appeal", lodged_on=appeal.lodged_on)
    return None


def check_record_receipt_of(
    facts: CaseFacts,
    today: date,
    *,
    of: ReviewOf,
    received_on: date,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """The owner's receipt of the decision on a review of the detention or of an extension,
    recorded after the decision: it starts the 30 days to appeal to the Board (Art. 251(13),
    291(5)-(6)), rolled over under the policy as for the seizure's review."""
    if of == ReviewOf.SEIZURE:
        return check_record_receipt(
            facts, today, document=DecisionDocument.REVIEW_DECISION, received_on=received_on,
            policy=policy,
        )
    facts = as_of(facts, today)
    review = _other_review(facts, ReviewOf(of))
    if review is None or review.decided_on is None:
        return _conflict("no_decision_to_receive", document=DecisionDocument.REVIEW_DECISION)
    if review.decision_received_on is not None:
        return _conflict("receipt_already_recorded", received_on=review.decision_received_on)
    refusal = _check_date(Window(review.decided_on, today), received_on, today, "received_on")
    if refusal is not None:
        return refusal
    appeal = _other_appeal(facts, ReviewOf(of), Level.BOARD)
    due_on = owner_due_on(received_on, BOARD_APPEAL_DAYS, policy)
    if appeal is not None and due_on < appeal.lodged_on:
        return _conflict("receipt_contradicts_appeal", lodged_on=appeal.lodged_on)
    return None


def check_record_appeal_receipt_of(
    facts: CaseFacts,
    today: date,
    *,
    of: ReviewOf,
    level: Level,
    received_on: date,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """The owner's receipt of the Board's or the court's decision on an appeal about the
    detention or an extension, recorded after the decision: the Board's starts the time to go
    to court (Art. 291(8)-(9)), rolled over under the policy as for the seizure's appeals."""
    facts = as_of(facts, today)
    appeal = _other_appeal(facts, ReviewOf(of), Level(level))
    if appeal is None or appeal.decided_on is None:
        document = "court_decision" if level == Level.COURT else DecisionDocument.BOARD_DECISION
        return _conflict("no_decision_to_receive", document=document)
    if appeal.decision_received_on is not None:
        return _conflict("receipt_already_recorded", received_on=appeal.decision_received_on)
    refusal = _check_date(Window(appeal.decided_on, today), received_on, today, "received_on")
    if refusal is not None:
        return refusal
    court = _other_appeal(facts, ReviewOf(of), Level.COURT)
    if (
        level == Level.BOARD
        and court is not None
        and owner_due_on(received_on, policy.court_appeal_days, policy) < court.lodged_on
    ):
        return _conflict("receipt_contradicts_appeal", lodged_on=court.lodged_on)
    return None


def review_request_windows(
    facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[ReviewOf, Window | Refusal]:
    """For the reviews of the detention and of an extension (Art. 251(13), 291(1)-(2)): the
    legal dates a request recorded today may bear, or why none may be recorded."""
    facts = as_of(facts, today)
    return {
        of: _request_other_review_window(facts, today, policy, of)
        for of in (ReviewOf.DETENTION, ReviewOf.EXTENSION)
    }


def review_decision_windows(
    facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[ReviewOf, Window | Refusal]:
    """For the reviews of the detention and of an extension (Art. 291(3)-(4)): the legal dates
    a decision recorded today may bear, or why none may be recorded (`check_decide_review_of`)."""
    facts = as_of(facts, today)
    return {
        of: _decide_other_review_window(facts, today, of)
        for of in (ReviewOf.DETENTION, ReviewOf.EXTENSION)
    }


def check_record_court_receipt(
    facts: CaseFacts, today: date, *, received_on: date
) -> Refusal | None:
    """The owner's receipt of the court's judgment: it starts the time to appeal it further,
    after which the seizure is final (Art. 251(9)(b))."""
    court = _appeal(as_of(facts, today), Level.COURT)
    if court is None or court.decided_on is None:
        return _conflict("no_decision_to_receive", document="court_decision")
    if court.decision_received_on is not None:
        return _conflict("receipt_already_recorded", received_on=court.decision_received_on)
    if received_on > today:
        return _invalid("date_in_future", field="received_on", on=received_on, today=today)
    if received_on < court.decided_on:
        return _invalid("receipt_before_decision", field="received_on", decided_on=court.decided_on)
    return None


def check_appeal(
    facts: CaseFacts,
    today: date,
    *,
    level: Level,
    lodged_on: date,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """Art. 291(5), (6), (9): to the Board within 30 days of receiving the review decision, then
    to the court within the policy's window of receiving the Board's decision."""
    if not _is(Level, level):
        return _invalid("appeal_level_invalid", field="level")
    window = _appeal_level_window(
        as_of(case_view(facts, today, Action.APPEAL), today), today, policy, Level(level)
    )
    if isinstance(window, Refusal):
        return window
    return _check_date(window, lodged_on, today, "lodged_on")


def check_appeal_of(
    facts: CaseFacts,
    today: date,
    *,
    of: ReviewOf,
    level: Level,
    lodged_on: date,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """Art. 251(13), 291(5)-(6), (9) for the detention and extension decisions: to the Board
    within 30 days of receiving the decision on their review (rolled over under the policy),
    then to the court within the policy's window of receiving the Board's decision."""
    if not _is(ReviewOf, of):
        return _invalid("review_of_invalid", field="of")
    if of == ReviewOf.SEIZURE:
        return check_appeal(facts, today, level=level, lodged_on=lodged_on, policy=policy)
    if not _is(Level, level):
        return _invalid("appeal_level_invalid", field="level")
    window = _other_appeal_window(
        as_of(facts, today), today, policy, ReviewOf(of), Level(level)
    )
    if isinstance(window, Refusal):
        return window
    return _check_date(window, lodged_on, today, "lodged_on")


def _other_appeal_window(
    facts: CaseFacts, today: date, policy: Policy, of: ReviewOf, level: Level
) -> Window | Refusal:
    """The dates an appeal about the decision `of` may bear at `level` (facts as of `today`)."""
    existing = _other_appeal(facts, of, level)
    if existing is not None:
        return _conflict("appeal_already_lodged", level=level, lodged_on=existing.lodged_on)
    review = _other_review(facts, of)
    if review is None or review.decided_on is None:
        return _conflict("review_required")
    annulled = _annulled_review(facts, of)
    if annulled is not None:
        return _conflict("detention_annulled", annulled_on=annulled.decided_on)
    if level == Level.BOARD:
        earliest, received, days = review.decided_on, review.decision_received_on, BOARD_APPEAL_DAYS
    else:
        board = _other_appeal(facts, of, Level.BOARD)
        if board is None or board.decided_on is None:
            return _conflict("board_decision_required")
        earliest, received = board.decided_on, board.decision_received_on
        days = policy.court_appeal_days
    due_on = _due(received, days, policy)
    late = _late("appeal_out_of_time", level=level, due_on=due_on, received_on=received)
    return _window(max(_latest_act_on(facts), earliest), today, due_on, late)


def appeal_windows(
    facts: CaseFacts, today: date, policy: Policy = DEFAULT_POLICY
) -> dict[ReviewOf, Window | Refusal]:
    """For the reviews of the detention and of an extension: the dates an appeal lodged today
    may bear at the next level (the Board, then the court; Art. 291(5)-(9)), or why none."""
    facts = as_of(facts, today)
    return {
        of: _other_appeal_window(
            facts, today, policy, of,
            Level.BOARD if _other_appeal(facts, of, Level.BOARD) is None else Level.COURT,
        )
        for of in (ReviewOf.DETENTION, ReviewOf.EXTENSION)
    }


def check_decide_appeal_of(
    facts: CaseFacts,
    today: date,
    *,
    of: ReviewOf,
    level: Level,
    outcome: ReviewOutcome,
    decided_on: date,
    received_on: date | None = None,
) -> Refusal | None:
    """The Board's or the court's decision on an appeal about the detention or an extension."""
    if of == ReviewOf.SEIZURE:
        return check_decide_appeal(
            facts, today, level=level, outcome=outcome, decided_on=decided_on,
            received_on=received_on,
        )
    if not _is(ReviewOutcome, outcome):
        return _invalid("outcome_invalid", field="outcome")
    facts = as_of(facts, today)
    pending = next(
        (a for a in facts.other_appeals if a.of == of and a.level == level
         and a.decided_on is None),
        None,
    )
    if pending is None:
        return _conflict("no_pending_appeal", level=level)
    window = Window(_latest_act_on(facts), today)
    return _check_date(window, decided_on, today, "decided_on") or _check_decision_receipt(
        decided_on, received_on, today
    )


def check_appeal_notification(
    *,
    level: Level,
    lodged_on: date,
    hearing: Hearing | None,
    notified_on: date | None,
    today: date,
) -> Refusal | None:
    """Art. 291(7), (8): a Board appeal's hearing is closed or open; the Customs is notified of
    the appeal on or after the day it is lodged, never in the future."""
    if hearing is not None and not _is(Hearing, hearing):
        return _invalid("hearing_invalid", field="hearing")
    if level != Level.BOARD and (hearing is not None or notified_on is not None):
        return _invalid("hearing_only_at_the_board", field="hearing")
    if notified_on is None:
        return None
    if notified_on > today:
        return _invalid("date_in_future", field="notified_on", on=notified_on, today=today)
    if notified_on < lodged_on:
        return _invalid(
            "date_before_previous_act", field="notified_on", on=notified_on, earliest=lodged_on
        )
    return None


def check_decide_appeal(
    facts: CaseFacts,
    today: date,
    *,
    level: Level,
    outcome: ReviewOutcome,
    decided_on: date,
    received_on: date | None = None,
) -> Refusal | None:
    """The Board's or the court's decision on the seizure, and when the owner received it."""
    if not _is(Level, level):
        return _invalid("appeal_level_invalid", field="level")
    if not _is(ReviewOutcome, outcome):
        return _invalid("outcome_invalid", field="outcome")
    pending = _pending_appeal(as_of(case_view(facts, today, Action.DECIDE_APPEAL), today))
    if pending is None or pending.level != level:
        return _conflict("no_pending_appeal", level=level)
    refusal = _check(Action.DECIDE_APPEAL, facts, today, decided_on, "decided_on", DEFAULT_POLICY)
    return refusal or _check_decision_receipt(decided_on, received_on, today)


def check_dispose(
    facts: CaseFacts,
    today: date,
    *,
    kind: DispositionKind,
    decided_on: date,
    amount_eur: Decimal | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> Refusal | None:
    """Art. 251(3)(a), (9), (10): what may be done with the thing, and when."""
    if not _is(DispositionKind, kind):
        return _invalid("disposition_kind_invalid", field="kind")
    action = Action(f"dispose_{kind}")
    refusal = _check(action, facts, today, decided_on, "decided_on", policy)
    if refusal is not None:
        return refusal
    if kind == DispositionKind.RETURN_ON_PAYMENT:
        if amount_eur is None or amount_eur <= 0:
            return _invalid("amount_required", field="amount_eur")
        if amount_eur > facts.value_eur:  # Art. 251(9): "not exceeding the value of the thing"
            return _conflict(
                "amount_exceeds_value", amount_eur=amount_eur, value_eur=facts.value_eur
            )
        return None
    if kind in (DispositionKind.SALE, DispositionKind.PERISHABLE_SALE):
        if amount_eur is not None and amount_eur < 0:
            return _invalid("amount_invalid", field="amount_eur")
        return None
    if amount_eur is not None:
        return _invalid("amount_not_applicable", field="amount_eur")
    return None


# --- things, not cases (Art. 251(3)(a), (9), (11)) ------------------------------------------------


class ItemStatus(StrEnum):
    """Where one detained thing stands (Art. 251(11): goods, vehicle, container, packing)."""

    DETAINED = "detained"
    RETURNED_CONDITIONALLY = "returned_conditionally"  # Art. 251(3)(b)
    SEIZED = "seized"  # Art. 251(5)(a)
    DEEMED_SEIZED = "deemed_seized"  # Art. 251(4)
    RETURNED = "returned"  # Art. 251(1), (9)(a), (9)(b)(i), or the seizure annulled
    SOLD = "sold"  # Art. 251(3)(a), (9)(b)(iii), (10)
    DESTROYED = "destroyed"  # Art. 251(3)(a), (9)(b)(iii)
    OFFICIAL_USE = "official_use"  # Art. 251(9)(b)(ii)


DISPOSAL_STATUS = {
    DispositionKind.RETURN_ON_PAYMENT: ItemStatus.RETURNED,
    DispositionKind.OFFICIAL_USE: ItemStatus.OFFICIAL_USE,
    DispositionKind.SALE: ItemStatus.SOLD,
    DispositionKind.PERISHABLE_SALE: ItemStatus.SOLD,
    DispositionKind.DESTRUCTION: ItemStatus.DESTROYED,
    DispositionKind.PERISHABLE_DESTRUCTION: ItemStatus.DESTROYED,
}
# Things still under detention: a decision on them is still to be made (Art. 251(1)-(4)).
UNDER_DETENTION = (ItemStatus.DETAINED, ItemStatus.RETURNED_CONDITIONALLY)
SEIZED_STATES = (ItemStatus.SEIZED, ItemStatus.DEEMED_SEIZED)
# Things the Customs still holds, earliest stage first: the case's status is the earliest.
HELD_ORDER = (*UNDER_DETENTION, *SEIZED_STATES)
PARTED_WITH = (ItemStatus.SOLD, ItemStatus.DESTROYED, ItemStatus.OFFICIAL_USE)
# Acts about the detention of things still detained; the others follow their seizure.
DETENTION_SIDE = {Action.EXTEND, *DECISION_ACTIONS, Action.DISPOSE_PERISHABLE_SALE,
                  Action.DISPOSE_PERISHABLE_DESTRUCTION}
ITEM_ACTIONS = {*DECISION_ACTIONS, *DISPOSAL_ACTIONS}


def _covers(act: Decision | Disposition, item_id: int) -> bool:
    return act.item_ids is None or item_id in act.item_ids


def _uniform(facts: CaseFacts) -> bool:
    """Whether every decision and disposition names every thing: the things then share one
    history, and the case is read as one thing (its status and dates are theirs)."""
    ids = {item.id for item in facts.items}
    acts = (*facts.decisions, *_dispositions(facts))
    return all(act.item_ids is None or act.item_ids >= ids for act in acts)


def _as_one_thing(facts: CaseFacts) -> CaseFacts:
    """A case whose things share one history, read as one thing (as before items had states)."""
    first = facts.dispositions[0] if facts.dispositions else facts.disposition
    if first == facts.disposition:
        return facts  # the rules of one thing read neither `items` nor `dispositions`
    return replace(facts, items=(), disposition=first)


def _dispositions(facts: CaseFacts) -> tuple[Disposition, ...]:
    if facts.dispositions:
        return facts.dispositions
    return (facts.disposition,) if facts.disposition is not None else ()


def item_view(facts: CaseFacts, item_id: int) -> CaseFacts:
    """The facts of one thing, read as a case of that thing alone (Art. 251(11)): the decisions
    and dispositions that name it, its perishability, its value with unpaid duty and tax
    (Art. 251(9)), and the Notices of Seizure sent once it was seized."""
    item = next(item for item in facts.items if item.id == item_id)
    dispositions = tuple(d for d in _dispositions(facts) if _covers(d, item_id))
    view = replace(
        facts,
        items=(),
        decisions=tuple(d for d in facts.decisions if _covers(d, item_id)),
        disposition=dispositions[0] if dispositions else None,
        dispositions=dispositions,
        perishable=item.perishable,
        value_eur=item.value_eur + item.duty_unpaid_eur,
    )
    seized_from = _seized_on(view, date.max)
    return replace(
        view,
        notifications=tuple(
            n
            for n in view.notifications
            if n.document != Document.SEIZURE
            or (seized_from is not None and n.sent_on >= seized_from)
        ),
    )


def _item_status(facts: CaseFacts, item_id: int, today: date) -> ItemStatus:
    view = item_view(facts, item_id)
    if view.disposition is not None:
        return DISPOSAL_STATUS[view.disposition.kind]
    return ItemStatus(status_on(view, today).value)


def item_statuses_on(facts: CaseFacts, today: date) -> dict[int, ItemStatus]:
    """Each thing's status at the end of `today`, by item id."""
    facts = as_of(facts, today)
    return {item.id: _item_status(facts, item.id, today) for item in facts.items}


def item_status_on(facts: CaseFacts, item_id: int, today: date) -> ItemStatus:
    return _item_status(as_of(facts, today), item_id, today)


def case_status_from_items(statuses) -> Status:
    """The case's status from its things': the earliest stage among those the Customs still
    holds; when it holds none, `disposed` if any was sold, destroyed or taken into official use,
    else `returned`."""
    statuses = list(statuses)
    held = [status for status in statuses if status in HELD_ORDER]
    if held:
        return Status(min(held, key=HELD_ORDER.index).value)
    if any(status in PARTED_WITH for status in statuses):
        return Status.DISPOSED
    return Status.RETURNED


def case_view(facts: CaseFacts, today: date, action: Action) -> CaseFacts:
    """The facts a case-level act is judged on when the case has several things: for acts on
    the detention (extension, decisions, perishable disposal) a thing still under detention,
    for the others (notices of seizure, review, appeals, finality) the thing seized first.
    A case read as one thing (no `items`) is returned as it is."""
    if not facts.items:
        return facts
    if _uniform(facts):
        return _as_one_thing(facts)
    facts = as_of(facts, today)
    statuses = {item.id: _item_status(facts, item.id, today) for item in facts.items}
    views = {item.id: item_view(facts, item.id) for item in facts.items}
    seized_on = {item_id: _seized_on(view, today) for item_id, view in views.items()}
    detained = [i for i, status in statuses.items() if status in UNDER_DETENTION]
    seized = sorted(
        (i for i, status in statuses.items() if status in SEIZED_STATES), key=seized_on.get
    )
    ever_seized = sorted((i for i, on in seized_on.items() if on is not None), key=seized_on.get)
    if action in DETENTION_SIDE:
        order = (detained, seized, ever_seized)
    else:
        order = (seized, ever_seized, detained)
    chosen = next((ids[0] for ids in order if ids), facts.items[0].id)
    return views[chosen]


def _items_window(
    action: Action, facts: CaseFacts, today: date, policy: Policy
) -> Window | Refusal:
    """An action's window on a case of several things (`facts` as of `today`): a decision or
    disposition is open if it is open for one of the things still held."""
    if action not in ITEM_ACTIONS:
        return _WINDOWS[action](case_view(facts, today, action), today, policy)
    statuses = item_statuses_on(facts, today)
    held = [item.id for item in facts.items if statuses[item.id] in HELD_ORDER]
    results = [
        _WINDOWS[action](item_view(facts, item_id), today, policy)
        for item_id in held or [item.id for item in facts.items]
    ]
    return next((r for r in results if isinstance(r, Window)), results[0])


def _case_deadlines(facts: CaseFacts, today: date, policy: Policy) -> dict[str, date]:
    """The case's dates with several things: those of the thing seized first (review, appeals,
    finality), and the day of deemed seizure while a thing is still under detention."""
    facts = as_of(facts, today)
    result = deadlines(case_view(facts, today, Action.RECORD_NOTIFICATION), today, policy)
    statuses = item_statuses_on(facts, today)
    if any(status in UNDER_DETENTION for status in statuses.values()):
        result["deemed_seized_on"] = detention_ends_on(facts) + timedelta(days=1)
    else:
        result.pop("deemed_seized_on", None)
    return result


def seized_item_ids(facts: CaseFacts, day: date) -> set[int] | None:
    """The things seized (by decision or deemed) as known at `day`, whatever became of them
    since: what a Notice of Seizure is about. None for a case read as one thing."""
    if not facts.items:
        return None
    facts = as_of(facts, day)
    return {
        item.id for item in facts.items if _seized_on(item_view(facts, item.id), day) is not None
    }


def default_item_ids(facts: CaseFacts, today: date, action: Action) -> tuple[int, ...]:
    """The things an act names when it names none: for a decision, every thing still under
    detention; for a perishable sale or destruction, the perishable ones among them
    (Art. 251(3)(a)); for another disposition, every thing the Customs still holds."""
    statuses = item_statuses_on(facts, today)
    if action in DECISION_ACTIONS:
        wanted = UNDER_DETENTION
    elif action in (Action.DISPOSE_PERISHABLE_SALE, Action.DISPOSE_PERISHABLE_DESTRUCTION):
        return tuple(
            item.id
            for item in facts.items
            if item.perishable and statuses[item.id] in UNDER_DETENTION
        )
    else:
        wanted = HELD_ORDER
    return tuple(item.id for item in facts.items if statuses[item.id] in wanted)


def resolve_item_ids(
    facts: CaseFacts, on: date, action: Action, item_ids
) -> tuple[tuple[int, ...], Refusal | None]:
    """The things an act dated `on` is about: those named (each once, all of this case, at
    least one) or the default as things stood on that day; with none by default, the things
    held (or all), for the rules to say why the act is refused."""
    if item_ids is not None:
        ids = tuple(dict.fromkeys(item_ids))
        if not ids:
            return (), _invalid("item_ids_empty", field="item_ids")
        known = {item.id for item in facts.items}
        unknown = [item_id for item_id in ids if item_id not in known]
        if unknown:
            return (), _invalid("item_unknown", field="item_ids", item_id=unknown[0])
        return ids, None
    ids = default_item_ids(facts, on, action)
    if not ids:
        statuses = item_statuses_on(facts, on)
        ids = tuple(item.id for item in facts.items if statuses[item.id] in HELD_ORDER)
    return ids or tuple(item.id for item in facts.items), None


def check_decide_items(
    facts: CaseFacts,
    today: date,
    *,
    item_ids,
    outcome: Outcome,
    decided_on: date,
    reasons: str | None = None,
    conditions: str | None = None,
) -> tuple[tuple[int, ...], Refusal | None]:
    """Art. 251(1), (3)(b), (5)(a) for each thing named (Art. 251(11)): "return the truck, seize
    the cigarettes" is two decisions in one case. Returns the things decided on."""
    if not _is(Outcome, outcome):
        return (), _invalid("outcome_invalid", field="outcome")
    action = next(a for a, o in DECISION_ACTIONS.items() if o == outcome)
    ids, refusal = resolve_item_ids(facts, min(decided_on, today), action, item_ids)
    if refusal is not None:
        return (), refusal
    facts_today = as_of(facts, today)
    for item_id in ids:
        refusal = check_decide(
            item_view(facts_today, item_id),
            today,
            outcome=outcome,
            decided_on=decided_on,
            reasons=reasons,
            conditions=conditions,
        )
        if refusal is not None:
            return (), refusal
    return ids, None


def check_dispose_items(
    facts: CaseFacts,
    today: date,
    *,
    item_ids,
    kind: DispositionKind,
    decided_on: date,
    amount_eur: Decimal | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> tuple[tuple[int, ...], Refusal | None]:
    """Art. 251(3)(a), (9), (10) for each thing named: a perishable thing sold or destroyed
    while detained leaves the others to run on; a return on payment is capped by the value and
    unpaid duty and tax of the things returned (Art. 251(9)(a), (b)(i)). Returns the things."""
    if not _is(DispositionKind, kind):
        return (), _invalid("disposition_kind_invalid", field="kind")
    action = Action(f"dispose_{kind}")
    ids, refusal = resolve_item_ids(facts, min(decided_on, today), action, item_ids)
    if refusal is not None:
        return (), refusal
    facts_today = as_of(facts, today)
    views = [item_view(facts_today, item_id) for item_id in ids]
    for view in views:
        refusal = _check(action, view, today, decided_on, "decided_on", policy)
        if refusal is not None:
            return (), refusal
    together = replace(views[0], value_eur=sum((v.value_eur for v in views), Decimal(0)))
    refusal = check_dispose(
        together, today, kind=kind, decided_on=decided_on, amount_eur=amount_eur, policy=policy
    )
    return (ids, None) if refusal is None else ((), refusal)


# --- refunds after annulment (Art. 292(b)) --------------------------------------------------------


class RefundBasis(StrEnum):
    """What the Customs owes for a thing it no longer has (Art. 292(b)(ii))."""

    SUM_PAID = "sum_paid"  # (A) returned on payment: the sum paid for its return
    SALE_PROCEEDS = "sale_proceeds"  # (B) sold: the income from the sale
    TRADE_VALUE = "trade_value"  # (C) destroyed (or used officially): trade value at seizure


REFUND_BASIS = {
    DispositionKind.RETURN_ON_PAYMENT: RefundBasis.SUM_PAID,
    DispositionKind.SALE: RefundBasis.SALE_PROCEEDS,
    DispositionKind.DESTRUCTION: RefundBasis.TRADE_VALUE,
    DispositionKind.OFFICIAL_USE: RefundBasis.TRADE_VALUE,
}


@dataclass(frozen=True)
class RefundDue:
    amount_eur: Decimal  # still to be paid: owed less refunds recorded
    owed_eur: Decimal
    basis: tuple[tuple[RefundBasis, Decimal], ...]  # (basis, sum) per disposition
    from_on: date  # the day the matter was resolved in the owner's favour


def refund_due(facts: CaseFacts, today: date) -> RefundDue | None:
    """Art. 292(b)(ii): once the seizure is annulled (on review, by the Board or the court: the
    matter resolved in the owner's favour) after a thing was returned on payment, sold or
    destroyed, the sum paid, the sale's proceeds or its trade value at seizure, less refunds
    recorded; None when nothing is owed. Perishable things sold or destroyed while detained
    were never seized and are not counted (Art. 251(3)(a))."""
    facts = as_of(facts, today)
    annulled_on = _annulled_on(facts)
    if annulled_on is None:
        return None
    values = {item.id: item.value_eur for item in facts.items}
    basis = []
    for disposition in _dispositions(facts):
        kind = REFUND_BASIS.get(disposition.kind)
        if kind is None:
            continue
        if kind == RefundBasis.TRADE_VALUE:
            if facts.items:
                ids = disposition.item_ids or values.keys()
                amount = sum((values[item_id] for item_id in ids), Decimal(0))
            else:
                amount = facts.value_eur
        else:
            amount = disposition.amount_eur or Decimal(0)
        basis.append((kind, amount))
    owed = sum((amount for _, amount in basis), Decimal(0))
    paid = sum((refund.amount_eur for refund in facts.refunds), Decimal(0))
    if owed <= paid:
        return None
    return RefundDue(owed - paid, owed, tuple(basis), annulled_on)


def check_refund(
    facts: CaseFacts, today: date, *, amount_eur: Decimal, paid_on: date
) -> Refusal | None:
    """A refund is paid on or after the annulment, never in the future, and never more than is
    still due (Art. 292(b))."""
    if paid_on > today:
        return _invalid("date_in_future", field="paid_on", on=paid_on, today=today)
    if amount_eur is None or amount_eur <= 0:
        return _invalid("amount_required", field="amount_eur")
    due = refund_due(facts, today)
    if due is None:
        return _conflict("no_refund_due")
    if paid_on < due.from_on:
        return _invalid(
            "date_before_previous_act", field="paid_on", on=paid_on, earliest=due.from_on
        )
    if amount_eur > due.amount_eur:
        return _conflict("refund_exceeds_due", amount_eur=amount_eur, due_eur=due.amount_eur)
    return None
