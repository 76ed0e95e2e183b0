"""The offline gazetteer: municipalities, names, lookups, coarse locations, reverse geocoding."""

import time

import pytest
from geopy.geocoders import Nominatim
from geopy.location import Location
from hypothesis import given, settings
from hypothesis import strategies as st

from app.geo import gazetteer
from app.geo.gazetteer import (
    coarse_location,
    find,
    geocoder_from_settings,
    in_kosovo,
    municipalities,
    municipality_at,
    reverse_geocode,
)


def test_there_are_38_municipalities_with_unique_slugs_and_three_names():
    all_municipalities = municipalities()
    assert len(all_municipalities) == 38
    assert len({municipality.slug for municipality in all_municipalities}) == 38
    for municipality in all_municipalities:
        assert set(municipality.names) == {"sq", "sr", "en"}
        assert all(name.strip() for name in municipality.names.values())


def test_areas_add_up_to_about_kosovos_10_887_km2():
    total_km2 = sum(municipality.area_km2 for municipality in municipalities())
    assert total_km2 == pytest.approx(10_887, rel=0.03)


@pytest.mark.parametrize(
    "municipality", municipalities(), ids=lambda municipality: municipality.slug
)
def test_every_seat_is_in_kosovo_and_in_its_own_municipality(municipality):
    assert in_kosovo(municipality.seat_lat, municipality.seat_lon)
    assert municipality_at(municipality.seat_lat, municipality.seat_lon) is municipality


@pytest.mark.parametrize(
    ("lat", "lon", "slug"),
    [
        (42.2093, 20.7411, "prizren"),  # Shadërvan, Prizren's old town
        (42.6600, 20.3000, "peje"),  # Peja, east of the centre
        (42.6700, 20.2200, "peje"),  # Rugova gorge
        (42.6600, 21.1600, "prishtine"),  # Mother Teresa boulevard
        (42.3800, 20.4300, "gjakove"),
        (42.3700, 21.1500, "ferizaj"),
        (42.2050, 20.9900, "shterpce"),  # Brezovica ski resort
        (42.8960, 20.8650, "mitrovice-veri"),  # north of the Ibar
        (42.8790, 20.8710, "mitrovice-jug"),  # south of the Ibar
        (43.2500, 20.8200, "leposaviq"),  # near Kosovo's northern tip
    ],
)
def test_points_in_kosovo_fall_in_the_expected_municipality(lat, lon, slug):
    municipality = municipality_at(lat, lon)
    assert municipality is not None
    assert municipality.slug == slug


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (44.7866, 20.4489),  # Belgrade
        (41.3275, 19.8187),  # Tirana
        (41.9981, 21.4254),  # Skopje: inside the bounding box
        (42.0769, 20.4219),  # Kukës: inside the bounding box, 19 km from Dragash
        (43.1367, 20.5122),  # Novi Pazar: inside the bounding box
        (42.0097, 20.9716),  # Tetovo
        (42.4597, 21.7669),  # Bujanovac
        (0.0, 0.0),
    ],
)
def test_points_outside_kosovo_have_no_municipality(lat, lon):
    assert municipality_at(lat, lon) is None


@pytest.mark.parametrize(
    ("slug", "sq", "sr", "en"),
    [
        ("prishtine", "Prishtinë", "Priština", "Pristina"),
        ("peje", "Pejë", "Peć", "Peja"),
        ("gjakove", "Gjakovë", "Đakovica", "Gjakova"),
        ("ferizaj", "Ferizaj", "Uroševac", "Ferizaj"),
        ("gjilan", "Gjilan", "Gnjilane", "Gjilan"),
        ("prizren", "Prizren", "Prizren", "Prizren"),
        ("mitrovice-jug", "Mitrovicë e Jugut", "Južna Mitrovica", "South Mitrovica"),
        ("mitrovice-veri", "Mitrovicë e Veriut", "Severna Mitrovica", "North Mitrovica"),
        ("kacanik", "Kaçanik", "Kačanik", "Kaçanik"),
        ("zvecan", "Zveçan", "Zvečan", "Zvečan"),
        ("leposaviq", "Leposaviq", "Leposavić", "Leposavić"),
        ("fushe-kosove", "Fushë Kosovë", "Kosovo Polje", "Fushë Kosova"),
        ("shterpce", "Shtërpcë", "Štrpce", "Štrpce"),
    ],
)
def test_names_in_three_languages_with_their_own_letters(slug, sq, sr, en):
    municipality = find(slug)
    assert municipality is not None
    assert (municipality.name("sq"), municipality.name("sr"), municipality.name("en")) == (
        sq,
        sr,
        en,
    )


def test_name_takes_language_tags_and_falls_back_to_english():
    peja = find("peje")
    assert peja.name("sr-Latn-XK") == "Peć"
    assert peja.name("SQ_al") == "Pejë"
    assert peja.name("de") == "Peja"
    assert peja.name(None) == "Peja"


@pytest.mark.parametrize(
    ("spelling", "slug"),
    [
        ("prishtine", "prishtine"),
        ("Prishtina", "prishtine"),
        ("PRISTINA", "prishtine"),
        ("Priština", "prishtine"),
        ("Приштина", "prishtine"),
        ("Đakovica", "gjakove"),
        ("Djakovica", "gjakove"),
        ("gjakova", "gjakove"),
        ("Peć", "peje"),
        ("Pec", "peje"),
        ("Peja", "peje"),
        ("Uroševac", "ferizaj"),
        ("Urosevac", "ferizaj"),
        ("Kosovo Polje", "fushe-kosove"),
        ("Fushe Kosova", "fushe-kosove"),
        ("Mitrovica", "mitrovice-jug"),
        ("mitrovice e veriut", "mitrovice-veri"),
        ("Severna Mitrovica", "mitrovice-veri"),
        ("Gllogoc", "drenas"),
        ("Glogovac", "drenas"),
        ("  hani-i-elezit ", "hani-i-elezit"),
        ("Elez Han", "hani-i-elezit"),
    ],
)
def test_find_is_tolerant_of_diacritics_script_and_language(spelling, slug):
    municipality = find(spelling)
    assert municipality is not None
    assert municipality.slug == slug


@pytest.mark.parametrize("spelling", ["Belgrade", "Tirana", "", "   ", "-"])
def test_find_answers_none_for_unknown_names(spelling):
    assert find(spelling) is None


def test_coarse_location_rounds_to_about_a_kilometre():
    assert coarse_location(42.662913, 21.165491) == (42.66, 21.17)
    assert coarse_location(-0.001, 0.004) == (0.0, 0.0)


@pytest.mark.parametrize(("lat", "lon"), [(91.0, 0.0), (0.0, 181.0), (float("nan"), 21.0)])
def test_coarse_location_rejects_impossible_positions(lat, lon):
    with pytest.raises(ValueError, match="latitude"):
        coarse_location(lat, lon)


@pytest.fixture
def no_configured_geocoder(monkeypatch):
    monkeypatch.delenv("GEOCODER", raising=False)
    gazetteer.configured_geocoder.cache_clear()
    yield
    gazetteer.configured_geocoder.cache_clear()


def test_reverse_geocode_uses_the_gazetteer_by_default(no_configured_geocoder):
    place = reverse_geocode(42.2093, 20.7411, lang="sr")
    assert place.source == "gazetteer"
    assert place.municipality is find("prizren")
    assert place.description == "Prizren"


def test_reverse_geocode_outside_kosovo_describes_the_coordinates(no_configured_geocoder):
    place = reverse_geocode(44.7866, 20.4489)
    assert place.municipality is None
    assert place.description == "44.79, 20.45"


def test_reverse_geocode_falls_back_to_the_gazetteer_when_the_geocoder_is_unreachable():
    unreachable = Nominatim(
        domain="127.0.0.1:9", scheme="http", timeout=1, user_agent="banderola-inspect-tests"
    )
    started = time.monotonic()
    place = reverse_geocode(42.6592, 20.2917, geocoder=unreachable, lang="sq")
    assert time.monotonic() - started < 10
    assert place.source == "gazetteer"
    assert place.municipality is find("peje")
    assert place.description == "Pejë"


def test_reverse_geocode_falls_back_when_the_configured_geocoder_is_unreachable(monkeypatch):
    monkeypatch.setenv("GEOCODER", "nominatim")
    monkeypatch.setenv("GEOCODER_USER_AGENT", "banderola-inspect-tests")
    monkeypatch.setenv("GEOCODER_DOMAIN", "127.0.0.1:9")
    monkeypatch.setenv("GEOCODER_SCHEME", "http")
    monkeypatch.setenv("GEOCODER_TIMEOUT_S", "1")
    gazetteer.configured_geocoder.cache_clear()
    try:
        assert isinstance(gazetteer.configured_geocoder(), Nominatim)
        place = reverse_geocode(42.3803, 20.4308)
    finally:
        gazetteer.configured_geocoder.cache_clear()
    assert place.source == "gazetteer"
    assert place.municipality is find("gjakove")


class _AnsweringGeocoder:
    """Stands in for a geopy geocoder that answers like Nominatim."""

    def __init__(self, location):
        self.location = location
        self.languages = []

    def reverse(self, query, *, exactly_one, language):
        self.languages.append(language)
        return self.location


def test_reverse_geocode_uses_the_geocoders_address_and_municipality():
    location = Location(
        "Rruga Nëna Terezë, Prishtinë, Komuna e Prishtinës, Kosovë",
        (42.66, 21.16),
        {"address": {"road": "Rruga Nëna Terezë", "city": "Prishtinë", "country_code": "xk"}},
    )
    geocoder = _AnsweringGeocoder(location)
    place = reverse_geocode(42.66, 21.16, geocoder=geocoder, lang="sr")
    assert geocoder.languages == ["sr-Latn"]
    assert place.source == "_AnsweringGeocoder"
    assert place.description.startswith("Rruga Nëna Terezë")
    assert place.municipality is find("prishtine")


def test_reverse_geocode_uses_the_gazetteer_when_the_geocoder_finds_nothing():
    place = reverse_geocode(42.2093, 20.7411, geocoder=_AnsweringGeocoder(None))
    assert place.source == "gazetteer"
    assert place.municipality is find("prizren")


def test_geocoder_settings():
    assert geocoder_from_settings(None) is None
    assert geocoder_from_settings("none") is None
    nominatim = geocoder_from_settings("Nominatim", user_agent="banderola-inspect-tests")
    assert isinstance(nominatim, Nominatim)


@settings(max_examples=500, deadline=None)
@given(lat=st.floats(41.80, 43.30), lon=st.floats(19.95, 21.85))
def test_the_nearest_seat_is_the_one_haversine_distances_name(lat, lon):
    """`municipality_at` compares haversine terms only: it must name the municipality the
    exhaustive search over great-circle distances names (or one exactly as near)."""
    found = municipality_at(lat, lon)
    if not in_kosovo(lat, lon):
        assert found is None
        return
    distances = {m.slug: gazetteer.haversine_km(lat, lon, m.seat_lat, m.seat_lon)
                 for m in municipalities()}
    nearest = min(distances.values())
    if nearest > gazetteer.MAX_SEAT_DISTANCE_KM:
        assert found is None
    else:
        assert found is not None
        assert distances[found.slug] == pytest.approx(nearest, rel=1e-9, abs=1e-9)
