"""Account messages."""

MESSAGES = {
    "accounts.login_failed": {
        "en": "Email or password is wrong, or the account is temporarily locked.",
        "sq": "Email-i ose fjalëkalimi është i gabuar, ose llogaria është e bllokuar "
        "përkohësisht.",
        "sr": "Email ili lozinka nisu ispravni, ili je nalog privremeno zaključan.",
    },
    "accounts.otp_required_or_wrong": {
        "en": "Enter the current 6-digit code from your authenticator app.",
        "sq": "Shkruani kodin aktual 6-shifror nga aplikacioni juaj i vërtetimit.",
        "sr": "Unesite trenutni šestocifreni kod iz aplikacije za autentifikaciju.",
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
        "en": "The password must have at least {minimum} characters.",
        "sq": "Fjalëkalimi duhet të ketë të paktën {minimum} karaktere.",
        "sr": "Lozinka mora imati najmanje {minimum} znakova.",
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
}
