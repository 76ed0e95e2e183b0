"""Messages shared by every capability: the generic errors of the API."""

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
    "errors.date_in_future": {
        "en": "{field} cannot be later than today.",
        "sq": "{field} nuk mund të jetë pas datës së sotme.",
        "sr": "{field} ne može biti posle današnjeg dana.",
    },
}
