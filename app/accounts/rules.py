"""The password policy, as pure functions: what a new password must not be (docs/accounts.md).

Modelled on NIST SP 800-63B §3.1.1.2 (memorised secrets): a minimum length, no password from a
list of commonly used ones, no repetitive strings, no context-specific words (the user's email,
the service's name); no composition rules and no expiry. The list ships with the code
(`data/common-passwords.txt.gz`, its source in `data/SOURCES.md`): no network service is asked.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200
# "aaaaaaaaaa", "ababababab", ten spaces: long enough, guessed at once.
MIN_DISTINCT_CHARACTERS = 5
# The words a guesser tries first on this service (SP 800-63B: "context-specific words").
SERVICE_WORDS = frozenset({"banderola", "banderolainspect", "dogana", "carina", "customs"})
# The parameters every message of `password_problems` may name.
POLICY = {
    "minimum": MIN_PASSWORD_LENGTH,
    "maximum": MAX_PASSWORD_LENGTH,
    "distinct": MIN_DISTINCT_CHARACTERS,
}

_COMMON_PASSWORDS = Path(__file__).parent / "data" / "common-passwords.txt.gz"


def password_problems(password: str, *, email: str | None = None) -> list[str]:
    """The message keys of every rule `password` breaks, in a fixed order; [] when it is good.

    Spaces at either end do not count towards the length; letter case does not make a common
    password or the user's own email uncommon. Messages take the parameters of `POLICY`.
    """
    problems = []
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        problems.append("accounts.password_too_short")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append("accounts.password_too_long")
    if len(set(password.lower())) < MIN_DISTINCT_CHARACTERS:
        problems.append("accounts.password_too_simple")
    if is_common(password):
        problems.append("accounts.password_common")
    if _is_personal(password, email):
        problems.append("accounts.password_personal")
    return problems


def is_common(password: str) -> bool:
    """On the list of common passwords, ignoring case and spaces (`"Qwerty UIOP"` is)."""
    lowered = password.lower()
    return not common_passwords().isdisjoint({lowered, lowered.strip(), "".join(lowered.split())})


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list (lowercase), read once per process on first use."""
    with gzip.open(_COMMON_PASSWORDS, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


def _is_personal(password: str, email: str | None) -> bool:
    """The user's email or its name part, or the service's name, give or take digits and signs:
    `Officer.2026!` for officer@..., `banderola2026`."""
    letters = _letters(password)
    if not letters:
        return False
    words = set(SERVICE_WORDS)
    if email:
        name, _, _domain = email.lower().partition("@")
        words |= {_letters(name), _letters(email)}
    return letters in words


def _letters(text: str) -> str:
    return "".join(character for character in text.lower() if character.isalpha())


# What each company role may do (seeds/000: "the account administrator can assign roles and
# permissions to multiple users within the company"). Actions:
# - `read`: see the company's batches, custody chain and verification report;
# - `codes`: download a batch's codes (whoever holds them can print genuine stamps);
# - `order`: order stamps;
# - `logistics`: activate, ship, receive, revoke, report missing, EPCIS capture;
# - `manage_users`: the company's users and API keys.
COMPANY_ACTIONS = ("read", "codes", "order", "logistics", "manage_users")
_COMPANY_PERMISSIONS = {
    "administrator": frozenset(COMPANY_ACTIONS),
    "ordering": frozenset({"read", "codes", "order"}),
    "logistics": frozenset({"read", "codes", "logistics"}),
    "read_only": frozenset({"read"}),
}
# What each scope of an API key lets a company's system do (docs/accounts.md, "API keys").
API_KEY_SCOPES = ("epcis", "orders", "reports")


def company_permits(role: str | None, action: str) -> bool:
    """May an operator user of company role `role` do `action`? Unknown roles may do nothing."""
    if action not in COMPANY_ACTIONS:
        raise ValueError(f"unknown company action {action!r}")
    return action in _COMPANY_PERMISSIONS.get(role or "", frozenset())


def key_permits(scopes: list[str] | tuple[str, ...], scope: str) -> bool:
    """May an API key of `scopes` reach an operation open to keys of `scope`?"""
    if scope not in API_KEY_SCOPES:
        raise ValueError(f"unknown API key scope {scope!r}")
    return scope in scopes


def legacy_company_role(company_admin: bool) -> str:
    """The company role of an operator user described by the older `company_admin` flag: an
    administrator, or a user who could do all but manage users (activate, ship, EPCIS)."""
    return "administrator" if company_admin else "logistics"
