"""Registration messages."""

MESSAGES = {
    "registrations.nui_invalid": {
        "en": "The tax number (NUI) must be nine digits.",
        "sq": "Numri fiskal (NUI) duhet të ketë nëntë shifra.",
        "sr": "Poreski broj (NUI) mora imati devet cifara.",
    },
    "registrations.not_eligible": {
        "en": "Only licensed importers, distributors and producers of tobacco, wine and spirits "
              "may register.",
        "sq": "Vetëm importuesit, distributorët dhe prodhuesit e licencuar të duhanit, verës dhe "
              "pijeve alkoolike mund të regjistrohen.",
        "sr": "Samo licencirani uvoznici, distributeri i proizvođači duvana, vina i žestokih pića "
              "mogu da se registruju.",
    },
    "registrations.licence_dates": {
        "en": "The licence must be valid today or later, and end after it begins.",
        "sq": "Licenca duhet të jetë e vlefshme sot ose më vonë dhe të mbarojë pasi fillon.",
        "sr": "Licenca mora važiti danas ili kasnije i isteći posle početka važenja.",
    },
    "registrations.nui_pending_or_registered": {
        "en": "A registration with this tax number (NUI) is already pending or approved.",
        "sq": "Një regjistrim me këtë numër fiskal (NUI) është tashmë në pritje ose i miratuar.",
        "sr": "Registracija sa ovim poreskim brojem (NUI) već čeka odluku ili je odobrena.",
    },
    "registrations.already_decided": {
        "en": "This registration has already been decided.",
        "sq": "Për këtë regjistrim është vendosur tashmë.",
        "sr": "O ovoj registraciji je već odlučeno.",
    },
    "registrations.reasons_required": {
        "en": "A refusal must state its reasons (Art. 12(3)).",
        "sq": "Refuzimi duhet të tregojë arsyet (neni 12(3)).",
        "sr": "Odbijanje mora navesti razloge (član 12(3)).",
    },
    "registrations.limit_category": {
        "en": "Limits are set only for the categories of the registration, once each, and only "
              "for importers and producers.",
        "sq": "Kufijtë caktohen vetëm për kategoritë e regjistrimit, një herë secila, dhe vetëm "
              "për importuesit dhe prodhuesit.",
        "sr": "Ograničenja se određuju samo za kategorije iz registracije, jednom za svaku, i "
              "samo za uvoznike i proizvođače.",
    },
    "registrations.unknown_municipality": {
        "en": "Unknown municipality.",
        "sq": "Komunë e panjohur.",
        "sr": "Nepoznata opština.",
    },
}
