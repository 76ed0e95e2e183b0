"""Traveller allowances, Law 03/L-109 Articles 45-48: the pure rules, table by table."""

from __future__ import annotations

import itertools
import re
import string
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.i18n import catalogue
from app.travellers.messages import MESSAGES
from app.travellers.rules import (
    AGE_RESTRICTED_GROUPS,
    LIMITS,
    MAX_ITEMS,
    MAX_OTHER_PIECES,
    AllowanceInputError,
    Group,
    Item,
    Kind,
    Unit,
    assess,
    best_combination,
    check,
)

ADULT = 30


def item(kind: str, quantity: str | int, unit: str, **extra) -> Item:
    decimals = {
        name: Decimal(str(value)) if name != "pieces_per_pack" else value
        for name, value in extra.items()
    }
    return Item(Kind(kind), Decimal(str(quantity)), Unit(unit), **decimals)


def assess_one(line: Item, age: int = ADULT):
    return assess(age, [line]).items[0]


def codes(result) -> list[str]:
    return [note.code for note in result.notes]


# --- Art. 46(1): each limit on its own, at and just past its boundary, in travellers' units ---

SINGLE_LIMITS = [
    # kind, quantity, unit, extra, relieved, dutiable, unit of the answer
    ("cigarettes", 200, "piece", {}, "200", "0", "piece"),
    ("cigarettes", 201, "piece", {}, "200", "1", "piece"),
    ("cigarettes", 10, "pack", {}, "200", "0", "piece"),
    ("cigarettes", 11, "pack", {}, "200", "20", "piece"),
    ("cigarettes", 1, "carton", {}, "200", "0", "piece"),
    ("cigarettes", 2, "carton", {}, "200", "200", "piece"),
    ("cigarettes", "0.5", "carton", {}, "100", "0", "piece"),
    ("cigarettes", 8, "pack", {"pieces_per_pack": 25}, "200", "0", "piece"),
    ("cigarettes", 9, "pack", {"pieces_per_pack": 25}, "200", "25", "piece"),
    ("cigarillos", 100, "piece", {}, "100", "0", "piece"),
    ("cigarillos", 101, "piece", {}, "100", "1", "piece"),
    ("cigarillos", 10, "pack", {"pieces_per_pack": 10}, "100", "0", "piece"),
    ("cigars", 50, "piece", {}, "50", "0", "piece"),
    ("cigars", 51, "piece", {}, "50", "1", "piece"),
    ("smoking_tobacco", 250, "g", {}, "250", "0", "g"),
    ("smoking_tobacco", "250.001", "g", {}, "250", "0.001", "g"),
    ("smoking_tobacco", "0.25", "kg", {}, "250", "0", "g"),
    ("smoking_tobacco", "0.3", "kg", {}, "250", "50", "g"),
    ("spirits", 1, "l", {}, "1", "0", "l"),
    ("spirits", 1000, "ml", {}, "1", "0", "l"),
    ("spirits", 1001, "ml", {}, "1", "0.001", "l"),
    ("spirits", 2, "bottle", {"volume_ml": 700}, "1", "0.4", "l"),
    ("spirits", 1, "bottle", {"volume_ml": 1000}, "1", "0", "l"),
    ("intermediate", 2, "l", {}, "2", "0", "l"),
    ("intermediate", "2.001", "l", {}, "2", "0.001", "l"),
    ("intermediate", 3, "bottle", {"volume_ml": 750}, "2", "0.25", "l"),
    ("still_wine", 2, "l", {}, "2", "0", "l"),
    ("still_wine", 3, "bottle", {"volume_ml": 750}, "2", "0.25", "l"),
    ("perfume", 50, "g", {}, "50", "0", "g"),
    ("perfume", "50.001", "g", {}, "50", "0.001", "g"),
    ("perfume", 50, "ml", {}, "50", "0", "g"),
    ("perfume", 2, "bottle", {"volume_ml": 30}, "50", "10", "g"),
    ("toilet_water", 250, "ml", {}, "0.25", "0", "l"),
    ("toilet_water", "0.25", "l", {}, "0.25", "0", "l"),
    ("toilet_water", 251, "ml", {}, "0.25", "0.001", "l"),
    ("toilet_water", 2, "bottle", {"volume_ml": 125}, "0.25", "0", "l"),
]


@pytest.mark.parametrize(
    ("kind", "quantity", "unit", "extra", "relieved", "dutiable", "answer_unit"), SINGLE_LIMITS
)
def test_each_limit_at_and_past_its_boundary(
    kind, quantity, unit, extra, relieved, dutiable, answer_unit
):
    result = assess_one(item(kind, quantity, unit, **extra))
    assert (result.relieved_quantity, result.dutiable_quantity) == (
        Decimal(relieved),
        Decimal(dutiable),
    )
    assert result.unit == answer_unit
    expected_code = "limit_exceeded" if Decimal(dutiable) else "within_limit"
    assert codes(result)[-1] == expected_code
    assert result.notes[-1].article == LIMITS[Kind(kind)].article


def test_the_dutiable_excess_is_stated_in_the_note():
    result = assess_one(item("cigarettes", 11, "pack"))
    note = result.notes[-1]
    assert note.params["excess"] == Decimal(20)
    assert note.params["unit"] == Unit.PIECE
    assert result.status == "partly_relieved"


def test_medicine_is_relieved_in_the_quantity_given_and_says_customs_judge_personal_needs():
    result = assess_one(item("medicine", 3, "pack"))
    assert (result.relieved_quantity, result.dutiable_quantity, result.unit) == (3, 0, "pack")
    assert codes(result) == ["medicine_personal_needs"]
    assert result.notes[0].article == "46(1)(d)"


# --- Art. 46(1)(a) and (b): proportional assortments, filled in the order listed ---

ASSORTMENTS = [
    # lines, expected (relieved, dutiable) per line
    pytest.param(
        [("cigarettes", 100, "piece"), ("cigars", 25, "piece")],
        [("100", "0"), ("25", "0")],
        id="half cigarettes + half cigars is exactly the allowance",
    ),
    pytest.param(
        [("cigarettes", 100, "piece"), ("cigars", 26, "piece")],
        [("100", "0"), ("25", "1")],
        id="one cigar past a full assortment",
    ),
    pytest.param(
        [("cigarettes", 5, "pack"), ("cigarillos", 50, "piece")],
        [("100", "0"), ("50", "0")],
        id="packs and cigarillos",
    ),
    pytest.param(
        [
            ("cigarettes", 50, "piece"),
            ("cigarillos", 25, "piece"),
            ("cigars", 12, "piece"),
            ("smoking_tobacco", 65, "g"),
        ],
        [("50", "0"), ("25", "0"), ("12", "0"), ("65", "0")],
        id="all four kinds add up to exactly 1",
    ),
    pytest.param(
        [
            ("cigarettes", 50, "piece"),
            ("cigarillos", 25, "piece"),
            ("cigars", 12, "piece"),
            ("smoking_tobacco", 66, "g"),
        ],
        [("50", "0"), ("25", "0"), ("12", "0"), ("65", "1")],
        id="all four kinds, one gram over",
    ),
    pytest.param(
        [("cigars", 50, "piece"), ("cigarettes", 1, "piece")],
        [("50", "0"), ("0", "1")],
        id="cigars listed first take the whole allowance",
    ),
    pytest.param(
        [("cigarettes", 1, "piece"), ("cigars", 50, "piece")],
        [("1", "0"), ("49", "1")],
        id="a cigar is not split: 49.75 cigars of room relieve 49",
    ),
    pytest.param(
        [("cigarettes", 150, "piece"), ("cigars", 30, "piece"), ("smoking_tobacco", 100, "g")],
        [("150", "0"), ("12", "18"), ("2.5", "97.5")],
        id="room left by whole cigars goes to the next item",
    ),
    pytest.param(
        [("spirits", "0.5", "l"), ("intermediate", 1, "l")],
        [("0.5", "0"), ("1", "0")],
        id="half spirits + half intermediate",
    ),
    pytest.param(
        [("spirits", "0.5", "l"), ("intermediate", "1.2", "l")],
        [("0.5", "0"), ("1", "0.2")],
        id="intermediate past a full alcohol assortment",
    ),
    pytest.param(
        [("intermediate", 2, "l"), ("spirits", 1, "l")],
        [("2", "0"), ("0", "1")],
        id="intermediate listed first takes the whole alcohol allowance",
    ),
    pytest.param(
        [
            ("spirits", 1, "l"),
            ("still_wine", 2, "l"),
            ("perfume", 50, "g"),
            ("toilet_water", 250, "ml"),
        ],
        [("1", "0"), ("2", "0"), ("50", "0"), ("0.25", "0")],
        id="still wine, perfume and toilet water have allowances of their own",
    ),
    pytest.param(
        [("cigarettes", 200, "piece"), ("spirits", 1, "l"), ("intermediate", 2, "l")],
        [("200", "0"), ("1", "0"), ("0", "2")],
        id="tobacco and alcohol are separate assortments",
    ),
    pytest.param(
        [("still_wine", "1.5", "l"), ("still_wine", 1, "l")],
        [("1.5", "0"), ("0.5", "0.5")],
        id="two lines of still wine share its 2 l",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), ASSORTMENTS)
def test_proportional_assortments(lines, expected):
    results = assess(ADULT, [item(*line) for line in lines]).items
    got = [(r.relieved_quantity, r.dutiable_quantity) for r in results]
    assert got == [(Decimal(a), Decimal(b)) for a, b in expected]


def test_an_item_cut_by_earlier_items_says_so_and_the_order_is_explained():
    assessment = assess(ADULT, [item("cigars", 50, "piece"), item("cigarettes", 1, "piece")])
    assert codes(assessment.items[1]) == ["allowance_shared"]
    assert assessment.items[1].status == "dutiable"
    assert "assortment_order" in [note.code for note in assessment.notes]


def test_an_item_over_the_limit_alone_is_not_blamed_on_the_assortment():
    assessment = assess(ADULT, [item("cigarettes", 250, "piece")])
    assert codes(assessment.items[0]) == ["limit_exceeded"]
    assert "assortment_order" not in [note.code for note in assessment.notes]


# --- Art. 46(2): no tobacco or alcohol relief under 17 ---

AGE_RULE = [
    # age, kind, quantity, unit, relieved
    (16, "cigarettes", 1, "piece", "0"),
    (16, "cigars", 1, "piece", "0"),
    (16, "smoking_tobacco", 1, "g", "0"),
    (16, "spirits", "0.1", "l", "0"),
    (16, "intermediate", "0.1", "l", "0"),
    (16, "still_wine", "0.1", "l", "0"),
    (0, "cigarettes", 1, "piece", "0"),
    (17, "cigarettes", 200, "piece", "200"),
    (17, "spirits", 1, "l", "1"),
    (17, "still_wine", 2, "l", "2"),
    (16, "perfume", 50, "g", "50"),
    (16, "toilet_water", 250, "ml", "0.25"),
    (16, "medicine", 2, "pack", "2"),
]


@pytest.mark.parametrize(("age", "kind", "quantity", "unit", "relieved"), AGE_RULE)
def test_age_rule(age, kind, quantity, unit, relieved):
    result = assess_one(item(kind, quantity, unit), age=age)
    assert result.relieved_quantity == Decimal(relieved)
    if LIMITS.get(Kind(kind)) and LIMITS[Kind(kind)].group in AGE_RESTRICTED_GROUPS and age < 17:
        assert codes(result) == ["under_17"]
        assert result.notes[0].article == "46(2)"
        assert result.status == "dutiable"
    else:
        assert "under_17" not in codes(result)


def test_under_17_still_get_the_eur_175_for_other_goods():
    result = assess_one(item("other", 1, "piece", value_eur=175), age=12)
    assert result.relieved_value_eur == Decimal("175.00")


# --- Art. 46(1)(a), (b): the facts given decide which limit applies ---

CLASSIFICATION = [
    # kind, quantity, unit, extra, counted as, relieved, dutiable
    ("spirits", 2, "l", {"abv": 22}, "intermediate", "2", "0"),
    ("spirits", 2, "l", {"abv": "22.01"}, "spirits", "1", "1"),
    ("spirits", 1, "l", {"abv": 96}, "spirits", "1", "0"),
    ("intermediate", 2, "l", {"abv": "22.01"}, "spirits", "1", "1"),
    ("intermediate", 2, "l", {"abv": 15}, "intermediate", "2", "0"),
    ("still_wine", 2, "l", {"abv": 23}, "spirits", "1", "1"),
    ("still_wine", 2, "l", {"abv": 14}, "still_wine", "2", "0"),
    ("cigarillos", 100, "piece", {"piece_weight_g": 3}, "cigarillos", "100", "0"),
    ("cigarillos", 100, "piece", {"piece_weight_g": "3.001"}, "cigars", "50", "50"),
    ("cigars", 100, "piece", {"piece_weight_g": "2.5"}, "cigarillos", "100", "0"),
]


@pytest.mark.parametrize(
    ("kind", "quantity", "unit", "extra", "counted_as", "relieved", "dutiable"), CLASSIFICATION
)
def test_strength_and_weight_decide_the_limit(
    kind, quantity, unit, extra, counted_as, relieved, dutiable
):
    result = assess_one(item(kind, quantity, unit, **extra))
    assert result.kind == kind
    assert result.counted_as == counted_as
    assert (result.relieved_quantity, result.dutiable_quantity) == (
        Decimal(relieved),
        Decimal(dutiable),
    )
    reclassified = {"reclassified_by_strength", "reclassified_by_weight"} & set(codes(result))
    assert bool(reclassified) == (counted_as != kind)


# --- Art. 47 and 48: EUR 175 over whole items, the most value relieved ---

OTHER_GOODS = [
    # values of one-piece lines, indices relieved
    pytest.param(["100", "90", "85"], {1, 2}, id="greedy by size or by order takes 100 alone"),
    pytest.param(["100", "60", "60", "55"], {1, 2, 3}, id="largest first stops at 160"),
    pytest.param(["10", "100", "170"], {2}, id="smallest first stops at 110"),
    pytest.param(["80", "50", "45", "95"], {0, 1, 2}, id="tie: earlier items preferred"),
    pytest.param(["87.50", "87.50", "0.01"], {0, 1}, id="exactly EUR 175.00 in cents"),
    pytest.param(["174.99", "0.02", "0.01"], {0, 2}, id="one cent makes the difference"),
    pytest.param(["175"], {0}, id="one item of exactly EUR 175"),
    pytest.param(["175.01"], set(), id="one item over EUR 175 is never split"),
    pytest.param(["175.01", "50"], {1}, id="the item over EUR 175 stays dutiable in full"),
    pytest.param(["30", "40", "50"], {0, 1, 2}, id="under EUR 175 everything is relieved"),
]


@pytest.mark.parametrize(("values", "relieved"), OTHER_GOODS)
def test_other_goods_get_the_best_combination_of_whole_items(values, relieved):
    lines = [item("other", 1, "piece", value_eur=value) for value in values]
    results = assess(ADULT, lines).items
    for index, (value, result) in enumerate(zip(values, results, strict=True)):
        if index in relieved:
            assert (result.relieved_value_eur, result.dutiable_value_eur) == (Decimal(value), 0)
            assert (result.relieved_quantity, result.dutiable_quantity) == (1, 0)
        else:
            assert (result.relieved_value_eur, result.dutiable_value_eur) == (0, Decimal(value))
            assert (result.relieved_quantity, result.dutiable_quantity) == (0, 1)
    total = sum(result.relieved_value_eur for result in results)
    assert total <= Decimal(175)


def test_an_item_over_175_is_told_why_and_others_are_told_about_the_combination():
    assessment = assess(
        ADULT,
        [
            item("other", 1, "piece", value_eur="199.99"),
            item("other", 1, "piece", value_eur=100),
            item("other", 1, "piece", value_eur=90),
        ],
    )
    assert codes(assessment.items[0]) == ["other_item_over_limit"]
    assert assessment.items[0].notes[0].params == {"value_eur": Decimal("199.99")}
    assert codes(assessment.items[1]) == ["other_relieved"]
    assert codes(assessment.items[2]) == ["other_not_in_combination"]
    assert assessment.items[2].notes[0].params == {"dutiable_eur": Decimal("90.00")}
    assert "other_goods_combination" in [note.code for note in assessment.notes]


OTHER_LINES = [
    # lines (quantity, unit, value), expected (relieved qty, dutiable qty, relieved EUR) per line
    pytest.param(
        [(3, "piece", "300")], [("1", "2", "100")], id="three shirts of EUR 100: one relieved"
    ),
    pytest.param(
        [(3, "piece", "100")],
        [("3", "0", "100")],
        id="EUR 100 over three pieces is 33.34 + 33.33 + 33.33",
    ),
    pytest.param(
        [(4, "piece", "200"), (1, "piece", "25")],
        [("3", "1", "150"), ("1", "0", "25")],
        id="identical pieces are whole items of their own",
    ),
    pytest.param(
        [(2, "kg", "180")], [("0", "2", "0")], id="a line by weight is one item, not split"
    ),
    pytest.param(
        [(2, "kg", "120"), (1, "l", "60")],
        [("2", "0", "120"), ("0", "1", "0")],
        id="lines in other units are single items",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), OTHER_LINES)
def test_other_goods_lines(lines, expected):
    results = assess(
        ADULT, [item("other", quantity, unit, value_eur=value) for quantity, unit, value in lines]
    ).items
    got = [(r.relieved_quantity, r.dutiable_quantity, r.relieved_value_eur) for r in results]
    assert got == [(Decimal(a), Decimal(b), Decimal(c)) for a, b, c in expected]
    for result, (_, _, value) in zip(results, lines, strict=True):
        assert result.relieved_value_eur + result.dutiable_value_eur == Decimal(value)


def test_art_46_goods_over_their_limit_do_not_use_the_eur_175():
    assessment = assess(
        ADULT,
        [item("cigarettes", 400, "piece", value_eur=100), item("other", 1, "piece", value_eur=175)],
    )
    assert assessment.items[0].dutiable_quantity == 200
    assert assessment.items[1].relieved_value_eur == Decimal(175)


def _brute_force_best(values: list[int]) -> int:
    return max(
        sum(values[i] for i in subset)
        for size in range(len(values) + 1)
        for subset in itertools.combinations(range(len(values)), size)
        if sum(values[i] for i in subset) <= 17_500
    )


@settings(derandomize=True, max_examples=300, deadline=None, database=None)
@given(st.lists(st.integers(min_value=1, max_value=20_000), max_size=10))
def test_best_combination_is_the_best_and_never_passes_175(values):
    chosen = best_combination(values)
    total = sum(values[i] for i in chosen)
    assert total <= 17_500
    assert total == _brute_force_best(values)
    assert all(values[i] <= 17_500 for i in chosen)


def test_best_combination_handles_the_largest_request():
    values = [997 + 13 * index for index in range(MAX_OTHER_PIECES)]
    chosen = best_combination(values)
    assert sum(values[i] for i in chosen) == 17_500


# --- Art. 45(2)(b): commercial nature cannot be computed, only flagged ---

FAR_ABOVE = [
    ([("cigarettes", 600, "piece")], False),
    ([("cigarettes", 601, "piece")], True),
    ([("cigarettes", 400, "piece"), ("cigars", 51, "piece")], True),
    ([("spirits", 3, "l")], False),
    ([("still_wine", 7, "l")], True),
    ([("perfume", 151, "g")], True),
    ([("cigarettes", 200, "piece"), ("spirits", 1, "l"), ("still_wine", 2, "l")], False),
]


@pytest.mark.parametrize(("lines", "flagged"), FAR_ABOVE)
def test_quantities_far_above_the_limits_say_customs_judge_commercial_nature(lines, flagged):
    notes = assess(ADULT, [item(*line) for line in lines]).notes
    commercial = [note for note in notes if note.code == "commercial_nature_not_judged"]
    assert bool(commercial) == flagged
    if flagged:
        assert commercial[0].article == "45(2)(b)"


def test_the_commercial_warning_measures_minors_against_the_adult_allowance():
    notes = assess(15, [item("cigarettes", 1000, "piece")]).notes
    assert "commercial_nature_not_judged" in [note.code for note in notes]


def test_every_answer_ends_with_the_guidance_note():
    assessment = assess(ADULT, [item("perfume", 10, "g")])
    assert [note.code for note in assessment.notes] == ["guidance_only"]


# --- Nonsense is refused, naming the field ---

NONSENSE = [
    # line, field at fault
    (("cigarettes", -1, "piece"), "quantity"),
    (("cigarettes", 0, "piece"), "quantity"),
    (("cigarettes", "1.5", "piece"), "quantity"),
    (("cigarettes", 1, "g"), "unit"),
    (("smoking_tobacco", 1, "pack"), "unit"),
    (("spirits", 1, "piece"), "unit"),
    (("toilet_water", 100, "g"), "unit"),
    (("cigarettes", "2000000", "piece"), "quantity"),
    (("smoking_tobacco", "0.0001", "g"), "quantity"),
    (("spirits", 1, "l", {"abv": "100.01"}), "abv"),
    (("spirits", 1, "l", {"abv": 0}), "abv"),
    (("spirits", 1, "l", {"abv": -5}), "abv"),
    (("cigarettes", 1, "piece", {"abv": 40}), "abv"),
    (("spirits", 1, "bottle"), "volume_ml"),
    (("spirits", 1, "l", {"volume_ml": 700}), "volume_ml"),
    (("spirits", 1, "bottle", {"volume_ml": 0}), "volume_ml"),
    (("cigarettes", 1, "pack", {"pieces_per_pack": 0}), "pieces_per_pack"),
    (("cigarettes", 1, "piece", {"pieces_per_pack": 20}), "pieces_per_pack"),
    (("smoking_tobacco", 50, "g", {"pieces_per_pack": 20}), "pieces_per_pack"),
    (("cigarettes", 1, "piece", {"piece_weight_g": 1}), "piece_weight_g"),
    (("other", 1, "piece"), "value_eur"),
    (("other", 1, "piece", {"value_eur": 0}), "value_eur"),
    (("other", 1, "piece", {"value_eur": "-3"}), "value_eur"),
    (("other", 1, "piece", {"value_eur": "10.005"}), "value_eur"),
    (("other", "1.5", "piece", {"value_eur": 10}), "quantity"),
    (("medicine", 0, "pack"), "quantity"),
]


@pytest.mark.parametrize(("line", "field"), NONSENSE)
def test_nonsense_is_refused_naming_the_field(line, field):
    kind, quantity, unit, *rest = line
    bad = item(kind, quantity, unit, **(rest[0] if rest else {}))
    errors = check(ADULT, [item("perfume", 10, "g"), bad])
    assert list(errors) == ["items"]
    assert list(errors["items"]) == [1]
    assert list(errors["items"][1]) == [field]
    with pytest.raises(AllowanceInputError) as raised:
        assess(ADULT, [bad])
    assert field in raised.value.errors["items"][0]


@pytest.mark.parametrize("age", [-1, 131])
def test_impossible_ages_are_refused(age):
    assert list(check(age, [item("perfume", 10, "g")])) == ["age"]


def test_the_number_of_items_is_bounded():
    assert "items" in check(ADULT, [])
    assert check(ADULT, [item("perfume", 1, "g")] * MAX_ITEMS) == {}
    assert "items" in check(ADULT, [item("perfume", 1, "g")] * (MAX_ITEMS + 1))


def test_the_number_of_other_pieces_is_bounded():
    at_bound = [item("other", MAX_OTHER_PIECES, "piece", value_eur=500)]
    past_bound = [item("other", MAX_OTHER_PIECES + 1, "piece", value_eur=500)]
    assert check(ADULT, at_bound) == {}
    assert "items" in check(ADULT, past_bound)


# --- Messages: every note can be told in the three languages ---

NOTE_SCENARIOS = [
    (ADULT, [item("cigarettes", 1, "piece")]),
    (ADULT, [item("cigarettes", 201, "piece")]),
    (ADULT, [item("cigars", 50, "piece"), item("cigarettes", 1, "piece")]),
    (16, [item("spirits", 1, "l")]),
    (ADULT, [item("spirits", 1, "l", abv=15)]),
    (ADULT, [item("cigars", 1, "piece", piece_weight_g=2)]),
    (ADULT, [item("perfume", 30, "ml")]),
    (ADULT, [item("medicine", 1, "pack")]),
    (
        ADULT,
        [
            item("other", 1, "piece", value_eur=200),
            item("other", 3, "piece", value_eur=300),
            item("other", 1, "piece", value_eur=50),
        ],
    ),
    (ADULT, [item("cigarettes", 5000, "piece")]),
]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_note_the_rules_give_has_a_message_and_every_message_is_used():
    given_codes = set()
    for age, lines in NOTE_SCENARIOS:
        assessment = assess(age, lines)
        given_codes |= {note.code for note in assessment.notes}
        given_codes |= {note.code for result in assessment.items for note in result.notes}
    note_keys = {key.removeprefix("travellers.note.") for key in MESSAGES if ".note." in key}
    assert given_codes == note_keys


def test_messages_exist_in_three_languages_with_the_same_placeholders():
    for key, texts in MESSAGES.items():
        assert set(texts) == {"en", "sq", "sr"}, key
        assert _placeholders(texts["sq"]) == _placeholders(texts["en"]), key
        assert _placeholders(texts["sr"]) == _placeholders(texts["en"]), key
        assert not re.search("[\u0400-\u04ff]", texts["sr"]), f"{key}: Serbian in Latin script"


def test_every_group_unit_and_kind_has_a_label():
    for group in Group:
        assert f"travellers.allowance.{group}" in MESSAGES
    for limit in LIMITS.values():  # dutiable quantities are written with app.i18n's units
        assert f"units.{limit.unit}.other" in catalogue()
    for kind in Kind:
        assert f"travellers.kind.{kind}" in MESSAGES
