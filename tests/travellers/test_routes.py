"""The allowance calculator over HTTP: POST /api/v1/allowances/check and GET /api/v1/allowances."""

from __future__ import annotations

import pytest

CHECK = "/api/v1/allowances/check"

JOURNEY = {
    "age": 34,
    "items": [
        {"kind": "cigarettes", "quantity": 11, "unit": "pack"},
        {"kind": "spirits", "quantity": 2, "unit": "bottle", "volume_ml": 700, "abv": 40},
        {"kind": "still_wine", "quantity": "1.5", "unit": "l", "description": "Rahovec red"},
        {"kind": "perfume", "quantity": 50, "unit": "ml"},
        {"kind": "medicine", "quantity": 2, "unit": "pack"},
        {"kind": "other", "quantity": 1, "unit": "piece", "value_eur": 100},
        {"kind": "other", "quantity": 1, "unit": "piece", "value_eur": 90},
        {"kind": "other", "quantity": 1, "unit": "piece", "value_eur": "85.00"},
    ],
}


def check(client, body, lang="en"):
    return client.post(CHECK, json=body, headers={"Accept-Language": lang})


def test_the_answer_says_item_by_item_what_is_relieved_and_what_is_dutiable(client):
    response = check(client, JOURNEY)
    assert response.status_code == 200
    body = response.get_json()
    assert body["all_relieved"] is False
    got = [
        (i["index"], i["kind"], i["relieved_quantity"], i["dutiable_quantity"], i["unit"])
        for i in body["items"]
    ]
    assert got == [
        (0, "cigarettes", 200, 20, "piece"),
        (1, "spirits", 1, 0.4, "l"),
        (2, "still_wine", 1.5, 0, "l"),
        (3, "perfume", 50, 0, "g"),
        (4, "medicine", 2, 0, "pack"),
        (5, "other", 0, 1, "piece"),
        (6, "other", 1, 0, "piece"),
        (7, "other", 1, 0, "piece"),
    ]
    # Art. 48: 90 + 85 uses more of EUR 175 than 100 alone, which a greedy choice would take.
    values = [(i["relieved_value_eur"], i["dutiable_value_eur"]) for i in body["items"][5:]]
    assert values == [(0, 100), (90, 0), (85, 0)]
    assert all("relieved_value_eur" not in i for i in body["items"][:5])
    assert body["items"][2]["description"] == "Rahovec red"
    first_note = body["items"][0]["notes"][0]
    assert first_note["code"] == "limit_exceeded"
    assert first_note["article"] == "46(1)(a)"
    assert first_note["message"].endswith("dutiable: 20 pieces.")
    assert [note["code"] for note in body["notes"]] == ["other_goods_combination", "guidance_only"]


@pytest.mark.parametrize(
    ("lang", "article_word", "excess"),
    [("en", "Art.", "0.4 l"), ("sq", "neni", "0,4 l"), ("sr", "član", "0,4 l")],
)
def test_notes_are_in_the_asked_language(client, lang, article_word, excess):
    body = check(client, JOURNEY, lang).get_json()
    spirits_note = body["items"][1]["notes"][0]
    assert spirits_note["code"] == "limit_exceeded"
    assert article_word in spirits_note["message"]
    assert excess in spirits_note["message"]
    every_message = [n["message"] for i in body["items"] for n in i["notes"]]
    every_message += [n["message"] for n in body["notes"]]
    assert not any("{" in message or "travellers." in message for message in every_message)


def test_serbian_messages_use_latin_letters_with_diacritics(client):
    body = check(
        client, {"age": 15, "items": [{"kind": "spirits", "quantity": 1, "unit": "l"}]}, "sr"
    ).get_json()
    message = body["items"][0]["notes"][0]["message"]
    assert "mlađi od 17 godina" in message
    assert "dažbinama" in message


def test_no_tobacco_or_alcohol_relief_under_17(client):
    body = check(
        client,
        {
            "age": 16,
            "items": [
                {"kind": "cigarettes", "quantity": 1, "unit": "pack"},
                {"kind": "intermediate", "quantity": 1, "unit": "bottle", "volume_ml": 330},
                {"kind": "perfume", "quantity": 30, "unit": "g"},
            ],
        },
    ).get_json()
    assert [(i["relieved_quantity"], i["dutiable_quantity"]) for i in body["items"]] == [
        (0, 20),
        (0, 0.33),
        (30, 0),
    ]
    assert [i["status"] for i in body["items"]] == ["dutiable", "dutiable", "relieved"]
    assert body["items"][0]["notes"][0]["article"] == "46(2)"


def test_a_proportional_assortment_is_filled_in_the_order_listed(client):
    body = check(
        client,
        {
            "age": 40,
            "items": [
                {"kind": "cigarettes", "quantity": 5, "unit": "pack"},
                {"kind": "cigars", "quantity": 26, "unit": "piece"},
            ],
        },
    ).get_json()
    assert [(i["relieved_quantity"], i["dutiable_quantity"]) for i in body["items"]] == [
        (100, 0),
        (25, 1),
    ]
    assert body["items"][1]["notes"][0]["code"] == "allowance_shared"
    assert "assortment_order" in [note["code"] for note in body["notes"]]


def test_strength_given_decides_which_alcohol_limit_applies(client):
    body = check(
        client,
        {"age": 40, "items": [{"kind": "intermediate", "quantity": 2, "unit": "l", "abv": 40}]},
    ).get_json()
    item = body["items"][0]
    assert (item["kind"], item["counted_as"]) == ("intermediate", "spirits")
    assert (item["relieved_quantity"], item["dutiable_quantity"]) == (1, 1)
    assert item["notes"][0]["code"] == "reclassified_by_strength"


def test_quantities_far_above_the_limits_say_customs_judge_commercial_nature(client):
    body = check(
        client, {"age": 40, "items": [{"kind": "cigarettes", "quantity": 5, "unit": "carton"}]}
    ).get_json()
    notes = {note["code"]: note for note in body["notes"]}
    assert notes["commercial_nature_not_judged"]["article"] == "45(2)(b)"
    assert "commercial" in notes["commercial_nature_not_judged"]["message"]


NONSENSE = [
    pytest.param({"kind": "snus", "quantity": 1, "unit": "piece"}, "kind", id="unknown kind"),
    pytest.param({"kind": "cigarettes", "quantity": 1, "unit": "box"}, "unit", id="unknown unit"),
    pytest.param(
        {"kind": "cigarettes", "quantity": -5, "unit": "piece"}, "quantity", id="negative"
    ),
    pytest.param({"kind": "cigarettes", "quantity": 0, "unit": "piece"}, "quantity", id="zero"),
    pytest.param({"kind": "cigarettes", "quantity": True, "unit": "piece"}, "quantity", id="bool"),
    pytest.param({"kind": "spirits", "quantity": "NaN", "unit": "l"}, "quantity", id="NaN"),
    pytest.param({"kind": "spirits", "quantity": "1e999999", "unit": "l"}, "quantity", id="huge"),
    pytest.param({"kind": "spirits", "quantity": 1, "unit": "l", "abv": 101}, "abv", id="abv>100"),
    pytest.param({"kind": "cigarettes", "quantity": 200, "unit": "g"}, "unit", id="wrong unit"),
    pytest.param({"kind": "spirits", "quantity": 1, "unit": "bottle"}, "volume_ml", id="bottle"),
    pytest.param({"kind": "other", "quantity": 1, "unit": "piece"}, "value_eur", id="no value"),
    pytest.param({"kind": "cigarettes", "unit": "piece"}, "quantity", id="missing quantity"),
]


@pytest.mark.parametrize(("line", "field"), NONSENSE)
def test_nonsense_is_a_422_naming_the_field(client, line, field):
    response = check(client, {"age": 30, "items": [line]})
    assert response.status_code == 422
    body = response.get_json()
    assert body["error"] == "validation_failed"
    assert field in body["errors"]["json"]["items"]["0"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"items": [{"kind": "perfume", "quantity": 1, "unit": "g"}]}, id="no age"),
        pytest.param(
            {"age": -1, "items": [{"kind": "perfume", "quantity": 1, "unit": "g"}]}, id="-1"
        ),
        pytest.param(
            {"age": "30", "items": [{"kind": "perfume", "quantity": 1, "unit": "g"}]}, id="str"
        ),
        pytest.param({"age": 30, "items": []}, id="no items"),
        pytest.param(
            {"age": 30, "items": [{"kind": "perfume", "quantity": 1, "unit": "g"}] * 41},
            id="41 items",
        ),
        pytest.param(
            {
                "age": 30,
                "items": [{"kind": "other", "quantity": 201, "unit": "piece", "value_eur": 9}],
            },
            id="201 other pieces",
        ),
    ],
)
def test_impossible_journeys_are_a_422(client, body):
    response = check(client, body)
    assert response.status_code == 422
    assert response.get_json()["error"] == "validation_failed"


def test_forty_items_are_accepted(client):
    lines = [{"kind": "other", "quantity": 1, "unit": "piece", "value_eur": 5}] * 40
    body = check(client, {"age": 30, "items": lines}).get_json()
    relieved = sum(item["relieved_value_eur"] for item in body["items"])
    assert relieved == 175


def test_the_limits_are_published_with_their_texts(client):
    response = client.get("/api/v1/allowances", headers={"Accept-Language": "sq"})
    assert response.status_code == 200
    body = response.get_json()
    limits = {limit["kind"]: limit for limit in body["limits"]}
    assert (limits["cigarettes"]["quantity"], limits["cigarettes"]["unit"]) == (200, "piece")
    assert (limits["toilet_water"]["quantity"], limits["toilet_water"]["unit"]) == (0.25, "l")
    assert limits["still_wine"]["group"] != limits["spirits"]["group"]
    assert limits["cigars"]["allowance"].startswith("200 cigare")
    assert (body["other_goods_eur"], body["age_of_relief"], body["max_items"]) == (175, 17, 40)


def test_the_calculator_is_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert "post" in paths["/api/v1/allowances/check"]
    assert "get" in paths["/api/v1/allowances"]
