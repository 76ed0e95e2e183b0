"""Stamp order messages, and the categories' names as mails write them."""

MESSAGES = {
    "orders.not_an_orderer": {
        "en": "Only importers and producers order stamps; distributors receive and ship them.",
        "sq": "Vetëm importuesit dhe prodhuesit porosisin banderola; distributorët i marrin dhe "
              "i dërgojnë ato.",
        "sr": "Samo uvoznici i proizvođači poručuju markice; distributeri ih primaju i šalju.",
    },
    "orders.category_not_licensed": {
        "en": "Your licence sets no limit for this category: you may not order its stamps.",
        "sq": "Licenca juaj nuk cakton kufi për këtë kategori: nuk mund të porosisni banderola "
              "të saj.",
        "sr": "Vaša licenca ne određuje ograničenje za ovu kategoriju: ne možete poručiti njene "
              "markice.",
    },
    "orders.limit_exceeded": {
        "en": "The order is above the limit: {available} stamps are left of {limit} this period.",
        "sq": "Porosia e tejkalon kufirin: kanë mbetur {available} banderola nga {limit} në "
              "këtë periudhë.",
        "sr": "Porudžbina prelazi ograničenje: ostalo je {available} markica od {limit} u ovom "
              "periodu.",
    },
    "orders.licence_not_valid": {
        "en": "Your licence is not valid today: no stamps may be ordered.",
        "sq": "Licenca juaj nuk është e vlefshme sot: nuk mund të porositen banderola.",
        "sr": "Vaša licenca danas ne važi: markice se ne mogu poručiti.",
    },
    "orders.not_your_premises": {
        "en": "These premises are not your company's.",
        "sq": "Ky lokal nuk është i kompanisë suaj.",
        "sr": "Ovaj objekat nije vašeg preduzeća.",
    },
    "orders.product_mismatch": {
        "en": "The product is not of this category, or not your company's.",
        "sq": "Produkti nuk është i kësaj kategorie ose nuk është i kompanisë suaj.",
        "sr": "Proizvod nije iz ove kategorije ili nije vašeg preduzeća.",
    },
    "orders.already_decided": {
        "en": "This order has already been decided.",
        "sq": "Për këtë porosi është vendosur tashmë.",
        "sr": "O ovoj porudžbini je već odlučeno.",
    },
    "orders.reasons_required": {
        "en": "A refusal must state its reasons (Art. 12(3)).",
        "sq": "Refuzimi duhet të tregojë arsyet (neni 12(3)).",
        "sr": "Odbijanje mora navesti razloge (član 12(3)).",
    },
    "orders.art241_dates": {
        "en": "The order must end on or after the day it takes effect.",
        "sq": "Urdhri duhet të mbarojë në ditën kur hyn në fuqi ose më vonë.",
        "sr": "Nalog mora isteći na dan stupanja na snagu ili kasnije.",
    },
    "orders.appeal_before_order": {
        "en": "An appeal cannot be lodged before the order was notified.",
        "sq": "Ankesa nuk mund të paraqitet para se të njoftohet urdhri.",
        "sr": "Žalba se ne može izjaviti pre nego što je nalog dostavljen.",
    },
    "orders.category.cigarettes": {"en": "cigarettes", "sq": "cigare", "sr": "cigarete"},
    "orders.category.cigars_cigarillos": {
        "en": "cigars and cigarillos", "sq": "puro dhe cigarillo", "sr": "cigare i cigarilose",
    },
    "orders.category.smoking_tobacco": {
        "en": "other smoking tobacco", "sq": "duhan tjetër për pirje",
        "sr": "ostali duvan za pušenje",
    },
    "orders.category.wine": {"en": "wine", "sq": "verë", "sr": "vino"},
    "orders.category.spirits": {"en": "spirits", "sq": "pije alkoolike", "sr": "žestoka pića"},
}
