"""Messages of the imaging capability in Albanian, Serbian (Latin) and English."""

MESSAGES = {
    "imaging.empty": {
        "en": "No image was sent.",
        "sq": "Nuk u dërgua asnjë imazh.",
        "sr": "Nije poslata nijedna slika.",
    },
    "imaging.too_large": {
        "en": "The image is larger than {max_mb} MB.",
        "sq": "Imazhi është më i madh se {max_mb} MB.",
        "sr": "Slika je veća od {max_mb} MB.",
    },
    "imaging.too_many_pixels": {
        "en": "The image has too many pixels: at most {max_megapixels} megapixels are accepted.",
        "sq": "Imazhi ka shumë piksela: pranohen së shumti {max_megapixels} megapiksela.",
        "sr": "Slika ima previše piksela: prihvata se najviše {max_megapixels} megapiksela.",
    },
    "imaging.unsupported_type": {
        "en": "This file is not an image we can read. Send a photo as {accepted}.",
        "sq": "Ky skedar nuk është imazh që mund ta lexojmë. Dërgoni një foto si {accepted}.",
        "sr": "Ovo nije slika koju možemo da pročitamo. Pošaljite fotografiju kao {accepted}.",
    },
    "imaging.busy": {
        "en": "The server is reading other photos. Try again in a moment.",
        "sq": "Serveri po lexon foto të tjera. Provoni përsëri pas pak.",
        "sr": "Server čita druge fotografije. Pokušajte ponovo za trenutak.",
    },
    "imaging.damaged": {
        "en": "The image is damaged or incomplete and cannot be read.",
        "sq": "Imazhi është i dëmtuar ose i paplotë dhe nuk mund të lexohet.",
        "sr": "Slika je oštećena ili nepotpuna i ne može da se pročita.",
    },
}
