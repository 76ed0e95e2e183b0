"""Messages of the cases API (opening, notices, documents, photos); the rules' own messages are in
`messages.py`. Albanian and Serbian in Latin script."""

MESSAGES = {
    "cases.detained_too_early": {
        "en": "The date of detention cannot be before {earliest}.",
        "sq": "Data e ndalimit nuk mund të jetë para {earliest}.",
        "sr": "Datum zadržavanja ne može biti pre {earliest}.",
    },
    "cases.serial_invalid": {
        "en": "{serial} is not an excise stamp serial or code.",
        "sq": "{serial} nuk është numër serik ose kod i pullës së akcizës.",
        "sr": "{serial} nije serijski broj ni kod akcizne markice.",
    },
    "cases.municipality_unknown": {
        "en": "Unknown municipality.",
        "sq": "Komunë e panjohur.",
        "sr": "Nepoznata opština.",
    },
    "cases.nothing_to_notify": {
        "en": "There is no {document} to notify yet.",
        "sq": "Ende nuk ka vendim ({document}) për t'u njoftuar.",
        "sr": "Još nema odluke ({document}) o kojoj bi se obavestilo.",
    },
    "cases.notification_not_sent": {
        "en": "This notice has been prepared but not sent; record its sending first.",
        "sq": "Ky njoftim është përgatitur, por nuk është dërguar; regjistroni së pari dërgimin.",
        "sr": "Ovo obaveštenje je pripremljeno, ali nije poslato; prvo evidentirajte slanje.",
    },
    "cases.document_not_available": {
        "en": "The document {document} does not exist for this case yet.",
        "sq": "Dokumenti {document} ende nuk ekziston për këtë rast.",
        "sr": "Dokument {document} još ne postoji za ovaj predmet.",
    },
    "cases.photo_required": {
        "en": "Send the photo in the multipart field 'photo'.",
        "sq": "Dërgoni fotografinë në fushën 'photo' (multipart).",
        "sr": "Pošaljite fotografiju u polju 'photo' (multipart).",
    },
}
