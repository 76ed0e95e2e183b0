"""Where to inspect: the risk score of a premises from its signals, and the order of the day's
visits. Pure functions; the formula and its defaults are in docs/inspections.md ("Targets")."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

# The reasons, in the order an answer lists them.
REASONS = (
    "suspicious_scans",
    "consumer_reports",
    "diversion",
    "custody_mismatch",
    "past_cases",
    "not_inspected",
)

DEFAULT_WEIGHTS = {
    "suspicious_scans": 3.0,
    "consumer_reports": 4.0,
    "diversion": 3.0,
    "custody_mismatch": 5.0,
    "past_cases": 2.0,
    "not_inspected": 2.0,
}


@dataclass(frozen=True)
class Policy:
    """The settings of the targets (TARGETS_* in app/config.py)."""

    weights: Mapping[str, float]
    window_days: int = 30
    min_scans: int = 5  # a place shows only when at least this many scans back it
    diversion_km: float = 30.0
    not_inspected_days: int = 180  # the age at which `not_inspected` weighs fully

    @classmethod
    def from_settings(cls, settings: Mapping) -> Policy:
        weights = {
            code: float(settings.get(f"TARGETS_WEIGHT_{code.upper()}", default))
            for code, default in DEFAULT_WEIGHTS.items()
        }
        return cls(
            weights=weights,
            window_days=int(settings.get("TARGETS_WINDOW_DAYS", 30)),
            min_scans=int(settings.get("TARGETS_MIN_SCANS", 5)),
            diversion_km=float(settings.get("TARGETS_DIVERSION_KM", 30.0)),
            not_inspected_days=int(settings.get("TARGETS_NOT_INSPECTED_DAYS", 180)),
        )


def total(counts: Sequence[int], policy: Policy) -> float:
    """The score of `counts`, one per code of REASONS in that order (the formula of `score`,
    without the reasons: ranking thousands of premises calls it once each)."""
    weights = policy.weights
    result = 0.0
    for code, count in zip(REASONS[:-1], counts[:-1], strict=True):
        if count > 0:
            result += weights[code] * math.log1p(count)
    days = counts[-1]
    if days > 0:
        result += weights["not_inspected"] * min(days, policy.not_inspected_days) / (
            policy.not_inspected_days)
    return round(result, 3)


class _Memo(dict):
    """A function's values by argument, each computed once, when first asked for."""

    def __init__(self, function: Callable[[int], float]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: int) -> float:
        value = self[key] = self.function(key)
        return value


class Scorer:
    """`total` for many premises at once, to the same float: each term (weight * ln(1 + count),
    and the age's) is computed once per distinct count (most premises share small counts) and
    the terms are added in the same order as `total` adds them."""

    def __init__(self, policy: Policy) -> None:
        weights = policy.weights
        self._terms = tuple(
            _Memo(lambda count, weight=weights[code]: weight * math.log1p(count))
            for code in REASONS[:-1]
        )
        weight, full = weights["not_inspected"], policy.not_inspected_days
        self._age = _Memo(lambda days: weight * min(days, full) / full)

    def __call__(self, suspicious: int, reports: int, diverted: int, mismatches: int,
                 cases: int, days: int) -> float:
        # Unrolled: called once per premises of the municipality (10,000 in Prishtina).
        terms = self._terms
        result = 0.0
        if suspicious > 0:
            result += terms[0][suspicious]
        if reports > 0:
            result += terms[1][reports]
        if diverted > 0:
            result += terms[2][diverted]
        if mismatches > 0:
            result += terms[3][mismatches]
        if cases > 0:
            result += terms[4][cases]
        if days > 0:
            result += self._age[days]
        return round(result, 3)


def score(signals: Mapping[str, int], policy: Policy) -> tuple[float, list[tuple[str, int]]]:
    """The risk score and the reasons (code, count) that make it up, counts above zero only.

    score = sum over the count signals of weight * ln(1 + count)
          + weight(not_inspected) * min(days, not_inspected_days) / not_inspected_days

    The logarithm keeps one loud signal (a hundred suspicious scans) from hiding the others;
    `not_inspected` counts days since the last inspection (or since registration, if never).
    """
    counts = [max(0, int(signals.get(code) or 0)) for code in REASONS]
    reasons = [(code, count) for code, count in zip(REASONS, counts, strict=True) if count > 0]
    return total(counts, policy), reasons


EARTH_RADIUS_KM = 6371.0088


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points: a straight line, not a road."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    term = (math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(term)))


def route(start: tuple[float, float], stops: Sequence[tuple[float, float]]) -> list[int]:
    """An order of visits to `stops` from `start` (an open path, no return): nearest next, then
    2-opt until no reversal of a stretch shortens it. Indexes into `stops`."""
    if not stops:
        return []
    points = [start, *stops]
    n = len(points)
    dist = [[distance_km(p, q) for q in points] for p in points]
    order, left = [0], set(range(1, n))
    while left:
        here = order[-1]
        nearest = min(left, key=lambda j: (dist[here][j], j))
        order.append(nearest)
        left.remove(nearest)
    improved = True
    while improved:
        improved = False
        for i in range(1, n - 1):
            for j in range(i + 1, n):
                a, b = order[i - 1], order[i]
                c = order[j]
                d = order[j + 1] if j + 1 < n else None
                before = dist[a][b] + (dist[c][d] if d is not None else 0.0)
                after = dist[a][c] + (dist[b][d] if d is not None else 0.0)
                if after < before - 1e-9:
                    order[i:j + 1] = reversed(order[i:j + 1])
                    improved = True
    return [k - 1 for k in order[1:]]
