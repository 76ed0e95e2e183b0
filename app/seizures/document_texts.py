"""The Albanian, Serbian (Latin) and English texts of the case documents and the public board.

Each key holds its three translations side by side, with the article of the Customs and Excise
Code (Law 03/L-109) that demands the text; docs/documents.md lists the sources.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from app.i18n import LANGUAGES

# Kosovo's official documents open with the state's name in its official languages and English.
REPUBLIC = "Republika e Kosovës · Republika Kosova · Republic of Kosovo"

TEXTS: dict[str, dict[str, str]] = {
    # --- Common header and footer -----------------------------------------------------------
    "customs": {"sq": "Dogana e Kosovës", "sr": "Carina Kosova", "en": "Kosovo Customs"},
    "law": {
        "sq": "Kodi Doganor dhe i Akcizave i Kosovës, Ligji nr. 03/L-109",
        "sr": "Carinski i akcizni zakonik Kosova, Zakon br. 03/L-109",
        "en": "Customs and Excise Code of Kosovo, Law No. 03/L-109",
    },
    "article": {"sq": "neni", "sr": "član", "en": "Art."},
    "case_number": {"sq": "Numri i lëndës", "sr": "Broj predmeta", "en": "Case number"},
    "issued_on": {"sq": "Data", "sr": "Datum", "en": "Date"},
    "page": {
        "sq": "Faqja {page} nga {pages}",
        "sr": "Strana {page} od {pages}",
        "en": "Page {page} of {pages}",
    },
    "generated_at": {
        "sq": "Gjeneruar më {at}",
        "sr": "Generisano {at}",
        "en": "Generated at {at}",
    },
    # --- Titles -----------------------------------------------------------------------------
    # Art. 284(4): the official record made when goods are seized; Art. 271(1): record of items.
    "title.seizure-record": {
        "sq": "Procesverbal për ndalimin dhe sekuestrimin e mallrave",
        "sr": "Zapisnik o zadržavanju i zapleni robe",
        "en": "Record of detention and seizure of goods",
    },
    # Art. 284(4): the receipt confirming that the goods have been seized.
    "title.receipt": {
        "sq": "Vërtetim për marrjen e mallrave",
        "sr": "Potvrda o preuzimanju robe",
        "en": "Receipt for goods taken",
    },
    # Art. 251(2)(a): the owner is notified of the extension.
    "title.extension-notice": {
        "sq": "Njoftim për zgjatjen e afatit të ndalimit",
        "sr": "Obaveštenje o produženju roka zadržavanja",
        "en": "Notice of extension of detention",
    },
    # Art. 251(5)-(7): the Notice of Seizure.
    "title.seizure-notice": {
        "sq": "Njoftim për sekuestrim",
        "sr": "Obaveštenje o zapleni",
        "en": "Notice of Seizure",
    },
    # --- Fields -----------------------------------------------------------------------------
    "detained_on": {"sq": "Data e ndalimit", "sr": "Datum zadržavanja", "en": "Date of detention"},
    "place": {"sq": "Vendi", "sr": "Mesto", "en": "Place"},
    "municipality": {"sq": "Komuna", "sr": "Opština", "en": "Municipality"},
    "officers": {"sq": "Zyrtarët doganorë", "sr": "Carinski službenici", "en": "Customs officers"},
    "badge": {"sq": "nr. zyrtar", "sr": "službeni br.", "en": "badge"},
    # Art. 251(1): "the owner of it, or any person appearing to be the owner of it".
    "owner": {
        "sq": "Pronari ose personi që duket se është pronar",
        "sr": "Vlasnik ili lice koje se čini vlasnikom",
        "en": "Owner or apparent owner",
    },
    # Art. 284(4): "the person from whom the goods were seized"; Art. 271(1): who had custody.
    "holder": {
        "sq": "Personi nga i cili janë marrë mallrat",
        "sr": "Lice od kojeg je roba preuzeta",
        "en": "Person the goods were taken from",
    },
    "holder.role": {"sq": "Cilësia", "sr": "Svojstvo", "en": "Capacity"},
    "owner_kind.natural": {"sq": "person fizik", "sr": "fizičko lice", "en": "natural person"},
    "owner_kind.legal": {"sq": "person juridik", "sr": "pravno lice", "en": "legal person"},
    "name": {"sq": "Emri", "sr": "Ime ili naziv", "en": "Name"},
    "address": {"sq": "Adresa", "sr": "Adresa", "en": "Address"},
    # Art. 251(6)(c): notices may go to the owner's electronic address.
    "email": {"sq": "Adresa elektronike", "sr": "Elektronska adresa", "en": "Electronic address"},
    # Art. 251(6)(b): notices may go to an agent of the owner.
    "agent": {"sq": "Përfaqësuesi", "sr": "Zastupnik", "en": "Agent"},
    "legal_basis": {"sq": "Baza ligjore", "sr": "Pravni osnov", "en": "Legal basis"},
    "addressee": {"sq": "Për", "sr": "Za", "en": "To"},
    # Art. 284(4): "a detailed description of the goods".
    "goods": {
        "sq": "Përshkrimi i hollësishëm i mallrave (neni 284(4))",
        "sr": "Detaljan opis robe (član 284(4))",
        "en": "Detailed description of the goods (Art. 284(4))",
    },
    "goods_short": {"sq": "Mallrat", "sr": "Roba", "en": "Goods"},
    "column.number": {"sq": "Nr.", "sr": "Br.", "en": "No."},
    "column.kind": {"sq": "Lloji", "sr": "Vrsta", "en": "Kind"},
    "column.description": {"sq": "Përshkrimi", "sr": "Opis", "en": "Description"},
    "column.quantity": {"sq": "Sasia", "sr": "Količina", "en": "Quantity"},
    "column.value": {"sq": "Vlera (EUR)", "sr": "Vrednost (EUR)", "en": "Value (EUR)"},
    "column.stamps": {"sq": "Banderolat e akcizës", "sr": "Akcizne markice", "en": "Excise stamps"},
    "column.perishable": {"sq": "Prishet shpejt", "sr": "Kvarljivo", "en": "Perishable"},
    "total_value": {"sq": "Vlera gjithsej", "sr": "Ukupna vrednost", "en": "Total value"},
    # Art. 251(11): the goods and the vehicle, container or packing used with them.
    "kind.goods": {"sq": "mallra", "sr": "roba", "en": "goods"},
    "kind.vehicle": {"sq": "automjet", "sr": "vozilo", "en": "vehicle"},
    "kind.container": {"sq": "kontejner", "sr": "kontejner", "en": "container"},
    "kind.packing": {"sq": "ambalazh", "sr": "ambalaža", "en": "packing"},
    "unmarked": {
        "sq": "pa banderolë akcize",
        "sr": "bez akcizne markice",
        "en": "unmarked",
    },
    "serials_below": {
        "sq": "{count}, shih listën më poshtë",
        "sr": "{count}, vidi spisak ispod",
        "en": "{count}, listed below",
    },
    "yes": {"sq": "po", "sr": "da", "en": "yes"},
    "no": {"sq": "jo", "sr": "ne", "en": "no"},
    # Abbreviated so that they read right after any number; API.md: a pack is 20, a carton 200.
    "unit.piece": {"sq": "copë", "sr": "kom.", "en": "pcs"},
    "unit.pack": {"sq": "pako", "sr": "pak.", "en": "pack(s)"},
    "unit.carton": {"sq": "karton(ë)", "sr": "kart.", "en": "carton(s)"},
    "photos": {
        "sq": "Fotografitë (gjurma SHA-256)",
        "sr": "Fotografije (otisak SHA-256)",
        "en": "Photographs (SHA-256 fingerprint)",
    },
    "photo_taken_at": {"sq": "Koha e fotografimit", "sr": "Vreme snimanja", "en": "Taken at"},
    "no_photos": {
        "sq": "Nuk janë bërë fotografi.",
        "sr": "Nisu napravljene fotografije.",
        "en": "No photographs were taken.",
    },
    "signature.officer": {
        "sq": "Nënshkrimi i zyrtarit doganor",
        "sr": "Potpis carinskog službenika",
        "en": "Signature of the customs officer",
    },
    "signature.person": {
        "sq": "Nënshkrimi i personit nga i cili janë marrë mallrat",
        "sr": "Potpis lica od kojeg je roba preuzeta",
        "en": "Signature of the person from whom the goods were taken",
    },
    # --- Seizure record (Art. 284(4), 271, 251) ---------------------------------------------
    "record.intro": {
        "sq": "Më {detained_on}, zyrtarët doganorë të shënuar më poshtë ndaluan mallrat e "
        "përshkruara në këtë procesverbal, për të cilat vlerësuan se u nënshtrohen ndalimit "
        "dhe sekuestrimit sipas Kodit Doganor dhe të Akcizave të Kosovës (Ligji nr. 03/L-109, "
        "neni 251(1)).",
        "sr": "Dana {detained_on} dole navedeni carinski službenici zadržali su robu opisanu u "
        "ovom zapisniku, za koju su ocenili da podleže zadržavanju i zapleni prema Carinskom i "
        "akciznom zakoniku Kosova (Zakon br. 03/L-109, član 251(1)).",
        "en": "On {detained_on} the customs officers named below detained the goods described "
        "in this record, which appeared to them to be liable to detention and seizure under "
        "the Customs and Excise Code of Kosovo (Law No. 03/L-109, Art. 251(1)).",
    },
    # Art. 251(11): the means of carriage, handling, deposit or concealment are detained too.
    "record.carriers": {
        "sq": "Sipas nenit 251(11), ndalohen edhe automjeti, kontejneri ose ambalazhi i përdorur "
        "për bartjen, trajtimin, depozitimin ose fshehjen e mallrave.",
        "sr": "U skladu sa članom 251(11), zadržavaju se i vozilo, kontejner ili ambalaža "
        "korišćeni za prevoz, rukovanje, skladištenje ili skrivanje robe.",
        "en": "Under Art. 251(11) the vehicle, container or packing used for the carriage, "
        "handling, deposit or concealment of the goods is detained as well.",
    },
    # Art. 284(4) and Art. 271(1)-(2): a copy of the record and a receipt go to the person.
    "record.copy": {
        "sq": "Një kopje e këtij procesverbali dhe vërtetimi për marrjen e mallrave i dorëzohen "
        "personit nga i cili janë marrë mallrat (neni 284(4); neni 271(1)–(2)).",
        "sr": "Primerak ovog zapisnika i potvrda o preuzimanju robe uručuju se licu od kojeg je "
        "roba preuzeta (član 284(4); član 271(1)–(2)).",
        "en": "A copy of this record and a receipt for the goods are delivered to the person "
        "from whom the goods were taken (Art. 284(4); Art. 271(1)–(2)).",
    },
    # Art. 271(3)-(5): access to, and photographs or copies of, things retained.
    "record.access": {
        "sq": "Nëse mallrat mbahen për hetimin e një vepre penale, personi që i kishte në ruajtje "
        "ose nën kontroll, ose kushdo që vepron në emër të tij, mund t'i kërkojë zyrtarit "
        "përgjegjës për hetimin qasje të mbikëqyrur në to dhe fotografi ose kopje të tyre "
        "(neni 271(3)–(6)).",
        "sr": "Ako se roba zadržava radi istrage krivičnog dela, lice koje je imalo robu na "
        "čuvanju ili pod kontrolom, ili lice koje postupa u njegovo ime, može od službenika "
        "odgovornog za istragu zatražiti pristup robi pod nadzorom i njenu fotografiju ili "
        "kopiju (član 271(3)–(6)).",
        "en": "If the goods are retained for the investigation of a criminal offence, the person "
        "who had custody or control of them, or someone acting on their behalf, may ask the "
        "officer in charge of the investigation for supervised access to them and for a "
        "photograph or copy of them (Art. 271(3)–(6)).",
    },
    # Art. 251(1)-(2): at most 30 days, extendable before expiry to at most 90 in all.
    "detention.period": {
        "sq": "Mallrat mund të ndalohen për së shumti 30 ditë nga data e ndalimit, përveç nëse "
        "Dogana e Kosovës e zgjat këtë afat para se të skadojë, gjithsej deri në 90 ditë "
        "(neni 251(1)–(2)).",
        "sr": "Roba se može zadržati najduže 30 dana od dana zadržavanja, osim ako Carina Kosova "
        "pre isteka tog roka ne produži rok, ukupno najviše do 90 dana (član 251(1)–(2)).",
        "en": "The goods may be detained for at most 30 days from the date of detention, unless "
        "Kosovo Customs extends that period before it expires, to at most 90 days in all "
        "(Art. 251(1)–(2)).",
    },
    "detention.ends_on": {
        "sq": "Afati i ndalimit mbaron më {ends_on}.",
        "sr": "Rok zadržavanja ističe {ends_on}.",
        "en": "The detention period ends on {ends_on}.",
    },
    # Art. 251(2)(a), (5) and (6): extensions and seizures are notified in writing.
    "detention.notified": {
        "sq": "Për çdo zgjatje të afatit ose sekuestrim do të njoftoheni me shkrim "
        "(neni 251(2), (5) dhe (6)).",
        "sr": "O svakom produženju roka ili zapleni bićete obavešteni u pisanoj formi "
        "(član 251(2), (5) i (6)).",
        "en": "You will be notified in writing of any extension or seizure "
        "(Art. 251(2), (5) and (6)).",
    },
    # --- Receipt (Art. 284(4), 271(1)) -----------------------------------------------------
    "receipt.intro": {
        "sq": "Dogana e Kosovës vërteton se zyrtarët e saj kanë marrë mallrat e renditura më "
        "poshtë, sipas të dhënave në vijim (neni 284(4); neni 271(1)).",
        "sr": "Carina Kosova potvrđuje da su njeni službenici preuzeli robu navedenu u nastavku, "
        "prema sledećim podacima (član 284(4); član 271(1)).",
        "en": "Kosovo Customs confirms that its officers took the goods listed below, as set out "
        "here (Art. 284(4); Art. 271(1)).",
    },
    "receipt.taken_from": {
        "sq": "Personi nga i cili janë marrë mallrat",
        "sr": "Lice od kojeg je roba preuzeta",
        "en": "Taken from",
    },
    "receipt.taken_by": {
        "sq": "Zyrtarët që i morën mallrat",
        "sr": "Službenici koji su preuzeli robu",
        "en": "Taken by",
    },
    "enquiries": {"sq": "Si të pyesni për lëndën", "sr": "Kako da se raspitate", "en": "Enquiries"},
    "enquiries.text": {
        "sq": "Në çdo pyetje drejtuar Doganës së Kosovës, përmendni numrin e lëndës {number}. "
        "Kontakti: {office}.",
        "sr": "U svakom upitu Carini Kosova navedite broj predmeta {number}. Kontakt: {office}.",
        "en": "Quote case number {number} in any enquiry to Kosovo Customs. Contact: {office}.",
    },
    # --- Extension notice (Art. 251(2)-(4)) ------------------------------------------------
    "extension.intro": {
        "sq": "Mallrat e renditura më poshtë janë ndaluar më {detained_on} (neni 251(1)). Më "
        "{decided_on}, Dogana e Kosovës, duke vlerësuar se për shkak të rrethanave të "
        "jashtëzakonshme të kësaj lënde afati prej 30 ditësh nuk mjafton për të përfunduar "
        "hetimet, e zgjati ndalimin për {days} ditë, deri më {ends_on} (neni 251(2)).",
        "sr": "Roba navedena u nastavku zadržana je od {detained_on} (član 251(1)). Dana "
        "{decided_on} Carina Kosova je, ocenivši da zbog izuzetnih okolnosti ovog predmeta "
        "rok od 30 dana nije dovoljan za okončanje provera, produžila zadržavanje za {days} "
        "dana, do {ends_on} (član 251(2)).",
        "en": "The goods listed below have been detained since {detained_on} (Art. 251(1)). On "
        "{decided_on} Kosovo Customs, considering that the exceptional circumstances of this "
        "case make the period of 30 days insufficient to complete its enquiries, extended the "
        "detention by {days} days, until {ends_on} (Art. 251(2)).",
    },
    "extension.ends_on": {
        "sq": "Afati i ri i mbarimit të ndalimit",
        "sr": "Novi rok isteka zadržavanja",
        "en": "New end of detention",
    },
    # Art. 251(2)(b): the owner is told why the circumstances are exceptional.
    "extension.reasons": {
        "sq": "Arsyet dhe rrethanat e jashtëzakonshme (neni 251(2)(b); neni 12(3))",
        "sr": "Razlozi i izuzetne okolnosti (član 251(2)(b); član 12(3))",
        "en": "Reasons and exceptional circumstances (Art. 251(2)(b); Art. 12(3))",
    },
    "extension.earlier": {
        "sq": "Zgjatjet e mëparshme",
        "sr": "Prethodna produženja",
        "en": "Earlier extensions",
    },
    "extension.line": {
        "sq": "{decided_on}: {days} ditë, deri më {ends_on}",
        "sr": "{decided_on}: {days} dana, do {ends_on}",
        "en": "{decided_on}: {days} days, until {ends_on}",
    },
    "extension.maximum": {
        "sq": "Ndalimi nuk mund të zgjasë më shumë se 90 ditë gjithsej nga data e ndalimit "
        "(neni 251(2) dhe (4)).",
        "sr": "Zadržavanje ne može trajati duže od ukupno 90 dana od dana zadržavanja "
        "(član 251(2) i (4)).",
        "en": "Detention may not last more than 90 days in all from the date of detention "
        "(Art. 251(2) and (4)).",
    },
    "extension.deemed": {
        "sq": "Nëse deri më {ends_on} nuk merret vendim nëse mallrat t'ju kthehen pa kusht, ato "
        "konsiderohen të sekuestruara; për sekuestrimin dhe arsyet e tij do të njoftoheni me "
        "shkrim (neni 251(4)–(6)).",
        "sr": "Ako do {ends_on} ne bude doneta odluka o tome da li će vam roba biti vraćena bez "
        "uslova, smatra se da je roba zaplenjena; o zapleni i razlozima za nju bićete "
        "obavešteni u pisanoj formi (član 251(4)–(6)).",
        "en": "If by {ends_on} no decision has been made whether to return the goods to you "
        "without condition, they are deemed seized; you will be notified in writing of the "
        "seizure and the reasons for it (Art. 251(4)–(6)).",
    },
    # Art. 251(3): conditional return; sale or destruction of perishable or living things.
    "extension.while_detained": {
        "sq": "Përderisa mallrat janë nën ndalim dhe nuk janë sekuestruar, Dogana e Kosovës "
        "mund t'jua kthejë me kushte, pa cenuar të drejtat tuaja; mallrat që prishen shpejt "
        "dhe kafshët e gjalla mund të shiten ose të asgjësohen (neni 251(3)).",
        "sr": "Dok je roba zadržana, a nije zaplenjena, Carina Kosova vam je može vratiti pod "
        "određenim uslovima, ne dirajući u vaša prava; kvarljiva roba i žive životinje mogu se "
        "prodati ili uništiti (član 251(3)).",
        "en": "While the goods are detained and not seized, Kosovo Customs may return them to "
        "you subject to conditions, without prejudice to your rights; perishable goods and "
        "living creatures may be sold or destroyed (Art. 251(3)).",
    },
    # --- Notice of Seizure (Art. 251(4)-(9), 291, 12(3)) -----------------------------------
    "seizure.kind": {"sq": "Sekuestrimi", "sr": "Zaplena", "en": "Seizure"},
    "seizure.kind.decided": {
        "sq": "me vendim (neni 251(5)(a))",
        "sr": "odlukom (član 251(5)(a))",
        "en": "by decision (Art. 251(5)(a))",
    },
    "seizure.kind.deemed": {
        "sq": "i konsideruar (neni 251(4))",
        "sr": "smatra se izvršenom (član 251(4))",
        "en": "deemed (Art. 251(4))",
    },
    "seizure.seized_on": {
        "sq": "Data e sekuestrimit",
        "sr": "Datum zaplene",
        "en": "Date of seizure",
    },
    "seizure.decided": {
        "sq": "Më {decided_on}, Dogana e Kosovës vendosi që mallrat e renditura më poshtë të mos "
        "i kthehen pronarit pa kusht; për këtë arsye mallrat u sekuestruan më {seized_on} "
        "(neni 251(5)(a)).",
        "sr": "Dana {decided_on} Carina Kosova je odlučila da robu navedenu u nastavku ne vrati "
        "vlasniku bez uslova; roba je stoga zaplenjena {seized_on} (član 251(5)(a)).",
        "en": "On {decided_on} Kosovo Customs decided not to return the goods listed below to "
        "their owner without condition; the goods were therefore seized on {seized_on} "
        "(Art. 251(5)(a)).",
    },
    "seizure.deemed": {
        "sq": "Deri në mbarim të afatit të ndalimit nuk u mor vendim nëse mallrat e renditura më "
        "poshtë t'i kthehen pronarit pa kusht; për këtë arsye mallrat konsiderohen të "
        "sekuestruara më {seized_on} (neni 251(4) dhe (5)(b)).",
        "sr": "Do isteka roka zadržavanja nije doneta odluka o tome da li će roba navedena u "
        "nastavku biti vraćena vlasniku bez uslova; stoga se smatra da je roba zaplenjena "
        "{seized_on} (član 251(4) i (5)(b)).",
        "en": "No decision whether to return the goods listed below to their owner without "
        "condition was made before the period of detention ended; the goods are therefore "
        "deemed seized on {seized_on} (Art. 251(4) and (5)(b)).",
    },
    # Art. 251(5) and Art. 12(3): the notice states the reasons for the seizure.
    "seizure.grounds": {
        "sq": "Arsyet e sekuestrimit (neni 251(5); neni 12(3))",
        "sr": "Razlozi za zaplenu (član 251(5); član 12(3))",
        "en": "Grounds for the seizure (Art. 251(5); Art. 12(3))",
    },
    "seizure.deemed_grounds": {
        "sq": "Afati i ndalimit mbaroi më {ends_on} pa u marrë vendim për kthimin e mallrave pa "
        "kusht (neni 251(4)).",
        "sr": "Rok zadržavanja istekao je {ends_on}, a odluka o vraćanju robe bez uslova nije "
        "doneta (član 251(4)).",
        "en": "The period of detention ended on {ends_on} without a decision to return the goods "
        "without condition (Art. 251(4)).",
    },
    # Art. 251(9)(a): return on payment while the notice is current.
    "seizure.return_on_payment": {
        "sq": "Përderisa ky njoftim është në fuqi, Dogana e Kosovës mund t'jua kthejë mallrat pas "
        "pagesës së një shume që e cakton ajo, e cila nuk e tejkalon vlerën e mallrave, "
        "përfshirë çdo detyrim ose tatim të papaguar (neni 251(9)(a)).",
        "sr": "Dok je ovo obaveštenje važeće, Carina Kosova vam može vratiti robu uz plaćanje "
        "iznosa koji ona odredi, a koji ne prelazi vrednost robe, uključujući neplaćene "
        "dažbine ili porez (član 251(9)(a)).",
        "en": "While this notice is current, Kosovo Customs may return the goods to you on "
        "payment of a sum it decides, not exceeding the value of the goods including any "
        "unpaid duty or tax (Art. 251(9)(a)).",
    },
    # Art. 251(9)(b) and (10): what may happen once the seizure is final.
    "seizure.final": {
        "sq": "Pasi sekuestrimi të bëhet përfundimtar, Dogana e Kosovës mund t'i kthejë mallrat "
        "pas pagesës, t'i mbajë për përdorim zyrtar, ose t'i shesë apo t'i asgjësojë; të "
        "ardhurat nga shitja derdhen në Fondin e Kosovës (neni 251(9)(b) dhe (10)).",
        "sr": "Kada zaplena postane konačna, Carina Kosova može vratiti robu uz plaćanje, "
        "zadržati je za službenu upotrebu, ili je prodati ili uništiti; prihod od prodaje "
        "uplaćuje se u Fond Kosova (član 251(9)(b) i (10)).",
        "en": "Once the seizure is final, Kosovo Customs may return the goods on payment, keep "
        "them for official use, or sell or destroy them; the proceeds of a sale are paid into "
        "the Kosovo Fund (Art. 251(9)(b) and (10)).",
    },
    # Art. 251(7)-(8): the public display of current Notices of Seizure.
    "seizure.published": {
        "sq": "Ky njoftim shpallet në Selinë e Doganës së Kosovës dhe publikohet në mënyrë "
        "elektronike ndër njoftimet aktuale për sekuestrim; emri dhe adresa e personit fizik "
        "nuk publikohen (neni 251(7)–(8)).",
        "sr": "Ovo obaveštenje se izlaže u sedištu Carine Kosova i objavljuje elektronski među "
        "važećim obaveštenjima o zapleni; ime i adresa fizičkog lica se ne objavljuju "
        "(član 251(7)–(8)).",
        "en": "This notice is displayed at the Headquarters of Kosovo Customs and published "
        "electronically among the current Notices of Seizure; the name and address of a "
        "natural person are not published (Art. 251(7)–(8)).",
    },
    # --- Rights: review and appeal (Art. 291, 251(13), 12(3)) -------------------------------
    "rights": {
        "sq": "Të drejtat tuaja (neni 12(3); neni 251(13); neni 291)",
        "sr": "Vaša prava (član 12(3); član 251(13); član 291)",
        "en": "Your rights (Art. 12(3); Art. 251(13); Art. 291)",
    },
    "rights.review": {
        "sq": "Keni të drejtë të kërkoni rishqyrtimin e këtij vendimi. Kërkesa i paraqitet me "
        "shkrim Doganës së Kosovës brenda 30 ditëve nga data kur e pranoni këtë njoftim "
        "(neni 291(1)–(2); neni 251(13)). Dogana e Kosovës vendos për kërkesën brenda 30 "
        "ditëve (neni 291(3)–(4)).",
        "sr": "Imate pravo da zatražite preispitivanje ove odluke. Zahtev se podnosi Carini "
        "Kosova u pisanoj formi u roku od 30 dana od dana prijema ovog obaveštenja "
        "(član 291(1)–(2); član 251(13)). Carina Kosova odlučuje o zahtevu u roku od 30 dana "
        "(član 291(3)–(4)).",
        "en": "You have the right to request a review of this decision. The request must be made "
        "in writing to Kosovo Customs within 30 days of the date you receive this notice "
        "(Art. 291(1)–(2); Art. 251(13)). Kosovo Customs decides on the request within 30 days "
        "(Art. 291(3)–(4)).",
    },
    "rights.where": {
        "sq": "Dërgojeni ose dorëzojeni kërkesën me shkrim, duke përmendur numrin e lëndës "
        "{number}, në: {office}.",
        "sr": "Pisani zahtev, uz navođenje broja predmeta {number}, pošaljite ili predajte na: "
        "{office}.",
        "en": "Send or hand in your written request, quoting case number {number}, to: {office}.",
    },
    "rights.due": {
        "sq": "Këtë njoftim e keni pranuar më {received_on}; kërkesa për rishqyrtim duhet të "
        "paraqitet deri më {due_on} (neni 291(2)).",
        "sr": "Ovo obaveštenje ste primili {received_on}; zahtev za preispitivanje mora biti "
        "podnet do {due_on} (član 291(2)).",
        "en": "You received this notice on {received_on}; the request for review must be "
        "submitted by {due_on} (Art. 291(2)).",
    },
    "rights.due_only": {
        "sq": "Kërkesa për rishqyrtim duhet të paraqitet deri më {due_on} (neni 291(2)).",
        "sr": "Zahtev za preispitivanje mora biti podnet do {due_on} (član 291(2)).",
        "en": "The request for review must be submitted by {due_on} (Art. 291(2)).",
    },
    "rights.due_unknown": {
        "sq": "Afati prej 30 ditësh fillon nga data kur e pranoni këtë njoftim "
        "(neni 291(2); neni 251(6)).",
        "sr": "Rok od 30 dana teče od dana kada primite ovo obaveštenje "
        "(član 291(2); član 251(6)).",
        "en": "The 30 days run from the date on which you receive this notice "
        "(Art. 291(2); Art. 251(6)).",
    },
    "rights.appeal": {
        "sq": "Kundër vendimit për kërkesën për rishqyrtim mund të paraqitni ankesë në Bordin e "
        "Pavarur të Rishqyrtimit brenda 30 ditëve nga pranimi i atij vendimi "
        "(neni 291(5)–(6)), ndërsa kundër vendimit të Bordit mund t'i drejtoheni gjykatës "
        "kompetente për konflikte administrative (neni 291(9)).",
        "sr": "Protiv odluke o zahtevu za preispitivanje možete izjaviti žalbu Nezavisnom odboru "
        "za razmatranje u roku od 30 dana od prijema te odluke (član 291(5)–(6)), a protiv "
        "odluke Odbora možete se obratiti nadležnom sudu za upravne sporove (član 291(9)).",
        "en": "Against the decision on your request for review you may appeal to the "
        "Independent Review Board within 30 days of receiving that decision "
        "(Art. 291(5)–(6)); against the Board's decision you may go to the competent court "
        "for administrative disputes (Art. 291(9)).",
    },
    # --- Decision on a request for review (Art. 291(3)-(6), 12(3)) ---------------------------
    "title.review-decision": {
        "sq": "Vendim për kërkesën për rishqyrtim",
        "sr": "Odluka o zahtevu za preispitivanje",
        "en": "Decision on the request for review",
    },
    "review.intro": {
        "sq": "Më {requested_on} keni kërkuar rishqyrtimin e {of}. Dogana e Kosovës, pasi e "
        "shqyrtoi kërkesën, më {decided_on} vendosi si vijon (neni 291(3)–(4)).",
        "sr": "Dana {requested_on} zatražili ste preispitivanje {of}. Carina Kosova je, "
        "razmotrivši zahtev, {decided_on} odlučila kako sledi (član 291(3)–(4)).",
        "en": "On {requested_on} you requested a review of {of}. Having examined the request, "
        "Kosovo Customs decided on {decided_on} as follows (Art. 291(3)–(4)).",
    },
    "review.of.seizure": {
        "sq": "vendimit për sekuestrim",
        "sr": "odluke o zapleni",
        "en": "the decision to seize",
    },
    "review.of.detention": {
        "sq": "vendimit për ndalim",
        "sr": "odluke o zadržavanju",
        "en": "the decision to detain",
    },
    "review.of.extension": {
        "sq": "vendimit për zgjatjen e ndalimit",
        "sr": "odluke o produženju zadržavanja",
        "en": "the decision to extend detention",
    },
    "review.decision": {"sq": "Vendimi", "sr": "Odluka", "en": "Decision"},
    "review.outcome.upheld": {
        "sq": "Kërkesa refuzohet: vendimi mbetet në fuqi (neni 291(3)).",
        "sr": "Zahtev se odbija: odluka ostaje na snazi (član 291(3)).",
        "en": "The request is refused: the decision remains in force (Art. 291(3)).",
    },
    "review.outcome.annulled": {
        "sq": "Kërkesa pranohet: vendimi anulohet (neni 291(3)).",
        "sr": "Zahtev se usvaja: odluka se poništava (član 291(3)).",
        "en": "The request is accepted: the decision is annulled (Art. 291(3)).",
    },
    "review.outcome.amended": {
        "sq": "Kërkesa pranohet pjesërisht: vendimi ndryshohet (neni 291(3)).",
        "sr": "Zahtev se delimično usvaja: odluka se menja (član 291(3)).",
        "en": "The request is accepted in part: the decision is amended (Art. 291(3)).",
    },
    "review.grounds": {
        "sq": "Arsyetimi (neni 12(3))",
        "sr": "Obrazloženje (član 12(3))",
        "en": "Grounds (Art. 12(3))",
    },
    "review.no_grounds": {
        "sq": "Kërkesa është pranuar.",
        "sr": "Zahtev je usvojen.",
        "en": "The request has been accepted.",
    },
    "review.appeal": {
        "sq": "Kundër këtij vendimi keni të drejtë të paraqitni ankesë në Bordin e Pavarur të "
        "Rishqyrtimit brenda 30 ditëve nga data kur e pranoni këtë vendim (neni 291(5)–(6)).",
        "sr": "Protiv ove odluke imate pravo da izjavite žalbu Nezavisnom odboru za razmatranje "
        "u roku od 30 dana od dana prijema ove odluke (član 291(5)–(6)).",
        "en": "You have the right to appeal against this decision to the Independent Review "
        "Board within 30 days of the date you receive it (Art. 291(5)–(6)).",
    },
    "review.appeal_how": {
        "sq": "Ankesa paraqitet me shkrim në Bordin e Pavarur të Rishqyrtimit{board}, duke "
        "përmendur numrin e lëndës {number} dhe duke bashkëngjitur një kopje të këtij vendimi.",
        "sr": "Žalba se podnosi u pisanoj formi Nezavisnom odboru za razmatranje{board}, uz "
        "navođenje broja predmeta {number} i kopiju ove odluke.",
        "en": "The appeal is made in writing to the Independent Review Board{board}, quoting "
        "case number {number} and enclosing a copy of this decision.",
    },
    "review.appeal_due": {
        "sq": "Këtë vendim e keni pranuar më {received_on}; ankesa duhet të paraqitet deri më "
        "{due_on} (neni 291(6)).",
        "sr": "Ovu odluku ste primili {received_on}; žalba mora biti podneta do {due_on} "
        "(član 291(6)).",
        "en": "You received this decision on {received_on}; the appeal must be lodged by "
        "{due_on} (Art. 291(6)).",
    },
    "review.court": {
        "sq": "Kundër vendimit të Bordit mund t'i drejtoheni gjykatës kompetente për konflikte "
        "administrative (neni 291(9)).",
        "sr": "Protiv odluke Odbora možete se obratiti nadležnom sudu za upravne sporove "
        "(član 291(9)).",
        "en": "Against the Board's decision you may go to the competent court for "
        "administrative disputes (Art. 291(9)).",
    },
    # --- Public board (Art. 251(7)-(8), 291) -----------------------------------------------
    "board.title": {
        "sq": "Njoftimet aktuale për sekuestrim",
        "sr": "Važeća obaveštenja o zapleni",
        "en": "Current Notices of Seizure",
    },
    "board.intro": {
        "sq": "Dogana e Kosovës publikon këtu çdo njoftim aktual për sekuestrim, ashtu si në "
        "tabelën e shpalljeve në Selinë e saj (neni 251(7)). Njoftimi është aktual përderisa "
        "mund të kërkohet ende rishqyrtimi, ose përderisa rishqyrtimi apo ankesa është në "
        "shqyrtim ose ende mund të paraqitet (neni 251(8)). Emrat dhe adresat e personave "
        "fizikë nuk publikohen.",
        "sr": "Carina Kosova ovde objavljuje sva važeća obaveštenja o zapleni, kao i na oglasnoj "
        "tabli u svom sedištu (član 251(7)). Obaveštenje je važeće dok se još može zatražiti "
        "preispitivanje, ili dok je preispitivanje ili žalba u postupku ili se još može "
        "podneti (član 251(8)). Imena i adrese fizičkih lica se ne objavljuju.",
        "en": "Kosovo Customs publishes here every current Notice of Seizure, as on the display "
        "at its Headquarters (Art. 251(7)). A notice is current while a review may still be "
        "requested, or while a review or appeal is pending or may still be brought "
        "(Art. 251(8)). Names and addresses of natural persons are not published.",
    },
    "board.review": {
        "sq": "Si të kërkoni rishqyrtim",
        "sr": "Kako zatražiti preispitivanje",
        "en": "How to request a review",
    },
    "board.review.text": {
        "sq": "Pronari mund të kërkojë rishqyrtimin e sekuestrimit me shkrim te Dogana e Kosovës "
        "brenda 30 ditëve nga pranimi i njoftimit për sekuestrim, duke përmendur numrin e "
        "njoftimit (neni 291(1)–(2); neni 251(13)). Kundër vendimit për rishqyrtim mund të "
        "paraqitet ankesë në Bordin e Pavarur të Rishqyrtimit brenda 30 ditëve nga pranimi i "
        "atij vendimi (neni 291(5)–(6)).",
        "sr": "Vlasnik može zatražiti preispitivanje zaplene u pisanoj formi od Carine Kosova u "
        "roku od 30 dana od prijema obaveštenja o zapleni, uz navođenje broja obaveštenja "
        "(član 291(1)–(2); član 251(13)). Protiv odluke o preispitivanju može se izjaviti "
        "žalba Nezavisnom odboru za razmatranje u roku od 30 dana od prijema te odluke "
        "(član 291(5)–(6)).",
        "en": "The owner may request a review of a seizure in writing to Kosovo Customs within "
        "30 days of receiving the Notice of Seizure, quoting the notice number "
        "(Art. 291(1)–(2); Art. 251(13)). Against the decision on review, an appeal lies to "
        "the Independent Review Board within 30 days of receiving that decision "
        "(Art. 291(5)–(6)).",
    },
    "board.review_deadline": {
        "sq": "Afati për kërkesë për rishqyrtim",
        "sr": "Rok za zahtev za preispitivanje",
        "en": "Review request due by",
    },
    "board.review_deadline_unknown": {
        "sq": "30 ditë nga pranimi i njoftimit",
        "sr": "30 dana od prijema obaveštenja",
        "en": "30 days from receipt of the notice",
    },
    "board.status": {"sq": "Gjendja", "sr": "Stanje", "en": "Status"},
    "board.owner": {"sq": "Pronari", "sr": "Vlasnik", "en": "Owner"},
    "board.owner_withheld": {
        "sq": "person fizik (emri nuk publikohet)",
        "sr": "fizičko lice (ime se ne objavljuje)",
        "en": "natural person (name not published)",
    },
    "board.updated": {"sq": "Përditësuar më {at}", "sr": "Ažurirano {at}", "en": "Updated {at}"},
    "board.count": {
        "sq": "Numri i njoftimeve: {count}",
        "sr": "Broj obaveštenja: {count}",
        "en": "Number of notices: {count}",
    },
    "board.empty": {
        "sq": "Nuk ka njoftime aktuale për sekuestrim.",
        "sr": "Nema važećih obaveštenja o zapleni.",
        "en": "There are no current Notices of Seizure.",
    },
    "board.language": {"sq": "Gjuha", "sr": "Jezik", "en": "Language"},
    "board.feeds": {"sq": "Të dhënat", "sr": "Podaci", "en": "Data"},
    "board.skip": {
        "sq": "Kalo te njoftimet",
        "sr": "Pređi na obaveštenja",
        "en": "Skip to the notices",
    },
    # Board states follow Art. 251(8): what keeps a notice current.
    "status.seized": {"sq": "sekuestruar", "sr": "zaplenjeno", "en": "seized"},
    "status.deemed_seized": {
        "sq": "konsiderohet i sekuestruar",
        "sr": "smatra se zaplenjenim",
        "en": "deemed seized",
    },
    # A notice stays current after a return on payment while a review may still be brought
    # (Art. 251(8)): the board then shows these words too.
    "status.returned": {"sq": "i kthyer", "sr": "vraćeno", "en": "returned"},
    "status.returned_conditionally": {
        "sq": "i kthyer me kushte",
        "sr": "vraćeno pod uslovima",
        "en": "returned on conditions",
    },
    "status.disposed": {"sq": "i disponuar", "sr": "okončano raspolaganjem", "en": "disposed of"},
    "status.detained": {"sq": "i ndaluar", "sr": "zadržano", "en": "detained"},
    "status.review_open": {
        "sq": "mund të kërkohet rishqyrtim",
        "sr": "može se zatražiti preispitivanje",
        "en": "review may be requested",
    },
    "status.review_pending": {
        "sq": "rishqyrtimi në shqyrtim",
        "sr": "preispitivanje u postupku",
        "en": "review pending",
    },
    "status.appeal_open": {
        "sq": "mund të paraqitet ankesë",
        "sr": "može se izjaviti žalba",
        "en": "appeal may be brought",
    },
    "status.appeal_pending": {
        "sq": "ankesa në shqyrtim",
        "sr": "žalba u postupku",
        "en": "appeal pending",
    },
}

# Names of the languages in themselves, for the board's language switch.
LANGUAGE_NAMES = {"sq": "Shqip", "sr": "Srpski", "en": "English"}

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def text(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` with `values` filled in; KeyError for an unknown key."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    template = TEXTS[key][lang]
    return template.format(**values) if values else template


def label(prefix: str, value: str, lang: str) -> str:
    """The translation of a coded value (`kind.vehicle`, `status.seized`), or the value itself."""
    texts = TEXTS.get(f"{prefix}.{value}")
    return texts[lang] if texts else value


# Cached because the public board formats the same few dates and quantities thousands of times.
@lru_cache(maxsize=4096)
def format_date(value: date, lang: str) -> str:
    """22.11.2026 in Albanian and Serbian, as written in Kosovo; 22 November 2026 in English."""
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def format_datetime(value: datetime, lang: str) -> str:
    """A date and time to the minute, with its UTC offset (`+00:00` printed as UTC)."""
    offset = value.strftime("%z")
    zone = "UTC" if offset in ("", "+0000") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{format_date(value.date(), lang)} {value:%H:%M} {zone}"


@lru_cache(maxsize=4096)
def format_number(value: Decimal | int | float, lang: str, places: int | None = None) -> str:
    """1 234,5 in Albanian and Serbian, 1,234.5 in English; `places` fixes the decimals."""
    number = Decimal(str(value))
    if places is None:
        number = number.normalize()
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))
        rendered = f"{number:,f}"
    else:
        rendered = f"{number:,.{places}f}"
    if lang == "en":
        return rendered
    return rendered.replace(",", "\u00a0").replace(".", ",")


def format_unit(unit: str, lang: str) -> str:
    return label("unit", unit, lang)


def format_article(reference: str, lang: str) -> str:
    """`Art. 300(1)` as written in `lang` (`neni 300(1)`, `član 300(1)`); other text unchanged."""
    if reference.startswith("Art. "):
        return f"{TEXTS['article'][lang]} {reference[5:]}"
    return reference
