"""Registration verbs: an applicant registers, the Customs approve (making the operator, its
premises, its licence limits and its company administrator) or reject with reasons; the
applicant is told by mail in the language they registered in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import User
from app.accounts.service import check_password, hash_password
from app.db import utcnow
from app.errors import Conflict, Invalid, NotFound
from app.geo.gazetteer import find as find_municipality
from app.mail.compose import compose
from app.mail.service import enqueue
from app.orders.models import LicenceLimit
from app.registrations import rules
from app.registrations.models import APPROVED, PENDING, REJECTED, Registration
from app.registry.models import Operator
from app.registry.service import create_operator, create_premises


@dataclass(frozen=True)
class Decision:
    """What an approval made: the operator and its company administrator (None when the
    address already had an account, docs/operators.md)."""

    registration: Registration
    operator: Operator | None
    admin_user: User | None


def register(session: Session, body: Mapping[str, Any], *, today: dt.date) -> Registration:
    """Record an application (pending). Refused with 422 for a malformed NUI, a licence kind
    that may not register, licence dates that end before they begin or have ended, a weak
    password or an unknown municipality; 409 `conflict` when the NUI is already pending or
    approved (licensed operators' NUIs are public). Whether the administrator's address has an
    account is not looked at: approval deals with it."""
    nui = body["nui"].strip()
    problem = rules.nui_problem(nui)
    if problem:
        raise Invalid("registrations.nui_invalid", errors={"nui": [problem]})
    not_eligible = rules.eligibility_problems(body["licence_kinds"])
    if not_eligible:
        raise Invalid("registrations.not_eligible", errors={"licence_kinds": not_eligible})
    problem = rules.licence_dates_problem(
        body["licence_valid_from"], body["licence_valid_to"], today
    )
    if problem:
        raise Invalid("registrations.licence_dates", errors={"licence_valid_to": [problem]})
    unknown = [p["municipality"] for p in body["premises"] if find_municipality(p["municipality"])
               is None]
    if unknown:
        raise Invalid("registrations.unknown_municipality", errors={"premises": unknown})
    admin_email = body["admin"]["email"].strip().lower()
    check_password(body["admin"]["password"], email=admin_email, field="admin.password")
    live = select(Registration.id).where(
        Registration.nui == nui, Registration.status.in_((PENDING, APPROVED))
    )
    if session.scalar(live) or session.scalar(select(Operator.id).where(Operator.nui == nui)):
        raise Conflict("registrations.nui_pending_or_registered")
    registration = Registration(
        status=PENDING,
        company_name=body["company_name"].strip(),
        nui=nui,
        licence_number=body["licence_number"].strip(),
        licence_kinds=sorted(set(body["licence_kinds"])),
        categories=sorted(set(body["categories"])),
        licence_valid_from=body["licence_valid_from"],
        licence_valid_to=body["licence_valid_to"],
        premises=[_premises_json(p) for p in body["premises"]],
        contact=dict(body["contact"]),
        admin_email=admin_email,
        admin_password_hash=hash_password(body["admin"]["password"]),
        language=body["language"],
    )
    session.add(registration)
    session.flush()
    return registration


def decide(
    session: Session,
    registration_id: int,
    *,
    outcome: str,
    reasons: str | None,
    limits: list[Mapping[str, Any]],
    decided_by: int,
    public_base_url: str,
) -> Decision:
    """Approve or reject a pending registration (409 `conflict` once decided; the row is
    locked, so of two parallel decisions one finds it decided).

    Approval makes the operator (its licence as registered), its premises, a limit per
    category (`limits`: only the registration's categories, once each, only for importers
    and producers) and its company administrator with the registered password, who must enrol
    TOTP at first sign-in. If the administrator's address already has an account, no account
    is made and the mail says so (the account is not changed: an applicant cannot take over
    someone's account by registering with its address). A rejection needs `reasons` (Art.
    12(3)), which the mail gives with the right to a review (Art. 291)."""
    registration = session.scalar(
        select(Registration).where(Registration.id == registration_id).with_for_update()
    )
    if registration is None:
        raise NotFound("registration")
    if registration.status != PENDING:
        raise Conflict("registrations.already_decided")
    if outcome == REJECTED and not (reasons or "").strip():
        raise Invalid("registrations.reasons_required", errors={"reasons": ["required"]})
    registration.decided_at = utcnow()
    registration.decided_by = decided_by
    link = public_base_url.rstrip("/") + "/"
    if outcome == REJECTED:
        registration.status = REJECTED
        registration.reasons = reasons.strip()
        _mail(session, registration, "registration_rejected", reasons=registration.reasons)
        session.flush()
        return Decision(registration, None, None)
    _check_limits(registration, limits)
    operator = create_operator(
        session,
        name=registration.company_name,
        nui=registration.nui,
        licence_number=registration.licence_number,
        licence_kinds=registration.licence_kinds,
        licence_valid_from=registration.licence_valid_from,
        licence_valid_until=registration.licence_valid_to,
    )
    for number, premises in enumerate(registration.premises, start=1):
        create_premises(
            session,
            operator_id=operator.id,
            name=premises.get("name") or f"{registration.company_name} {number}",
            kind=premises["kind"],
            address=premises["address"],
            municipality=find_municipality(premises["municipality"]).slug,
            lat=premises.get("lat"),
            lon=premises.get("lon"),
        )
    session.add_all(
        LicenceLimit(operator_id=operator.id, category=limit["category"],
                     period=limit["period"], maximum=limit["maximum"], set_by=decided_by)
        for limit in limits
    )
    registration.status = APPROVED
    registration.operator_id = operator.id
    taken = session.scalar(select(User.id).where(User.email == registration.admin_email))
    admin_user = None
    if taken is None:
        admin_user = User(
            email=registration.admin_email,
            full_name=str(registration.contact.get("name") or "")[:200],
            password_hash=registration.admin_password_hash,
            roles=["operator"],
            operator_id=operator.id,
            company_role="administrator",
            mfa_required=True,
            language=registration.language,
        )
        session.add(admin_user)
        _mail(session, registration, "registration_approved", link=link)
    else:
        _mail(session, registration, "registration_approved_existing_account", link=link)
    session.flush()
    return Decision(registration, operator, admin_user)


def list_registrations(session: Session, *, status: str | None, limit: int, offset: int):
    statement = select(Registration).order_by(Registration.id)
    if status:
        statement = statement.where(Registration.status == status)
    return list(session.scalars(statement.limit(limit).offset(offset)))


def _check_limits(registration: Registration, limits: list[Mapping[str, Any]]) -> None:
    categories = [limit["category"] for limit in limits]
    wrong = sorted(
        {c for c in categories if c not in registration.categories}
        | {c for c in categories if categories.count(c) > 1}
    )
    if limits and not rules.orders_stamps(registration.licence_kinds):
        wrong = sorted(set(categories))
    if wrong:
        raise Invalid("registrations.limit_category", errors={"limits": wrong})


def _mail(session: Session, registration: Registration, template: str, **params) -> None:
    message = compose(template, registration.language, registration.admin_email,
                      company=registration.company_name, **params)
    enqueue(session, message, kind=template)


def _premises_json(premises: Mapping[str, Any]) -> dict:
    return {key: value for key, value in premises.items() if value is not None}
