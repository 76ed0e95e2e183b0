"""Messages of detention and seizure cases (Art. 251, 291): refusals, statuses, deadlines, actions,
and the cases API's own refusals. Albanian and Serbian in Latin script. Placeholders are the
params of `rules.Refusal` and of the errors raised with them.
"""

MESSAGES = {
    # --- refusals: dates --------------------------------------------------------------------------
    "seizures.date_in_future": {
        "en": "The date {on} is in the future; a legal act is dated today ({today}) or earlier.",
        "sq": "Data {on} është në të ardhmen; akti ligjor mban datën e sotme ({today}) "
        "ose një datë më të hershme.",
        "sr": "Datum {on} je u budućnosti; pravni akt nosi današnji datum ({today}) ili raniji.",
    },
    "seizures.date_before_previous_act": {
        "en": "The date {on} is before the act it follows; the earliest possible date is "
        "{earliest}.",
        "sq": "Data {on} është para aktit që e paraprin; data më e hershme e mundshme është "
        "{earliest}.",
        "sr": "Datum {on} je pre akta koji mu prethodi; najraniji mogući datum je {earliest}.",
    },
    # --- refusals: detention and extension (Art. 251(1)-(4)) --------------------------------------
    "seizures.already_disposed": {
        "en": "The thing has already been disposed of (returned on payment, sold, destroyed or "
        "kept for official use).",
        "sq": "Për sendin tashmë është vendosur përfundimisht (kthyer, shitur, asgjësuar ose "
        "mbajtur për përdorim zyrtar).",
        "sr": "O stvari je već konačno odlučeno (vraćena, prodata, uništena ili zadržana za "
        "službenu upotrebu).",
    },
    "seizures.detention_already_decided": {
        "en": "A decision on the detained thing was already made on {decided_on}.",
        "sq": "Vendimi për sendin e ndaluar është marrë më {decided_on}.",
        "sr": "Odluka o zadržanoj stvari je već doneta {decided_on}.",
    },
    "seizures.seizure_already_notified": {
        "en": "A Notice of Seizure was already sent on {sent_on}; detention can no longer be "
        "changed.",
        "sq": "Njoftimi për sekuestrim është dërguar më {sent_on}; ndalimi nuk mund të "
        "ndryshohet më.",
        "sr": "Obaveštenje o zapleni je već poslato {sent_on}; zadržavanje se više ne može "
        "menjati.",
    },
    "seizures.extension_limit_reached": {
        "en": "Detention has already been extended by the full 60 days (until "
        "{latest_extension_to}).",
        "sq": "Ndalimi tashmë është zgjatur për të gjitha 60 ditët (deri më "
        "{latest_extension_to}).",
        "sr": "Zadržavanje je već produženo za punih 60 dana (do {latest_extension_to}).",
    },
    "seizures.extension_notice_too_late": {
        "en": "The notice of extension was sent on {sent_on}, after the first 30 days of "
        "detention ended ({due_on}); an extension must reach the owner in time (Art. 251(2)).",
        "sq": "Njoftimi për zgjatjen është dërguar më {sent_on}, pasi kishin mbaruar 30 ditët e "
        "para të ndalimit ({due_on}); zgjatja duhet t'i njoftohet pronarit në kohë (neni 251(2)).",
        "sr": "Obaveštenje o produženju je poslato {sent_on}, nakon isteka prvih 30 dana "
        "zadržavanja ({due_on}); produženje mora na vreme stići do vlasnika (član 251(2)).",
    },
    "seizures.detention_annulled": {
        "en": "The detention was annulled on review on {annulled_on}; the thing goes back to "
        "the owner.",
        "sq": "Ndalimi është anuluar në rishqyrtim më {annulled_on}; sendi i kthehet pronarit.",
        "sr": "Zadržavanje je poništeno u postupku preispitivanja {annulled_on}; stvar se vraća "
        "vlasniku.",
    },
    "seizures.review_of_invalid": {
        "en": "A review is of the seizure, the detention or the extension of detention.",
        "sq": "Rishqyrtimi kërkohet për sekuestrimin, ndalimin ose zgjatjen e ndalimit.",
        "sr": "Preispitivanje se traži za zaplenu, zadržavanje ili produženje zadržavanja.",
    },
    "seizures.hearing_invalid": {
        "en": "The Board's hearing is closed or open.",
        "sq": "Seanca e Bordit është e mbyllur ose e hapur.",
        "sr": "Sednica Odbora je zatvorena ili otvorena.",
    },
    "seizures.hearing_only_at_the_board": {
        "en": "Only an appeal to the Independent Review Board has a closed or open hearing.",
        "sq": "Vetëm ankesa në Bordin e Pavarur të Rishqyrtimit ka seancë të mbyllur ose të hapur.",
        "sr": "Samo žalba Nezavisnom odboru za razmatranje ima zatvorenu ili otvorenu sednicu.",
    },
    # --- the supervisor's work queue (GET /cases/due) -----------------------------------------
    "seizures.due.extend_or_decide": {
        "en": "Extend or decide (last day to extend)",
        "sq": "Zgjate ose vendos (dita e fundit për zgjatje)",
        "sr": "Produžite ili odlučite (poslednji dan za produženje)",
    },
    "seizures.due.decide": {
        "en": "Decide before detention ends",
        "sq": "Vendos para se të mbarojë ndalimi",
        "sr": "Odlučite pre isteka zadržavanja",
    },
    "seizures.due.notice_not_received": {
        "en": "Notice of Seizure not yet received",
        "sq": "Njoftimi për sekuestrim ende nuk është pranuar",
        "sr": "Obaveštenje o zapleni još nije primljeno",
    },
    "seizures.due.review_decision": {
        "en": "Decide the review",
        "sq": "Vendos për rishqyrtimin",
        "sr": "Odlučite o preispitivanju",
    },
    "seizures.due.board_response": {
        "en": "Answer the Independent Review Board in writing",
        "sq": "Përgjigju me shkrim Bordit të Pavarur të Rishqyrtimit",
        "sr": "Odgovorite u pisanoj formi Nezavisnom odboru za razmatranje",
    },
    "seizures.due.disposal_allowed": {
        "en": "Seizure final: disposal allowed",
        "sq": "Sekuestrimi është përfundimtar: disponimi lejohet",
        "sr": "Zaplena je konačna: raspolaganje je dozvoljeno",
    },
    "seizures.extension_too_late": {
        "en": "Detention can only be extended within the first 30 days, by {due_on}.",
        "sq": "Ndalimi mund të zgjatet vetëm brenda 30 ditëve të para, deri më {due_on}.",
        "sr": "Zadržavanje se može produžiti samo u prvih 30 dana, najkasnije {due_on}.",
    },
    "seizures.extension_days_invalid": {
        "en": "An extension is a whole number of days, at least 1 and at most {remaining_days}.",
        "sq": "Zgjatja është një numër i plotë ditësh, së paku 1 dhe jo më shumë se "
        "{remaining_days}.",
        "sr": "Produženje je ceo broj dana, najmanje 1, a najviše {remaining_days}.",
    },
    "seizures.extension_exceeds_limit": {
        "en": "Extensions may add up to 60 days in all: at most {remaining_days} more days "
        "(until {latest_extension_to} at the latest).",
        "sq": "Zgjatjet mund të arrijnë gjithsej 60 ditë: edhe më së shumti {remaining_days} "
        "ditë (jo më vonë se {latest_extension_to}).",
        "sr": "Produženja mogu ukupno iznositi 60 dana: još najviše {remaining_days} dana "
        "(najkasnije do {latest_extension_to}).",
    },
    "seizures.reasons_required": {
        "en": "State the reasons.",
        "sq": "Shënoni arsyet.",
        "sr": "Navedite razloge.",
    },
    "seizures.conditions_required": {
        "en": "State the conditions of the return.",
        "sq": "Shënoni kushtet e kthimit.",
        "sr": "Navedite uslove vraćanja.",
    },
    "seizures.notification_required": {
        "en": "The owner must be notified of the extension in writing, with the reasons.",
        "sq": "Pronari duhet të njoftohet me shkrim për zgjatjen, bashkë me arsyet.",
        "sr": "Vlasnik mora biti pismeno obavešten o produženju, uz navođenje razloga.",
    },
    "seizures.outcome_invalid": {
        "en": "Unknown outcome.",
        "sq": "Rezultat i panjohur.",
        "sr": "Nepoznat ishod.",
    },
    "seizures.already_returned_conditionally": {
        "en": "The thing was already returned on conditions on {decided_on}.",
        "sq": "Sendi është kthyer me kushte më {decided_on}.",
        "sr": "Stvar je već vraćena pod uslovima {decided_on}.",
    },
    "seizures.detention_period_ended": {
        "en": "Detention ended on {detention_ends_on}; with no decision, the thing is deemed "
        "seized from {deemed_seized_on}.",
        "sq": "Ndalimi përfundoi më {detention_ends_on}; pa vendim, sendi konsiderohet i "
        "sekuestruar nga {deemed_seized_on}.",
        "sr": "Zadržavanje je isteklo {detention_ends_on}; bez odluke, smatra se da je stvar "
        "zaplenjena od {deemed_seized_on}.",
    },
    # --- refusals: notices (Art. 251(5), (6)) -----------------------------------------------------
    "seizures.notification_document_invalid": {
        "en": "Unknown notice; it is either an extension or a seizure notice.",
        "sq": "Njoftim i panjohur; ai është njoftim për zgjatje ose për sekuestrim.",
        "sr": "Nepoznato obaveštenje; ono je ili o produženju ili o zapleni.",
    },
    "seizures.notification_method_invalid": {
        "en": "A notice is given by hand, by post or at the address, to an agent, or "
        "electronically.",
        "sq": "Njoftimi jepet dorazi, me postë ose në adresë, përmes përfaqësuesit, ose në "
        "mënyrë elektronike.",
        "sr": "Obaveštenje se uručuje lično, poštom ili na adresu, preko zastupnika, ili "
        "elektronski.",
    },
    "seizures.no_electronic_address": {
        "en": "The owner has no electronic address on record.",
        "sq": "Pronari nuk ka adresë elektronike të regjistruar.",
        "sr": "Vlasnik nema evidentiranu elektronsku adresu.",
    },
    "seizures.no_agent": {
        "en": "The owner has no agent on record.",
        "sq": "Pronari nuk ka përfaqësues të regjistruar.",
        "sr": "Vlasnik nema evidentiranog zastupnika.",
    },
    "seizures.no_extension": {
        "en": "There is no extension to notify.",
        "sq": "Nuk ka zgjatje për t'u njoftuar.",
        "sr": "Nema produženja o kojem treba obavestiti.",
    },
    "seizures.receipt_before_sending": {
        "en": "A notice cannot be received before it was sent ({sent_on}).",
        "sq": "Njoftimi nuk mund të pranohet para se të dërgohet ({sent_on}).",
        "sr": "Obaveštenje ne može biti primljeno pre slanja ({sent_on}).",
    },
    "seizures.hand_delivery_same_day": {
        "en": "A notice given by hand is received the day it is given ({sent_on}).",
        "sq": "Njoftimi i dorëzuar dorazi pranohet ditën që jepet ({sent_on}).",
        "sr": "Lično uručeno obaveštenje primljeno je istog dana ({sent_on}).",
    },
    "seizures.receipt_contradicts_review": {
        "en": "That date of receipt would put the review request of {requested_on} out of "
        "time; check the dates.",
        "sq": "Kjo datë pranimi do ta bënte të vonuar kërkesën për rishqyrtim të datës "
        "{requested_on}; kontrolloni datat.",
        "sr": "Taj datum prijema bi učinio zahtev za preispitivanje od {requested_on} "
        "neblagovremenim; proverite datume.",
    },
    # --- refusals: review and appeal (Art. 291) ---------------------------------------------------
    "seizures.not_seized": {
        "en": "The thing is not seized.",
        "sq": "Sendi nuk është i sekuestruar.",
        "sr": "Stvar nije zaplenjena.",
    },
    "seizures.seizure_annulled": {
        "en": "The seizure was annulled on {annulled_on}; the thing is to be returned.",
        "sq": "Sekuestrimi u anulua më {annulled_on}; sendi duhet t'i kthehet pronarit.",
        "sr": "Zaplena je poništena {annulled_on}; stvar treba vratiti vlasniku.",
    },
    "seizures.review_already_requested": {
        "en": "A review was already requested on {requested_on}.",
        "sq": "Rishqyrtimi është kërkuar tashmë më {requested_on}.",
        "sr": "Preispitivanje je već zatraženo {requested_on}.",
    },
    "seizures.review_of_decision_out_of_time": {
        "en": "The time to request a review ended on {due_on} (30 days from receipt of the "
        "decision on {received_on}).",
        "sq": "Afati për kërkesë për rishqyrtim përfundoi më {due_on} (30 ditë nga pranimi i "
        "vendimit më {received_on}).",
        "sr": "Rok za zahtev za preispitivanje istekao je {due_on} (30 dana od prijema odluke "
        "{received_on}).",
    },
    "seizures.review_request_out_of_time": {
        "en": "The time to request a review ended on {due_on} (30 days from receipt of the "
        "Notice of Seizure on {received_on}).",
        "sq": "Afati për kërkesë për rishqyrtim përfundoi më {due_on} (30 ditë nga pranimi i "
        "Njoftimit për sekuestrim më {received_on}).",
        "sr": "Rok za zahtev za preispitivanje istekao je {due_on} (30 dana od prijema "
        "Obaveštenja o zapleni {received_on}).",
    },
    "seizures.no_review_requested": {
        "en": "No review has been requested.",
        "sq": "Nuk është kërkuar rishqyrtim.",
        "sr": "Preispitivanje nije zatraženo.",
    },
    "seizures.review_already_decided": {
        "en": "The review was already decided on {decided_on}.",
        "sq": "Për rishqyrtimin është vendosur tashmë më {decided_on}.",
        "sr": "O preispitivanju je već odlučeno {decided_on}.",
    },
    "seizures.review_superseded_by_appeal": {
        "en": "The owner has appealed to the Board since the review was not decided in time.",
        "sq": "Pronari është ankuar në Bord, sepse rishqyrtimi nuk u vendos në afat.",
        "sr": "Vlasnik se žalio Odboru jer o preispitivanju nije odlučeno u roku.",
    },
    "seizures.receipt_before_decision": {
        "en": "A decision cannot be received before it was made ({decided_on}).",
        "sq": "Vendimi nuk mund të pranohet para se të merret ({decided_on}).",
        "sr": "Odluka ne može biti primljena pre nego što je doneta ({decided_on}).",
    },
    "seizures.receipt_document_invalid": {
        "en": "Unknown decision; it is either the review decision or the Board's decision.",
        "sq": "Vendim i panjohur; ai është vendimi i rishqyrtimit ose vendimi i Bordit.",
        "sr": "Nepoznata odluka; to je ili odluka o preispitivanju ili odluka Odbora.",
    },
    "seizures.no_decision_to_receive": {
        "en": "There is no decision yet whose receipt could be recorded.",
        "sq": "Ende nuk ka vendim, pranimi i të cilit mund të regjistrohet.",
        "sr": "Još nema odluke čiji bi se prijem mogao evidentirati.",
    },
    "seizures.receipt_already_recorded": {
        "en": "Receipt of this decision was already recorded ({received_on}).",
        "sq": "Pranimi i këtij vendimi është regjistruar tashmë ({received_on}).",
        "sr": "Prijem ove odluke je već evidentiran ({received_on}).",
    },
    "seizures.receipt_contradicts_appeal": {
        "en": "That date of receipt would put the appeal of {lodged_on} out of time; check the "
        "dates.",
        "sq": "Kjo datë pranimi do ta bënte të vonuar ankesën e datës {lodged_on}; kontrolloni "
        "datat.",
        "sr": "Taj datum prijema bi učinio žalbu od {lodged_on} neblagovremenom; proverite datume.",
    },
    "seizures.appeal_level_invalid": {
        "en": "An appeal goes to the Independent Review Board or to the court.",
        "sq": "Ankesa i drejtohet Bordit të Pavarur të Rishqyrtimit ose gjykatës.",
        "sr": "Žalba se podnosi Nezavisnom odboru za razmatranje ili sudu.",
    },
    "seizures.appeal_already_lodged": {
        "en": "This appeal was already lodged on {lodged_on}.",
        "sq": "Kjo ankesë është paraqitur tashmë më {lodged_on}.",
        "sr": "Ova žalba je već podneta {lodged_on}.",
    },
    "seizures.review_required": {
        "en": "An appeal to the Board needs a review decision first: request a review.",
        "sq": "Ankesa në Bord kërkon më parë vendimin e rishqyrtimit: kërkoni rishqyrtim.",
        "sr": "Za žalbu Odboru prvo je potrebna odluka o preispitivanju: zatražite preispitivanje.",
    },
    "seizures.review_pending": {
        "en": "The review is pending; the Customs must decide it by {review_decision_due_on}.",
        "sq": "Rishqyrtimi është në pritje; Dogana duhet ta vendosë deri më "
        "{review_decision_due_on}.",
        "sr": "Preispitivanje je u toku; Carina mora odlučiti do {review_decision_due_on}.",
    },
    "seizures.board_decision_required": {
        "en": "The court hears appeals against decisions of the Board: the Board has not "
        "decided yet.",
        "sq": "Gjykata shqyrton ankesat kundër vendimeve të Bordit: Bordi ende nuk ka vendosur.",
        "sr": "Sud odlučuje o žalbama na odluke Odbora: Odbor još nije odlučio.",
    },
    "seizures.appeal_out_of_time": {
        "en": "The time to appeal ended on {due_on} (counted from receipt of the decision on "
        "{received_on}).",
        "sq": "Afati për ankesë përfundoi më {due_on} (llogaritur nga pranimi i vendimit më "
        "{received_on}).",
        "sr": "Rok za žalbu istekao je {due_on} (računajući od prijema odluke {received_on}).",
    },
    "seizures.no_pending_appeal": {
        "en": "There is no pending appeal to decide.",
        "sq": "Nuk ka ankesë në pritje për t'u vendosur.",
        "sr": "Nema žalbe u toku o kojoj treba odlučiti.",
    },
    # --- refusals: disposal (Art. 251(3)(a), (9), (10)) -------------------------------------------
    "seizures.disposition_kind_invalid": {
        "en": "Unknown kind of disposal.",
        "sq": "Lloj i panjohur i disponimit.",
        "sr": "Nepoznata vrsta raspolaganja.",
    },
    "seizures.not_perishable": {
        "en": "Only a living creature or a perishable thing may be sold or destroyed while "
        "detained.",
        "sq": "Vetëm një krijesë e gjallë ose një send i prishshëm mund të shitet ose asgjësohet "
        "gjatë ndalimit.",
        "sr": "Samo živo biće ili kvarljiva stvar sme se prodati ili uništiti tokom zadržavanja.",
    },
    "seizures.already_seized": {
        "en": "The thing was seized on {seized_on}; the rules for seized things apply.",
        "sq": "Sendi u sekuestrua më {seized_on}; zbatohen rregullat për sendet e sekuestruara.",
        "sr": "Stvar je zaplenjena {seized_on}; primenjuju se pravila za zaplenjene stvari.",
    },
    "seizures.returned_conditionally": {
        "en": "The thing was returned to the owner on conditions on {decided_on}.",
        "sq": "Sendi iu kthye pronarit me kushte më {decided_on}.",
        "sr": "Stvar je vraćena vlasniku pod uslovima {decided_on}.",
    },
    "seizures.thing_returned": {
        "en": "The thing was returned to the owner on {decided_on}.",
        "sq": "Sendi iu kthye pronarit më {decided_on}.",
        "sr": "Stvar je vraćena vlasniku {decided_on}.",
    },
    "seizures.seizure_not_final": {
        "en": "The seizure is not final: the review window has not started or a review or "
        "appeal is open. Until then the thing may only be returned on payment.",
        "sq": "Sekuestrimi nuk është përfundimtar: afati për rishqyrtim nuk ka filluar ose një "
        "rishqyrtim a ankesë është e hapur. Deri atëherë sendi mund të kthehet vetëm me pagesë.",
        "sr": "Zaplena nije konačna: rok za preispitivanje nije počeo ili je preispitivanje ili "
        "žalba u toku. Do tada se stvar može vratiti samo uz plaćanje.",
    },
    "seizures.seizure_final_from": {
        "en": "The seizure becomes final on {final_on}; until then the thing may only be "
        "returned on payment.",
        "sq": "Sekuestrimi bëhet përfundimtar më {final_on}; deri atëherë sendi mund të kthehet "
        "vetëm me pagesë.",
        "sr": "Zaplena postaje konačna {final_on}; do tada se stvar može vratiti samo uz "
        "plaćanje.",
    },
    "seizures.amount_required": {
        "en": "State the sum to be paid (more than zero).",
        "sq": "Shënoni shumën që duhet paguar (më shumë se zero).",
        "sr": "Navedite iznos koji treba platiti (veći od nule).",
    },
    "seizures.amount_exceeds_value": {
        "en": "The sum may not exceed the value of the thing, unpaid duty and tax included "
        "(EUR {value_eur}).",
        "sq": "Shuma nuk mund ta tejkalojë vlerën e sendit, përfshirë doganën dhe tatimin e "
        "papaguar (EUR {value_eur}).",
        "sr": "Iznos ne sme premašiti vrednost stvari, uključujući neplaćenu carinu i porez "
        "(EUR {value_eur}).",
    },
    "seizures.amount_invalid": {
        "en": "The proceeds of a sale cannot be negative.",
        "sq": "Të ardhurat nga shitja nuk mund të jenë negative.",
        "sr": "Prihod od prodaje ne može biti negativan.",
    },
    "seizures.amount_not_applicable": {
        "en": "A sum applies only to a return on payment or a sale.",
        "sq": "Shuma vlen vetëm për kthim me pagesë ose për shitje.",
        "sr": "Iznos se odnosi samo na vraćanje uz plaćanje ili na prodaju.",
    },
    # --- statuses ---------------------------------------------------------------------------------
    "seizures.status.detained": {
        "en": "Detained",
        "sq": "I ndaluar",
        "sr": "Zadržano",
    },
    "seizures.status.returned": {
        "en": "Returned",
        "sq": "I kthyer",
        "sr": "Vraćeno",
    },
    "seizures.status.returned_conditionally": {
        "en": "Returned on conditions",
        "sq": "I kthyer me kushte",
        "sr": "Vraćeno pod uslovima",
    },
    "seizures.status.seized": {
        "en": "Seized",
        "sq": "I sekuestruar",
        "sr": "Zaplenjeno",
    },
    "seizures.status.deemed_seized": {
        "en": "Deemed seized (no decision within the detention period)",
        "sq": "I konsideruar i sekuestruar (pa vendim brenda afatit të ndalimit)",
        "sr": "Smatra se zaplenjenim (bez odluke u roku zadržavanja)",
    },
    "seizures.status.disposed": {
        "en": "Disposed of",
        "sq": "I disponuar",
        "sr": "Okončano raspolaganjem",
    },
    "seizures.status.sold": {
        "en": "Sold",
        "sq": "I shitur",
        "sr": "Prodato",
    },
    "seizures.status.destroyed": {
        "en": "Destroyed",
        "sq": "I asgjësuar",
        "sr": "Uništeno",
    },
    "seizures.status.official_use": {
        "en": "Kept for official use",
        "sq": "I mbajtur për përdorim zyrtar",
        "sr": "Zadržano za službenu upotrebu",
    },
    # --- things named by an act (Art. 251(9), (11)) and refunds (Art. 292(b)) ----------------
    "seizures.item_ids_empty": {
        "en": "Name at least one thing of the case, or leave the list out for every thing "
        "still held.",
        "sq": "Shënoni të paktën një send të rastit, ose lëreni listën jashtë për çdo send që "
        "ende mbahet.",
        "sr": "Navedite bar jednu stvar iz predmeta, ili izostavite spisak za svaku stvar koja "
        "se još drži.",
    },
    "seizures.item_unknown": {
        "en": "Thing {item_id} is not one of this case's things.",
        "sq": "Sendi {item_id} nuk është send i këtij rasti.",
        "sr": "Stvar {item_id} nije stvar iz ovog predmeta.",
    },
    "seizures.no_refund_due": {
        "en": "No refund is due in this case: the seizure stands, or everything due has been "
        "paid back.",
        "sq": "Në këtë rast nuk ka rimbursim për t'u paguar: sekuestrimi qëndron, ose gjithçka "
        "është kthyer.",
        "sr": "U ovom predmetu nema povraćaja za isplatu: zaplena ostaje na snazi, ili je sve "
        "već vraćeno.",
    },
    "seizures.refund_exceeds_due": {
        "en": "The refund (EUR {amount_eur}) is more than is still due (EUR {due_eur}).",
        "sq": "Rimbursimi (EUR {amount_eur}) është më i madh se sa mbetet për t'u paguar "
        "(EUR {due_eur}).",
        "sr": "Povraćaj (EUR {amount_eur}) veći je od iznosa koji je još dugovan "
        "(EUR {due_eur}).",
    },
    # --- deadlines --------------------------------------------------------------------------------
    "seizures.deadline.detention_ends_on": {
        "en": "Detention ends on",
        "sq": "Ndalimi përfundon më",
        "sr": "Zadržavanje ističe",
    },
    "seizures.deadline.latest_extension_to": {
        "en": "Furthest date an extension can reach",
        "sq": "Data më e largët deri ku mund të shkojë zgjatja",
        "sr": "Najkasniji datum do kojeg produženje može trajati",
    },
    "seizures.deadline.extension_due_on": {
        "en": "Last day to extend detention",
        "sq": "Dita e fundit për zgjatjen e ndalimit",
        "sr": "Poslednji dan za produženje zadržavanja",
    },
    "seizures.deadline.deemed_seized_on": {
        "en": "Deemed seized without a decision on",
        "sq": "Pa vendim, konsiderohet i sekuestruar më",
        "sr": "Bez odluke, smatra se zaplenjenim",
    },
    "seizures.deadline.seized_on": {
        "en": "Seized on",
        "sq": "Sekuestruar më",
        "sr": "Datum zaplene",
    },
    "seizures.deadline.notice_received_on": {
        "en": "Notice of Seizure received on",
        "sq": "Njoftimi për sekuestrim u pranua më",
        "sr": "Obaveštenje o zapleni primljeno",
    },
    "seizures.deadline.review_request_due_on": {
        "en": "Last day to request a review",
        "sq": "Dita e fundit për të kërkuar rishqyrtim",
        "sr": "Poslednji dan za zahtev za preispitivanje",
    },
    "seizures.deadline.review_decision_due_on": {
        "en": "Review to be decided by",
        "sq": "Rishqyrtimi duhet të vendoset deri më",
        "sr": "O preispitivanju treba odlučiti do",
    },
    "seizures.deadline.board_appeal_due_on": {
        "en": "Last day to appeal to the Independent Review Board",
        "sq": "Dita e fundit për ankesë në Bordin e Pavarur të Rishqyrtimit",
        "sr": "Poslednji dan za žalbu Nezavisnom odboru za razmatranje",
    },
    "seizures.deadline.court_appeal_due_on": {
        "en": "Last day to refer to the court",
        "sq": "Dita e fundit për t'iu drejtuar gjykatës",
        "sr": "Poslednji dan za obraćanje sudu",
    },
    "seizures.deadline.detention_board_appeal_due_on": {
        "en": "Last day to appeal the review of the detention to the Independent Review Board",
        "sq": "Dita e fundit për ankesë në Bordin e Pavarur të Rishqyrtimit kundër rishqyrtimit "
        "të ndalimit",
        "sr": "Poslednji dan za žalbu Nezavisnom odboru za razmatranje na preispitivanje "
        "zadržavanja",
    },
    "seizures.deadline.extension_board_appeal_due_on": {
        "en": "Last day to appeal the review of the extension to the Independent Review Board",
        "sq": "Dita e fundit për ankesë në Bordin e Pavarur të Rishqyrtimit kundër rishqyrtimit "
        "të zgjatjes",
        "sr": "Poslednji dan za žalbu Nezavisnom odboru za razmatranje na preispitivanje "
        "produženja",
    },
    "seizures.deadline.detention_court_appeal_due_on": {
        "en": "Last day to refer the detention to the court",
        "sq": "Dita e fundit për t'iu drejtuar gjykatës për ndalimin",
        "sr": "Poslednji dan za obraćanje sudu zbog zadržavanja",
    },
    "seizures.deadline.extension_court_appeal_due_on": {
        "en": "Last day to refer the extension to the court",
        "sq": "Dita e fundit për t'iu drejtuar gjykatës për zgjatjen",
        "sr": "Poslednji dan za obraćanje sudu zbog produženja",
    },
    "seizures.deadline.board_response_due_on": {
        "en": "Written answer to the Independent Review Board due",
        "sq": "Afati për përgjigjen me shkrim Bordit të Pavarur të Rishqyrtimit",
        "sr": "Rok za pisani odgovor Nezavisnom odboru za razmatranje",
    },
    "seizures.deadline.detention_board_response_due_on": {
        "en": "Written answer to the Independent Review Board on the detention due",
        "sq": "Afati për përgjigjen me shkrim Bordit të Pavarur të Rishqyrtimit për ndalimin",
        "sr": "Rok za pisani odgovor Nezavisnom odboru za razmatranje o zadržavanju",
    },
    "seizures.deadline.extension_board_response_due_on": {
        "en": "Written answer to the Independent Review Board on the extension due",
        "sq": "Afati për përgjigjen me shkrim Bordit të Pavarur të Rishqyrtimit për zgjatjen",
        "sr": "Rok za pisani odgovor Nezavisnom odboru za razmatranje o produženju",
    },
    "seizures.deadline.final_on": {
        "en": "Seizure final from",
        "sq": "Sekuestrimi përfundimtar nga",
        "sr": "Zaplena konačna od",
    },
    # --- actions ----------------------------------------------------------------------------------
    "seizures.action.extend": {
        "en": "Extend detention",
        "sq": "Zgjat ndalimin",
        "sr": "Produži zadržavanje",
    },
    "seizures.action.decide_return": {
        "en": "Return without conditions",
        "sq": "Kthe pa kushte",
        "sr": "Vrati bez uslova",
    },
    "seizures.action.decide_return_conditionally": {
        "en": "Return on conditions",
        "sq": "Kthe me kushte",
        "sr": "Vrati pod uslovima",
    },
    "seizures.action.decide_seize": {
        "en": "Seize",
        "sq": "Sekuestro",
        "sr": "Zapleni",
    },
    "seizures.action.record_notification": {
        "en": "Record a notice to the owner",
        "sq": "Regjistro njoftimin për pronarin",
        "sr": "Evidentiraj obaveštenje vlasniku",
    },
    "seizures.action.request_review": {
        "en": "Record a request for review",
        "sq": "Regjistro kërkesën për rishqyrtim",
        "sr": "Evidentiraj zahtev za preispitivanje",
    },
    "seizures.action.decide_review": {
        "en": "Decide the review",
        "sq": "Vendos për rishqyrtimin",
        "sr": "Odluči o preispitivanju",
    },
    "seizures.action.record_receipt": {
        "en": "Record receipt of a decision",
        "sq": "Regjistro pranimin e vendimit",
        "sr": "Evidentiraj prijem odluke",
    },
    "seizures.action.appeal": {
        "en": "Record an appeal",
        "sq": "Regjistro ankesën",
        "sr": "Evidentiraj žalbu",
    },
    "seizures.action.decide_appeal": {
        "en": "Record the appeal decision",
        "sq": "Regjistro vendimin për ankesën",
        "sr": "Evidentiraj odluku po žalbi",
    },
    "seizures.action.dispose_return_on_payment": {
        "en": "Return on payment",
        "sq": "Kthe me pagesë",
        "sr": "Vrati uz plaćanje",
    },
    "seizures.action.dispose_official_use": {
        "en": "Keep for official use",
        "sq": "Mbaj për përdorim zyrtar",
        "sr": "Zadrži za službenu upotrebu",
    },
    "seizures.action.dispose_sale": {
        "en": "Sell (proceeds to the Kosovo Fund)",
        "sq": "Shit (të ardhurat në Fondin e Kosovës)",
        "sr": "Prodaj (prihod u Fond Kosova)",
    },
    "seizures.action.dispose_destruction": {
        "en": "Destroy",
        "sq": "Asgjëso",
        "sr": "Uništi",
    },
    "seizures.action.dispose_perishable_sale": {
        "en": "Sell while detained (perishable or living)",
        "sq": "Shit gjatë ndalimit (i prishshëm ose i gjallë)",
        "sr": "Prodaj tokom zadržavanja (kvarljivo ili živo)",
    },
    "seizures.action.dispose_perishable_destruction": {
        "en": "Destroy while detained (perishable or living)",
        "sq": "Asgjëso gjatë ndalimit (i prishshëm ose i gjallë)",
        "sr": "Uništi tokom zadržavanja (kvarljivo ili živo)",
    },
    # --- the cases API: opening, notices, documents, photos --------------------------------------
    "seizures.detained_too_early": {
        "en": "The date of detention cannot be before {earliest}.",
        "sq": "Data e ndalimit nuk mund të jetë para {earliest}.",
        "sr": "Datum zadržavanja ne može biti pre {earliest}.",
    },
    "seizures.serial_invalid": {
        "en": "{serial} is not an excise stamp serial or code.",
        "sq": "{serial} nuk është numër serik ose kod i banderolës së akcizës.",
        "sr": "{serial} nije serijski broj ni kod akcizne markice.",
    },
    "seizures.municipality_unknown": {
        "en": "Unknown municipality.",
        "sq": "Komunë e panjohur.",
        "sr": "Nepoznata opština.",
    },
    "seizures.review_id_not_applicable": {
        "en": "Only a notice of a review decision names a review; {document} does not.",
        "sq": "Vetëm njoftimi për vendimin e rishqyrtimit tregon një rishqyrtim; {document} jo.",
        "sr": "Samo obaveštenje o odluci o preispitivanju navodi preispitivanje; {document} ne.",
    },
    "seizures.review_not_in_case": {
        "en": "Review {review_id} is not a review of this case.",
        "sq": "Rishqyrtimi {review_id} nuk është rishqyrtim i këtij rasti.",
        "sr": "Preispitivanje {review_id} nije preispitivanje ovog predmeta.",
    },
    "seizures.review_not_decided": {
        "en": "Review {review_id} has not been decided yet; there is no decision to notify.",
        "sq": (
            "Për rishqyrtimin {review_id} ende nuk është vendosur; "
            "nuk ka vendim për t'u njoftuar."
        ),
        "sr": (
            "O preispitivanju {review_id} još nije odlučeno; "
            "nema odluke o kojoj bi se obavestilo."
        ),
    },
    "seizures.appeal_id_not_applicable": {
        "en": "Only a notice of a decision of the Independent Review Board or of the court names "
        "an appeal.",
        "sq": "Vetëm njoftimi për vendimin e Bordit të Pavarur të Rishqyrtimit ose të gjykatës "
        "tregon një ankesë.",
        "sr": "Samo obaveštenje o odluci Nezavisnog odbora za razmatranje ili suda navodi "
        "žalbu.",
    },
    "seizures.appeal_not_in_case": {
        "en": "Appeal {appeal_id} is not an appeal of this case.",
        "sq": "Ankesa {appeal_id} nuk është ankesë e këtij rasti.",
        "sr": "Žalba {appeal_id} nije žalba ovog predmeta.",
    },
    "seizures.appeal_other_level": {
        "en": "Appeal {appeal_id} was not lodged with the body whose decision this notice is "
        "about.",
        "sq": "Ankesa {appeal_id} nuk është paraqitur në organin, vendimin e të cilit e njofton "
        "ky njoftim.",
        "sr": "Žalba {appeal_id} nije podneta organu o čijoj odluci je ovo obaveštenje.",
    },
    "seizures.appeal_not_decided": {
        "en": "Appeal {appeal_id} has not been decided yet; there is no decision to notify.",
        "sq": "Për ankesën {appeal_id} ende nuk është vendosur; nuk ka vendim për t'u njoftuar.",
        "sr": "O žalbi {appeal_id} još nije odlučeno; nema odluke o kojoj bi se obavestilo.",
    },
    "seizures.nothing_to_notify": {
        "en": "There is no {document} to notify yet.",
        "sq": "Ende nuk ka vendim ({document}) për t'u njoftuar.",
        "sr": "Još nema odluke ({document}) o kojoj bi se obavestilo.",
    },
    "seizures.notification_not_sent": {
        "en": "This notice has been prepared but not sent; record its sending first.",
        "sq": "Ky njoftim është përgatitur, por nuk është dërguar; regjistroni së pari dërgimin.",
        "sr": "Ovo obaveštenje je pripremljeno, ali nije poslato; prvo evidentirajte slanje.",
    },
    "seizures.document_not_available": {
        "en": "The document {document} does not exist for this case yet.",
        "sq": "Dokumenti {document} ende nuk ekziston për këtë rast.",
        "sr": "Dokument {document} još ne postoji za ovaj predmet.",
    },
    "seizures.photo_required": {
        "en": "Send the photo in the multipart field 'photo'.",
        "sq": "Dërgoni fotografinë në fushën 'photo' (multipart).",
        "sr": "Pošaljite fotografiju u polju 'photo' (multipart).",
    },
}
