"""Account messages."""

MESSAGES = {
    "accounts.login_failed": {
        "en": "Email, password or code is wrong, or the account is temporarily locked.",
        "sq": "Email-i, fjalëkalimi ose kodi është i gabuar, ose llogaria është e bllokuar "
        "përkohësisht.",
        "sr": "Email, lozinka ili kod nisu ispravni, ili je nalog privremeno zaključan.",
    },
    "accounts.otp_required_or_wrong": {
        "en": "Enter the current 6-digit code from your authenticator app, or one of your "
        "unused recovery codes.",
        "sq": "Shkruani kodin aktual 6-shifror nga aplikacioni juaj i vërtetimit, ose një nga "
        "kodet tuaja rezervë të papërdorura.",
        "sr": "Unesite trenutni šestocifreni kod iz aplikacije za autentifikaciju ili jedan od "
        "neiskorišćenih rezervnih kodova.",
    },
    "accounts.token_invalid": {
        "en": "Your session has expired or was ended. Please log in again.",
        "sq": "Seanca juaj ka skaduar ose është mbyllur. Ju lutemi identifikohuni përsëri.",
        "sr": "Vaša sesija je istekla ili je završena. Molimo prijavite se ponovo.",
    },
    "accounts.unknown_role": {
        "en": "Unknown role.",
        "sq": "Rol i panjohur.",
        "sr": "Nepoznata uloga.",
    },
    "accounts.password_too_short": {
        "en": "The password must have at least {minimum} characters (spaces at either end do "
        "not count).",
        "sq": "Fjalëkalimi duhet të ketë të paktën {minimum} karaktere (hapësirat në fillim "
        "dhe në fund nuk numërohen).",
        "sr": "Lozinka mora imati najmanje {minimum} znakova (razmaci na početku i na kraju se "
        "ne računaju).",
    },
    "accounts.password_too_long": {
        "en": "The password may have at most {maximum} characters.",
        "sq": "Fjalëkalimi mund të ketë të shumtën {maximum} karaktere.",
        "sr": "Lozinka može imati najviše {maximum} znakova.",
    },
    "accounts.password_too_simple": {
        "en": "The password repeats too few characters: use at least {distinct} different ones.",
        "sq": "Fjalëkalimi përsërit shumë pak karaktere: përdorni të paktën {distinct} të "
        "ndryshme.",
        "sr": "Lozinka ponavlja premalo znakova: koristite najmanje {distinct} različitih.",
    },
    "accounts.password_common": {
        "en": "This password is one of the most common ones and is guessed first; choose "
        "another.",
        "sq": "Ky fjalëkalim është ndër më të zakonshmit dhe provohet i pari; zgjidhni një "
        "tjetër.",
        "sr": "Ova lozinka je među najčešćim i prva se pogađa; izaberite drugu.",
    },
    "accounts.password_personal": {
        "en": "The password must not be your email address or the name of this service.",
        "sq": "Fjalëkalimi nuk duhet të jetë adresa juaj e email-it ose emri i këtij shërbimi.",
        "sr": "Lozinka ne sme biti vaša email adresa ili naziv ovog servisa.",
    },
    "accounts.operator_binding": {
        "en": "Operator users must belong to one operator company; other roles must not.",
        "sq": "Përdoruesit operatorë duhet t'i përkasin një kompanie operatore; rolet e tjera jo.",
        "sr": "Korisnici operateri moraju pripadati jednom preduzeću; ostale uloge ne smeju.",
    },
    "accounts.email_taken": {
        "en": "A user with this email already exists.",
        "sq": "Ekziston tashmë një përdorues me këtë email.",
        "sr": "Korisnik sa ovim email-om već postoji.",
    },
    "accounts.mfa_required": {
        "en": "Set up your authenticator app (two-step sign-in) before you continue.",
        "sq": "Konfiguroni aplikacionin e vërtetimit (hyrja me dy hapa) para se të vazhdoni.",
        "sr": "Podesite aplikaciju za autentifikaciju (prijava u dva koraka) pre nego što "
        "nastavite.",
    },
    "accounts.mfa_already_enabled": {
        "en": "Two-step sign-in is already set up for this account.",
        "sq": "Hyrja me dy hapa është konfiguruar tashmë për këtë llogari.",
        "sr": "Prijava u dva koraka je već podešena za ovaj nalog.",
    },
    "accounts.mfa_not_enrolled": {
        "en": "Start the set-up of two-step sign-in first.",
        "sq": "Filloni së pari konfigurimin e hyrjes me dy hapa.",
        "sr": "Prvo započnite podešavanje prijave u dva koraka.",
    },
    "accounts.current_password_wrong": {
        "en": "The current password is wrong.",
        "sq": "Fjalëkalimi aktual është i gabuar.",
        "sr": "Trenutna lozinka nije ispravna.",
    },
    "accounts.password_unchanged": {
        "en": "The new password must differ from the current one.",
        "sq": "Fjalëkalimi i ri duhet të ndryshojë nga ai aktual.",
        "sr": "Nova lozinka mora se razlikovati od trenutne.",
    },
    "accounts.company_admin_operators_only": {
        "en": "A company administrator can add only operator users.",
        "sq": "Administratori i kompanisë mund të shtojë vetëm përdorues operatorë.",
        "sr": "Administrator preduzeća može dodati samo korisnike operatere.",
    },
    "accounts.company_admin_own_company": {
        "en": "A company administrator manages only the users of their own company.",
        "sq": "Administratori i kompanisë menaxhon vetëm përdoruesit e kompanisë së vet.",
        "sr": "Administrator preduzeća upravlja samo korisnicima svog preduzeća.",
    },
    "accounts.company_admin_fields": {
        "en": "A company administrator can only enable, disable or rename users and "
        "grant or withdraw company administration.",
        "sq": "Administratori i kompanisë mund vetëm të aktivizojë, çaktivizojë ose riemërojë "
        "përdoruesit dhe të japë ose heqë administrimin e kompanisë.",
        "sr": "Administrator preduzeća može samo da omogući, onemogući ili preimenuje korisnike "
        "i da dodeli ili oduzme administriranje preduzeća.",
    },
    "accounts.not_yourself": {
        "en": "You cannot change your own access; ask another administrator.",
        "sq": "Nuk mund ta ndryshoni qasjen tuaj; kërkojini një administratori tjetër.",
        "sr": "Ne možete menjati sopstveni pristup; obratite se drugom administratoru.",
    },
    "accounts.disabled_by_customs": {
        "en": "The Customs disabled this user: only the Customs can enable them again or "
        "change their access.",
        "sq": "Dogana e ka çaktivizuar këtë përdorues: vetëm Dogana mund ta aktivizojë përsëri "
        "ose t'ia ndryshojë qasjen.",
        "sr": "Carina je onemogućila ovog korisnika: samo Carina može ponovo da ga omogući ili "
        "da mu promeni pristup.",
    },
    "accounts.password_reset_sent": {
        "en": "If an account uses this address, a link to set a new password is on its way. "
        "It works once, for {minutes} minutes.",
        "sq": "Nëse kjo adresë i përket një llogarie, një lidhje për të vendosur një fjalëkalim "
        "të ri është nisur. Ajo funksionon një herë, për {minutes} minuta.",
        "sr": "Ako ova adresa pripada nekom nalogu, link za postavljanje nove lozinke je poslat. "
        "Važi jednom, {minutes} minuta.",
    },
    "accounts.password_reset_done": {
        "en": "Your new password is set and every session of the account has ended. Sign in "
        "with the new password.",
        "sq": "Fjalëkalimi i ri u vendos dhe të gjitha seancat e llogarisë u mbyllën. Hyni me "
        "fjalëkalimin e ri.",
        "sr": "Nova lozinka je postavljena i sve sesije naloga su završene. Prijavite se novom "
        "lozinkom.",
    },
    "accounts.reset_token_unknown": {
        "en": "This password reset link is not valid. Ask for a new one.",
        "sq": "Kjo lidhje për rivendosjen e fjalëkalimit nuk është e vlefshme. Kërkoni një të re.",
        "sr": "Ovaj link za resetovanje lozinke nije važeći. Zatražite novi.",
    },
    "accounts.reset_token_used": {
        "en": "This password reset link was already used, or a newer one was sent. Use the "
        "newest link, or ask for a new one.",
        "sq": "Kjo lidhje për rivendosjen e fjalëkalimit është përdorur tashmë, ose është dërguar "
        "një më e re. Përdorni lidhjen më të re ose kërkoni një të re.",
        "sr": "Ovaj link za resetovanje lozinke je već iskorišćen ili je poslat noviji. Koristite "
        "najnoviji link ili zatražite novi.",
    },
    "accounts.reset_token_expired": {
        "en": "This password reset link has expired. Ask for a new one.",
        "sq": "Kjo lidhje për rivendosjen e fjalëkalimit ka skaduar. Kërkoni një të re.",
        "sr": "Ovaj link za resetovanje lozinke je istekao. Zatražite novi.",
    },
    "accounts.company_role_forbidden": {
        "en": "Your role in your company does not allow this; ask your company's administrator.",
        "sq": "Roli juaj në kompani nuk e lejon këtë; kërkojini administratorit të kompanisë.",
        "sr": "Vaša uloga u preduzeću to ne dozvoljava; obratite se administratoru preduzeća.",
    },
    "accounts.company_role_mismatch": {
        "en": "The company role and the company administrator flag disagree.",
        "sq": "Roli në kompani dhe shenja e administratorit të kompanisë nuk përputhen.",
        "sr": "Uloga u preduzeću i oznaka administratora preduzeća se ne slažu.",
    },
    "accounts.api_key_scope": {
        "en": "This API key may not be used for this operation.",
        "sq": "Ky çelës API nuk mund të përdoret për këtë veprim.",
        "sr": "Ovaj API ključ ne može da se koristi za ovu radnju.",
    },
}
