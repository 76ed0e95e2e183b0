"""Messages of the dashboard. Albanian and Serbian in Latin script."""

MESSAGES = {
    "dashboard.window_too_long": {
        "en": "The period may be at most {max_days} days long.",
        "sq": "Periudha mund të jetë më së shumti {max_days} ditë.",
        "sr": "Period može trajati najviše {max_days} dana.",
    },
    "dashboard.window_reversed": {
        "en": "The period must not end before it starts.",
        "sq": "Periudha nuk mund të përfundojë para se të fillojë.",
        "sr": "Period ne može da se završi pre nego što počne.",
    },
    "dashboard.table_required": {
        "en": "Name the table to export as CSV.",
        "sq": "Emërtoni tabelën që do të eksportohet si CSV.",
        "sr": "Navedite tabelu za izvoz u CSV.",
    },
}
