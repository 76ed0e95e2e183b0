"""Verdict reasons and stamp errors in Albanian, Serbian (Latin) and English."""

MESSAGES = {
    "verdict.genuine": {
        "en": "Genuine stamp.",
        "sq": "Banderolë e vërtetë.",
        "sr": "Originalna markica.",
    },
    "verdict.malformed_code": {
        "en": "This is not a readable excise stamp code.",
        "sq": "Ky nuk është kod i lexueshëm i banderolës së akcizës.",
        "sr": "Ovo nije čitljiv kod akcizne markice.",
    },
    "verdict.signature_invalid": {
        "en": "The code's security signature is wrong: the stamp is not authentic.",
        "sq": "Nënshkrimi i sigurisë së kodit është i gabuar: banderola nuk është autentike.",
        "sr": "Sigurnosni potpis koda nije ispravan: markica nije autentična.",
    },
    "verdict.unknown_key": {
        "en": "The code was signed with a key that Kosovo Customs never used.",
        "sq": "Kodi është nënshkruar me një çelës që Dogana e Kosovës nuk e ka përdorur kurrë.",
        "sr": "Kod je potpisan ključem koji Carina Kosova nikada nije koristila.",
    },
    "verdict.not_issued": {
        "en": "No stamp with this serial number was ever issued.",
        "sq": "Asnjë banderolë me këtë numër serik nuk është lëshuar ndonjëherë.",
        "sr": "Nijedna markica sa ovim serijskim brojem nikada nije izdata.",
    },
    "verdict.revoked": {
        "en": "This stamp has been revoked (reported lost, stolen, damaged or cancelled).",
        "sq": "Kjo banderolë është revokuar (raportuar e humbur, e vjedhur, e dëmtuar ose "
        "e anuluar).",
        "sr": "Ova markica je opozvana (prijavljena kao izgubljena, ukradena, oštećena ili "
        "poništena).",
    },
    "verdict.destroyed": {
        "en": "This stamp was recorded as destroyed and must not be on any product.",
        "sq": "Kjo banderolë është regjistruar si e asgjësuar dhe nuk duhet të jetë në asnjë "
        "produkt.",
        "sr": "Ova markica je evidentirana kao uništena i ne sme biti ni na jednom proizvodu.",
    },
    # Not "authentic": the reason also comes with a typed serial (nothing proves authenticity)
    # and beside `revoked` or `destroyed` (an invalid verdict).
    "verdict.not_activated": {
        "en": "No product was ever registered with this stamp: it was never activated.",
        "sq": "Me këtë banderolë nuk është regjistruar asnjë produkt: nuk është aktivizuar kurrë.",
        "sr": "Nijedan proizvod nije evidentiran sa ovom markicom: nikada nije aktivirana.",
    },
    "verdict.sale_window": {
        "en": "The product is being offered outside the period its stamp allows for sale.",
        "sq": "Produkti ofrohet jashtë periudhës së shitjes që lejon banderola e tij.",
        "sr": "Proizvod se nudi van perioda prodaje koji dozvoljava njegova markica.",
    },
    "verdict.clone_suspected": {
        "en": "This serial was scanned in places or at times that one genuine stamp cannot "
        "explain: it may be a copy.",
        "sq": "Ky numër serik është skanuar në vende ose kohë që një banderolë e vërtetë nuk mund "
        "t'i shpjegojë: mund të jetë kopje.",
        "sr": "Ovaj serijski broj je skeniran na mestima ili u vremenima koja jedna originalna "
        "markica ne može da objasni: moguće je da je kopija.",
    },
    "verdict.custody_mismatch": {
        "en": "According to the chain of custody this stamp should be at another premises or "
        "company.",
        "sq": "Sipas zinxhirit të ruajtjes kjo banderolë duhet të jetë në një lokal ose kompani "
        "tjetër.",
        "sr": "Prema lancu čuvanja ova markica bi trebalo da bude u drugom objektu ili preduzeću.",
    },
    "verdict.batch_reported_missing": {
        "en": "The batch this stamp belongs to was reported missing.",
        "sq": "Partia së cilës i përket kjo banderolë është raportuar e humbur.",
        "sr": "Partija kojoj ova markica pripada prijavljena je kao nestala.",
    },
    "verdict.seized": {
        "en": "Goods bearing this stamp were seized by Kosovo Customs.",
        "sq": "Mallrat me këtë banderolë janë sekuestruar nga Dogana e Kosovës.",
        "sr": "Robu sa ovom markicom zaplenila je Carina Kosova.",
    },
    # Advice, not a verdict (API.md, `"advisory": true`): anonymous evidence alone. It asks
    # the consumer to look and to report, and never says the shop sells fakes.
    "verdict.scanned_by_many": {
        "en": "Many different people have checked this stamp. Compare the product with what "
        "the card below describes and, if something does not match, report it.",
        "sq": "Shumë persona të ndryshëm e kanë kontrolluar këtë banderolë. Krahasoni produktin "
        "me atë që përshkruhet më poshtë dhe, nëse diçka nuk përputhet, raportojeni.",
        "sr": "Mnogo različitih ljudi je proverilo ovu markicu. Uporedite proizvod sa onim što "
        "je opisano ispod i, ako se nešto ne poklapa, prijavite to.",
    },
    "verdict.scanned_by_many.advisory": {
        "en": "Many different people have checked this stamp. Compare the product with what "
        "the card below describes and, if something does not match, report it.",
        "sq": "Shumë persona të ndryshëm e kanë kontrolluar këtë banderolë. Krahasoni produktin "
        "me atë që përshkruhet më poshtë dhe, nëse diçka nuk përputhet, raportojeni.",
        "sr": "Mnogo različitih ljudi je proverilo ovu markicu. Uporedite proizvod sa onim što "
        "je opisano ispod i, ako se nešto ne poklapa, prijavite to.",
    },
    "verdict.clone_suspected.advisory": {
        "en": "This stamp's code was reported from places far apart. That alone proves "
        "nothing: compare the product with what the card below describes and, if something "
        "does not match, report it.",
        "sq": "Kodi i kësaj banderole është dërguar nga vende larg njëri-tjetrit. Kjo vetëm "
        "nuk provon asgjë: krahasoni produktin me atë që përshkruhet më poshtë dhe, nëse diçka "
        "nuk përputhet, raportojeni.",
        "sr": "Kod ove markice je poslat sa mesta udaljenih jedno od drugog. To samo po sebi "
        "ne dokazuje ništa: uporedite proizvod sa onim što je opisano ispod i, ako se nešto ne "
        "poklapa, prijavite to.",
    },
    "verdict.serial_only": {
        "en": "Only the serial number was checked. A typed serial cannot prove the stamp is "
        "authentic: scan the QR code to be sure.",
        "sq": "U kontrollua vetëm numri serik. Një numër i shtypur me dorë nuk e provon "
        "autenticitetin e banderolës: skanoni kodin QR për të qenë të sigurt.",
        "sr": "Proveren je samo serijski broj. Ručno unet broj ne dokazuje da je markica "
        "autentična: skenirajte QR kod da biste bili sigurni.",
    },
    "stamps.unknown_category": {
        "en": "Unknown stamp category.",
        "sq": "Kategori e panjohur e banderolës.",
        "sr": "Nepoznata kategorija markice.",
    },
    "stamps.quantity_out_of_range": {
        "en": "The quantity must be between 1 and {maximum}.",
        "sq": "Sasia duhet të jetë ndërmjet 1 dhe {maximum}.",
        "sr": "Količina mora biti između 1 i {maximum}.",
    },
    "stamps.licence_not_valid": {
        "en": "The operator's licence is not valid today.",
        "sq": "Licenca e operatorit nuk është e vlefshme sot.",
        "sr": "Licenca operatera danas nije važeća.",
    },
    "stamps.sale_window_reversed": {
        "en": "The sale window ends before it begins.",
        "sq": "Periudha e shitjes përfundon para se të fillojë.",
        "sr": "Period prodaje se završava pre nego što počne.",
    },
    "stamps.series_exhausted": {
        "en": "Series {series} has no numbers left this year.",
        "sq": "Seria {series} nuk ka më numra këtë vit.",
        "sr": "Serija {series} ove godine nema više brojeva.",
    },
    "stamps.bad_series": {
        "en": "Unknown series.",
        "sq": "Seri e panjohur.",
        "sr": "Nepoznata serija.",
    },
    "stamps.bad_range": {
        "en": "The range must run from a first to a last serial number (first ≤ last).",
        "sq": "Intervali duhet të shkojë nga numri i parë te i fundit (i pari ≤ i fundit).",
        "sr": "Opseg mora ići od prvog do poslednjeg broja (prvi ≤ poslednji).",
    },
    "stamps.range_not_issued": {
        "en": "These serial numbers were never issued.",
        "sq": "Këta numra serikë nuk janë lëshuar kurrë.",
        "sr": "Ovi serijski brojevi nikada nisu izdati.",
    },
    "stamps.range_straddles_batches": {
        "en": "The range runs beyond its batch; record each batch's part separately.",
        "sq": "Intervali del jashtë partisë së vet; regjistroni pjesën e secilës parti veçmas.",
        "sr": "Opseg izlazi van svoje partije; evidentirajte deo svake partije posebno.",
    },
    "stamps.not_your_range": {
        "en": "These stamps were issued to another operator.",
        "sq": "Këto banderola janë lëshuar për një operator tjetër.",
        "sr": "Ove markice su izdate drugom operateru.",
    },
    "stamps.not_your_premises": {
        "en": "These premises belong to another operator.",
        "sq": "Ky lokal i përket një operatori tjetër.",
        "sr": "Ovaj objekat pripada drugom operateru.",
    },
    "stamps.product_category_mismatch": {
        "en": "The product's category does not match the stamps' category.",
        "sq": "Kategoria e produktit nuk përputhet me kategorinë e banderolave.",
        "sr": "Kategorija proizvoda ne odgovara kategoriji markica.",
    },
    "stamps.product_required": {
        "en": "Name the product by product_id or gtin.",
        "sq": "Tregoni produktin me product_id ose gtin.",
        "sr": "Navedite proizvod preko product_id ili gtin.",
    },
    "stamps.range_revoked": {
        "en": "Part of this range is revoked and cannot be used.",
        "sq": "Një pjesë e këtij intervali është revokuar dhe nuk mund të përdoret.",
        "sr": "Deo ovog opsega je opozvan i ne može se koristiti.",
    },
    "stamps.already_activated": {
        "en": "Part of this range is already activated.",
        "sq": "Një pjesë e këtij intervali është aktivizuar tashmë.",
        "sr": "Deo ovog opsega je već aktiviran.",
    },
    "stamps.unknown_revocation_reason": {
        "en": "The reason must be lost, stolen, damaged, destroyed or cancelled.",
        "sq": "Arsyeja duhet të jetë: e humbur, e vjedhur, e dëmtuar, e asgjësuar ose e anuluar.",
        "sr": "Razlog mora biti: izgubljena, ukradena, oštećena, uništena ili poništena.",
    },
    "stamps.already_revoked": {
        "en": "Part of this range is already revoked.",
        "sq": "Një pjesë e këtij intervali është revokuar tashmë.",
        "sr": "Deo ovog opsega je već opozvan.",
    },
    "stamps.batch_already_missing": {
        "en": "This batch is already reported missing.",
        "sq": "Kjo parti është raportuar tashmë e humbur.",
        "sr": "Ova partija je već prijavljena kao nestala.",
    },
    "stamps.signing_key_unavailable": {
        "en": "The signing key {kid} is not available on this server; codes cannot be printed.",
        "sq": "Çelësi i nënshkrimit {kid} nuk është i disponueshëm në këtë server; kodet nuk "
        "mund të shtypen.",
        "sr": "Ključ za potpisivanje {kid} nije dostupan na ovom serveru; kodovi ne mogu da se "
        "štampaju.",
    },
    "stamps.no_signing_key": {
        "en": "No signing key is active on this server; codes cannot be printed until an "
        "administrator creates one (flask --app wsgi db upgrade, or a key rotation).",
        "sq": "Asnjë çelës nënshkrimi nuk është aktiv në këtë server; kodet nuk mund të shtypen "
        "derisa një administrator të krijojë një (flask --app wsgi db upgrade, ose rrotullimi "
        "i çelësave).",
        "sr": "Nijedan ključ za potpisivanje nije aktivan na ovom serveru; kodovi ne mogu da se "
        "štampaju dok administrator ne napravi jedan (flask --app wsgi db upgrade, ili "
        "rotacija ključeva).",
    },
    "stamps.too_many_codes_for_pdf": {
        "en": "A printable sheet holds at most {maximum} codes; use the CSV for larger batches.",
        "sq": "Një fletë për shtyp mban më së shumti {maximum} kode; përdorni CSV për parti më "
        "të mëdha.",
        "sr": "List za štampu sadrži najviše {maximum} kodova; za veće partije koristite CSV.",
    },
}
