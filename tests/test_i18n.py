"""Which language an answer is in (`?lang=` first, then Accept-Language, else English: API.md),
and numbers, dates, plural forms and quantities as each language writes them."""

import datetime as dt
from decimal import Decimal

import pytest

from app.i18n import (
    current_language,
    format_date,
    format_quantity,
    localised,
    negotiate,
    plural_form,
    translate,
)


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "en"),
        ("", "en"),
        ("sq", "sq"),
        ("sq-XK,sq;q=0.9", "sq"),
        ("sr-Latn-RS", "sr"),
        ("bs", "sr"),  # Bosnian, Croatian, Montenegrin readers are answered in Serbian
        ("de-DE,sr;q=0.5,en;q=0.4", "sr"),
        ("en;q=0.3, sq;q=0.8", "sq"),
        ("sq;q=0, en", "en"),
        ("de, fr", "en"),
        ("sq;q=bogus, sr", "sr"),
    ],
)
def test_accept_language_picks_the_best_of_the_three(header, language):
    assert negotiate(header) == language


@pytest.mark.parametrize(
    ("query", "header", "language"),
    [
        ("", "sr", "sr"),
        ("lang=sq", "sr", "sq"),  # an explicit choice wins over the browser's
        ("page=2&lang=en", "sq", "en"),
        ("lang=de", "sq", "sq"),  # an unknown language is ignored
        ("flang=sq", "sr", "sr"),
        ("page=2", None, "en"),
    ],
)
def test_the_query_string_may_choose_the_language(app, query, header, language):
    headers = {"Accept-Language": header} if header else {}
    with app.test_request_context(f"/api/v1/notices?{query}", headers=headers):
        assert current_language() == language


def test_messages_of_an_answer_follow_the_language(client):
    for header, text in (("sq", "Nuk u gjet."), ("en", "Not found.")):
        answer = client.get("/api/v1/nothing-here", headers={"Accept-Language": header})
        assert answer.get_json()["message"] == text


@pytest.mark.parametrize(
    ("count", "form"),
    [(0, "other"), (1, "one"), (2, "few"), (4, "few"), (5, "other"), (11, "other"),
     (12, "other"), (14, "other"), (21, "one"), (22, "few"), (25, "other"), (101, "one"),
     (111, "other"), (112, "other"), (240, "other"), (Decimal("1.5"), "other"),
     (Decimal("2.1"), "one"), (Decimal("2.50"), "other")],
)
def test_serbian_has_three_plural_forms_as_cldr_counts_them(count, form):
    assert plural_form(count, "sr") == form


def test_english_and_albanian_say_one_only_of_one():
    assert [plural_form(n, lang) for lang in ("en", "sq") for n in (1, 0, 2, 21)] == [
        "one", "other", "other", "other"] * 2


@pytest.mark.parametrize(
    ("quantity", "unit", "texts"),
    [
        (240, "bottle", ("240 bottles", "240 shishe", "240 flaša")),
        (1, "piece", ("1 piece", "1 copë", "1 komad")),
        (3, "carton", ("3 cartons", "3 kartonë", "3 šteke")),
        (22, "pack", ("22 packs", "22 pako", "22 paklice")),
        (Decimal("2.5"), "kg", ("2.5 kg", "2,5 kg", "2,5 kg")),
        (12000, "piece", ("12,000 pieces", "12\u202f000 copë", "12.000 komada")),
        (7, "crate", ("7 crate", "7 crate", "7 crate")),  # a unit the catalogue lacks
    ],
)
def test_a_quantity_is_written_with_its_unit_in_the_right_form(quantity, unit, texts):
    assert tuple(format_quantity(quantity, unit, lang) for lang in ("en", "sq", "sr")) == texts


def test_dates_in_messages_are_written_as_each_language_writes_them():
    on = dt.date(2026, 11, 20)
    assert [format_date(on, lang) for lang in ("en", "sq", "sr")] == [
        "20 November 2026", "20 nëntor 2026", "20. 11. 2026."]
    # A refusal's date parameter: never the ISO date in the message.
    texts = {lang: translate("seizures.detention_already_decided", lang, decided_on=on)
             for lang in ("en", "sq", "sr")}
    assert texts["sq"] == "Vendimi për sendin e ndaluar është marrë më 20 nëntor 2026."
    assert texts["sr"] == "Odluka o zadržanoj stvari je već doneta 20. 11. 2026."  # one full stop
    assert "20 November 2026" in texts["en"]
    assert not any("2026-11-20" in text for text in texts.values())


def test_amounts_and_times_in_messages_follow_the_language():
    assert translate("seizures.amount_exceeds_value", "sr", value_eur=Decimal("1750.50")).endswith(
        "(EUR 1.750,50).")
    instant = dt.datetime(2026, 11, 20, 23, 30, tzinfo=dt.UTC)  # already the 21st in Kosovo
    assert localised({"at": instant, "days": 60}, "sq") == {"at": "21 nëntor 2026, 00:30",
                                                           "days": 60}
