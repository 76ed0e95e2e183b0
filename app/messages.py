"""Messages shared by every capability: the generic errors of the API, marshmallow's field
errors in the three languages (`validation.*`: the English text is marshmallow's own, which
`app.errors` recognises and translates), and units of quantities in their plural forms
(`units.<unit>.<one|few|other>`, for `app.i18n.format_quantity`)."""

MESSAGES = {
    "errors.bad_request": {
        "en": "The request could not be understood.",
        "sq": "Kërkesa nuk mund të kuptohej.",
        "sr": "Zahtev nije moguće razumeti.",
    },
    "errors.unauthorized": {
        "en": "Please log in.",
        "sq": "Ju lutemi identifikohuni.",
        "sr": "Molimo prijavite se.",
    },
    "errors.forbidden": {
        "en": "You are not allowed to do this.",
        "sq": "Nuk keni leje për ta bërë këtë.",
        "sr": "Nemate dozvolu za ovo.",
    },
    "errors.not_found": {
        "en": "Not found.",
        "sq": "Nuk u gjet.",
        "sr": "Nije pronađeno.",
    },
    "errors.method_not_allowed": {
        "en": "This method is not allowed here.",
        "sq": "Kjo metodë nuk lejohet këtu.",
        "sr": "Ovaj metod ovde nije dozvoljen.",
    },
    "errors.not_acceptable": {
        "en": "No acceptable representation.",
        "sq": "Nuk ka paraqitje të pranueshme.",
        "sr": "Nema prihvatljivog prikaza.",
    },
    "errors.conflict": {
        "en": "This conflicts with the current state.",
        "sq": "Kjo bie ndesh me gjendjen aktuale.",
        "sr": "Ovo je u sukobu sa trenutnim stanjem.",
    },
    "errors.payload_too_large": {
        "en": "The upload is too large.",
        "sq": "Ngarkimi është shumë i madh.",
        "sr": "Otpremljeni sadržaj je prevelik.",
    },
    "errors.unsupported_media_type": {
        "en": "This type of content is not supported.",
        "sq": "Ky lloj përmbajtjeje nuk mbështetet.",
        "sr": "Ova vrsta sadržaja nije podržana.",
    },
    "errors.validation_failed": {
        "en": "Some fields are missing or not valid.",
        "sq": "Disa fusha mungojnë ose nuk janë të vlefshme.",
        "sr": "Neka polja nedostaju ili nisu ispravna.",
    },
    "errors.precondition_required": {
        "en": "A required header is missing.",
        "sq": "Mungon një kokë e kërkuar.",
        "sr": "Nedostaje obavezno zaglavlje.",
    },
    "errors.rate_limited": {
        "en": "Too many requests. Please wait a moment and try again.",
        "sq": "Shumë kërkesa. Ju lutemi prisni pak dhe provoni përsëri.",
        "sr": "Previše zahteva. Sačekajte trenutak i pokušajte ponovo.",
    },
    "errors.internal_error": {
        "en": "Something went wrong on our side. Please try again later.",
        "sq": "Diçka shkoi keq nga ana jonë. Ju lutemi provoni më vonë.",
        "sr": "Nešto nije u redu na našoj strani. Pokušajte ponovo kasnije.",
    },
    "errors.error": {
        "en": "The request failed.",
        "sq": "Kërkesa dështoi.",
        "sr": "Zahtev nije uspeo.",
    },
    "errors.idempotency_mismatch": {
        "en": "This Idempotency-Key was already used for a different request.",
        "sq": "Ky Idempotency-Key është përdorur tashmë për një kërkesë tjetër.",
        "sr": "Ovaj Idempotency-Key je već korišćen za drugi zahtev.",
    },
    "errors.idempotency_in_progress": {
        "en": "The first request with this Idempotency-Key is still being processed.",
        "sq": "Kërkesa e parë me këtë Idempotency-Key është ende në përpunim.",
        "sr": "Prvi zahtev sa ovim Idempotency-Key se još obrađuje.",
    },
    "errors.unknown_reference": {
        "en": "{field} names a record that does not exist.",
        "sq": "{field} i referohet një regjistrimi që nuk ekziston.",
        "sr": "{field} upućuje na zapis koji ne postoji.",
    },
    "errors.date_too_early": {
        "en": "{field} cannot be earlier than {earliest}.",
        "sq": "{field} nuk mund të jetë para {earliest}.",
        "sr": "{field} ne može biti pre {earliest}.",
    },
    "errors.ranges_overlap": {
        "en": "Part of this range was recorded by another request at the same moment.",
        "sq": "Një pjesë e këtij intervali u regjistrua nga një kërkesë tjetër në të njëjtin çast.",
        "sr": "Deo ovog opsega je u istom trenutku zabeležen drugim zahtevom.",
    },
    "errors.busy": {
        "en": "The server is busy with other changes. Try again in a moment.",
        "sq": "Serveri është i zënë me ndryshime të tjera. Provoni përsëri pas pak.",
        "sr": "Server je zauzet drugim izmenama. Pokušajte ponovo za trenutak.",
    },
    "errors.date_in_future": {
        "en": "{field} cannot be later than today.",
        "sq": "{field} nuk mund të jetë pas datës së sotme.",
        "sr": "{field} ne može biti posle današnjeg dana.",
    },
}

# marshmallow's messages (marshmallow 4), word for word in English: a field detail equal to one
# of these texts (placeholders match any value) is answered in the client's language.
VALIDATION = {
    "validation.required": (
        "Missing data for required field.",
        "Kjo fushë është e detyrueshme.",
        "Ovo polje je obavezno.",
    ),
    "validation.null": (
        "Field may not be null.",
        "Kjo fushë nuk mund të jetë bosh.",
        "Ovo polje ne može biti prazno.",
    ),
    "validation.invalid_value": ("Invalid value.", "Vlerë e pavlefshme.", "Neispravna vrednost."),
    "validation.invalid_input": ("Invalid input.", "Të dhëna të pavlefshme.", "Neispravan unos."),
    "validation.string": ("Not a valid string.", "Shkruani tekst.", "Upišite tekst."),
    "validation.utf8": (
        "Not a valid utf-8 string.",
        "Teksti nuk është UTF-8 i vlefshëm.",
        "Tekst nije ispravan UTF-8.",
    ),
    "validation.integer": (
        "Not a valid integer.", "Shkruani një numër të plotë.", "Upišite ceo broj."
    ),
    "validation.number": ("Not a valid number.", "Shkruani një numër.", "Upišite broj."),
    "validation.number_too_large": (
        "Number too large.", "Numri është shumë i madh.", "Broj je prevelik."
    ),
    "validation.special_number": (
        "Special numeric values (nan or infinity) are not permitted.",
        "Shkruani një numër të zakonshëm.",
        "Upišite običan broj.",
    ),
    "validation.boolean": (
        "Not a valid boolean.", "Vlera duhet të jetë po ose jo.", "Vrednost mora biti da ili ne."
    ),
    "validation.date": (
        "Not a valid date.", "Shkruani një datë të vlefshme.", "Upišite ispravan datum."
    ),
    "validation.datetime": (
        "Not a valid datetime.",
        "Shkruani një datë dhe orë të vlefshme.",
        "Upišite ispravan datum i vreme.",
    ),
    "validation.email": (
        "Not a valid email address.",
        "Shkruani një adresë të vlefshme email-i.",
        "Upišite ispravnu adresu e-pošte.",
    ),
    "validation.list": ("Not a valid list.", "Nuk është listë.", "Nije spisak."),
    "validation.type": ("Invalid type.", "Lloj i pavlefshëm.", "Neispravna vrsta podatka."),
    "validation.input_type": (
        "Invalid input type.", "Lloj i pavlefshëm i të dhënave.", "Neispravna vrsta podataka."
    ),
    "validation.mapping": ("Not a valid mapping type.", "Nuk është objekt.", "Nije objekat."),
    "validation.unknown": ("Unknown field.", "Fushë e panjohur.", "Nepoznato polje."),
    "validation.uuid": ("Not a valid UUID.", "Nuk është UUID i vlefshëm.", "Nije ispravan UUID."),
    "validation.url": ("Not a valid URL.", "Nuk është URL e vlefshme.", "Nije ispravan URL."),
    "validation.one_of": (
        "Must be one of: {choices}.",
        "Duhet të jetë një nga: {choices}.",
        "Mora biti jedno od: {choices}.",
    ),
    "validation.pattern": (
        "String does not match expected pattern.",
        "Teksti nuk ka formën e pritur.",
        "Tekst nema očekivani oblik.",
    ),
    "validation.equal": (
        "Must be equal to {other}.", "Duhet të jetë {other}.", "Mora biti {other}."
    ),
    "validation.length_between": (
        "Length must be between {min} and {max}.",
        "Gjatësia duhet të jetë nga {min} deri në {max}.",
        "Dužina mora biti od {min} do {max}.",
    ),
    "validation.length_equal": (
        "Length must be {equal}.", "Gjatësia duhet të jetë {equal}.", "Dužina mora biti {equal}."
    ),
    "validation.too_long": (
        "Longer than maximum length {max}.",
        "Më e gjatë se sa lejohet: më së shumti {max}.",
        "Duže nego što je dozvoljeno: najviše {max}.",
    ),
    "validation.too_short": (
        "Shorter than minimum length {min}.",
        "Më e shkurtër se sa duhet: së paku {min}.",
        "Kraće nego što je potrebno: najmanje {min}.",
    ),
    "validation.range": (
        "Must be greater than or equal to {min} and less than or equal to {max}.",
        "Duhet të jetë nga {min} deri në {max}.",
        "Mora biti od {min} do {max}.",
    ),
    "validation.range_above_min": (
        "Must be greater than {min} and less than or equal to {max}.",
        "Duhet të jetë më shumë se {min} dhe më së shumti {max}.",
        "Mora biti veće od {min}, a najviše {max}.",
    ),
    "validation.range_below_max": (
        "Must be greater than or equal to {min} and less than {max}.",
        "Duhet të jetë së paku {min} dhe më pak se {max}.",
        "Mora biti najmanje {min} i manje od {max}.",
    ),
    "validation.range_open": (
        "Must be greater than {min} and less than {max}.",
        "Duhet të jetë më shumë se {min} dhe më pak se {max}.",
        "Mora biti veće od {min} i manje od {max}.",
    ),
    "validation.at_least": (
        "Must be greater than or equal to {min}.",
        "Duhet të jetë së paku {min}.",
        "Mora biti najmanje {min}.",
    ),
    "validation.more_than": (
        "Must be greater than {min}.",
        "Duhet të jetë më shumë se {min}.",
        "Mora biti veće od {min}.",
    ),
    "validation.at_most": (
        "Must be less than or equal to {max}.",
        "Duhet të jetë më së shumti {max}.",
        "Mora biti najviše {max}.",
    ),
    "validation.less_than": (
        "Must be less than {max}.", "Duhet të jetë më pak se {max}.", "Mora biti manje od {max}."
    ),
    # The registry's own checks (app/registry/schemas.py).
    "validation.ends_before_it_begins": (
        "ends before it begins", "Përfundon para se të fillojë.", "Završava se pre nego što počne."
    ),
    "validation.expected_lat_lon": (
        "expected lat,lon",
        "Priten gjerësia dhe gjatësia gjeografike: lat,lon.",
        "Očekuju se geografska širina i dužina: lat,lon.",
    ),
    "validation.out_of_range": (
        "out of range", "Jashtë kufijve të lejuar.", "Van dozvoljenog opsega."
    ),
}

# Units of the things a case holds (and of the board's goods), one text per plural form: Serbian
# has three (1 flaša, 2 flaše, 5 flaša); English and Albanian two, their "few" is their "other".
UNITS = {
    "piece": (
        ("{count} piece", "{count} pieces", "{count} pieces"),
        ("{count} copë", "{count} copë", "{count} copë"),
        ("{count} komad", "{count} komada", "{count} komada"),
    ),
    "pack": (
        ("{count} pack", "{count} packs", "{count} packs"),
        ("{count} pako", "{count} pako", "{count} pako"),
        ("{count} paklica", "{count} paklice", "{count} paklica"),
    ),
    "carton": (
        ("{count} carton", "{count} cartons", "{count} cartons"),
        ("{count} karton", "{count} kartonë", "{count} kartonë"),
        ("{count} šteka", "{count} šteke", "{count} šteka"),
    ),
    "bottle": (
        ("{count} bottle", "{count} bottles", "{count} bottles"),
        ("{count} shishe", "{count} shishe", "{count} shishe"),
        ("{count} flaša", "{count} flaše", "{count} flaša"),
    ),
    **{symbol: ((f"{{count}} {symbol}",) * 3,) * 3 for symbol in ("g", "kg", "ml", "l")},
}

MESSAGES.update(
    {key: dict(zip(("en", "sq", "sr"), texts, strict=True)) for key, texts in VALIDATION.items()}
)
MESSAGES.update(
    {
        f"units.{unit}.{form}": {
            language: forms[language_index][form_index]
            for language_index, language in enumerate(("en", "sq", "sr"))
        }
        for unit, forms in UNITS.items()
        for form_index, form in enumerate(("one", "few", "other"))
    }
)
