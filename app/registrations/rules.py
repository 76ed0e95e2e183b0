"""Who may register in the operators' portal and for what (seeds/000), and the NUI's form."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

# seeds/000: "Only licensed importers, distributors, and producers of tobacco, wine, and
# spirits in Kosovo are eligible to register." Retailers are operators of the registry (they
# receive stamped goods) but do not register here.
ELIGIBLE_KINDS = frozenset({"importer", "distributor", "producer"})
# Importers and producers put the goods on the market, so they order the stamps; distributors
# receive, ship and see reports (docs/operators.md).
ORDERING_KINDS = frozenset({"importer", "producer"})
# The NUI (numri unik identifikues) of the Kosovo Tax Administration: nine digits. No check
# digit algorithm is published, so none is applied (docs/operators.md).
_NUI = re.compile(r"^[0-9]{9}$")


def nui_problem(nui: str) -> str | None:
    """None for a well-formed NUI, else why not: `format` (not nine digits) or `zeros`."""
    if not _NUI.fullmatch(nui):
        return "format"
    if set(nui) == {"0"}:
        return "zeros"
    return None


def eligibility_problems(kinds: Iterable[str]) -> list[str]:
    """The licence kinds that do not make a company eligible to register (seeds/000)."""
    return sorted(set(kinds) - ELIGIBLE_KINDS)


def orders_stamps(kinds: Iterable[str]) -> bool:
    """Whether a licence of these kinds orders stamps (an importer or a producer)."""
    return bool(ORDERING_KINDS.intersection(kinds))


def licence_dates_problem(valid_from: dt.date, valid_to: dt.date, today: dt.date) -> str | None:
    """A licence that ends before it begins, or has already ended, cannot register."""
    if valid_to < valid_from:
        return "reversed"
    if valid_to < today:
        return "expired"
    return None
