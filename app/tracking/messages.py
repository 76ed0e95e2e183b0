"""Messages of the operator's report."""

MESSAGES = {
    "tracking.window_reversed": {
        "en": "The end of the period is before its start.",
        "sq": "Fundi i periudhës është para fillimit të saj.",
        "sr": "Kraj perioda je pre njegovog početka.",
    },
    "tracking.window_too_long": {
        "en": "A report covers at most one year; choose a shorter period.",
        "sq": "Një raport mbulon më së shumti një vit; zgjidhni një periudhë më të shkurtër.",
        "sr": "Izveštaj obuhvata najviše jednu godinu; izaberite kraći period.",
    },
}
