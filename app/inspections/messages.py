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
}
