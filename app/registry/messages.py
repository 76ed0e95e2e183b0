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
    "registry.unknown_municipality": {
        "en": "Unknown municipality.",
        "sq": "Komunë e panjohur.",
        "sr": "Nepoznata opština.",
    },
    "registry.licence_reversed": {
        "en": "The licence would end before it begins.",
        "sq": "Licenca do të mbaronte para se të fillojë.",
        "sr": "Licenca bi istekla pre nego što počne da važi.",
    },
    "registry.id_fixed": {
        "en": "A record's number never changes.",
        "sq": "Numri i një regjistrimi nuk ndryshon kurrë.",
        "sr": "Broj zapisa se nikada ne menja.",
    },
    "registry.operator_issued": {
        "en": "Stamps have been issued to this operator: its tax number (NUI) can no longer "
              "be changed.",
        "sq": "Këtij operatori i janë lëshuar banderola: numri fiskal (NUI) i tij nuk mund të "
              "ndryshohet më.",
        "sr": "Ovom operateru su izdate markice: njegov poreski broj (NUI) više ne može da se "
              "menja.",
    },
    "registry.premises_in_use": {
        "en": "Stamps, custody events, inspections or cases already name these premises: "
              "their operator can no longer be changed.",
        "sq": "Banderola, ngjarje të ruajtjes, inspektime ose lëndë e përmendin tashmë këtë "
              "lokal: operatori i tij nuk mund të ndryshohet më.",
        "sr": "Markice, događaji u lancu čuvanja, inspekcije ili predmeti već navode ovaj "
              "objekat: njegov operater više ne može da se menja.",
    },
    "registry.product_attached": {
        "en": "Stamps are attached to this product: its GTIN, category and operator can no "
              "longer be changed.",
        "sq": "Në këtë produkt janë vendosur banderola: GTIN-i, lloji i produktit dhe "
              "operatori i tij nuk mund të ndryshohen më.",
        "sr": "Na ovaj proizvod su postavljene markice: njegov GTIN, vrsta proizvoda i "
              "operater više ne mogu da se menjaju.",
    },
}
