"""Travel checks for clone detection: where and when one serial was scanned.

Pure functions over scan points; called on every verification with a serial's recent scans, so
the speed check is one pass and clustering uses a cheap spherical distance. The defaults and
their reasons are in docs/geo.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar

from geopy.distance import geodesic

from app.geo.gazetteer import EARTH_RADIUS_KM, haversine_km, validate_position

# Kosovo is about 150 km across; nothing on its roads covers ground at 250 km/h, while a copy
# of a code scanned in two towns minutes apart does. High enough that GPS or clock slips and
# fast driving never trigger it.
MAX_SPEED_KMH = 250.0
# Hops shorter than this (after subtracting accuracies) never count as impossible travel:
# consumers' locations are stored rounded to ~1 km and phones' fixes drift in towns.
MIN_DISTANCE_KM = 10.0
# A fix worse than this (cell-tower or IP location) says too little to be used at all.
UNUSABLE_ACCURACY_M = 5000.0
# What a position without a reported accuracy is taken to be worth.
ASSUMED_ACCURACY_M = 1000.0
# Factory or importer's warehouse, distributor, shop, buyer's home, an inspection: a genuine
# pack is rarely scanned in more than five places; a copied code keeps turning up in new ones.
MAX_DISTINCT_PLACES = 5
# Scans closer than this (after subtracting accuracies) are the same place: a shop, a depot.
PLACE_RADIUS_KM = 2.0
# Timestamps have one-second resolution; two scans "at the same time" are a second apart.
_MIN_HOURS = 1 / 3600
# A degree of latitude is at least this long on the mean sphere (haversine's own radius), so
# the latitude difference never overstates a haversine distance.
_KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180 * 0.9999
# Haversine on the mean sphere is within 0.6 % of the WGS84 geodesic: a safe upper bound.
_SPHERE_ERROR = 1.006


@dataclass(frozen=True, slots=True)
class ScanPoint:
    """Where and when a serial was scanned: an aware time (kept in UTC), WGS84 degrees and the
    reported accuracy radius in metres (None when unknown). `scan_id` names the scan in findings.
    """

    at: datetime
    lat: float
    lon: float
    accuracy_m: float | None = None
    scan_id: int | str | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError("a scan's time must be timezone-aware")
        validate_position(self.lat, self.lon)
        if self.accuracy_m is not None and not (
            math.isfinite(self.accuracy_m) and self.accuracy_m >= 0
        ):
            raise ValueError("accuracy_m must be a finite number of metres, 0 or more")
        object.__setattr__(self, "at", self.at.astimezone(UTC))

    @property
    def uncertainty_km(self) -> float | None:
        """How far off the position may be, in km; None when too poor to use."""
        accuracy_m = ASSUMED_ACCURACY_M if self.accuracy_m is None else self.accuracy_m
        return None if accuracy_m > UNUSABLE_ACCURACY_M else accuracy_m / 1000

    def _sort_key(self) -> tuple[datetime, float, float, float, str]:
        accuracy_m = -1.0 if self.accuracy_m is None else self.accuracy_m
        return (self.at, self.lat, self.lon, accuracy_m, str(self.scan_id))


@dataclass(frozen=True, slots=True)
class ImpossibleTravel:
    """The new scan is too far from an earlier one for the time between them."""

    earlier: ScanPoint
    distance_km: float  # geodesic distance between the two fixes
    hours: float
    speed_kmh: float  # after subtracting both positions' uncertainty from the distance
    max_speed_kmh: float

    kind: ClassVar[str] = "impossible_travel"
    reason_code: ClassVar[str] = "clone_suspected"

    def as_dict(self) -> dict[str, object]:
        """JSON-ready details, for the verification's reason and the audit record."""
        return {
            "kind": self.kind,
            "earlier_scan_id": self.earlier.scan_id,
            "earlier_at": self.earlier.at.isoformat(),
            "distance_km": round(self.distance_km, 1),
            "hours": round(self.hours, 3),
            "speed_kmh": round(self.speed_kmh),
            "max_speed_kmh": self.max_speed_kmh,
        }


@dataclass(frozen=True, slots=True)
class ManyPlaces:
    """The serial has been scanned in more distinct places than a genuine pack plausibly visits."""

    distinct_places: int
    max_distinct_places: int
    radius_km: float

    kind: ClassVar[str] = "many_places"
    reason_code: ClassVar[str] = "clone_suspected"

    def as_dict(self) -> dict[str, object]:
        """JSON-ready details, for the verification's reason and the audit record."""
        return {
            "kind": self.kind,
            "distinct_places": self.distinct_places,
            "max_distinct_places": self.max_distinct_places,
            "radius_km": self.radius_km,
        }


Finding = ImpossibleTravel | ManyPlaces
Position = ScanPoint | tuple[float, float]


def _lat_lon(position: Position) -> tuple[float, float]:
    if isinstance(position, ScanPoint):
        return position.lat, position.lon
    lat, lon = position
    return lat, lon


def distance_km(a: Position, b: Position) -> float:
    """Geodesic (WGS84) distance in km between two scan points or (lat, lon) pairs."""
    return geodesic(_lat_lon(a), _lat_lon(b)).km


def _hours_between(a: ScanPoint, b: ScanPoint) -> float:
    return max(abs((b.at - a.at).total_seconds()) / 3600, _MIN_HOURS)


def implied_speed_kmh(a: ScanPoint, b: ScanPoint) -> float | None:
    """The speed needed to get from one scan to the other, in km/h, or None if unknowable.

    The distance counted is the geodesic distance less both positions' uncertainty (never below
    zero), so imprecise fixes weigh less; a fix worse than UNUSABLE_ACCURACY_M gives None.
    Order does not matter; scans within the same second are taken to be one second apart.
    """
    if a.uncertainty_km is None or b.uncertainty_km is None:
        return None
    counted_km = max(0.0, distance_km(a, b) - a.uncertainty_km - b.uncertainty_km)
    return counted_km / _hours_between(a, b)


def impossible_travel(
    previous: Sequence[ScanPoint],
    new: ScanPoint,
    *,
    max_speed_kmh: float = MAX_SPEED_KMH,
    min_distance_km: float = MIN_DISTANCE_KM,
) -> ImpossibleTravel | None:
    """The worst earlier scan that `new` could not have travelled from, or None.

    A finding needs an implied speed above `max_speed_kmh` over a counted distance (after
    uncertainties) of at least `min_distance_km`; of equally fast ones, the first in
    `previous`. The geodesic is only computed for pairs a spherical upper bound cannot
    already clear, fastest bound first, and not for those that cannot beat the worst found.
    """
    if new.uncertainty_km is None:
        return None
    # (upper bound of the speed, position in `previous`, the scan, hours, both uncertainties)
    candidates = []
    for index, earlier in enumerate(previous):
        if earlier.uncertainty_km is None:
            continue
        uncertainty_km = new.uncertainty_km + earlier.uncertainty_km
        hours = _hours_between(earlier, new)
        upper_km = haversine_km(earlier.lat, earlier.lon, new.lat, new.lon) * _SPHERE_ERROR
        if upper_km - uncertainty_km < max(min_distance_km, max_speed_kmh * hours):
            continue
        candidates.append(((upper_km - uncertainty_km) / hours, index, earlier, hours,
                           uncertainty_km))
    # Fastest first by the bound: once a bound is below the worst speed measured, no later
    # candidate can beat it, and its geodesic is not computed.
    candidates.sort(key=lambda candidate: (-candidate[0], candidate[1]))
    worst: ImpossibleTravel | None = None
    worst_index = -1
    for bound_kmh, index, earlier, hours, uncertainty_km in candidates:
        if worst is not None and bound_kmh < worst.speed_kmh:
            break
        measured_km = distance_km(earlier, new)
        counted_km = measured_km - uncertainty_km
        speed_kmh = counted_km / hours
        if counted_km < min_distance_km or speed_kmh <= max_speed_kmh:
            continue
        if worst is None or speed_kmh > worst.speed_kmh or (
            speed_kmh == worst.speed_kmh and index < worst_index
        ):
            worst = ImpossibleTravel(earlier, measured_km, hours, speed_kmh, max_speed_kmh)
            worst_index = index
    return worst


def distinct_places(
    points: Iterable[ScanPoint],
    *,
    radius_km: float = PLACE_RADIUS_KM,
    stop_above: int | None = None,
) -> int:
    """How many places the points were scanned in: greedy clustering, deterministic.

    With `stop_above`, counting stops at `stop_above + 1` places (places only ever open, so
    the answer to "more than `stop_above`?" is already known): a hot serial's scans spread over
    the country need not all be clustered on every verification.

    Points are taken in time order (ties broken by position, accuracy and scan id, so the
    answer does not depend on the input's order); each joins the first place whose first point
    is within `radius_km` after subtracting both uncertainties, or starts a new place. Points
    with unusable accuracy are left out.
    """
    usable = sorted(
        (point for point in points if point.uncertainty_km is not None), key=ScanPoint._sort_key
    )
    places: list[tuple[ScanPoint, float]] = []  # each place's first point and its uncertainty
    for point in usable:
        reach_km = point.uncertainty_km + radius_km
        for place, place_km in places:
            # The north-south gap alone is a lower bound of the distance: most places are
            # ruled out before the haversine (a cloned code's 50 scans span the country).
            if abs(place.lat - point.lat) * _KM_PER_DEGREE_LAT - place_km > reach_km:
                continue
            gap_km = haversine_km(place.lat, place.lon, point.lat, point.lon)
            if gap_km - place_km <= reach_km:
                break
        else:
            places.append((point, point.uncertainty_km))
            if stop_above is not None and len(places) > stop_above:
                break
    return len(places)


def could_be_many_places(points: int, max_distinct_places: int = MAX_DISTINCT_PLACES) -> bool:
    """Could `points` scan points be more than `max_distinct_places` places? Each point opens
    at most one place, so too few never are: the clustering, and reading the points at all, can
    be skipped (most serials have a scan or two, and this runs on every verification)."""
    return points > max_distinct_places


def clone_findings(
    previous: Sequence[ScanPoint],
    new: ScanPoint | None,
    *,
    max_speed_kmh: float = MAX_SPEED_KMH,
    max_distinct_places: int = MAX_DISTINCT_PLACES,
    radius_km: float = PLACE_RADIUS_KM,
    min_distance_km: float = MIN_DISTANCE_KM,
    count_all: bool = True,
) -> list[Finding]:
    """Why this serial looks cloned, given its earlier scans and the new one (if it has a
    position): impossible travel to the new scan, and more than `max_distinct_places` places
    among all of them. An empty list means nothing odd. Without `count_all`, a ManyPlaces
    finding counts places only up to `max_distinct_places + 1` (enough for the verdict).
    """
    findings: list[Finding] = []
    if new is not None:
        travel = impossible_travel(
            previous, new, max_speed_kmh=max_speed_kmh, min_distance_km=min_distance_km
        )
        if travel is not None:
            findings.append(travel)
    all_points = [*previous, new] if new is not None else previous
    if not could_be_many_places(len(all_points), max_distinct_places):
        return findings
    places = distinct_places(all_points, radius_km=radius_km,
                             stop_above=None if count_all else max_distinct_places)
    if places > max_distinct_places:
        findings.append(ManyPlaces(places, max_distinct_places, radius_km))
    return findings
