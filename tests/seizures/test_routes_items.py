"""The cases API thing by thing (Art. 251(3)(a), (9), (11)), the holder (Art. 284(4)) and refunds
(Art. 292(b)), with every refusal's `error` and nothing written on a refusal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.seizures.models import BoardNotice, CaseDecision, CaseDisposition, CaseRefund

D = dt.date(2026, 1, 30)  # day 30 is 1 March 2026 (no leap day): deemed seized on 2 March
CLOCK_START = D

ITEMS = [
    {"kind": "goods", "description": "Cigarettes without excise stamps", "quantity": 20,
     "unit": "carton", "value_eur": 700, "duty_unpaid_eur": 300, "category": "cigarettes",
     "unmarked": True},
    {"kind": "vehicle", "description": "Truck Iveco, PR-123-AB", "quantity": 1, "unit": "piece",
     "value_eur": 15000},
    {"kind": "goods", "description": "Fresh trout", "quantity": 40, "unit": "kg",
     "value_eur": 80, "perishable": True},
]
HOLDER = {"name": "Driton Shoferi", "role": "driver", "address": "Rruga B 3, Pejë"}


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def ok(response, status=201) -> dict:
    assert response.status_code == status, response.json
    return response.json


def refused(response, status: int, error: str, key: str | None = None) -> dict:
    assert response.status_code == status, response.json
    assert response.json["error"] == error, response.json
    assert response.json["message"]
    return response.json


def opened(api):
    case = api.opened(D, items=ITEMS, holder=HOLDER)
    cigarettes, truck, fish = (item["id"] for item in case["items"])
    return case, cigarettes, truck, fish


def counts(session) -> tuple[int, int, int]:
    return tuple(
        session.scalar(select(func.count()).select_from(model))
        for model in (CaseDecision, CaseDisposition, CaseRefund)
    )


def statuses(case: dict) -> list[str]:
    return [item["status"] for item in case["items"]]


def test_return_the_truck_seize_the_cigarettes_sell_the_fish_the_rest_runs_on(api, clock):
    case, cigarettes, truck, fish = opened(api)
    assert statuses(case) == ["detained", "detained", "detained"]
    assert case["holder"] == HOLDER
    assert case["items"][0]["duty_unpaid_eur"] == 300
    assert case["value_eur"] == 700 + 300 + 15000 + 80

    clock.today = day(2)
    case = ok(api.dispose(case["id"], "perishable_sale", day(2), amount_eur=60))["case"]
    assert statuses(case) == ["detained", "detained", "sold"]
    assert case["status"] == "detained"  # not `disposed`: the truck and cigarettes run on
    assert case["dispositions"][0]["item_ids"] == [fish]

    clock.today = day(3)
    case = ok(api.decide(case["id"], "return", day(3), item_ids=[truck]))["case"]
    assert statuses(case) == ["detained", "returned", "sold"]
    assert case["decisions"][0]["item_ids"] == [truck]
    assert case["status"] == "detained"
    case = ok(api.decide(case["id"], "seize", day(3)))["case"]  # default: what is still detained
    assert case["decisions"][1]["item_ids"] == [cigarettes]
    assert statuses(case) == ["seized", "returned", "sold"]
    assert case["status"] == "seized"

    # Return on payment of the cigarettes: up to their value and unpaid duty, 700 + 300.
    clock.today = day(5)
    refused(api.dispose(case["id"], "return_on_payment", day(5), amount_eur=1000.01), 409,
            "conflict")
    case = ok(api.dispose(case["id"], "return_on_payment", day(5), amount_eur=1000))["case"]
    assert statuses(case) == ["returned", "returned", "sold"]
    assert case["status"] == "disposed"  # nothing held, and the fish was sold


def test_the_undecided_truck_is_deemed_seized_by_the_sweep_and_alone_on_the_board(
    app, api, clock, session
):
    case, cigarettes, truck, fish = opened(api)
    clock.today = day(3)
    ok(api.decide(case["id"], "return", day(3), item_ids=[cigarettes, fish]))
    clock.today = day(31)  # 2 March 2026
    result = app.test_cli_runner().invoke(
        args=["seizures", "sweep", "--today", day(31).isoformat()]
    )
    assert result.exit_code == 0 and f"deemed seized on {day(31).isoformat()}" in result.output
    case = api.get(case["id"])
    assert statuses(case) == ["returned", "deemed_seized", "returned"]
    assert case["status"] == "deemed_seized"
    deemed = next(e for e in case["history"] if e["action"] == "deemed_seized")
    assert deemed["data"]["item_ids"] == [truck]
    assert case["notifications"][0]["status"] == "prepared"
    ok(api.notify(case["id"], "seizure", day(31), method="hand"))
    row = session.get(BoardNotice, case["id"])
    assert [goods[0] for goods in row.goods] == ["Truck Iveco, PR-123-AB"]
    for path in ("/api/v1/notices", "/notices", "/notices.atom"):
        body = api.client.get(path).get_data(as_text=True)
        assert case["number"] in body, path
        assert HOLDER["name"] not in body and "Rruga B 3" not in body, path  # never the holder


def test_every_refusal_of_named_things_writes_nothing(api, clock, session):
    case, _, truck, fish = opened(api)
    other = api.opened(D)
    other_item = other["items"][0]["id"]
    clock.today = day(3)
    before = counts(session)
    for body, status, error in [
        ({"item_ids": []}, 422, "validation_failed"),
        ({"item_ids": [other_item]}, 422, "validation_failed"),  # a thing of another case
        ({"item_ids": [987654]}, 422, "validation_failed"),
        ({"item_ids": ["x"]}, 422, "validation_failed"),
    ]:
        refused(api.decide(case["id"], "seize", day(3), **body), status, error)
        response = api._post(
            f"/api/v1/cases/{case['id']}/dispositions",
            {"kind": "perishable_sale", "decided_on": day(3).isoformat(), **body},
        )
        refused(response, status, error)
    answer = refused(api.decide(case["id"], "seize", day(3), item_ids=[other_item]), 422,
                     "validation_failed")
    assert list(answer["errors"]) == ["item_ids"] and str(other_item) in answer["message"]
    # The truck is not perishable (Art. 251(3)(a)).
    response = api._post(
        f"/api/v1/cases/{case['id']}/dispositions",
        {"kind": "perishable_destruction", "decided_on": day(3).isoformat(),
         "item_ids": [truck]},
    )
    refused(response, 409, "conflict")
    assert counts(session) == before

    ok(api.dispose(case["id"], "perishable_destruction", day(3)))
    before = counts(session)
    response = api._post(
        f"/api/v1/cases/{case['id']}/dispositions",
        {"kind": "perishable_sale", "decided_on": day(3).isoformat(), "item_ids": [fish]},
    )
    refused(response, 409, "conflict")  # already disposed of
    refused(api.decide(case["id"], "seize", day(3), item_ids=[fish]), 409, "conflict")
    assert counts(session) == before


def refunds(api, case_id, amount, paid_on):
    return api._post(
        f"/api/v1/cases/{case_id}/refunds",
        {"amount_eur": amount, "paid_on": paid_on.isoformat()},
    )


def test_refund_due_after_the_review_annuls_a_seizure_returned_on_payment(api, clock, session):
    case, cigarettes, truck, fish = opened(api)
    clock.today = day(3)
    ok(api.decide(case["id"], "return", day(3), item_ids=[truck, fish]))
    ok(api.decide(case["id"], "seize", day(3), item_ids=[cigarettes]))
    ok(api.notify(case["id"], "seizure", day(3), method="hand"))
    clock.today = day(5)
    ok(api.dispose(case["id"], "return_on_payment", day(5), amount_eur=900))
    refused(refunds(api, case["id"], 100, day(5)), 409, "conflict")  # the seizure stands
    clock.today = day(6)
    review_id = ok(api.review(case["id"], day(6)))["id"]
    clock.today = day(20)
    case = ok(api.review_decision(case["id"], review_id, "annulled", day(20), day(20)))["case"]
    assert case["refund_due_eur"] == 900
    assert case["refund_basis"] == [{"basis": "sum_paid", "amount_eur": 900}]

    before = counts(session)
    refused(refunds(api, case["id"], 900.01, day(20)), 409, "conflict")
    refused(refunds(api, case["id"], 100, day(19)), 422, "validation_failed")
    refused(refunds(api, case["id"], 100, day(21)), 422, "validation_failed")
    refused(refunds(api, case["id"], 0, day(20)), 422, "validation_failed")
    assert counts(session) == before

    case = ok(refunds(api, case["id"], 400, day(20)))["case"]
    assert case["refund_due_eur"] == 500
    assert case["refunds"][0]["amount_eur"] == 400
    case = ok(refunds(api, case["id"], 500, day(20)))["case"]
    assert case["refund_due_eur"] is None
    assert case["history"][-1]["action"] == "refunded"
    refused(refunds(api, case["id"], 1, day(20)), 409, "conflict")


def test_holder_is_optional_and_checked(api, clock):
    case = api.opened(D)
    assert case["holder"] is None
    response = api.open(D, holder={"role": "driver"})
    refused(response, 422, "validation_failed")


def test_the_receipt_names_the_holder_and_its_delivery_is_recorded(api, clock):
    import io

    import pypdf

    case, cigarettes, _, _ = opened(api)
    for lang in ("sq", "sr", "en"):
        response = api.document(case["id"], "receipt", lang)
        assert response.status_code == 200
        reader = pypdf.PdfReader(io.BytesIO(response.data))
        content = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert "Driton Shoferi (driver), Rruga B 3, Pejë" in content, lang
    holder = {"recipient": HOLDER["name"], "address": HOLDER["address"]}
    refused(api.notify(case["id"], "receipt", day(-1), method="hand", **holder), 422,
            "validation_failed")
    case = ok(api.notify(case["id"], "receipt", day(0), method="hand", **holder))["case"]
    clock.today = day(3)
    ok(api.decide(case["id"], "seize", day(3), item_ids=[cigarettes]))
    case = ok(api.notify(case["id"], "receipt", day(3), method="hand", **holder))["case"]
    receipts = [n for n in case["notifications"] if n["document"] == "receipt"]
    assert [(n["sent_on"], n["received_on"], n["recipient"]) for n in receipts] == [
        (day(0).isoformat(), day(0).isoformat(), "Driton Shoferi"),
        (day(3).isoformat(), day(3).isoformat(), "Driton Shoferi"),
    ]
