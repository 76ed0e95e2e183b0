"""Messages of inspections. Albanian and Serbian in Latin script."""

MESSAGES = {
    "inspections.where_required": {
        "en": "Give either a registered premises (premises_id) or a place, not both.",
        "sq": "Jepni ose një lokal të regjistruar (premises_id) ose një vend, jo të dyja.",
        "sr": "Navedite registrovani objekat (premises_id) ili mesto, ne oba.",
    },
    "inspections.closed": {
        "en": "This inspection was closed at {closed_at}.",
        "sq": "Kjo inspektim është mbyllur më {closed_at}.",
        "sr": "Ova inspekcija je zatvorena {closed_at}.",
    },
    "inspections.position_incomplete": {
        "en": "Give both the latitude and the longitude, or neither.",
        "sq": "Jepni edhe gjerësinë edhe gjatësinë gjeografike, ose asnjërën.",
        "sr": "Navedite i geografsku širinu i dužinu, ili nijednu.",
    },
    "inspections.outside_kosovo": {
        "en": "This position is not in Kosovo.",
        "sq": "Ky pozicion nuk është në Kosovë.",
        "sr": "Ovaj položaj nije na Kosovu.",
    },
    "inspections.unknown_municipality": {
        "en": "There is no such municipality in Kosovo.",
        "sq": "Nuk ka komunë të tillë në Kosovë.",
        "sr": "Na Kosovu nema takve opštine.",
    },
    "inspections.reason.suspicious_scans": {
        "en": "Suspicious stamps scanned by consumers nearby in the last {days} days: {count}",
        "sq": "Banderola të dyshimta të skanuara nga konsumatorët afër në {days} ditët e fundit:"
              " {count}",
        "sr": "Sumnjive markice koje su potrošači skenirali u blizini u poslednjih {days} dana:"
              " {count}",
    },
    "inspections.reason.consumer_reports": {
        "en": "Consumer reports naming this premises or made nearby in the last {days} days:"
              " {count}",
        "sq": "Raportime të konsumatorëve që e përmendin këtë lokal ose të bëra afër në {days}"
              " ditët e fundit: {count}",
        "sr": "Prijave potrošača koje navode ovaj objekat ili su podnete u blizini u poslednjih"
              " {days} dana: {count}",
    },
    "inspections.reason.diversion": {
        "en": "Stamps shipped to this premises and scanned more than {km} km away in the last"
              " {days} days: {count}",
        "sq": "Banderola të dërguara në këtë lokal dhe të skanuara më shumë se {km} km larg në"
              " {days} ditët e fundit: {count}",
        "sr": "Markice poslate u ovaj objekat i skenirane dalje od {km} km u poslednjih {days}"
              " dana: {count}",
    },
    "inspections.reason.custody_mismatch": {
        "en": "Stamps found here in earlier inspections whose chain of custody names another"
              " premises: {count}",
        "sq": "Banderola të gjetura këtu në inspektime të mëparshme, zinxhiri i ruajtjes i të"
              " cilave përmend një lokal tjetër: {count}",
        "sr": "Markice pronađene ovde u ranijim inspekcijama čiji lanac čuvanja navodi drugi"
              " objekat: {count}",
    },
    "inspections.reason.past_cases": {
        "en": "Earlier cases at this premises: {count}",
        "sq": "Lëndë të mëparshme në këtë lokal: {count}",
        "sr": "Raniji predmeti u ovom objektu: {count}",
    },
    "inspections.reason.not_inspected": {
        "en": "Days since the last inspection: {count}",
        "sq": "Ditë nga inspektimi i fundit: {count}",
        "sr": "Dana od poslednje inspekcije: {count}",
    },
    "inspections.reason.never_inspected": {
        "en": "Never inspected; days since it was registered: {count}",
        "sq": "Ende pa asnjë inspektim; ditë nga regjistrimi: {count}",
        "sr": "Još nije bilo inspekcije; dana od registracije: {count}",
    },
}
