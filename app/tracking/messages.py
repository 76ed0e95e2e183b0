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
    "tracking.window_retained": {
        "en": "Consumers' scans are kept for {months} months; choose a period that starts on "
        "{earliest} or later.",
        "sq": "Skanimet e konsumatorëve ruhen për {months} muaj; zgjidhni një periudhë që fillon "
        "më {earliest} ose më vonë.",
        "sr": "Skeniranja potrošača čuvaju se {months} meseci; izaberite period koji počinje "
        "{earliest} ili kasnije.",
    },
}
