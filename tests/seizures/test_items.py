"""The pure rules read thing by thing (Art. 251(3)(a), (9), (11)) and refunds (Art. 292(b)):
table tests with exact dates, and a property test that a case's status is what its things'
statuses imply."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.seizures import rules
from app.seizures.rules import (
    Action,
    CaseFacts,
    Decision,
    Disposition,
    DispositionKind,
    Document,
    Extension,
    Item,
    ItemStatus,
    Method,
    Notification,
    Outcome,
    Refund,
    RefundBasis,
    Review,
    ReviewOutcome,
    Status,
)

D = date(2024, 1, 30)  # the day of detention: day 30 is 29 February 2024 (a leap day)
CIGARETTES, TRUCK, FISH = 1, 2, 3


def day(n: int) -> date:
    return D + timedelta(days=n)


def things(**changes) -> tuple[Item, ...]:
    items = {
        CIGARETTES: Item(CIGARETTES, value_eur=Decimal("700.00"),
                         duty_unpaid_eur=Decimal("300.00")),
        TRUCK: Item(TRUCK, value_eur=Decimal("15000.00")),
        FISH: Item(FISH, perishable=True, value_eur=Decimal("80.00")),
    }
    return tuple(changes.get(str(key), item) for key, item in items.items())


def case(**changes) -> CaseFacts:
    return CaseFacts(detained_on=D, items=things(), **changes)


def on(*ids: int) -> frozenset[int]:
    return frozenset(ids)


def test_day_30_of_a_detention_from_30_january_2024_is_the_leap_day():
    assert rules.detention_ends_on(case()) == date(2024, 2, 29)
    assert rules.deadlines(case(), day(0))["deemed_seized_on"] == date(2024, 3, 1)


@pytest.mark.parametrize(
    ("facts", "today", "expected", "status"),
    [
        # Nothing decided: every thing detained, then deemed seized on 1 March 2024.
        (case(), date(2024, 2, 29),
         {CIGARETTES: "detained", TRUCK: "detained", FISH: "detained"}, "detained"),
        (case(), date(2024, 3, 1),
         {CIGARETTES: "deemed_seized", TRUCK: "deemed_seized", FISH: "deemed_seized"},
         "deemed_seized"),
        # Return the truck, seize the cigarettes: one case; the fish runs on and is deemed seized.
        (case(decisions=(Decision(Outcome.RETURN, day(3), on(TRUCK)),
                         Decision(Outcome.SEIZE, day(3), on(CIGARETTES)))),
         day(10), {CIGARETTES: "seized", TRUCK: "returned", FISH: "detained"}, "detained"),
        (case(decisions=(Decision(Outcome.RETURN, day(3), on(TRUCK)),
                         Decision(Outcome.SEIZE, day(3), on(CIGARETTES)))),
         date(2024, 3, 1), {CIGARETTES: "seized", TRUCK: "returned", FISH: "deemed_seized"},
         "seized"),
        # Fish sold while detained (Art. 251(3)(a)): the rest runs on, then is deemed seized.
        (case(dispositions=(Disposition(DispositionKind.PERISHABLE_SALE, day(2),
                                        Decimal("60"), on(FISH)),)),
         day(29), {CIGARETTES: "detained", TRUCK: "detained", FISH: "sold"}, "detained"),
        (case(dispositions=(Disposition(DispositionKind.PERISHABLE_SALE, day(2),
                                        Decimal("60"), on(FISH)),)),
         day(31), {CIGARETTES: "deemed_seized", TRUCK: "deemed_seized", FISH: "sold"},
         "deemed_seized"),
        # An extension moves the deemed seizure of what is left: 30 + 10 days, to 10 March 2024.
        (case(extensions=(Extension(day(20), 10),),
              decisions=(Decision(Outcome.RETURN_CONDITIONALLY, day(5), on(TRUCK)),)),
         date(2024, 3, 10),
         {CIGARETTES: "detained", TRUCK: "returned_conditionally", FISH: "detained"},
         "detained"),
        (case(extensions=(Extension(day(20), 10),),
              decisions=(Decision(Outcome.RETURN_CONDITIONALLY, day(5), on(TRUCK)),)),
         date(2024, 3, 11),
         {CIGARETTES: "deemed_seized", TRUCK: "deemed_seized", FISH: "deemed_seized"},
         "deemed_seized"),
        # Everything returned or parted with: returned, or disposed if any was sold.
        (case(decisions=(Decision(Outcome.RETURN, day(3)),)), day(3),
         {CIGARETTES: "returned", TRUCK: "returned", FISH: "returned"}, "returned"),
        (case(decisions=(Decision(Outcome.RETURN, day(3), on(TRUCK, CIGARETTES)),),
              dispositions=(Disposition(DispositionKind.PERISHABLE_DESTRUCTION, day(1), None,
                                        on(FISH)),)),
         day(3), {CIGARETTES: "returned", TRUCK: "returned", FISH: "destroyed"}, "disposed"),
        # A decision dated later is not yet known (the facts as of the day).
        (case(decisions=(Decision(Outcome.SEIZE, day(3), on(CIGARETTES)),)), day(2),
         {CIGARETTES: "detained", TRUCK: "detained", FISH: "detained"}, "detained"),
    ],
)
def test_each_thing_has_its_own_status_and_the_case_the_earliest_held(
    facts, today, expected, status
):
    assert {i: s.value for i, s in rules.item_statuses_on(facts, today).items()} == expected
    assert rules.status_on(facts, today) == Status(status)


def test_returned_on_payment_and_official_use_and_destruction_are_each_a_things_end():
    facts = case(
        decisions=(Decision(Outcome.SEIZE, day(3)),),
        dispositions=(
            Disposition(DispositionKind.RETURN_ON_PAYMENT, day(5), Decimal("15000"), on(TRUCK)),
            Disposition(DispositionKind.OFFICIAL_USE, day(90), None, on(FISH)),
            Disposition(DispositionKind.DESTRUCTION, day(90), None, on(CIGARETTES)),
        ),
    )
    assert rules.item_statuses_on(facts, day(90)) == {
        CIGARETTES: ItemStatus.DESTROYED, TRUCK: ItemStatus.RETURNED,
        FISH: ItemStatus.OFFICIAL_USE,
    }
    assert rules.status_on(facts, day(90)) == Status.DISPOSED
    assert rules.status_on(facts, day(5)) == Status.SEIZED  # the cigarettes and fish still held


def test_perishable_sale_while_detained_applies_to_the_perishable_things_only():
    facts = case()
    ids, refusal = rules.check_dispose_items(
        facts, day(2), item_ids=None, kind=DispositionKind.PERISHABLE_SALE, decided_on=day(2),
        amount_eur=Decimal("60"),
    )
    assert refusal is None and ids == (FISH,)
    _, refusal = rules.check_dispose_items(
        facts, day(2), item_ids=[TRUCK], kind=DispositionKind.PERISHABLE_SALE,
        decided_on=day(2), amount_eur=Decimal("60"),
    )
    assert refusal.message_key == "seizures.not_perishable"


def test_after_the_fish_is_sold_the_rest_can_still_be_seized_and_extended():
    facts = case(dispositions=(
        Disposition(DispositionKind.PERISHABLE_SALE, day(2), Decimal("60"), on(FISH)),
    ))
    ids, refusal = rules.check_decide_items(
        facts, day(10), item_ids=None, outcome=Outcome.SEIZE, decided_on=day(10),
        reasons="Unmarked cigarettes (Art. 300(1)).",
    )
    assert refusal is None and ids == (CIGARETTES, TRUCK)
    assert Action.EXTEND in rules.allowed_actions(facts, day(10))
    assert rules.check_extend(
        facts, day(10), decided_on=day(10), days=20, reasons="Laboratory",
        notification=Notification(Document.EXTENSION, Method.HAND, day(10)),
    ) is None


def test_return_the_truck_seize_the_cigarettes_is_one_case():
    facts = case(decisions=(Decision(Outcome.RETURN, day(3), on(TRUCK)),))
    ids, refusal = rules.check_decide_items(
        facts, day(4), item_ids=[CIGARETTES], outcome=Outcome.SEIZE, decided_on=day(4),
        reasons="Unmarked cigarettes (Art. 300(1)).",
    )
    assert refusal is None and ids == (CIGARETTES,)
    # The truck's own decision is made: naming it again is refused.
    _, refusal = rules.check_decide_items(
        facts, day(4), item_ids=[TRUCK], outcome=Outcome.SEIZE, decided_on=day(4),
        reasons="x",
    )
    assert refusal.message_key == "seizures.detention_already_decided"
    # By default a decision is about what is still under detention: cigarettes and fish.
    ids, _ = rules.check_decide_items(
        facts, day(4), item_ids=None, outcome=Outcome.SEIZE, decided_on=day(4), reasons="x"
    )
    assert ids == (CIGARETTES, FISH)


def test_a_seizure_notice_for_the_cigarettes_leaves_the_truck_open_to_a_decision():
    facts = case(
        decisions=(Decision(Outcome.SEIZE, day(3), on(CIGARETTES)),),
        notifications=(Notification(Document.SEIZURE, Method.HAND, day(4)),),
    )
    assert "review_request_due_on" in rules.deadlines(facts, day(4))
    assert rules.deadlines(facts, day(4))["review_request_due_on"] == day(34)
    assert rules.deadlines(facts, day(4))["seized_on"] == day(3)
    assert rules.deadlines(facts, day(4))["deemed_seized_on"] == date(2024, 3, 1)
    _, refusal = rules.check_decide_items(
        facts, day(5), item_ids=[TRUCK], outcome=Outcome.RETURN, decided_on=day(5)
    )
    assert refusal is None
    assert rules.seized_item_ids(facts, day(5)) == {CIGARETTES}


@pytest.mark.parametrize(
    ("item_ids", "amount", "key"),
    [
        # Art. 251(9)(a): the value and the unpaid duty of the cigarettes: 700 + 300.
        ([CIGARETTES], "1000.00", None),
        ([CIGARETTES], "1000.01", "seizures.amount_exceeds_value"),
        # With the truck the ceiling is the sum of both things: 1000 + 15000.
        ([CIGARETTES, TRUCK], "16000.00", None),
        ([CIGARETTES, TRUCK], "16000.01", "seizures.amount_exceeds_value"),
        ([], "1", "seizures.item_ids_empty"),
        ([CIGARETTES, 99], "1", "seizures.item_unknown"),
    ],
)
def test_return_on_payment_ceiling_is_value_and_unpaid_duty_of_the_things_returned(
    item_ids, amount, key
):
    facts = case(decisions=(Decision(Outcome.SEIZE, day(3)),))
    _, refusal = rules.check_dispose_items(
        facts, day(5), item_ids=item_ids, kind=DispositionKind.RETURN_ON_PAYMENT,
        decided_on=day(5), amount_eur=Decimal(amount),
    )
    assert (refusal and refusal.message_key) == key


def test_a_thing_already_disposed_of_cannot_be_disposed_of_again():
    facts = case(
        decisions=(Decision(Outcome.SEIZE, day(3)),),
        dispositions=(Disposition(DispositionKind.RETURN_ON_PAYMENT, day(5), Decimal("100"),
                                  on(TRUCK)),),
    )
    _, refusal = rules.check_dispose_items(
        facts, day(6), item_ids=[TRUCK], kind=DispositionKind.RETURN_ON_PAYMENT,
        decided_on=day(6), amount_eur=Decimal("1"),
    )
    assert refusal.error == "conflict" and refusal.message_key == "seizures.already_disposed"
    # The default names only what is still held: the cigarettes and the fish.
    ids, refusal = rules.check_dispose_items(
        facts, day(6), item_ids=None, kind=DispositionKind.RETURN_ON_PAYMENT,
        decided_on=day(6), amount_eur=Decimal("1"),
    )
    assert refusal is None and ids == (CIGARETTES, FISH)


# --- refunds (Art. 292(b)) -----------------------------------------------------------------------

NOTICE = Notification(Document.SEIZURE, Method.HAND, day(4))


def annulled(*dispositions: Disposition, refunds=()) -> CaseFacts:
    return case(
        decisions=(Decision(Outcome.SEIZE, day(3)),),
        notifications=(NOTICE,),
        review=Review(day(10), day(40), ReviewOutcome.ANNULLED, day(41)),
        dispositions=dispositions,
        refunds=refunds,
    )


def test_refund_due_after_annulment_by_basis():
    facts = annulled(
        Disposition(DispositionKind.RETURN_ON_PAYMENT, day(5), Decimal("900"), on(CIGARETTES)),
        Disposition(DispositionKind.PERISHABLE_SALE, day(2), Decimal("60"), on(FISH)),
    )
    assert rules.refund_due(facts, day(39)) is None  # not annulled yet
    due = rules.refund_due(facts, day(40))
    assert due.amount_eur == Decimal("900") and due.from_on == day(40)
    # The fish was sold while detained, never seized: not counted.
    assert due.basis == ((RefundBasis.SUM_PAID, Decimal("900")),)


def test_refund_of_a_destroyed_thing_is_its_trade_value_and_of_a_sale_its_proceeds():
    # Destroyed and sold only once final, so here the review annuls after the fact is past:
    # a Board decision annuls later in the same way; the basis is what the law names.
    facts = annulled(
        Disposition(DispositionKind.DESTRUCTION, day(20), None, on(CIGARETTES)),
        Disposition(DispositionKind.SALE, day(20), Decimal("9000"), on(TRUCK)),
    )
    due = rules.refund_due(facts, day(41))
    assert due.basis == (
        (RefundBasis.TRADE_VALUE, Decimal("700.00")),  # the value, not the unpaid duty
        (RefundBasis.SALE_PROCEEDS, Decimal("9000")),
    )
    assert due.amount_eur == Decimal("9700.00")


@pytest.mark.parametrize(
    ("amount", "paid_on", "key"),
    [
        ("900", day(45), None),
        ("900.01", day(45), "seizures.refund_exceeds_due"),
        ("0", day(45), "seizures.amount_required"),
        ("100", day(39), "seizures.date_before_previous_act"),  # before the annulment
        ("100", day(46), "seizures.date_in_future"),
    ],
)
def test_a_refund_is_never_more_than_due_nor_dated_before_the_annulment(amount, paid_on, key):
    facts = annulled(
        Disposition(DispositionKind.RETURN_ON_PAYMENT, day(5), Decimal("900"), on(CIGARETTES))
    )
    refusal = rules.check_refund(facts, day(45), amount_eur=Decimal(amount), paid_on=paid_on)
    assert (refusal and refusal.message_key) == key


def test_refunds_recorded_reduce_what_is_due_until_nothing_is():
    sale = Disposition(DispositionKind.RETURN_ON_PAYMENT, day(5), Decimal("900"), on(TRUCK))
    part = annulled(sale, refunds=(Refund(Decimal("400"), day(42)),))
    assert rules.refund_due(part, day(42)).amount_eur == Decimal("500")
    assert rules.refund_due(part, day(41)).amount_eur == Decimal("900")  # not yet paid then
    paid = annulled(sale, refunds=(Refund(Decimal("400"), day(42)), Refund(Decimal("500"),
                                                                           day(43))))
    assert rules.refund_due(paid, day(43)) is None
    assert rules.check_refund(paid, day(43), amount_eur=Decimal("1"), paid_on=day(43)) \
        .message_key == "seizures.no_refund_due"


def test_no_refund_while_the_seizure_stands():
    facts = case(
        decisions=(Decision(Outcome.SEIZE, day(3)),),
        dispositions=(Disposition(DispositionKind.RETURN_ON_PAYMENT, day(5), Decimal("900")),),
    )
    assert rules.refund_due(facts, day(60)) is None


# --- property: the case's status is what its things imply --------------------------------------

ALL = (CIGARETTES, TRUCK, FISH)
subsets = st.frozensets(st.sampled_from(ALL), min_size=1)


@st.composite
def cases_of_things(draw):
    decisions, dispositions = [], []
    for _ in range(draw(st.integers(0, 3))):
        outcome = draw(st.sampled_from(list(Outcome)))
        decisions.append(Decision(outcome, day(draw(st.integers(0, 40))), draw(subsets)))
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(list(DispositionKind)))
        dispositions.append(
            Disposition(kind, day(draw(st.integers(0, 120))), None, draw(subsets))
        )
    extensions = (Extension(day(10), draw(st.integers(1, 60))),) if draw(st.booleans()) else ()
    return case(
        decisions=tuple(sorted(decisions, key=lambda d: d.decided_on)),
        dispositions=tuple(sorted(dispositions, key=lambda d: d.decided_on)),
        extensions=extensions,
    )


@settings(max_examples=200, deadline=None)
@given(cases_of_things(), st.integers(0, 130))
def test_case_status_equals_what_the_things_imply(facts, n):
    today = day(n)
    statuses = rules.item_statuses_on(facts, today)
    status = rules.status_on(facts, today)
    held = [s for s in statuses.values() if s in rules.HELD_ORDER]
    if held:
        # The earliest stage among the things the Customs still holds.
        assert status.value == min(held, key=rules.HELD_ORDER.index).value
        assert status.value in {s.value for s in held}
    elif any(s in rules.PARTED_WITH for s in statuses.values()):
        assert status == Status.DISPOSED
    else:
        assert status == Status.RETURNED
    # Each thing's status is the status of a case of that thing alone.
    for item_id, item_status in statuses.items():
        alone = rules.item_view(rules.as_of(facts, today), item_id)
        if alone.disposition is None:
            assert rules.status_on(alone, today).value == item_status.value
        else:
            assert item_status == rules.DISPOSAL_STATUS[alone.disposition.kind]
