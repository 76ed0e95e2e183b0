"""Registry messages."""

MESSAGES = {
    "registry.nui_taken": {
        "en": "An operator with this tax number (NUI) is already registered.",
        "sq": "Një operator me këtë numër fiskal (NUI) është regjistruar tashmë.",
        "sr": "Operater sa ovim poreskim brojem (NUI) je već registrovan.",
    },
    "registry.licence_taken": {
        "en": "This licence number is already registered.",
        "sq": "Ky numër licence është regjistruar tashmë.",
        "sr": "Ovaj broj licence je već registrovan.",
    },
    "registry.gtin_check_digit": {
        "en": "The GTIN's check digit is wrong.",
        "sq": "Shifra e kontrollit e GTIN-it është e gabuar.",
        "sr": "Kontrolna cifra GTIN-a nije ispravna.",
    },
    "registry.gtin_taken": {
        "en": "A product with this GTIN is already registered.",
        "sq": "Një produkt me këtë GTIN është regjistruar tashmë.",
        "sr": "Proizvod sa ovim GTIN-om je već registrovan.",
    },
}
