"""Table tests of the date rules of issue 19: late extensions (Art. 251(2)), reviews of
detention and extension decisions (Art. 251(13), 291(1)-(2)), review decisions with grounds
(Art. 12(3), 291(3)), finality at the court stage (Art. 251(8)-(9)), the Customs' answer to a
closed Board hearing (Art. 291(7)) and deadlines ending on a non-working day (Art. 12)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.seizures import rules
from app.seizures.rules import (
    CaseFacts,
    Document,
    Extension,
    Method,
    Notification,
)

D = date(2025, 3, 10)  # a day of detention; day 30 is 2025-04-09


def day(n: int, start: date = D) -> date:
    return start + timedelta(days=n)


def case(**changes) -> CaseFacts:
    return replace(CaseFacts(detained_on=D, value_eur=Decimal("1200.00")), **changes)


def short(refusal):
    return None if refusal is None else (refusal.error, refusal.message_key.split(".", 1)[1])


def extend(facts=None, *, decided_on, sent_on, today, received_on=None, days=10):
    return short(
        rules.check_extend(
            facts or case(),
            today,
            decided_on=decided_on,
            days=days,
            reasons="Laboratory analysis pending.",
            notification=Notification(Document.EXTENSION, Method.POST, sent_on, received_on),
        )
    )


# --- Art. 251(2): the extension reaches the owner in time -----------------------------------------


@pytest.mark.parametrize(
    ("decided_on", "sent_on", "today", "expected"),
    [
        (day(29), day(30), day(30), None),  # sent on the last day of the first 30
        (day(30), day(30), day(40), None),  # paper first: entered later, sent in time
        (day(29), day(31), day(31), ("deadline_passed", "extension_notice_too_late")),
        (day(20), day(45), day(50), ("deadline_passed", "extension_notice_too_late")),
        (day(30), day(31), day(60), ("deadline_passed", "extension_notice_too_late")),
    ],
)
def test_an_extension_whose_notice_is_sent_after_day_30_is_refused(
    decided_on, sent_on, today, expected
):
    assert extend(decided_on=decided_on, sent_on=sent_on, today=today) == expected


def test_a_late_extension_never_revives_a_thing_deemed_seized():
    facts = case()
    today = day(40)
    assert rules.status_on(facts, today) == rules.Status.DEEMED_SEIZED
    refused = extend(facts, decided_on=day(29), sent_on=day(33), today=today)
    assert refused == ("deadline_passed", "extension_notice_too_late")
    assert rules.status_on(facts, today) == rules.Status.DEEMED_SEIZED


def test_a_second_extension_is_notified_within_the_first_30_days_too():
    facts = case(extensions=(Extension(day(10), 10),))  # the period now ends on day 40
    assert extend(facts, decided_on=day(28), sent_on=day(29), today=day(35)) is None
    assert extend(facts, decided_on=day(28), sent_on=day(32), today=day(35)) == (
        "deadline_passed",
        "extension_notice_too_late",
    )
