"""Clone detection by travel: distances, implied speeds, impossible travel, distinct places."""

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.geo.gazetteer import haversine_km
from app.geo.travel import (
    ImpossibleTravel,
    ManyPlaces,
    ScanPoint,
    clone_findings,
    distance_km,
    distinct_places,
    implied_speed_kmh,
    impossible_travel,
)

PRISHTINE = (42.6629, 21.1655)
PRIZREN = (42.2128, 20.7392)
PEJE = (42.6592, 20.2917)
GJILAN = (42.4639, 21.4669)
FERIZAJ = (42.3703, 21.1553)
MITROVICE = (42.8833, 20.8700)
GJAKOVE = (42.3803, 20.4308)
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def scan(place, at=NOON, *, minutes=0.0, accuracy_m=None, scan_id=None):
    lat, lon = place
    return ScanPoint(at + timedelta(minutes=minutes), lat, lon, accuracy_m, scan_id)


def test_distance_between_prishtine_and_prizren_is_about_61_km():
    assert distance_km(PRISHTINE, PRIZREN) == pytest.approx(61.1, abs=0.5)
    assert distance_km(scan(PRISHTINE), scan(PRIZREN)) == distance_km(PRISHTINE, PRIZREN)


def test_scan_point_needs_an_aware_time_and_keeps_it_in_utc():
    with pytest.raises(ValueError, match="timezone-aware"):
        ScanPoint(datetime(2026, 3, 2, 12, 0), *PRISHTINE)
    belgrade_time = timezone(timedelta(hours=1))
    point = ScanPoint(datetime(2026, 3, 2, 13, 0, tzinfo=belgrade_time), *PRISHTINE)
    assert point.at == NOON
    assert point.at.tzinfo is UTC
    with pytest.raises(ValueError, match="accuracy_m"):
        ScanPoint(NOON, *PRISHTINE, accuracy_m=-1)


def test_prishtine_then_prizren_five_minutes_later_is_impossible_travel():
    earlier = scan(PRISHTINE, scan_id=17)
    finding = impossible_travel([earlier], scan(PRIZREN, minutes=5))
    assert isinstance(finding, ImpossibleTravel)
    assert finding.earlier is earlier
    assert finding.distance_km == pytest.approx(61.1, abs=0.5)
    assert finding.hours == pytest.approx(5 / 60)
    assert finding.speed_kmh > 250
    details = finding.as_dict()
    assert details["earlier_scan_id"] == 17
    assert details["kind"] == "impossible_travel"
    assert finding.reason_code == "clone_suspected"


def test_prishtine_then_prizren_two_hours_later_is_fine():
    assert impossible_travel([scan(PRISHTINE)], scan(PRIZREN, minutes=120)) is None
    assert implied_speed_kmh(scan(PRISHTINE), scan(PRIZREN, minutes=120)) < 40


def test_order_of_the_scans_in_time_does_not_matter():
    assert impossible_travel([scan(PRIZREN, minutes=5)], scan(PRISHTINE)) is not None


def test_the_fastest_of_several_impossible_trips_is_named():
    earlier = [scan(FERIZAJ, minutes=-3, scan_id="a"), scan(PEJE, minutes=-3, scan_id="b")]
    finding = impossible_travel(earlier, scan(GJILAN))
    assert finding.earlier.scan_id == "b"


def test_poor_accuracy_makes_points_unusable():
    earlier = scan(PRISHTINE, accuracy_m=20_000)
    new = scan(PRIZREN, minutes=5, accuracy_m=20_000)
    assert implied_speed_kmh(earlier, new) is None
    assert impossible_travel([earlier], new) is None
    assert clone_findings([earlier], new) == []


def test_accuracy_is_subtracted_from_the_distance():
    # Two fixes 12 km apart a minute apart: impossible if precise, unknowable at 4 km each.
    lat, lon = PRISHTINE
    twelve_km_east = (lat, lon + 12 / 81.8)
    precise = impossible_travel([scan(PRISHTINE, accuracy_m=10)], scan(twelve_km_east, minutes=1))
    assert precise is not None
    assert (
        impossible_travel(
            [scan(PRISHTINE, accuracy_m=4000)], scan(twelve_km_east, minutes=1, accuracy_m=4000)
        )
        is None
    )
    assert implied_speed_kmh(
        scan(PRISHTINE, accuracy_m=4000), scan(twelve_km_east, minutes=1, accuracy_m=4000)
    ) == pytest.approx((distance_km(PRISHTINE, twelve_km_east) - 8) * 60)


def test_short_hops_are_never_impossible_travel():
    lat, lon = PRISHTINE
    five_km_east = (lat, lon + 5 / 81.8)
    assert (
        impossible_travel([scan(PRISHTINE, accuracy_m=5)], scan(five_km_east, accuracy_m=5)) is None
    )


def test_scans_in_the_same_second_at_distant_places_are_impossible_travel():
    finding = impossible_travel([scan(PRISHTINE)], scan(PRIZREN))
    assert finding is not None
    assert finding.hours == pytest.approx(1 / 3600)


def test_threshold_is_configurable():
    earlier, new = scan(PRISHTINE), scan(PRIZREN, minutes=20)  # about 177 km/h counted
    assert impossible_travel([earlier], new) is None
    assert impossible_travel([earlier], new, max_speed_kmh=120) is not None


def test_distinct_places_clusters_nearby_scans():
    lat, lon = PRISHTINE
    around_prishtine = [scan((lat + 0.001 * step, lon), minutes=step) for step in range(5)]
    assert distinct_places(around_prishtine) == 1
    assert distinct_places([*around_prishtine, scan(PRIZREN), scan(PEJE)]) == 3
    assert distinct_places([]) == 0


def test_distinct_places_leaves_out_unusable_points():
    assert distinct_places([scan(PRISHTINE), scan(PRIZREN, accuracy_m=9000)]) == 1


def test_a_pack_seen_in_many_towns_is_a_clone():
    towns = [PRISHTINE, PRIZREN, PEJE, GJILAN, FERIZAJ, MITROVICE]
    previous = [scan(town, minutes=-1440 * day) for day, town in enumerate(towns[:5], start=1)]
    assert clone_findings(previous, scan(towns[0])) == []
    findings = clone_findings(previous, scan(towns[5]))
    assert findings == [ManyPlaces(distinct_places=6, max_distinct_places=5, radius_km=2.0)]
    assert findings[0].as_dict()["distinct_places"] == 6
    assert clone_findings([*previous, scan(GJAKOVE, minutes=-10)], None)[0].distinct_places == 6


def test_clone_findings_reports_both_kinds():
    towns = [PRISHTINE, PRIZREN, PEJE, GJILAN, FERIZAJ]
    previous = [scan(town, minutes=-1440 * day) for day, town in enumerate(towns, start=1)]
    previous.append(scan(GJAKOVE, minutes=-2))
    findings = clone_findings(previous, scan(MITROVICE))
    assert [finding.kind for finding in findings] == ["impossible_travel", "many_places"]


kosovo_lat = st.floats(min_value=41.85, max_value=43.27)
kosovo_lon = st.floats(min_value=20.01, max_value=21.80)
accuracy = st.one_of(st.none(), st.floats(min_value=0, max_value=30_000))
moment = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)
scan_points = st.builds(ScanPoint, moment, kosovo_lat, kosovo_lon, accuracy)


@given(kosovo_lat, kosovo_lon, kosovo_lat, kosovo_lon)
def test_distance_is_symmetric(lat1, lon1, lat2, lon2):
    assert distance_km((lat1, lon1), (lat2, lon2)) == pytest.approx(
        distance_km((lat2, lon2), (lat1, lon1)), abs=1e-6
    )


@given(scan_points, scan_points)
def test_implied_speed_is_symmetric(a, b):
    forward, backward = implied_speed_kmh(a, b), implied_speed_kmh(b, a)
    if forward is None:
        assert backward is None
    else:
        assert forward == pytest.approx(backward, abs=1e-6)


@given(scan_points)
def test_identical_points_are_never_a_finding(point):
    assert impossible_travel([point], point) is None
    assert clone_findings([point, point], point) == []


@given(st.lists(scan_points, max_size=30), st.randoms(use_true_random=False))
def test_distinct_places_does_not_depend_on_input_order(points, rng: random.Random):
    shuffled = list(points)
    rng.shuffle(shuffled)
    count = distinct_places(points)
    assert count == distinct_places(shuffled)
    assert 0 <= count <= len(points)


def _places_by_haversine_only(points, radius_km=2.0):
    """distinct_places without its latitude shortcut: every pair by haversine."""
    usable = sorted((p for p in points if p.uncertainty_km is not None), key=ScanPoint._sort_key)
    places = []
    for point in usable:
        if not any(
            haversine_km(place.lat, place.lon, point.lat, point.lon)
            - point.uncertainty_km - place.uncertainty_km <= radius_km
            for place in places
        ):
            places.append(point)
    return len(places)


@given(st.lists(
    st.tuples(st.floats(41.8, 43.3), st.floats(20.0, 21.8),
              st.one_of(st.none(), st.floats(0, 6000)), st.integers(0, 10_000)),
    max_size=60,
))
def test_the_latitude_shortcut_never_changes_the_count(raw):
    points = [ScanPoint(NOON + timedelta(minutes=minutes), lat, lon, accuracy)
              for lat, lon, accuracy, minutes in raw]
    assert distinct_places(points) == _places_by_haversine_only(points)


def _worst_by_geodesic_only(previous, new, max_speed_kmh=250.0, min_distance_km=10.0):
    """impossible_travel without its shortcuts: the geodesic of every usable pair."""
    worst = None
    for earlier in previous:
        if earlier.uncertainty_km is None or new.uncertainty_km is None:
            continue
        hours = max(abs((new.at - earlier.at).total_seconds()) / 3600, 1 / 3600)
        counted_km = distance_km(earlier, new) - earlier.uncertainty_km - new.uncertainty_km
        speed_kmh = counted_km / hours
        if counted_km >= min_distance_km and speed_kmh > max_speed_kmh and (
            worst is None or speed_kmh > worst[1]
        ):
            worst = (earlier, speed_kmh)
    return worst


@given(st.lists(
    st.tuples(st.floats(41.8, 43.3), st.floats(20.0, 21.8),
              st.one_of(st.none(), st.floats(0, 6000)), st.floats(-600, 0)),
    max_size=40,
), st.floats(41.8, 43.3), st.floats(20.0, 21.8))
def test_impossible_travel_finds_what_every_geodesic_finds(raw, lat, lon):
    previous = [ScanPoint(NOON + timedelta(minutes=minutes), plat, plon, accuracy)
                for plat, plon, accuracy, minutes in raw]
    new = ScanPoint(NOON, lat, lon, 20.0)
    found = impossible_travel(previous, new)
    expected = _worst_by_geodesic_only(previous, new)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.earlier is expected[0]
        assert found.speed_kmh == pytest.approx(expected[1])


@given(st.lists(scan_points, max_size=9), st.one_of(st.none(), scan_points),
       st.integers(1, 8), st.floats(0.5, 20))
def test_many_places_is_judged_on_the_clustering_however_few_the_scans(
    previous, new, max_places, radius_km
):
    # clone_findings skips the clustering when the points are too few to exceed the limit.
    points = [*previous, new] if new is not None else previous
    many = [f for f in clone_findings(previous, new, max_distinct_places=max_places,
                                      radius_km=radius_km) if f.kind == "many_places"]
    places = distinct_places(points, radius_km=radius_km)
    assert many == ([ManyPlaces(places, max_places, radius_km)] if places > max_places else [])


@given(st.lists(scan_points, max_size=30), st.integers(min_value=0, max_value=8))
def test_counting_places_up_to_one_too_many_answers_the_same_question(points, limit):
    """The hot path stops clustering at `stop_above + 1` places: whether there are more than
    `stop_above` is the same answer as the full count's."""
    count = distinct_places(points)
    stopped = distinct_places(points, stop_above=limit)
    assert (stopped > limit) == (count > limit)
    assert stopped == min(count, limit + 1)
    assert bool(clone_findings(points, None, max_distinct_places=limit, count_all=False)) == (
        bool(clone_findings(points, None, max_distinct_places=limit)))
