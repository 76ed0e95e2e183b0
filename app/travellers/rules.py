"""Duty-free allowances of goods in travellers' personal luggage, Law 03/L-109 Articles 45-48.

Pure functions: values in, results out (no database, no Flask). Arithmetic is exact: quantities
arrive as Decimal, are measured as Fraction, and money is counted in whole cents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from enum import StrEnum
from fractions import Fraction
from math import floor
from typing import Any


class Kind(StrEnum):
    CIGARETTES = "cigarettes"
    CIGARILLOS = "cigarillos"
    CIGARS = "cigars"
    SMOKING_TOBACCO = "smoking_tobacco"
    SPIRITS = "spirits"
    INTERMEDIATE = "intermediate"
    STILL_WINE = "still_wine"
    PERFUME = "perfume"
    TOILET_WATER = "toilet_water"
    MEDICINE = "medicine"
    OTHER = "other"


class Unit(StrEnum):
    PIECE = "piece"
    PACK = "pack"
    CARTON = "carton"
    G = "g"
    KG = "kg"
    ML = "ml"
    L = "l"
    BOTTLE = "bottle"


class Group(StrEnum):
    """Goods that share one allowance."""

    TOBACCO = "tobacco"
    ALCOHOL = "alcohol"
    STILL_WINE = "still_wine"
    PERFUME = "perfume"
    TOILET_WATER = "toilet_water"


@dataclass(frozen=True)
class Limit:
    quantity: Fraction
    unit: Unit
    group: Group
    article: str


# Art. 46(1): the quantitative limits per traveller. Kinds of one group share one allowance as a
# proportional assortment: the fractions of each kind's limit add up to at most 1.
LIMITS: Mapping[Kind, Limit] = {
    # Art. 46(1)(a): 200 cigarettes, or 100 cigarillos, or 50 cigars, or 250 g smoking tobacco.
    Kind.CIGARETTES: Limit(Fraction(200), Unit.PIECE, Group.TOBACCO, "46(1)(a)"),
    Kind.CIGARILLOS: Limit(Fraction(100), Unit.PIECE, Group.TOBACCO, "46(1)(a)"),
    Kind.CIGARS: Limit(Fraction(50), Unit.PIECE, Group.TOBACCO, "46(1)(a)"),
    Kind.SMOKING_TOBACCO: Limit(Fraction(250), Unit.G, Group.TOBACCO, "46(1)(a)"),
    # Art. 46(1)(b): 1 l over 22% vol (or ethyl alcohol 80% vol and over), or 2 l up to 22% vol,
    # sparkling or liqueur wine; and, separately, 2 l of still wine.
    Kind.SPIRITS: Limit(Fraction(1), Unit.L, Group.ALCOHOL, "46(1)(b)"),
    Kind.INTERMEDIATE: Limit(Fraction(2), Unit.L, Group.ALCOHOL, "46(1)(b)"),
    Kind.STILL_WINE: Limit(Fraction(2), Unit.L, Group.STILL_WINE, "46(1)(b)"),
    # Art. 46(1)(c): 50 g of perfume and 0.25 l of toilet water.
    Kind.PERFUME: Limit(Fraction(50), Unit.G, Group.PERFUME, "46(1)(c)"),
    Kind.TOILET_WATER: Limit(Fraction(1, 4), Unit.L, Group.TOILET_WATER, "46(1)(c)"),
}

AGE_OF_RELIEF = 17  # Art. 46(2): no tobacco or alcohol relief for travellers under 17
AGE_RESTRICTED_GROUPS = frozenset({Group.TOBACCO, Group.ALCOHOL, Group.STILL_WINE})
OTHER_GOODS_LIMIT_CENTS = 17_500  # Art. 47: EUR 175 per traveller for other goods
CIGARILLO_MAX_WEIGHT_G = Decimal(3)  # Art. 46(1)(a): cigarillos are cigars of at most 3 g each
SPIRITS_ABOVE_ABV = Decimal(22)  # Art. 46(1)(b): "exceeding 22 % volume"

# Not law: where the calculator stops guessing at commercial imports (Art. 45(2)(b)).
FAR_ABOVE_FACTOR = 3
# Not law: how travellers count. A pack is 20 pieces unless told otherwise; a carton 10 packs.
PACK_PIECES = 20
PACKS_PER_CARTON = 10
# Not law: perfume's limit is a weight but bottles show a volume. 1 ml is counted as 1 g, which
# is never less than the real weight of an alcohol-based perfume (lighter than water).
PERFUME_G_PER_ML = 1

# Engineering bounds, so that exact arithmetic stays small and Art. 48 stays fast.
MAX_ITEMS = 40
MAX_OTHER_PIECES = 200
MAX_AGE = 130
MAX_QUANTITY = Decimal(1_000_000)
MAX_VALUE_EUR = Decimal(10_000_000)
MAX_VOLUME_ML = Decimal(100_000)
MAX_PIECES_PER_PACK = 1_000
MAX_PIECE_WEIGHT_G = Decimal(1_000)
PLACES = {"quantity": 3, "value_eur": 2, "abv": 2, "volume_ml": 2, "piece_weight_g": 3}

PIECE_KINDS = frozenset({Kind.CIGARETTES, Kind.CIGARILLOS, Kind.CIGARS})
CIGAR_KINDS = frozenset({Kind.CIGARILLOS, Kind.CIGARS})
DRINK_KINDS = frozenset({Kind.SPIRITS, Kind.INTERMEDIATE, Kind.STILL_WINE})
UNITS_BY_KIND: Mapping[Kind, frozenset[Unit]] = {
    **{kind: frozenset({Unit.PIECE, Unit.PACK, Unit.CARTON}) for kind in PIECE_KINDS},
    Kind.SMOKING_TOBACCO: frozenset({Unit.G, Unit.KG}),
    **{kind: frozenset({Unit.ML, Unit.L, Unit.BOTTLE}) for kind in DRINK_KINDS},
    Kind.TOILET_WATER: frozenset({Unit.ML, Unit.L, Unit.BOTTLE}),
    Kind.PERFUME: frozenset({Unit.G, Unit.KG, Unit.ML, Unit.L, Unit.BOTTLE}),
    Kind.MEDICINE: frozenset(Unit),
    Kind.OTHER: frozenset(Unit),
}
GRAMS_PER_UNIT = {Unit.G: Fraction(1), Unit.KG: Fraction(1000)}
LITRES_PER_UNIT = {Unit.ML: Fraction(1, 1000), Unit.L: Fraction(1)}


@dataclass(frozen=True)
class Item:
    """One line of what the traveller carries, in the traveller's own units."""

    kind: Kind
    quantity: Decimal
    unit: Unit
    value_eur: Decimal | None = None
    abv: Decimal | None = None
    volume_ml: Decimal | None = None  # the volume of one bottle, with unit "bottle"
    pieces_per_pack: int | None = None  # with unit "pack" or "carton"; default 20
    piece_weight_g: Decimal | None = None  # cigars and cigarillos: tells one from the other


@dataclass(frozen=True)
class Note:
    """Why something is so: a stable code, the article it rests on, and values for the message."""

    code: str
    article: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemResult:
    index: int
    kind: Kind
    counted_as: Kind
    unit: Unit
    relieved_quantity: Decimal
    dutiable_quantity: Decimal
    notes: tuple[Note, ...]
    relieved_value_eur: Decimal | None = None
    dutiable_value_eur: Decimal | None = None

    @property
    def status(self) -> str:
        if not self.dutiable_quantity:
            return "relieved"
        return "partly_relieved" if self.relieved_quantity else "dutiable"


@dataclass(frozen=True)
class Assessment:
    items: tuple[ItemResult, ...]
    notes: tuple[Note, ...]


class AllowanceInputError(ValueError):
    """Input no traveller could carry. `errors` has marshmallow's shape:
    `{"age": [msg]}`, `{"items": [msg]}` or `{"items": {index: {field: [msg]}}}`."""

    def __init__(self, errors: dict[str, Any]) -> None:
        super().__init__(errors)
        self.errors = errors


class _FieldError(ValueError):
    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.message = message


@dataclass(frozen=True)
class _Measured:
    """An item measured in the unit of its limit (pieces, grams, litres), or as given when the
    law sets no quantity (medicine, other goods)."""

    counted_as: Kind
    quantity: Fraction
    unit: Unit
    notes: tuple[Note, ...] = ()


def check(age: int, items: Sequence[Item]) -> dict[str, Any]:
    """Everything wrong with a request, in marshmallow's error shape; empty when it is sound."""
    errors: dict[str, Any] = {}
    if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= MAX_AGE:
        errors["age"] = [f"Age must be a whole number of years from 0 to {MAX_AGE}."]
    if not items:
        errors["items"] = ["List at least one item."]
        return errors
    if len(items) > MAX_ITEMS:
        errors["items"] = [f"List at most {MAX_ITEMS} items."]
        return errors
    item_errors: dict[int, dict[str, list[str]]] = {}
    for index, item in enumerate(items):
        try:
            _measure(item)
        except _FieldError as invalid:
            item_errors[index] = {invalid.field_name: [invalid.message]}
    if item_errors:
        errors["items"] = item_errors
    elif sum(_other_pieces(item) for item in items) > MAX_OTHER_PIECES:
        errors["items"] = [
            f"At most {MAX_OTHER_PIECES} separate pieces of other goods can be assessed at once."
        ]
    return errors


def assess(age: int, items: Sequence[Item]) -> Assessment:
    """What is relieved and what is dutiable, item by item, and why.

    Art. 46 goods are measured in the unit of their limit; where kinds of one group together
    exceed their shared allowance, the allowance goes to the items in the order listed. Other
    goods share EUR 175 (Art. 47) over whole items, maximising the value relieved (Art. 48).
    Raises AllowanceInputError when `check` finds anything wrong.
    """
    errors = check(age, items)
    if errors:
        raise AllowanceInputError(errors)
    measured = [_measure(item) for item in items]
    results: dict[int, ItemResult] = {}
    results.update(_assess_limited(age, items, measured))
    results.update(_assess_other_goods(items, measured))
    for index, (item, measure) in enumerate(zip(items, measured, strict=True)):
        if item.kind is Kind.MEDICINE:
            results[index] = _result(
                index,
                item,
                measure,
                measure.quantity,
                (Note("medicine_personal_needs", "46(1)(d)"),),
            )
    ordered = tuple(results[index] for index in range(len(items)))
    return Assessment(ordered, _general_notes(ordered, measured))


def best_combination(
    values_cents: Sequence[int], capacity_cents: int = OTHER_GOODS_LIMIT_CENTS
) -> frozenset[int]:
    """Art. 48: the indices of the whole items whose values add up to the most without passing
    `capacity_cents`; an item's value is never split, and an item worth more than the capacity
    on its own is never chosen (it would not be relieved if imported separately).

    Exact subset-sum over cents with bit sets (one per prefix of the list). When several
    combinations reach the same total, items listed earlier are preferred: a later item is left
    out whenever the same total can be reached without it.
    """
    window = (1 << (capacity_cents + 1)) - 1
    reachable_by_prefix = [1]  # bit s set: total s reachable with the first i items
    for value in values_cents:
        before = reachable_by_prefix[-1]
        reachable_by_prefix.append(before | ((before << value) & window))
    target = reachable_by_prefix[-1].bit_length() - 1
    chosen = set()
    for index in reversed(range(len(values_cents))):
        if (reachable_by_prefix[index] >> target) & 1:
            continue
        chosen.add(index)
        target -= values_cents[index]
    return frozenset(chosen)


def _assess_limited(
    age: int, items: Sequence[Item], measured: Sequence[_Measured]
) -> dict[int, ItemResult]:
    """Art. 46(1)(a)-(c) and 46(2): the quantitative limits, filled in the order listed."""
    used: dict[Group, Fraction] = {}  # share of each group's allowance already relieved
    results = {}
    for index, (item, measure) in enumerate(zip(items, measured, strict=True)):
        limit = LIMITS.get(measure.counted_as)
        if limit is None:
            continue
        if age < AGE_OF_RELIEF and limit.group in AGE_RESTRICTED_GROUPS:
            note = Note("under_17", "46(2)", {"age": age})
            results[index] = _result(index, item, measure, Fraction(0), (*measure.notes, note))
            continue
        used_before = used.get(limit.group, Fraction(0))
        room = (1 - used_before) * limit.quantity
        relieved = min(measure.quantity, room)
        if limit.unit is Unit.PIECE:  # a cigarette or a cigar is not split
            relieved = Fraction(floor(relieved))
        used[limit.group] = used_before + relieved / limit.quantity
        excess = measure.quantity - relieved
        params = {"group": limit.group, "excess": exact_decimal(excess), "unit": limit.unit}
        if not excess:
            note = Note("within_limit", limit.article, {"group": limit.group})
        elif used_before:
            note = Note("allowance_shared", limit.article, params)
        else:
            note = Note("limit_exceeded", limit.article, params)
        results[index] = _result(index, item, measure, relieved, (*measure.notes, note))
    return results


def _assess_other_goods(
    items: Sequence[Item], measured: Sequence[_Measured]
) -> dict[int, ItemResult]:
    """Art. 47 and 48: EUR 175 over whole items. A line counted in pieces is that many items of
    equal value (its value spread over them to the cent); a line in any other unit is one item."""
    owners: list[int] = []  # for each whole item, the index of its line
    values: list[int] = []
    for index, item in enumerate(items):
        if item.kind is not Kind.OTHER:
            continue
        line_cents = _cents(item.value_eur)
        pieces = _other_pieces(item) or 1
        base, remainder = divmod(line_cents, pieces)
        for piece in range(pieces):
            owners.append(index)
            values.append(base + (1 if piece < remainder else 0))
    chosen = best_combination(values)
    results = {}
    for index, item in enumerate(items):
        if item.kind is not Kind.OTHER:
            continue
        pieces = [position for position, owner in enumerate(owners) if owner == index]
        taken = [position for position in pieces if position in chosen]
        relieved_cents = sum(values[position] for position in taken)
        dutiable_cents = _cents(item.value_eur) - relieved_cents
        measure = measured[index]
        if _other_pieces(item):
            relieved = Fraction(len(taken))
        else:
            relieved = measure.quantity if taken else Fraction(0)
        if not dutiable_cents:
            note = Note("other_relieved", "47")
        elif min(values[position] for position in pieces) > OTHER_GOODS_LIMIT_CENTS:
            note = Note("other_item_over_limit", "48", {"value_eur": _eur(values[pieces[0]])})
        else:
            note = Note("other_not_in_combination", "48", {"dutiable_eur": _eur(dutiable_cents)})
        results[index] = ItemResult(
            index=index,
            kind=item.kind,
            counted_as=item.kind,
            unit=measure.unit,
            relieved_quantity=exact_decimal(relieved),
            dutiable_quantity=exact_decimal(measure.quantity - relieved),
            notes=(note,),
            relieved_value_eur=_eur(relieved_cents),
            dutiable_value_eur=_eur(dutiable_cents),
        )
    return results


def _general_notes(
    results: Sequence[ItemResult], measured: Sequence[_Measured]
) -> tuple[Note, ...]:
    notes = []
    codes = {note.code for result in results for note in result.notes}
    if "allowance_shared" in codes:
        notes.append(Note("assortment_order", "46(1)"))
    if codes & {"other_not_in_combination", "other_item_over_limit"}:
        notes.append(Note("other_goods_combination", "47-48"))
    if _far_above_limits(measured):
        notes.append(Note("commercial_nature_not_judged", "45(2)(b)", {"factor": FAR_ABOVE_FACTOR}))
    notes.append(Note("guidance_only", "45-48"))
    return tuple(notes)


def _far_above_limits(measured: Sequence[_Measured]) -> bool:
    """Art. 45(2)(b) needs judgment, not arithmetic; the calculator only says when any group of
    Art. 46 goods is more than FAR_ABOVE_FACTOR times its adult allowance."""
    shares: dict[Group, Fraction] = {}
    for measure in measured:
        limit = LIMITS.get(measure.counted_as)
        if limit is not None:
            shares[limit.group] = (
                shares.get(limit.group, Fraction(0)) + measure.quantity / limit.quantity
            )
    return any(share > FAR_ABOVE_FACTOR for share in shares.values())


def _result(
    index: int, item: Item, measure: _Measured, relieved: Fraction, notes: tuple[Note, ...]
) -> ItemResult:
    return ItemResult(
        index=index,
        kind=item.kind,
        counted_as=measure.counted_as,
        unit=measure.unit,
        relieved_quantity=exact_decimal(relieved),
        dutiable_quantity=exact_decimal(measure.quantity - relieved),
        notes=notes,
    )


def _measure(item: Item) -> _Measured:
    """Validate one item and measure it; raises _FieldError naming the offending field."""
    _check_numbers(item)
    if item.unit not in UNITS_BY_KIND[item.kind]:
        allowed = ", ".join(sorted(UNITS_BY_KIND[item.kind]))
        raise _FieldError("unit", f"Give {item.kind} in one of: {allowed}.")
    _check_fields_apply(item)
    quantity = Fraction(item.quantity)
    if item.kind is Kind.OTHER:
        if item.value_eur is None:
            raise _FieldError("value_eur", "Give the value in EUR of other goods (Art. 47).")
        if item.unit is Unit.PIECE and quantity.denominator != 1:
            raise _FieldError("quantity", "Count other goods in whole pieces.")
    if item.kind in (Kind.MEDICINE, Kind.OTHER):
        return _Measured(item.kind, quantity, item.unit)
    counted_as, notes = _classify(item)
    limit = LIMITS[counted_as]
    if limit.unit is Unit.PIECE:
        pieces = quantity * _pieces_per_unit(item)
        if pieces.denominator != 1:
            raise _FieldError(
                "quantity", "This comes to a fraction of a piece; count whole pieces."
            )
        return _Measured(counted_as, pieces, Unit.PIECE, notes)
    if limit.unit is Unit.G and item.unit in GRAMS_PER_UNIT:
        return _Measured(counted_as, quantity * GRAMS_PER_UNIT[item.unit], Unit.G, notes)
    litres = quantity * _litres_per_unit(item)
    if limit.unit is Unit.L:
        return _Measured(counted_as, litres, Unit.L, notes)
    # Perfume given by volume (Art. 46(1)(c) limits it by weight).
    grams = litres * 1000 * PERFUME_G_PER_ML
    return _Measured(
        counted_as, grams, Unit.G, (*notes, Note("perfume_volume_as_weight", "46(1)(c)"))
    )


def _classify(item: Item) -> tuple[Kind, tuple[Note, ...]]:
    """The kind whose limit applies, which the facts given may change from the kind named."""
    counted_as = item.kind
    if item.kind in CIGAR_KINDS and item.piece_weight_g is not None:
        # Art. 46(1)(a): a cigar of at most 3 g is a cigarillo, a heavier one a cigar.
        light = item.piece_weight_g <= CIGARILLO_MAX_WEIGHT_G
        counted_as = Kind.CIGARILLOS if light else Kind.CIGARS
        if counted_as is not item.kind:
            params = {"weight_g": item.piece_weight_g, "counted_as": counted_as}
            return counted_as, (Note("reclassified_by_weight", "46(1)(a)", params),)
    if item.kind in DRINK_KINDS and item.abv is not None:
        # Art. 46(1)(b): over 22% vol is spirits; up to 22% vol spirits count with the 2 l.
        if item.abv > SPIRITS_ABOVE_ABV:
            counted_as = Kind.SPIRITS
        elif item.kind is Kind.SPIRITS:
            counted_as = Kind.INTERMEDIATE
        if counted_as is not item.kind:
            params = {"abv": item.abv, "counted_as": counted_as}
            return counted_as, (Note("reclassified_by_strength", "46(1)(b)", params),)
    return counted_as, ()


def _check_numbers(item: Item) -> None:
    bounds = {
        "quantity": MAX_QUANTITY,
        "value_eur": MAX_VALUE_EUR,
        "abv": Decimal(100),
        "volume_ml": MAX_VOLUME_ML,
        "piece_weight_g": MAX_PIECE_WEIGHT_G,
    }
    for name, upper in bounds.items():
        value = getattr(item, name)
        if value is None:
            continue
        if not value.is_finite() or value <= 0:
            raise _FieldError(name, "Must be a number greater than zero.")
        if value > upper:
            raise _FieldError(name, f"Must not be more than {upper}.")
        if value.as_tuple().exponent < -PLACES[name]:
            raise _FieldError(name, f"Use at most {PLACES[name]} decimal places.")
    if item.pieces_per_pack is not None and not 0 < item.pieces_per_pack <= MAX_PIECES_PER_PACK:
        raise _FieldError("pieces_per_pack", f"Must be from 1 to {MAX_PIECES_PER_PACK}.")


def _check_fields_apply(item: Item) -> None:
    """A detail that cannot apply to this item is a mistake worth telling, not ignoring."""
    if item.abv is not None and item.kind not in DRINK_KINDS:
        raise _FieldError(
            "abv", "Alcoholic strength applies only to spirits, intermediate, still_wine."
        )
    if item.piece_weight_g is not None and item.kind not in CIGAR_KINDS:
        raise _FieldError(
            "piece_weight_g", "Weight per piece applies only to cigars and cigarillos."
        )
    if item.pieces_per_pack is not None and (
        item.kind not in PIECE_KINDS or item.unit not in (Unit.PACK, Unit.CARTON)
    ):
        raise _FieldError(
            "pieces_per_pack", "Pieces per pack apply only to tobacco counted in packs or cartons."
        )
    if item.volume_ml is not None and item.unit is not Unit.BOTTLE:
        raise _FieldError("volume_ml", "The volume of a bottle applies only with unit bottle.")
    if item.unit is Unit.BOTTLE and item.volume_ml is None and item.kind in LIMITS:
        raise _FieldError("volume_ml", "Give the volume of one bottle in ml.")


def _pieces_per_unit(item: Item) -> int:
    pack = item.pieces_per_pack or PACK_PIECES
    return {Unit.PIECE: 1, Unit.PACK: pack, Unit.CARTON: pack * PACKS_PER_CARTON}[item.unit]


def _litres_per_unit(item: Item) -> Fraction:
    if item.unit is Unit.BOTTLE:
        return Fraction(item.volume_ml) / 1000
    return LITRES_PER_UNIT[item.unit]


def _other_pieces(item: Item) -> int:
    """How many whole items an `other` line holds when counted in pieces; 0 otherwise."""
    if item.kind is not Kind.OTHER or item.unit is not Unit.PIECE:
        return 0
    return int(item.quantity)


def _cents(value_eur: Decimal | None) -> int:
    return int((value_eur or Decimal(0)) * 100)


def _eur(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def exact_decimal(value: Fraction) -> Decimal:
    """A Fraction as the exact Decimal it is: every limit and unit here divides a power of ten,
    so the expansion terminates."""
    if value.denominator == 1:
        return Decimal(value.numerator)
    with localcontext() as context:
        context.prec = 60
        return (Decimal(value.numerator) / Decimal(value.denominator)).normalize()
