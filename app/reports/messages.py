"""Messages of consumer reports. Albanian and Serbian in Latin script."""

MESSAGES = {
    "reports.invalid": {
        "en": "The report is incomplete or malformed; see the fields listed.",
        "sq": "Raporti është i paplotë ose i pasaktë; shihni fushat e listuara.",
        "sr": "Prijava je nepotpuna ili neispravna; pogledajte navedena polja.",
    },
    "reports.no_photo": {
        "en": "This report has no photo.",
        "sq": "Ky raport nuk ka fotografi.",
        "sr": "Ova prijava nema fotografiju.",
    },
}
