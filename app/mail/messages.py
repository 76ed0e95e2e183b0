"""The mails' texts in Albanian, Serbian (Latin) and English: `mail.<template>.subject` and
`.body`, with the placeholders each template is composed with (app.mail.compose).

- password_reset: email, link, minutes
- registration_approved, registration_approved_existing_account: company, link;
  registration_rejected: company, reasons
- order_approved: order, quantity, category, stamps, link;
  order_rejected: order, quantity, category, reasons, link
"""

_SIGNATURE = {
    "en": "Banderola Inspect — Kosovo Customs",
    "sq": "Banderola Inspect — Dogana e Kosovës",
    "sr": "Banderola Inspect — Carina Kosova",
}


def _signed(texts: dict[str, str]) -> dict[str, str]:
    return {lang: f"{text}\n\n{_SIGNATURE[lang]}\n" for lang, text in texts.items()}


MESSAGES = {
    "mail.password_reset.subject": {
        "en": "Reset your Banderola Inspect password",
        "sq": "Rivendosni fjalëkalimin e Banderola Inspect",
        "sr": "Resetujte lozinku za Banderola Inspect",
    },
    "mail.password_reset.body": _signed({
        "en": "Hello,\n\n"
        "someone asked to reset the password of the Banderola Inspect account {email}. If it "
        "was you, open this link within {minutes} minutes and choose a new password:\n\n"
        "{link}\n\n"
        "The link works once. A new password signs the account out on every device.\n\n"
        "If you did not ask for this, ignore this mail: your password stays as it is.",
        "sq": "Përshëndetje,\n\n"
        "dikush kërkoi rivendosjen e fjalëkalimit të llogarisë Banderola Inspect {email}. Nëse "
        "ishit ju, hapeni këtë lidhje brenda {minutes} minutave dhe zgjidhni një fjalëkalim "
        "të ri:\n\n"
        "{link}\n\n"
        "Lidhja funksionon vetëm një herë. Një fjalëkalim i ri e nxjerr llogarinë nga të "
        "gjitha pajisjet.\n\n"
        "Nëse nuk e keni kërkuar ju, injorojeni këtë email: fjalëkalimi juaj mbetet i njëjtë.",
        "sr": "Zdravo,\n\n"
        "neko je zatražio resetovanje lozinke naloga Banderola Inspect {email}. Ako ste to "
        "bili vi, otvorite ovaj link u roku od {minutes} minuta i izaberite novu lozinku:\n\n"
        "{link}\n\n"
        "Link važi samo jednom. Nova lozinka odjavljuje nalog sa svih uređaja.\n\n"
        "Ako to niste tražili, zanemarite ovu poruku: vaša lozinka ostaje ista.",
    }),
    "mail.registration_approved.subject": {
        "en": "Your registration is approved: {company}",
        "sq": "Regjistrimi juaj u miratua: {company}",
        "sr": "Vaša registracija je odobrena: {company}",
    },
    "mail.registration_approved.body": _signed({
        "en": "Hello,\n\n"
        "the Kosovo Customs approved the registration of {company} in the operators' portal of "
        "Banderola Inspect. Your company administrator can now sign in with the address and "
        "password of the registration, and will set up a second factor (an authenticator app) at "
        "the first sign-in:\n\n"
        "{link}",
        "sq": "Përshëndetje,\n\n"
        "Dogana e Kosovës miratoi regjistrimin e {company} në portalin e operatorëve të "
        "Banderola Inspect. Administratori i kompanisë suaj tani mund të hyjë me adresën dhe "
        "fjalëkalimin e regjistrimit dhe do të konfigurojë një faktor të dytë (një aplikacion "
        "vërtetimi) në hyrjen e parë:\n\n"
        "{link}",
        "sr": "Zdravo,\n\n"
        "Carina Kosova je odobrila registraciju preduzeća {company} na portalu operatera "
        "Banderola Inspect. Administrator vašeg preduzeća sada može da se prijavi adresom i "
        "lozinkom iz registracije i pri prvoj prijavi podesiće drugi faktor (aplikaciju za "
        "autentifikaciju):\n\n"
        "{link}",
    }),
    "mail.registration_rejected.subject": {
        "en": "Your registration was not approved: {company}",
        "sq": "Regjistrimi juaj nuk u miratua: {company}",
        "sr": "Vaša registracija nije odobrena: {company}",
    },
    "mail.registration_rejected.body": _signed({
        "en": "Hello,\n\n"
        "the Kosovo Customs did not approve the registration of {company} in the operators' "
        "portal of Banderola Inspect, for these reasons:\n\n"
        "{reasons}\n\n"
        "You may request a review of this decision by the Customs within 30 days of receiving "
        "it (Art. 291; Art. 12(3)).\n\n"
        "You may apply again once these reasons no longer hold.",
        "sq": "Përshëndetje,\n\n"
        "Dogana e Kosovës nuk e miratoi regjistrimin e {company} në portalin e operatorëve të "
        "Banderola Inspect, për këto arsye:\n\n"
        "{reasons}\n\n"
        "Mund të kërkoni rishqyrtimin e këtij vendimi nga Dogana brenda 30 ditëve nga marrja "
        "e tij (neni 291; neni 12(3)).\n\n"
        "Mund të aplikoni përsëri kur këto arsye të mos qëndrojnë më.",
        "sr": "Zdravo,\n\n"
        "Carina Kosova nije odobrila registraciju preduzeća {company} na portalu operatera "
        "Banderola Inspect, iz sledećih razloga:\n\n"
        "{reasons}\n\n"
        "Možete podneti zahtev za preispitivanje ove odluke Carini u roku od 30 dana od njenog "
        "prijema (član 291; član 12(3)).\n\n"
        "Možete ponovo podneti prijavu kada ovi razlozi više ne budu postojali.",
    }),
    "mail.registration_approved_existing_account.subject": {
        "en": "Your registration is approved: {company}",
        "sq": "Regjistrimi juaj u miratua: {company}",
        "sr": "Vaša registracija je odobrena: {company}",
    },
    "mail.registration_approved_existing_account.body": _signed({
        "en": "Hello,\n\n"
        "the Kosovo Customs approved the registration of {company} in the operators' portal of "
        "Banderola Inspect. This address already has an account, so no new account was made "
        "and that account was not changed. Ask the Kosovo Customs to give your company an "
        "administrator:\n\n"
        "{link}",
        "sq": "Përshëndetje,\n\n"
        "Dogana e Kosovës miratoi regjistrimin e {company} në portalin e operatorëve të "
        "Banderola Inspect. Kjo adresë ka tashmë një llogari, prandaj nuk u krijua llogari e re "
        "dhe ajo llogari nuk u ndryshua. Kërkojini Doganës së Kosovës t'i caktojë kompanisë "
        "suaj një administrator:\n\n"
        "{link}",
        "sr": "Zdravo,\n\n"
        "Carina Kosova je odobrila registraciju preduzeća {company} na portalu operatera "
        "Banderola Inspect. Ova adresa već ima nalog, pa novi nalog nije napravljen, a taj nalog "
        "nije menjan. Zatražite od Carine Kosova da vašem preduzeću odredi administratora:\n\n"
        "{link}",
    }),
    "mail.order_approved.subject": {
        "en": "Stamp order {order} approved",
        "sq": "Porosia e banderolave {order} u miratua",
        "sr": "Porudžbina markica {order} je odobrena",
    },
    "mail.order_approved.body": _signed({
        "en": "Hello,\n\n"
        "the Kosovo Customs approved your order {order} of {quantity} excise stamps for "
        "{category}. The stamps issued: {stamps}.\n\n"
        "The order and the printable codes:\n"
        "{link}",
        "sq": "Përshëndetje,\n\n"
        "Dogana e Kosovës miratoi porosinë tuaj {order} për {quantity} banderola akcize për "
        "{category}. Banderolat e lëshuara: {stamps}.\n\n"
        "Porosia dhe kodet për shtypje:\n"
        "{link}",
        "sr": "Zdravo,\n\n"
        "Carina Kosova je odobrila vašu porudžbinu {order} za {quantity} akciznih markica za "
        "{category}. Izdate markice: {stamps}.\n\n"
        "Porudžbina i kodovi za štampu:\n"
        "{link}",
    }),
    "mail.order_rejected.subject": {
        "en": "Stamp order {order} rejected",
        "sq": "Porosia e banderolave {order} u refuzua",
        "sr": "Porudžbina markica {order} je odbijena",
    },
    "mail.order_rejected.body": _signed({
        "en": "Hello,\n\n"
        "the Kosovo Customs rejected your order {order} of {quantity} excise stamps for "
        "{category}, for these reasons:\n\n"
        "{reasons}\n\n"
        "You may request a review of this decision by the Customs within 30 days of receiving "
        "it (Art. 291; Art. 12(3)).\n\n"
        "The order:\n"
        "{link}",
        "sq": "Përshëndetje,\n\n"
        "Dogana e Kosovës refuzoi porosinë tuaj {order} për {quantity} banderola akcize për "
        "{category}, për këto arsye:\n\n"
        "{reasons}\n\n"
        "Mund të kërkoni rishqyrtimin e këtij vendimi nga Dogana brenda 30 ditëve nga marrja "
        "e tij (neni 291; neni 12(3)).\n\n"
        "Porosia:\n"
        "{link}",
        "sr": "Zdravo,\n\n"
        "Carina Kosova je odbila vašu porudžbinu {order} za {quantity} akciznih markica za "
        "{category}, iz sledećih razloga:\n\n"
        "{reasons}\n\n"
        "Možete podneti zahtev za preispitivanje ove odluke Carini u roku od 30 dana od njenog "
        "prijema (član 291; član 12(3)).\n\n"
        "Porudžbina:\n"
        "{link}",
    }),
}
