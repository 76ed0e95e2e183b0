"""The operator's report: one pass over the scans of the operator's own stamps in the window."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.geo.gazetteer import municipality_name
from app.kosovo_time import KOSOVO, legal_date
from app.registry.models import Product
from app.stamps.codes import Serial
from app.stamps.models import Activation, Batch, Scan
from app.tracking import rules

# Rows fetched from the database at a time: the report never holds the window's scans at once.
_CHUNK = 2000


@dataclass
class _Finding:
    scans: int = 0
    first: dt.datetime | None = None
    last: dt.datetime | None = None


@dataclass
class _Tally:
    verdicts: Counter = field(default_factory=Counter)

    def add(self, verdict: str) -> None:
        self.verdicts[verdict] += 1

    def answer(self) -> dict:
        return {"scans": sum(self.verdicts.values()),
                **{verdict: self.verdicts[verdict] for verdict in rules.VERDICTS}}


def _instant(day: dt.date) -> dt.datetime:
    """The UTC instant a Kosovo day starts."""
    return dt.datetime.combine(day, dt.time(), KOSOVO).astimezone(dt.UTC)


def operator_report(
    session: Session, operator_id: int, start: dt.date, end: dt.date, lang: str
) -> dict:
    """Scans per day (Kosovo days), per municipality and per product, verdict counts, and
    every finding of rules.FINDINGS on the operator's serials, each with the municipalities
    that at least rules.MIN_PLACE_SCANS of that serial's scans back."""
    statement = (
        select(Scan.series, Scan.number, Scan.scanned_at, Scan.verdict, Scan.reasons,
               Scan.municipality, Activation.product_id)
        .join(Batch, and_(Batch.series == Scan.series, Batch.first <= Scan.number,
                          Batch.last >= Scan.number))
        .outerjoin(Activation, and_(Activation.series == Scan.series,
                                    Activation.first <= Scan.number,
                                    Activation.last >= Scan.number))
        .where(Batch.operator_id == operator_id,
               Scan.scanned_at >= _instant(start),
               Scan.scanned_at < _instant(end + dt.timedelta(days=1)))
        .execution_options(yield_per=_CHUNK)
    )
    total = _Tally()
    days: dict[dt.date, _Tally] = defaultdict(_Tally)
    places: dict[str | None, _Tally] = defaultdict(_Tally)
    products: dict[int | None, _Tally] = defaultdict(_Tally)
    findings: dict[tuple[str, int, str], _Finding] = defaultdict(_Finding)
    serial_places: dict[tuple[str, int], Counter] = defaultdict(Counter)
    for series, number, at, verdict, reasons, place, product_id in session.execute(statement):
        total.add(verdict)
        days[legal_date(at)].add(verdict)
        places[place].add(verdict)
        products[product_id].add(verdict)
        serial_places[(series, number)][place] += 1
        for reason in set(reasons or ()) & set(rules.FINDINGS):
            finding = findings[(series, number, reason)]
            finding.scans += 1
            finding.first = at if finding.first is None else min(finding.first, at)
            finding.last = at if finding.last is None else max(finding.last, at)

    shown, unplaced = rules.placed({p: t.answer()["scans"] for p, t in places.items()})
    names = _products(session, [pid for pid in products if pid is not None])
    return {
        "start": start,
        "end": end,
        "totals": total.answer(),
        "per_day": [{"date": day, **days[day].answer()} for day in sorted(days)],
        "per_municipality": [
            {"municipality": place, "name": municipality_name(place, lang),
             **places[place].answer()}
            for place, _ in shown
        ],
        "unplaced_scans": unplaced,
        "per_product": sorted(
            ({"product": names.get(pid), **tally.answer()} for pid, tally in products.items()),
            key=lambda row: (-row["scans"], (row["product"] or {}).get("name", "")),
        ),
        "findings": [
            _finding_answer(series, number, reason, finding, serial_places[(series, number)],
                            lang)
            for (series, number, reason), finding in sorted(
                findings.items(), key=lambda item: (item[0][2], item[0][0], item[0][1]))
        ],
        "min_place_scans": rules.MIN_PLACE_SCANS,
    }


def _finding_answer(series, number, reason, finding: _Finding, where: Counter, lang) -> dict:
    shown, unplaced = rules.placed(dict(where))
    return {
        "serial": str(Serial(series, number)),
        "reason": reason,
        "scans": finding.scans,
        "first_scanned_at": finding.first,
        "last_scanned_at": finding.last,
        "municipalities": [
            {"municipality": place, "name": municipality_name(place, lang), "scans": n}
            for place, n in shown
        ],
        "unplaced_scans": unplaced,
    }


def _products(session: Session, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    rows = session.execute(
        select(Product.id, Product.gtin, Product.brand, Product.name, Product.category)
        .where(Product.id.in_(ids))
    )
    return {row.id: {"id": row.id, "gtin": row.gtin, "brand": row.brand, "name": row.name,
                     "category": row.category} for row in rows}


CSV_COLUMNS = ("section", "date", "municipality", "product_gtin", "product", "serial", "reason",
               "scans", "genuine", "suspicious", "invalid")


def csv_rows(report: dict) -> list[list]:
    """The report as rows of CSV_COLUMNS: one section per table of the JSON answer."""
    rows = [["total", "", "", "", "", "", "",
             *(report["totals"][k] for k in ("scans", *rules.VERDICTS))]]
    for day in report["per_day"]:
        rows.append(["day", day["date"].isoformat(), "", "", "", "", "",
                     *(day[k] for k in ("scans", *rules.VERDICTS))])
    for place in report["per_municipality"]:
        rows.append(["municipality", "", place["name"], "", "", "", "",
                     *(place[k] for k in ("scans", *rules.VERDICTS))])
    for row in report["per_product"]:
        product = row["product"] or {}
        rows.append(["product", "", "", product.get("gtin", ""),
                     " ".join(filter(None, (product.get("brand"), product.get("name")))),
                     "", "", *(row[k] for k in ("scans", *rules.VERDICTS))])
    for finding in report["findings"]:
        places = "; ".join(f"{m['name']} ({m['scans']})" for m in finding["municipalities"])
        rows.append(["finding", finding["last_scanned_at"].date().isoformat(), places, "", "",
                     finding["serial"], finding["reason"], finding["scans"], "", "", ""])
    return rows
