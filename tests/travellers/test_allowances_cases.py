"""One table of allowance cases (tests/data/allowances_cases.json), two implementations: the
server's rules (app/travellers/rules.py) and the PWA's offline copy (pwa/js/allowances-rules.js,
run by Node). Both must give the table's answers, so the phone at a border without network says
what the server would."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from app.travellers import rules

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "tests" / "data" / "allowances_cases.json"
RUNNER = Path(__file__).with_name("allowances_cases.mjs")
CASES = json.loads(TABLE.read_text())["cases"]
NUMBERS = ("value_eur", "abv", "volume_ml", "piece_weight_g")


def canonical(value) -> str | bool:
    """Numbers as exact decimal text without trailing zeros ("0.4", "200"), the rest as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal | int | float):
        return format(Decimal(str(value)).normalize(), "f")
    return str(value)


def note(code: str, article: str, params: dict) -> dict:
    return {"code": code, "article": article,
            "params": {name: canonical(value) for name, value in params.items()}}


def python_outcome(case: dict) -> dict:
    items = [
        rules.Item(
            rules.Kind(line["kind"]),
            Decimal(line["quantity"]),
            rules.Unit(line["unit"]),
            pieces_per_pack=line.get("pieces_per_pack"),
            **{name: Decimal(line[name]) for name in NUMBERS if name in line},
        )
        for line in case["items"]
    ]
    errors = rules.check(case["age"], items)
    if errors:
        shape: dict = {}
        if "age" in errors:
            shape["age"] = True
        if "items" in errors:
            refused = errors["items"]
            shape["items"] = (
                True if isinstance(refused, list)
                else {str(index): next(iter(fields)) for index, fields in refused.items()}
            )
        return {"errors": shape}
    assessment = rules.assess(case["age"], items)
    answers = []
    for result in assessment.items:
        answer = {
            "index": result.index,
            "kind": str(result.kind),
            "counted_as": str(result.counted_as),
            "status": result.status,
            "relieved_quantity": canonical(result.relieved_quantity),
            "dutiable_quantity": canonical(result.dutiable_quantity),
            "unit": str(result.unit),
        }
        if result.relieved_value_eur is not None:
            answer["relieved_value_eur"] = canonical(result.relieved_value_eur)
            answer["dutiable_value_eur"] = canonical(result.dutiable_value_eur)
        answer["notes"] = [note(n.code, n.article, n.params) for n in result.notes]
        answers.append(answer)
    return {"answer": {
        "all_relieved": all(result.status == "relieved" for result in assessment.items),
        "items": answers,
        "notes": [note(n.code, n.article, n.params) for n in assessment.notes],
    }}


def javascript_outcome(outcome: dict) -> dict:
    """The Node runner's outcome with its numbers written like the table's."""
    if "errors" in outcome:
        return outcome
    answer = outcome["answer"]

    def notes(entries):
        return [note(entry["code"], entry["article"], entry["params"]) for entry in entries]

    return {"answer": {
        **answer,
        "items": [{**item, "notes": notes(item["notes"])} for item in answer["items"]],
        "notes": notes(answer["notes"]),
    }}


def expected(case: dict) -> dict:
    return {"errors": case["errors"]} if "errors" in case else {"answer": case["answer"]}


@pytest.fixture(scope="module")
def javascript_outcomes() -> list[dict]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the PWA's allowance rules (make install-dev)")
    run = subprocess.run([node, str(RUNNER), str(TABLE)], capture_output=True, text=True,
                         check=True, cwd=ROOT, timeout=60)
    return [javascript_outcome(outcome) for outcome in json.loads(run.stdout)]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_server_rules_give_the_table_answer(case):
    assert python_outcome(case) == expected(case)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[case["name"] for case in CASES])
def test_the_pwa_rules_give_the_table_answer(javascript_outcomes, index):
    assert javascript_outcomes[index] == expected(CASES[index])


def test_the_table_covers_every_note_and_refusal():
    """Every note the rules can give appears in the table, and refusals of each kind."""
    codes = {
        entry["code"]
        for case in CASES if "answer" in case
        for entry in [*case["answer"]["notes"],
                      *(n for item in case["answer"]["items"] for n in item["notes"])]
    }
    source = (ROOT / "app" / "travellers" / "rules.py").read_text()
    every_note = set()
    for line in source.splitlines():
        if 'Note("' in line:
            every_note.add(line.split('Note("', 1)[1].split('"', 1)[0])
    assert every_note and every_note <= codes, every_note - codes
    refused_fields = {
        field
        for case in CASES if "errors" in case and isinstance(case["errors"].get("items"), dict)
        for field in case["errors"]["items"].values()
    }
    assert refused_fields >= {"quantity", "unit", "value_eur", "abv", "volume_ml",
                              "pieces_per_pack", "piece_weight_g"}
