"""The dashboard's figures (API.md, "Officers' day"): each table is one grouped read of the
rollups or of a small table; cases' statuses and deadlines come from the rules (Art. 251, 291),
as everywhere else, never restated in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.geo.gazetteer import municipality_name
from app.inspections import rollups
from app.inspections.models import Inspection, PremisesLastInspection, ScanDay
from app.kosovo_time import KOSOVO
from app.registry.models import Premises
from app.seizures import rules
from app.seizures.board_projection import cases_as_rows
from app.seizures.models import Case, CaseRefund

TABLES = (
    "verdicts_per_day",
    "findings_by_municipality",
    "cases_by_status",
    "deadlines_due",
    "premises_not_inspected",
    "officers_inspections",
)
# What a case's deadline names when it is something to do by that day (rules.deadlines also
# names facts such as seized_on, which are not due).
DUE = ("extension_due_on", "detention_ends_on", "review_request_due_on",
       "review_decision_due_on", "board_appeal_due_on", "court_appeal_due_on")
OPEN_STATUSES = (rules.Status.DETAINED, rules.Status.DEEMED_SEIZED, rules.Status.SEIZED,
                 rules.Status.RETURNED_CONDITIONALLY)
CASE_CHUNK = 2_000
# Rows of premises_not_inspected in the JSON answer (the CSV export has them all).
NOT_INSPECTED_SHOWN = 100


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), KOSOVO).astimezone(dt.UTC)


def verdicts_per_day(session: Session, first: dt.date, last: dt.date) -> list[dict]:
    """Every day of the window with its scans by verdict (Kosovo days), zeros included."""
    rows = session.execute(
        select(ScanDay.day, func.sum(ScanDay.genuine), func.sum(ScanDay.suspicious),
               func.sum(ScanDay.invalid))
        .where(ScanDay.day.between(first, last))
        .group_by(ScanDay.day)
    ).all()
    by_day = {rollups.as_date(day): (g, s, i) for day, g, s, i in rows}
    days = []
    for offset in range((last - first).days + 1):
        day = first + dt.timedelta(days=offset)
        genuine, suspicious, invalid = by_day.get(day, (0, 0, 0))
        days.append({"day": day, "genuine": int(genuine or 0), "suspicious": int(suspicious or 0),
                     "invalid": int(invalid or 0)})
    return days


def findings_by_municipality(
    session: Session, first: dt.date, last: dt.date, *, min_scans: int, lang: str
) -> list[dict]:
    """Suspicious scans per municipality over the window, where at least `min_scans` scans back
    the figure; most suspicious first."""
    total = ScanDay.genuine + ScanDay.suspicious + ScanDay.invalid
    rows = session.execute(
        select(ScanDay.municipality, func.sum(total), func.sum(ScanDay.suspicious))
        .where(ScanDay.day.between(first, last), ScanDay.municipality != "")
        .group_by(ScanDay.municipality)
    ).all()
    table = [
        {"municipality": slug, "name": municipality_name(slug, lang) or slug,
         "scans": int(scans), "suspicious": int(suspicious)}
        for slug, scans, suspicious in rows
        if scans >= min_scans and suspicious
    ]
    return sorted(table, key=lambda row: (-row["suspicious"], row["name"]))


def _cases(session: Session):
    """Every case (a row with `id` and `number`) with its facts, CASE_CHUNK at a time (a keyset
    on the id), read as plain rows as the board reads them: a thousand cases' ORM objects and
    their eight relationships cost more than the rest of the dashboard together."""
    after = 0
    while True:
        ids = select(Case.id).where(Case.id > after).order_by(Case.id).limit(CASE_CHUNK)
        chunk = cases_as_rows(session, ids)
        refunds: dict[int, list] = {}
        for case_id, amount_eur, paid_on in session.execute(
            select(CaseRefund.case_id, CaseRefund.amount_eur, CaseRefund.paid_on)
            .where(CaseRefund.case_id.in_(ids.scalar_subquery()))
            .order_by(CaseRefund.case_id, CaseRefund.id)
        ):
            refunds.setdefault(case_id, []).append(rules.Refund(amount_eur, paid_on))
        for case, _items, facts in chunk:
            if case.id in refunds:  # the board's rows leave them out: it never needs them
                facts = replace(facts, refunds=tuple(refunds[case.id]))
            yield case, facts
        if len(chunk) < CASE_CHUNK:
            return
        after = chunk[-1][0].id


def cases_and_deadlines(
    session: Session, today: dt.date, policy: rules.Policy, *, due_within_days: int = 7
) -> tuple[list[dict], list[dict]]:
    """(cases by status on `today`, deadlines of open cases due from today to the end of the
    window of `due_within_days` days, earliest first)."""
    counts = {status.value: 0 for status in rules.Status}
    due = []
    until = today + dt.timedelta(days=due_within_days - 1)
    for case, facts in _cases(session):
        status = rules.status_on(facts, today)
        counts[status.value] += 1
        if status not in OPEN_STATUSES:
            continue
        for what, on in rules.deadlines(facts, today, policy).items():
            if what in DUE and today <= on <= until:
                due.append({"case_id": case.id, "number": case.number, "what": what, "on": on})
    due.sort(key=lambda row: (row["on"], row["number"], row["what"]))
    return [{"status": status, "count": count} for status, count in counts.items()], due


def premises_not_inspected(
    session: Session, today: dt.date, days: int, lang: str, *, limit: int | None = None
) -> tuple[int, list[dict]]:
    """(how many, the premises themselves) not inspected in the last `days` days, those never
    inspected first, then the longest ago."""
    # One row per premises (kept by a trigger on inspections), and the count of all those
    # not inspected beside each: one statement, whatever the limit.
    last = PremisesLastInspection
    since = _start_of(today - dt.timedelta(days=days))
    statement = (
        select(Premises.id, Premises.name, Premises.municipality, last.started_at,
               func.count().over())
        .outerjoin(last, last.premises_id == Premises.id)
        .where(last.started_at.is_(None) | (last.started_at < since))
        .order_by(last.started_at.is_not(None), last.started_at, Premises.id)
    )
    if limit is not None:
        statement = statement.limit(limit)
    found = session.execute(statement).all()
    count = found[0][4] if found else 0
    rows = [
        {"premises_id": premises_id, "name": name, "municipality": slug,
         "municipality_name": municipality_name(slug, lang),
         "last_inspected_on": _legal_day(last_at)}
        for premises_id, name, slug, last_at, _ in found
    ]
    return count, rows


def _legal_day(instant) -> dt.date | None:
    if instant is None:
        return None
    if isinstance(instant, str):
        instant = dt.datetime.fromisoformat(instant)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(KOSOVO).date()


def officers_inspections(session: Session, today: dt.date) -> list[dict]:
    """Inspections started this week (Monday to today, Kosovo time), per officer, most first."""
    monday = today - dt.timedelta(days=today.weekday())
    rows = session.execute(
        select(User.id, User.full_name, User.email, func.count(Inspection.id))
        .join(Inspection, Inspection.officer_id == User.id)
        .where(Inspection.started_at >= _start_of(monday))
        .group_by(User.id, User.full_name, User.email)
    ).all()
    table = [{"officer_id": user_id, "name": full_name or email, "inspections": int(count)}
             for user_id, full_name, email, count in rows]
    return sorted(table, key=lambda row: (-row["inspections"], row["name"]))


def dashboard(
    session: Session,
    *,
    first: dt.date,
    last: dt.date,
    today: dt.date,
    policy: rules.Policy,
    min_scans: int,
    not_inspected_days: int,
    lang: str,
    full: bool = False,
) -> dict:
    """Every table of the dashboard (`full`: premises_not_inspected without a cap, for CSV)."""
    cases, due = cases_and_deadlines(session, today, policy)
    count, not_inspected = premises_not_inspected(
        session, today, not_inspected_days, lang, limit=None if full else NOT_INSPECTED_SHOWN
    )
    return {
        "from": first,
        "to": last,
        "as_of": rollups.as_of(session),
        "verdicts_per_day": verdicts_per_day(session, first, last),
        "findings_by_municipality": findings_by_municipality(
            session, first, last, min_scans=min_scans, lang=lang
        ),
        "cases_by_status": cases,
        "deadlines_due": due,
        "not_inspected_days": not_inspected_days,
        "premises_not_inspected_count": count,
        "premises_not_inspected": not_inspected,
        "officers_inspections": officers_inspections(session, today),
    }
