"""Custody and EPCIS messages in Albanian, Serbian (Latin) and English."""


def _m(en: str, sq: str, sr: str) -> dict[str, str]:
    return {"en": en, "sq": sq, "sr": sr}


MESSAGES = {
    "custody.unknown_business_step": _m(
        "Unknown business step: {business_step}.",
        "Hap biznesi i panjohur: {business_step}.",
        "Nepoznat poslovni korak: {business_step}.",
    ),
    "custody.step_derived": _m(
        "Issuing and activating are recorded by issuing a batch and by an activation, not as "
        "custody events.",
        "Lëshimi dhe aktivizimi regjistrohen me lëshimin e partisë dhe me aktivizim, jo si "
        "ngjarje ruajtjeje.",
        "Izdavanje i aktivacija se evidentiraju izdavanjem partije i aktivacijom, a ne kao "
        "događaji u lancu čuvanja.",
    ),
    "custody.step_not_allowed": _m(
        "Your role may not record the step {business_step}.",
        "Roli juaj nuk mund të regjistrojë hapin {business_step}.",
        "Vaša uloga ne može da evidentira korak {business_step}.",
    ),
    "custody.range_destroyed": _m(
        "These stamps were recorded as destroyed: nothing may follow.",
        "Këto banderola janë regjistruar si të asgjësuara: asgjë nuk mund të pasojë.",
        "Ove markice su evidentirane kao uništene: ništa ne može da usledi.",
    ),
    "custody.range_decommissioned": _m(
        "These stamps were decommissioned: nothing may follow.",
        "Këto banderola janë çaktivizuar: asgjë nuk mund të pasojë.",
        "Ove markice su stavljene van upotrebe: ništa ne može da usledi.",
    ),
    "custody.range_seized": _m(
        "Goods with these stamps were seized: they do not move.",
        "Mallrat me këto banderola janë sekuestruar: ato nuk lëvizin.",
        "Roba sa ovim markicama je zaplenjena: ne kreće se.",
    ),
    "custody.range_detained": _m(
        "Goods with these stamps are detained by Customs.",
        "Mallrat me këto banderola janë të ndaluara nga Dogana.",
        "Roba sa ovim markicama je zadržana od strane Carine.",
    ),
    "custody.range_revoked": _m(
        "Some of these stamps are revoked: they do not move.",
        "Disa nga këto banderola janë revokuar: ato nuk lëvizin.",
        "Neke od ovih markica su opozvane: ne kreću se.",
    ),
    "custody.in_transit": _m(
        "These stamps are in transit and not yet received.",
        "Këto banderola janë në tranzit dhe ende të papranuara.",
        "Ove markice su u tranzitu i još nisu primljene.",
    ),
    "custody.not_custodian": _m(
        "Your company does not hold every stamp of this range.",
        "Kompania juaj nuk i mban të gjitha banderolat e këtij vargu.",
        "Vaše preduzeće ne drži sve markice ovog opsega.",
    ),
    "custody.destination_required": _m(
        "A shipment needs the premises it is addressed to.",
        "Dërgesa ka nevojë për lokalin të cilit i drejtohet.",
        "Pošiljci je potreban objekat kome je upućena.",
    ),
    "custody.not_at_premises": _m(
        "These stamps are not at the premises the shipment leaves from.",
        "Këto banderola nuk janë në lokalin nga i cili niset dërgesa.",
        "Ove markice nisu u objektu iz kojeg pošiljka polazi.",
    ),
    "custody.same_premises": _m(
        "A shipment must go to another premises.",
        "Dërgesa duhet të shkojë në një lokal tjetër.",
        "Pošiljka mora ići u drugi objekat.",
    ),
    "custody.no_matching_shipment": _m(
        "No shipment of these stamps is addressed to this premises.",
        "Asnjë dërgesë e këtyre banderolave nuk i drejtohet këtij lokali.",
        "Nijedna pošiljka ovih markica nije upućena ovom objektu.",
    ),
    "custody.not_addressee": _m(
        "The shipment is addressed to another company.",
        "Dërgesa i drejtohet një kompanie tjetër.",
        "Pošiljka je upućena drugom preduzeću.",
    ),
    "custody.already_detained": _m(
        "Goods with these stamps are already detained.",
        "Mallrat me këto banderola janë tashmë të ndaluara.",
        "Roba sa ovim markicama je već zadržana.",
    ),
    "custody.not_detained": _m(
        "Only detained or seized goods can be returned.",
        "Vetëm mallrat e ndaluara ose të sekuestruara mund të kthehen.",
        "Samo zadržana ili zaplenjena roba može biti vraćena.",
    ),
    "custody.naive_time": _m(
        "Times must carry a time zone.",
        "Kohët duhet të kenë zonë kohore.",
        "Vremena moraju imati vremensku zonu.",
    ),
    "custody.not_your_premises": _m(
        "These premises belong to another company.",
        "Ky lokal i përket një kompanie tjetër.",
        "Ovaj objekat pripada drugom preduzeću.",
    ),
    "custody.range_too_fragmented": _m(
        "This range has more than {maximum} custody events: send it in smaller ranges.",
        "Ky varg ka më shumë se {maximum} ngjarje ruajtjeje: dërgojeni në vargje më të vogla.",
        "Ovaj opseg ima više od {maximum} događaja u lancu čuvanja: pošaljite ga u manjim "
        "opsezima.",
    ),
    "custody.correction_range": _m(
        "A correction must cover exactly the range of the event it corrects.",
        "Korrigjimi duhet të mbulojë saktësisht vargun e ngjarjes që korrigjon.",
        "Ispravka mora obuhvatiti tačno opseg događaja koji ispravlja.",
    ),
    "custody.already_corrected": _m(
        "That event was already corrected.",
        "Ajo ngjarje është korrigjuar tashmë.",
        "Taj događaj je već ispravljen.",
    ),
    "custody.not_your_event": _m(
        "Only who recorded an event may correct it.",
        "Vetëm ai që e regjistroi ngjarjen mund ta korrigjojë.",
        "Samo onaj ko je evidentirao događaj može da ga ispravi.",
    ),
    "custody.correction_too_late": _m(
        "Other steps have followed that event: record a new event instead of a correction.",
        "Hapa të tjerë e kanë pasuar atë ngjarje: regjistroni një ngjarje të re.",
        "Taj događaj su pratili drugi koraci: evidentirajte novi događaj umesto ispravke.",
    ),
    "custody.epcis_rejected": _m(
        "The EPCIS document was not captured: see the reason for each event. Nothing was "
        "recorded.",
        "Dokumenti EPCIS nuk u pranua: shihni arsyen për secilën ngjarje. Asgjë nuk u regjistrua.",
        "EPCIS dokument nije prihvaćen: pogledajte razlog za svaki događaj. Ništa nije "
        "evidentirano.",
    ),
    "custody.epcis_malformed": _m(
        "This is not an EPCIS 2.0 JSON document: {detail}.",
        "Ky nuk është dokument EPCIS 2.0 JSON: {detail}.",
        "Ovo nije EPCIS 2.0 JSON dokument: {detail}.",
    ),
    "custody.not_our_stamp": _m(
        "The event names no Kosovo excise stamp (identifiers urn:rks:banderola:...): {epcs}.",
        "Ngjarja nuk përmend asnjë banderolë akcize të Kosovës "
        "(identifikues urn:rks:banderola:...): {epcs}.",
        "Događaj ne navodi nijednu akciznu markicu Kosova (identifikatori urn:rks:banderola:...): "
        "{epcs}.",
    ),
    "custody.unsupported_event_type": _m(
        "Event type {type} does not record custody of stamps; send ObjectEvent or "
        "AggregationEvent.",
        "Lloji i ngjarjes {type} nuk regjistron ruajtjen e banderolave; dërgoni ObjectEvent ose "
        "AggregationEvent.",
        "Vrsta događaja {type} ne evidentira čuvanje markica; pošaljite ObjectEvent ili "
        "AggregationEvent.",
    ),
    "custody.unknown_location": _m(
        "Unknown location {location}: use urn:rks:banderola:premises:<id> or a geo: URI.",
        "Vendndodhje e panjohur {location}: përdorni urn:rks:banderola:premises:<id> ose geo: URI.",
        "Nepoznata lokacija {location}: koristite urn:rks:banderola:premises:<id> ili geo: URI.",
    ),
    "custody.duplicate_event_id": _m(
        "An event with this eventID was already captured.",
        "Një ngjarje me këtë eventID është pranuar tashmë.",
        "Događaj sa ovim eventID je već prihvaćen.",
    ),
    "custody.bad_event": _m(
        "The event is not valid EPCIS: {detail}.",
        "Ngjarja nuk është EPCIS i vlefshëm: {detail}.",
        "Događaj nije ispravan EPCIS: {detail}.",
    ),
    "custody.event_time_too_early": _m(
        "The eventTime is earlier than {earliest}, the first day of the digital excise stamps.",
        "eventTime është para {earliest}, ditës së parë të banderolave digjitale.",
        "eventTime je pre {earliest}, prvog dana digitalnih akciznih markica.",
    ),
    "custody.event_id_too_long": _m(
        "The eventID is longer than {maximum} characters.",
        "eventID është më i gjatë se {maximum} karaktere.",
        "eventID je duži od {maximum} znakova.",
    ),
    "custody.error_declaration": _m(
        "Error declarations are not captured: send the corrective event with "
        "banderola:corrects.",
        "Deklaratat e gabimit nuk pranohen: dërgoni ngjarjen korrigjuese me banderola:corrects.",
        "Izjave o grešci se ne prihvataju: pošaljite korektivni događaj sa banderola:corrects.",
    ),
    "custody.product_required": _m(
        "An activating event names the product: banderola:productId or banderola:gtin.",
        "Një ngjarje aktivizimi emërton produktin: banderola:productId ose banderola:gtin.",
        "Događaj aktivacije navodi proizvod: banderola:productId ili banderola:gtin.",
    ),
    "custody.range_query_required": _m(
        "Give a serial, or a series with first and last.",
        "Jepni një numër serik, ose një seri me të parin dhe të fundit.",
        "Navedite serijski broj, ili seriju sa prvim i poslednjim brojem.",
    ),
}
