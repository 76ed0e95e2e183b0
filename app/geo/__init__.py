"""Geography: the offline gazetteer of Kosovo's municipalities and travel checks for clones."""

from app.geo.gazetteer import (
    Municipality,
    Place,
    coarse_location,
    find,
    municipalities,
    municipality_at,
    reverse_geocode,
)
from app.geo.travel import (
    Finding,
    ImpossibleTravel,
    ManyPlaces,
    ScanPoint,
    clone_findings,
    distance_km,
    distinct_places,
    implied_speed_kmh,
    impossible_travel,
)

__all__ = [
    "Finding",
    "ImpossibleTravel",
    "ManyPlaces",
    "Municipality",
    "Place",
    "ScanPoint",
    "clone_findings",
    "coarse_location",
    "distance_km",
    "distinct_places",
    "find",
    "implied_speed_kmh",
    "impossible_travel",
    "municipalities",
    "municipality_at",
    "reverse_geocode",
]
