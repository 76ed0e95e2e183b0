"""Answers are written by orjson: the same JSON the standard library writes, times included."""

import datetime as dt
import json
from collections import namedtuple
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.api import JSONProvider

Row = namedtuple("Row", "id name")


def test_answers_read_as_the_standard_librarys_do(app):
    value = {
        "message": "Pulla është e vërtetë / Марка је исправна",
        "at": dt.datetime(2026, 11, 30, 8, 0, 0, 250000, tzinfo=dt.UTC),
        "local": dt.datetime(2026, 7, 1, 9, 30, tzinfo=ZoneInfo("Europe/Belgrade")),
        "on": dt.date(2026, 12, 1),
        "excise_paid_eur": Decimal("1250.50"),
        "rows": [Row(1, "Shop 7")],
        7: "an integer key",
        "nested": {"empty": [], "none": None, "flag": True, "ratio": 0.25},
    }
    written = app.json.dumps(value)
    standard = json.dumps(value, default=JSONProvider.default, ensure_ascii=False)
    assert json.loads(written) == json.loads(standard)
    assert '"at":"2026-11-30T08:00:00.250000+00:00"' in written
    assert '"local":"2026-07-01T09:30:00+02:00"' in written


def test_a_debug_answer_is_still_indented(app):
    assert app.json.dumps({"a": [1]}, indent=2) == '{\n  "a": [\n    1\n  ]\n}'
