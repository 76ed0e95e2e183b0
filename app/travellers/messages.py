"""Traveller-allowance messages in English, Albanian and Serbian (Latin script).

Note texts take `{article}` and the note's values; `{allowance}`, `{unit}` and `{counted_as}` are
filled with the phrases below (allowance of a group, unit label, kind label).
"""

MESSAGES = {
    # Notes on one item.
    "travellers.note.within_limit": {
        "en": "Duty-free: within the allowance ({allowance}, Art. {article}).",
        "sq": "Pa detyrime: brenda sasisë së lejuar ({allowance}, neni {article}).",
        "sr": "Bez dažbina: u okviru dozvoljene količine ({allowance}, član {article}).",
    },
    "travellers.note.limit_exceeded": {
        "en": "Over the allowance ({allowance}, Art. {article}); dutiable: {excess}.",
        "sq": (
            "Mbi sasinë e lejuar ({allowance}, neni {article}); "
            "i nënshtrohet detyrimeve: {excess}."
        ),
        "sr": (
            "Iznad dozvoljene količine ({allowance}, član {article}); "
            "podleže dažbinama: {excess}."
        ),
    },
    "travellers.note.allowance_shared": {
        "en": (
            "This allowance ({allowance}, Art. {article}) is shared by the items in the order "
            "listed, and items listed earlier used part or all of it; dutiable: {excess}."
        ),
        "sq": (
            "Kjo sasi e lejuar ({allowance}, neni {article}) ndahet mes artikujve sipas radhës "
            "në listë, dhe artikujt e renditur më parë e kanë shfrytëzuar pjesërisht ose "
            "plotësisht; i nënshtrohet detyrimeve: {excess}."
        ),
        "sr": (
            "Ova dozvoljena količina ({allowance}, član {article}) deli se među stavkama redom "
            "kojim su navedene, a ranije navedene stavke iskoristile su je delimično ili u "
            "potpunosti; podleže dažbinama: {excess}."
        ),
    },
    "travellers.note.under_17": {
        "en": (
            "No relief for tobacco or alcohol for travellers under 17 (Art. {article}); "
            "the whole quantity is dutiable."
        ),
        "sq": (
            "Udhëtarët nën 17 vjeç nuk lirohen nga detyrimet për duhanin dhe alkoolin "
            "(neni {article}); e tërë sasia i nënshtrohet detyrimeve."
        ),
        "sr": (
            "Putnici mlađi od 17 godina nemaju oslobođenje za duvan i alkohol (član {article}); "
            "cela količina podleže dažbinama."
        ),
    },
    "travellers.note.reclassified_by_strength": {
        "en": "At {abv}% vol this counts as {counted_as} (Art. {article}: the line is 22% vol).",
        "sq": (
            "Me {abv}% vol kjo llogaritet si {counted_as} (neni {article}: kufiri është 22% vol)."
        ),
        "sr": "Sa {abv}% vol ovo se računa kao {counted_as} (član {article}: granica je 22% vol).",
    },
    "travellers.note.reclassified_by_weight": {
        "en": (
            "At {weight_g} g a piece these count as {counted_as} "
            "(Art. {article}: cigarillos weigh at most 3 g each)."
        ),
        "sq": (
            "Me {weight_g} g për copë këto llogariten si {counted_as} "
            "(neni {article}: cigarillot peshojnë deri në 3 g secila)."
        ),
        "sr": (
            "Sa {weight_g} g po komadu ovo se računa kao {counted_as} "
            "(član {article}: cigarilosi teže najviše 3 g po komadu)."
        ),
    },
    "travellers.note.perfume_volume_as_weight": {
        "en": (
            "The perfume allowance is a weight: each ml is counted as 1 g, never less than the "
            "real weight of a perfume (Art. {article})."
        ),
        "sq": (
            "Sasia e lejuar e parfumit është në peshë: çdo ml llogaritet si 1 g, kurrë më pak se "
            "pesha e vërtetë e parfumit (neni {article})."
        ),
        "sr": (
            "Dozvoljena količina parfema izražena je težinom: svaki ml računa se kao 1 g, što "
            "nikad nije manje od stvarne težine parfema (član {article})."
        ),
    },
    "travellers.note.medicine_personal_needs": {
        "en": (
            "Medicines are relieved in the quantity the traveller needs personally "
            "(Art. {article}); customs judge that quantity, and this answer assumes it is so."
        ),
        "sq": (
            "Barnat lirohen në sasinë që i nevojitet personalisht udhëtarit (neni {article}); "
            "këtë sasi e vlerëson dogana, ndërsa kjo përgjigje supozon se është e tillë."
        ),
        "sr": (
            "Lekovi se oslobađaju u količini potrebnoj za lične potrebe putnika "
            "(član {article}); tu količinu procenjuje carina, a ovaj odgovor pretpostavlja "
            "da je tako."
        ),
    },
    "travellers.note.other_relieved": {
        "en": "Duty-free: within the EUR 175 allowed for other goods (Art. {article}).",
        "sq": "Pa detyrime: brenda 175 eurove të lejuara për mallrat e tjera (neni {article}).",
        "sr": "Bez dažbina: u okviru 175 evra dozvoljenih za ostalu robu (član {article}).",
    },
    "travellers.note.other_item_over_limit": {
        "en": (
            "Worth EUR {value_eur}, more than EUR 175 on its own: an item's value cannot be "
            "split (Art. {article}), so its whole value is dutiable."
        ),
        "sq": (
            "Vlera e tij, {value_eur} euro, i kalon vetë 175 eurot: vlera e një artikulli nuk "
            "mund të ndahet (neni {article}), prandaj e tërë vlera i nënshtrohet detyrimeve."
        ),
        "sr": (
            "Njegova vrednost od {value_eur} evra sama prelazi 175 evra: vrednost jednog "
            "predmeta ne može se deliti (član {article}), pa cela vrednost podleže dažbinama."
        ),
    },
    "travellers.note.other_not_in_combination": {
        "en": (
            "The EUR 175 goes to the combination of whole items that uses the most of it, and "
            "an item's value is never split (Art. {article}); dutiable: EUR {dutiable_eur}."
        ),
        "sq": (
            "175 eurot u jepen artikujve të plotë që së bashku e shfrytëzojnë më së shumti këtë "
            "shumë, dhe vlera e një artikulli nuk ndahet kurrë (neni {article}); i nënshtrohen "
            "detyrimeve: {dutiable_eur} euro."
        ),
        "sr": (
            "175 evra pripada kombinaciji celih predmeta koja najviše iskorišćava taj iznos, a "
            "vrednost jednog predmeta nikad se ne deli (član {article}); podleže dažbinama: "
            "{dutiable_eur} evra."
        ),
    },
    # Notes on the whole answer.
    "travellers.note.assortment_order": {
        "en": (
            "Where items together exceed an allowance they share (a proportional assortment, "
            "Art. {article}), it goes to the items in the order you listed them: list first "
            "what you most want relieved."
        ),
        "sq": (
            "Kur artikujt së bashku e tejkalojnë sasinë e lejuar që e ndajnë (asortiment "
            "proporcional, neni {article}), ajo u jepet artikujve sipas radhës në të cilën i "
            "keni renditur: rendisni së pari atë që më së shumti doni të lirohet."
        ),
        "sr": (
            "Kada stavke zajedno premaše dozvoljenu količinu koju dele (srazmerni asortiman, "
            "član {article}), ona se dodeljuje stavkama redom kojim ste ih naveli: najpre "
            "navedite ono što najviše želite da bude oslobođeno."
        ),
    },
    "travellers.note.other_goods_combination": {
        "en": (
            "Other goods together are worth more than EUR 175. Relief goes to the combination "
            "of whole items worth the most without passing EUR 175 (Art. {article}); an item's "
            "value is never split. Where combinations tie, items listed earlier come first."
        ),
        "sq": (
            "Mallrat e tjera së bashku kanë vlerë mbi 175 euro. Lirimi u jepet artikujve të "
            "plotë që së bashku kanë vlerën më të madhe pa i kaluar 175 eurot (nenet "
            "{article}); vlera e një artikulli nuk ndahet kurrë. Kur kombinimet janë të "
            "barabarta, përparësi kanë artikujt e renditur më herët."
        ),
        "sr": (
            "Ostala roba zajedno vredi više od 175 evra. Oslobođenje dobija kombinacija celih "
            "predmeta najveće vrednosti koja ne prelazi 175 evra (članovi {article}); vrednost "
            "jednog predmeta nikad se ne deli. Kada su kombinacije jednake, prednost imaju "
            "ranije navedeni predmeti."
        ),
    },
    "travellers.note.commercial_nature_not_judged": {
        "en": (
            "These quantities are more than {factor} times the allowance. Relief is only for "
            "occasional imports for the personal use of travellers and their families, or "
            "presents (Art. {article}). Whether an import is commercial is judged by customs, "
            "not by this calculator; goods imported for commercial reasons get no relief."
        ),
        "sq": (
            "Këto sasi janë më shumë se {factor} herë sa sasia e lejuar. Lirimi vlen vetëm për "
            "importe të rastit për përdorim personal të udhëtarëve dhe familjeve të tyre, ose "
            "për dhurata (neni {article}). Nëse importi është tregtar e vlerëson dogana, jo ky "
            "kalkulator; mallrat e importuara për qëllime tregtare nuk lirohen."
        ),
        "sr": (
            "Ove količine su više od {factor} puta veće od dozvoljenih. Oslobođenje važi samo "
            "za povremeni uvoz za ličnu upotrebu putnika i njihovih porodica, ili za poklone "
            "(član {article}). Da li je uvoz komercijalan procenjuje carina, a ne ovaj "
            "kalkulator; roba uvezena u komercijalne svrhe nije oslobođena."
        ),
    },
    "travellers.note.guidance_only": {
        "en": (
            "This is guidance for goods in personal luggage (Art. {article}); customs decide at "
            "the border. Customs may set lower allowances for residents of the frontier zone, "
            "frontier workers and transport crews (Art. 49)."
        ),
        "sq": (
            "Ky është udhëzim për mallrat në bagazhin personal (nenet {article}); vendimin e "
            "merr dogana në kufi. Dogana mund të caktojë sasi më të vogla të lejuara për "
            "banorët e zonës kufitare, punëtorët kufitarë dhe ekuipazhet e mjeteve të "
            "transportit (neni 49)."
        ),
        "sr": (
            "Ovo je smernica za robu u ličnom prtljagu (članovi {article}); odluku donosi "
            "carina na granici. Carina može odrediti manje dozvoljene količine za stanovnike "
            "pograničnog pojasa, pogranične radnike i posade prevoznih sredstava (član 49)."
        ),
    },
    # Allowances of Art. 46(1), one per group of goods sharing one.
    "travellers.allowance.tobacco": {
        "en": (
            "200 cigarettes, or 100 cigarillos, or 50 cigars, or 250 g of smoking tobacco, "
            "or a proportional mix"
        ),
        "sq": (
            "200 cigare, ose 100 cigarillo, ose 50 puro, ose 250 g duhan për pirje, "
            "ose një përzierje proporcionale"
        ),
        "sr": (
            "200 cigareta, ili 100 cigarilosa, ili 50 cigara, ili 250 g duvana za pušenje, "
            "ili srazmerna kombinacija"
        ),
    },
    "travellers.allowance.alcohol": {
        "en": (
            "1 l of spirits over 22% vol, or 2 l of drinks up to 22% vol, sparkling or liqueur "
            "wine, or a proportional mix"
        ),
        "sq": (
            "1 l pije alkoolike mbi 22% vol, ose 2 l pije deri në 22% vol, verë të shkumëzuar "
            "ose likeroze, ose një përzierje proporcionale"
        ),
        "sr": (
            "1 l žestokih pića preko 22% vol, ili 2 l pića do 22% vol, penušavog ili likerskog "
            "vina, ili srazmerna kombinacija"
        ),
    },
    "travellers.allowance.still_wine": {
        "en": "2 l of still wine",
        "sq": "2 l verë jo të gazuar",
        "sr": "2 l mirnog vina",
    },
    "travellers.allowance.perfume": {
        "en": "50 g of perfume",
        "sq": "50 g parfum",
        "sr": "50 g parfema",
    },
    "travellers.allowance.toilet_water": {
        "en": "0.25 l of toilet water",
        "sq": "0,25 l ujë tualeti",
        "sr": "0,25 l toaletne vode",
    },
    # Kinds, as a note names the kind an item is counted as.
    "travellers.kind.cigarettes": {"en": "cigarettes", "sq": "cigare", "sr": "cigarete"},
    "travellers.kind.cigarillos": {"en": "cigarillos", "sq": "cigarillo", "sr": "cigarilosi"},
    "travellers.kind.cigars": {"en": "cigars", "sq": "puro", "sr": "cigare"},
    "travellers.kind.smoking_tobacco": {
        "en": "smoking tobacco",
        "sq": "duhan për pirje",
        "sr": "duvan za pušenje",
    },
    "travellers.kind.spirits": {
        "en": "spirits over 22% vol",
        "sq": "pije alkoolike mbi 22% vol",
        "sr": "žestoko piće preko 22% vol",
    },
    "travellers.kind.intermediate": {
        "en": "a drink up to 22% vol (2 l allowance)",
        "sq": "pije deri në 22% vol (sasia e lejuar 2 l)",
        "sr": "piće do 22% vol (dozvoljeno 2 l)",
    },
    "travellers.kind.still_wine": {
        "en": "still wine",
        "sq": "verë jo e gazuar",
        "sr": "mirno vino",
    },
    "travellers.kind.perfume": {"en": "perfume", "sq": "parfum", "sr": "parfem"},
    "travellers.kind.toilet_water": {
        "en": "toilet water",
        "sq": "ujë tualeti",
        "sr": "toaletna voda",
    },
    "travellers.kind.medicine": {"en": "medicine", "sq": "barna", "sr": "lekovi"},
    "travellers.kind.other": {"en": "other goods", "sq": "mallra të tjera", "sr": "ostala roba"},
}
