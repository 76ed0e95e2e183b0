"""Times the public board's HTML page and Atom feed for 10,000 current Notices of Seizure.

Run from the repository root: .venv/bin/python -m bench.board_render
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.seizures.board import NoticeEntry, render_atom, render_html

ENTRIES = 10_000
MUNICIPALITIES = ("Prishtinë", "Prizren", "Pejë", "Gjakovë", "Mitrovicë", "Ferizaj", "Gjilan")


def build_entries(count: int = ENTRIES) -> list[NoticeEntry]:
    first = date(2026, 9, 1)
    entries = []
    for index in range(count):
        seized_on = first + timedelta(days=index % 80)
        legal = index % 3 == 0
        entries.append(
            NoticeEntry(
                number=f"DK-2026-{index:06d}",
                seized_on=seized_on,
                municipality=MUNICIPALITIES[index % len(MUNICIPALITIES)],
                place=f"Dyqani nr. {index}, Rr. Nëna Terezë {index % 200}",
                goods=[
                    ("Cigare pa pullë akcize", Decimal(20 * (index % 50 + 1)), "pack"),
                    ("Raki rrushi 0,7 l", Decimal(index % 12 + 1), "piece"),
                ],
                legal_basis=["Art. 251(5)", "Art. 300(1)"],
                review_deadline=seized_on + timedelta(days=33) if index % 4 else None,
                status="review_open",
                owner_kind="legal" if legal else "natural",
                owner_name=f"Tregtia {index} SH.P.K." if legal else f"Person {index}",
            )
        )
    return entries


def timed_ms(function, *args) -> tuple[float, int]:
    """The best of three runs in milliseconds, and the size of the output in characters."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        output = function(*args)
        best = min(best, time.perf_counter() - started)
    return best * 1000, len(output)


def main() -> None:
    entries = build_entries()
    generated_at = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    html_ms, html_chars = timed_ms(render_html, entries, "sq", generated_at)
    atom_ms, atom_chars = timed_ms(render_atom, entries, generated_at, "https://inspect.example")
    print(f"entries: {len(entries)}")
    print(f"render_html: {html_ms:.0f} ms ({html_chars / 1e6:.1f} M characters)")
    print(f"render_atom: {atom_ms:.0f} ms ({atom_chars / 1e6:.1f} M characters)")


if __name__ == "__main__":
    main()
