"""Offline gazetteer of Kosovo's 38 municipalities, and reverse geocoding that prefers it.

Positions go to the municipality whose seat is nearest (no municipal boundaries are shipped):
see docs/geo.md for what that approximation gets wrong and why it is good enough here.
"""

from __future__ import annotations

import json
import logging
import math
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType

from geopy.geocoders.base import Geocoder

log = logging.getLogger(__name__)

DATA_FILE = Path(__file__).with_name("data") / "municipalities.json"
LANGUAGES = ("sq", "sr", "en")
DEFAULT_LANGUAGE = "en"

# Kosovo's extent (about 41.86-43.27 N, 20.01-21.79 E), rounded outwards.
BOUNDING_BOX = (41.85, 20.0, 43.28, 21.81)
# A point farther than this from every seat is not in Kosovo; the farthest corners of the
# largest municipalities (Dragash's south, Leposaviq's north) are about 22 km from their seats.
MAX_SEAT_DISTANCE_KM = 25.0
# Two decimals of a degree: about 1.1 km north-south and 0.8 km east-west at Kosovo's latitude.
COARSE_DECIMALS = 2
# How far that rounding may move a point: store a coarse point's accuracy_m as at least this.
COARSE_ERROR_M = 700.0
EARTH_RADIUS_KM = 6371.0088
# What to ask an online geocoder for: Serbian answers in Latin script, like the gazetteer's.
_GEOCODER_LANGUAGES = {"sq": "sq", "sr": "sr-Latn", "en": "en"}

# Serbian Cyrillic to Latin (Gaj's alphabet), letter by letter.
_SERBIAN_CYRILLIC = {
    **dict(zip("абвгдђежзијклмнопрстћуфхцчш", "abvgdđežzijklmnoprstćufhcčš", strict=True)),
    "љ": "lj",
    "њ": "nj",
    "џ": "dž",
}


def _primary_language(lang: str | None) -> str:
    return (lang or DEFAULT_LANGUAGE).replace("_", "-").split("-")[0].lower()


@dataclass(frozen=True, slots=True, eq=False)
class Municipality:
    """One municipality: a stable slug, its names, its seat and its approximate size.

    Instances are loaded once, so identity is equality.
    """

    slug: str
    names: Mapping[str, str]
    seat_name: str
    seat_lat: float
    seat_lon: float
    area_km2: float
    aliases: tuple[str, ...] = field(default=())

    def name(self, lang: str | None = DEFAULT_LANGUAGE) -> str:
        """The name in `lang` ("sq", "sr", "en" or a tag like "sr-Latn-XK"); English otherwise."""
        return self.names.get(_primary_language(lang), self.names[DEFAULT_LANGUAGE])

    @property
    def radius_km(self) -> float:
        """Radius of a circle of the municipality's area: its rough size, not its shape."""
        return math.sqrt(self.area_km2 / math.pi)

    def as_dict(self, lang: str | None = DEFAULT_LANGUAGE) -> dict[str, object]:
        """A JSON-ready summary, named in `lang`."""
        return {
            "id": self.slug,
            "name": self.name(lang),
            "names": dict(self.names),
            "seat": {"name": self.seat_name, "lat": self.seat_lat, "lon": self.seat_lon},
        }


@dataclass(frozen=True, slots=True)
class Place:
    """The answer of reverse geocoding: a description to show and the municipality, if any."""

    description: str
    municipality: Municipality | None
    source: str  # "gazetteer" or the geocoder's class name, e.g. "Nominatim"


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    municipalities: tuple[Municipality, ...]
    by_key: Mapping[str, Municipality]
    outline: tuple[tuple[float, float], ...]
    # Each seat as (latitude and longitude in radians, cosine of the latitude, municipality).
    seats: tuple[tuple[float, float, float, Municipality], ...]


def normalise_name(text: str) -> str:
    """A spelling-tolerant key: no case, diacritics, script, punctuation or Albanian final -ë/-a.

    "Prishtinë", "Prishtina", "PRISHTINA" and "Приштина"-style Cyrillic reduce alike, as do
    "Đakovica" and "Djakovica". Albanian names end in -ë (indefinite) or -a (definite).
    """
    lowered = "".join(_SERBIAN_CYRILLIC.get(char, char) for char in text.strip().lower())
    lowered = lowered.replace("đ", "d").replace("dj", "d")
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = "".join(char if char.isalnum() else " " for char in ascii_only).split()
    return " ".join(word[:-1] if len(word) > 3 and word[-1] in "ae" else word for word in words)


@cache
def _gazetteer() -> _Gazetteer:
    document = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    municipalities = tuple(
        Municipality(
            slug=entry["slug"],
            names=MappingProxyType({lang: entry["names"][lang] for lang in LANGUAGES}),
            seat_name=entry["seat"]["name"],
            seat_lat=entry["seat"]["lat"],
            seat_lon=entry["seat"]["lon"],
            area_km2=entry["area_km2"],
            aliases=tuple(entry["aliases"]),
        )
        for entry in document["municipalities"]
    )
    by_key: dict[str, Municipality] = {}
    for municipality in municipalities:
        spellings = (municipality.slug, *municipality.names.values(), *municipality.aliases)
        for key in {normalise_name(spelling) for spelling in spellings}:
            other = by_key.setdefault(key, municipality)
            if other is not municipality:
                raise ValueError(f"{key!r} names both {other.slug} and {municipality.slug}")
    outline = tuple((lat, lon) for lat, lon in document["outline"]["points"])
    seats = tuple(
        (math.radians(m.seat_lat), math.radians(m.seat_lon), math.cos(math.radians(m.seat_lat)), m)
        for m in municipalities
    )
    return _Gazetteer(municipalities, by_key, outline, seats)


def municipalities() -> tuple[Municipality, ...]:
    """All 38 municipalities, in slug order."""
    return tuple(sorted(_gazetteer().municipalities, key=lambda municipality: municipality.slug))


def find(slug_or_name: str) -> Municipality | None:
    """The municipality with this slug, name or alias in any of the three languages, or None.

    Case, diacritics, Cyrillic script, punctuation and the Albanian definite ending are ignored:
    "prishtine", "Prishtina", "Priština" and "Pristina" all find Prishtinë.
    """
    return _gazetteer().by_key.get(normalise_name(slug_or_name))


@lru_cache(maxsize=1024)
def municipality_name(slug: str | None, lang: str) -> str | None:
    """A stored municipality slug in the reader's language, for the views that name one per
    scan or case (cached: the gazetteer is static data). A slug it does not know is shown as
    it is."""
    if not slug:
        return None
    municipality = find(slug)
    return municipality.name(lang) if municipality else slug


def validate_position(lat: float, lon: float) -> None:
    """Raise ValueError unless (lat, lon) is a finite WGS84 position."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError("latitude and longitude must be finite numbers")
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise ValueError("latitude must be within ±90 and longitude within ±180 degrees")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius: within 0.6 % of geodesic."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    chord = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return _haversine_term_km(chord)


def _haversine_term_km(term: float) -> float:
    """The distance for a haversine term (it grows with the distance: terms compare alike)."""
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(term)))


def _inside_outline(lat: float, lon: float, outline: tuple[tuple[float, float], ...]) -> bool:
    # Ray casting on (lon, lat) as plane coordinates: fine at this scale and far from the poles.
    inside = False
    previous_lat, previous_lon = outline[-1]
    for vertex_lat, vertex_lon in outline:
        if (vertex_lat > lat) != (previous_lat > lat):
            crossing_lon = vertex_lon + (lat - vertex_lat) * (previous_lon - vertex_lon) / (
                previous_lat - vertex_lat
            )
            if lon < crossing_lon:
                inside = not inside
        previous_lat, previous_lon = vertex_lat, vertex_lon
    return inside


def in_kosovo(lat: float, lon: float) -> bool:
    """Whether the point is plausibly in Kosovo (bounding box, then a coarse outline)."""
    validate_position(lat, lon)
    south, west, north, east = BOUNDING_BOX
    if not (south <= lat <= north and west <= lon <= east):
        return False
    return _inside_outline(lat, lon, _gazetteer().outline)


def municipality_at(lat: float, lon: float) -> Municipality | None:
    """The municipality whose seat is nearest to (lat, lon); None if the point is not in Kosovo.

    An approximation without boundaries: near a municipal border the neighbour may be named.
    "Not in Kosovo" means outside the bounding box or the coarse outline, or more than
    MAX_SEAT_DISTANCE_KM from every seat.
    """
    if not in_kosovo(lat, lon):
        return None
    # Half of every consumer scan asks this: compare the haversine term alone, which grows
    # with the distance, and take the square root and arcsine for the nearest seat only.
    phi, lam = math.radians(lat), math.radians(lon)
    cos_phi = math.cos(phi)
    sin = math.sin
    best, nearest = 2.0, None
    for seat_phi, seat_lam, seat_cos, municipality in _gazetteer().seats:
        term = sin((seat_phi - phi) / 2) ** 2 + cos_phi * seat_cos * sin((seat_lam - lam) / 2) ** 2
        if term < best:
            best, nearest = term, municipality
    return nearest if _haversine_term_km(best) <= MAX_SEAT_DISTANCE_KM else None


def coarse_location(lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) rounded to about a kilometre, for storing where a consumer scanned.

    Two decimals keep a shop's neighbourhood (enough to tell towns and clones apart) without
    pinpointing a home. Officers' scans at premises may be kept exact; consumers' may not.
    """
    validate_position(lat, lon)
    return round(lat, COARSE_DECIMALS) + 0.0, round(lon, COARSE_DECIMALS) + 0.0


def coarse_place(lat: float | None, lon: float | None) -> dict:
    """What is stored of a consumer's position: `lat`/`lon` rounded to about a kilometre and
    the municipality's slug (all None when no position was given). The exact point is never
    stored (scans, reports)."""
    if lat is None or lon is None:
        return {"lat": None, "lon": None, "municipality": None}
    coarse_lat, coarse_lon = coarse_location(lat, lon)
    found = municipality_at(lat, lon)
    return {"lat": coarse_lat, "lon": coarse_lon, "municipality": found.slug if found else None}


def _gazetteer_place(lat: float, lon: float, lang: str | None) -> Place:
    municipality = municipality_at(lat, lon)
    if municipality is None:
        return Place(description=f"{lat:.2f}, {lon:.2f}", municipality=None, source="gazetteer")
    return Place(description=municipality.name(lang), municipality=municipality, source="gazetteer")


def _municipality_from_address(address: Mapping[str, str]) -> Municipality | None:
    # Nominatim's address parts for Kosovo: "municipality" or "county" hold the municipality,
    # "city"/"town" the settlement, which for most municipalities shares its name.
    for part in ("municipality", "county", "city", "town"):
        if part in address and (municipality := find(address[part])) is not None:
            return municipality
    return None


def reverse_geocode(
    lat: float,
    lon: float,
    *,
    geocoder: Geocoder | None = None,
    lang: str | None = DEFAULT_LANGUAGE,
) -> Place:
    """Describe where (lat, lon) is, in `lang`.

    Uses `geocoder` if given, else the one configured by the GEOCODER environment variable
    (see configured_geocoder), else only the gazetteer. Any failure of the geocoder (timeout,
    refused connection, quota, unexpected answer) falls back to the gazetteer: never raises for
    a valid position. The municipality is taken from the geocoder's address when it names one,
    otherwise from the gazetteer.
    """
    validate_position(lat, lon)
    try:
        geocoder = geocoder if geocoder is not None else configured_geocoder()
        if geocoder is None:
            return _gazetteer_place(lat, lon, lang)
        language = _GEOCODER_LANGUAGES.get(_primary_language(lang), DEFAULT_LANGUAGE)
        location = geocoder.reverse((lat, lon), exactly_one=True, language=language)
    except Exception as error:  # any failure of the geocoder means: use the gazetteer
        log.warning("reverse geocoding failed, using the gazetteer: %s", error)
        return _gazetteer_place(lat, lon, lang)
    if location is None or not getattr(location, "address", None):
        return _gazetteer_place(lat, lon, lang)
    raw = location.raw if isinstance(location.raw, Mapping) else {}
    address = raw.get("address")
    municipality = _municipality_from_address(address) if isinstance(address, Mapping) else None
    return Place(
        description=str(location.address),
        municipality=municipality or municipality_at(lat, lon),
        source=type(geocoder).__name__,
    )


def geocoder_from_settings(
    name: str | None,
    *,
    user_agent: str | None = None,
    domain: str | None = None,
    scheme: str | None = None,
    timeout_s: float = 2.0,
) -> Geocoder | None:
    """A geopy geocoder for `name` ("nominatim"), or None when `name` is empty or "none".

    Nominatim requires an identifying user agent (its usage policy); `domain` points at a
    self-hosted instance, which volume use calls for (the public one allows 1 request/s).
    """
    if not name or name.strip().lower() in {"none", "off", "gazetteer"}:
        return None
    from geopy.geocoders import get_geocoder_for_service

    options: dict[str, object] = {"timeout": timeout_s}
    if user_agent:
        options["user_agent"] = user_agent
    if domain:
        options["domain"] = domain
    if scheme:
        options["scheme"] = scheme
    return get_geocoder_for_service(name.strip().lower())(**options)


@cache
def configured_geocoder() -> Geocoder | None:
    """The geocoder the environment configures (built once), or None for the gazetteer only.

    GEOCODER (e.g. "nominatim"), GEOCODER_USER_AGENT, GEOCODER_DOMAIN, GEOCODER_SCHEME,
    GEOCODER_TIMEOUT_S (default 2 seconds).
    """
    return geocoder_from_settings(
        os.environ.get("GEOCODER"),
        user_agent=os.environ.get("GEOCODER_USER_AGENT"),
        domain=os.environ.get("GEOCODER_DOMAIN"),
        scheme=os.environ.get("GEOCODER_SCHEME"),
        timeout_s=float(os.environ.get("GEOCODER_TIMEOUT_S", "2")),
    )
