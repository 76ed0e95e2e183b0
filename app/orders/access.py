"""Who may order stamps for a company: the one place the company roles will decide it."""

from __future__ import annotations

from app.accounts.models import User


def may_order(user: User) -> bool:
    """Whether `user` may place stamp orders for their company. For now every operator user of
    a company may; the company roles (administrator, ordering, logistics, read-only) will
    narrow it here."""
    return user.has_role("operator") and user.operator_id is not None
