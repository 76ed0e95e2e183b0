"""What a registry record may no longer change once other records rest on it (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# A product with stamps attached to it: the stamps' category had to match the product's when
# they were attached (stamps.product_category_mismatch), consumers and officers read its GTIN
# from each stamp, and its operator is the one the stamps were issued to (docs/operators.md).
PRODUCT_FIXED_ONCE_ATTACHED = ("gtin", "category", "operator_id")
# Premises where stamps were attached, custody events, inspections or cases happened: those
# records say whose premises they were, so the premises keep their operator.
PREMISES_FIXED_ONCE_USED = ("operator_id",)
# An operator stamps were issued to: the batches' excise was paid under its tax number.
OPERATOR_FIXED_ONCE_ISSUED = ("nui",)


def changed(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of `changes` whose value differs from the record's."""
    return {name: value for name, value in changes.items() if current.get(name) != value}


def fixed_fields_changed(changes: Mapping[str, Any], fixed: Iterable[str]) -> list[str]:
    """The fields of `fixed` that `changes` (already reduced to real changes) would alter."""
    return sorted(name for name in fixed if name in changes)


def licence_reversed(valid_from, valid_until) -> bool:
    """A licence that ends before it begins (the same rule as creation)."""
    return valid_from > valid_until
