// The three languages of the app (Albanian, Serbian in Latin script, English): choosing one,
// translating strings, and formatting dates and numbers the local way.

const LOCALES = { sq: 'sq-XK', sr: 'sr-Latn', en: 'en-GB' };
const HTML_LANG = { sq: 'sq', sr: 'sr-Latn', en: 'en' };
const STORAGE_KEY = 'bi.lang';
const KOSOVO_TZ = 'Europe/Belgrade';
const COLUMN = { en: 0, sq: 1, sr: 2 };

export const LANGUAGES = [['sq', 'Shqip'], ['sr', 'Srpski'], ['en', 'English']];

function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || '']) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary in LOCALES) return primary;
    // Speakers of the neighbouring standard languages read Serbian Latin best.
    if (['bs', 'hr', 'sh', 'cnr'].includes(primary)) return 'sr';
  }
  return 'sq';
}

let current = (() => {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved in LOCALES ? saved : browserLanguage();
})();

export const lang = () => current;
const locale = () => LOCALES[current];
export const acceptLanguage = () => (current === 'en' ? 'en' : `${current}, en;q=0.5`);

/** Switch language, remember it, and tell the app to draw itself again. */
export function setLang(code) {
  if (!(code in LOCALES)) return;
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = HTML_LANG[code];
  window.dispatchEvent(new CustomEvent('app-language'));
}
document.documentElement.lang = HTML_LANG[current];

/**
 * Translate a key; {name} placeholders take params. A catalogue entry may be an object of plural
 * forms ({one, few, other}) chosen by params.count.
 */
export function t(key, params = {}) {
  const entries = STRINGS[key];
  let entry = entries ? entries[COLUMN[current]] ?? entries[0] : key;
  if (typeof entry === 'object') entry = entry[pluralForm(params.count ?? 0)] ?? entry.other;
  return entry.replace(/\{(\w+)\}/g, (_, name) =>
    (name in params ? (typeof params[name] === 'number' ? formatNumber(params[name]) : params[name]) : `{${name}}`));
}

/** Translate if the catalogue knows the key, else give the fallback (e.g. a server value). */
export const tOr = (key, fallback) => (key in STRINGS ? t(key) : fallback);

/** "1 piece", "2 pieces"; Serbian "2 komada", "5 flaša": the plural form the language wants. */
export function formatAmount(quantity, unit) {
  const count = Number(quantity);
  return `amount.${unit}` in STRINGS ? t(`amount.${unit}`, { count }) : `${formatNumber(count)} ${unit}`;
}

// Cigarettes in a pack and in a carton (API.md: a pack is 20, a carton 200).
const CIGARETTES_IN = { pack: 20, carton: 200 };

/**
 * A quantity in the unit it was entered in; packs and cartons of cigarettes also say how many
 * cigarettes that is: "3 cartons (600 cigarettes)", "3 šteke (600 cigareta)".
 */
export function formatQuantity(quantity, unit, category) {
  const amount = formatAmount(quantity, unit);
  const per = category === 'cigarettes' ? CIGARETTES_IN[unit] : undefined;
  return per ? t('amount.inPieces', { amount, pieces: t('amount.cigarettes', { count: Number(quantity) * per }) }) : amount;
}

/** A distance as a person needs it: "850 m", "3,2 km", "33 km" (the language's decimal mark). */
export function formatDistance(km) {
  if (km < 1) return t('distance.m', { distance: formatNumber(Math.max(10, Math.round(km * 100) * 10)) });
  return t('distance.km', { distance: formatNumber(km, { maximumFractionDigits: km < 10 ? 1 : 0 }) });
}

/** "Art. 251(1)" as the language cites the Code: "neni 251(1)", "član 251(1)". */
export const articleRef = (reference) => String(reference).replace(/^Art\.\s*/, `${t('law.article')} `);

// Some browsers (e.g. Chromium built with a trimmed ICU) lack Albanian locale data and print
// "22 M11 2026"; then Albanian dates, numbers and relative days are composed here.
const SQ_MONTHS = ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'];
const ownAlbanian = () => current === 'sq' && Intl.DateTimeFormat.supportedLocalesOf(['sq']).length === 0;

/** CLDR's plural category of a number; Albanian has two (one for exactly 1, other). */
function pluralForm(count) {
  if (ownAlbanian()) return Number(count) === 1 ? 'one' : 'other';
  return new Intl.PluralRules(locale()).select(count);
}

/** A number in the local format (Albanian: 1 234,5 like CLDR sq). */
export const formatNumber = (value, options) =>
  new Intl.NumberFormat(ownAlbanian() ? 'fr-FR' : locale(), options).format(value);

function albanianDate(date, timeZone, withTime) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date).map(({ type, value }) => [type, value]));
  const day = `${Number(parts.day)} ${SQ_MONTHS[Number(parts.month) - 1]} ${parts.year}`;
  return withTime ? `${day}, ${parts.hour}:${parts.minute}` : day;
}

function formatMoment(value, withTime) {
  if (!value) return '';
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = plain ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const timeZone = plain ? 'UTC' : KOSOVO_TZ;
  if (ownAlbanian()) return albanianDate(date, timeZone, withTime && !plain);
  const style = withTime && !plain ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale(), { ...style, timeZone }).format(date);
}

/** A calendar date 'YYYY-MM-DD' (or an ISO timestamp) as a local date. */
export const formatDate = (value) => formatMoment(value, false);

/** A timestamp as local date and time in Kosovo. */
export const formatDateTime = (value) => formatMoment(value, true);

/** Today's date in Kosovo as 'YYYY-MM-DD' (legal days follow the Kosovo calendar). */
export function todayInKosovo() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: KOSOVO_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Whole days from today (Kosovo) to a 'YYYY-MM-DD' date; negative when past. */
export function daysFromToday(isoDate) {
  const day = (text) => Date.parse(`${text.slice(0, 10)}T00:00:00Z`) / 86400000;
  return Math.round(day(isoDate) - day(todayInKosovo()));
}

/** "in 12 days", "tomorrow", "3 days ago" in the current language. */
export function formatDaysLeft(isoDate) {
  const days = daysFromToday(isoDate);
  if (ownAlbanian()) {
    if (days === 0) return 'sot';
    if (days === 1) return 'nesër';
    if (days === -1) return 'dje';
    return days > 0 ? `pas ${days} ditësh` : `${-days} ditë më parë`;
  }
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(days, 'day');
}

// Every string of the app: key -> [English, Albanian, Serbian (Latin)], side by side so none is
// forgotten. Plural entries hold {one, few, other} forms chosen with Intl.PluralRules.
export const STRINGS = {
  'nav.skip': ['Skip to content', 'Kalo te përmbajtja', 'Preskoči na sadržaj'],
  'nav.scan': ['Scan', 'Skano', 'Skeniraj'],
  'nav.board': ['Notices', 'Njoftimet', 'Obaveštenja'],
  'nav.allowances': ['Allowances', 'Lejimet', 'Olakšice'],
  'nav.officer': ['Officer', 'Zyrtari', 'Službenik'],
  'nav.settings': ['Settings', 'Cilësimet', 'Podešavanja'],
  'nav.label': ['Main menu', 'Menyja kryesore', 'Glavni meni'],
  'nav.cases': ['Cases', 'Lëndët', 'Predmeti'],
  'nav.inspection': ['Inspection', 'Inspektimi', 'Inspekcija'],

  'net.offline': ['Offline', 'Pa rrjet', 'Bez mreže'],
  'net.waiting': [{ one: '{count} waiting to be sent', other: '{count} waiting to be sent' }, { one: '{count} në pritje për dërgim', other: '{count} në pritje për dërgim' }, { one: '{count} čeka slanje', few: '{count} čekaju slanje', other: '{count} čeka slanje' }],

  'toast.verdictReady': ['Full verdict for {serial}: {verdict}', 'Vlerësimi i plotë për {serial}: {verdict}', 'Potpuna ocena za {serial}: {verdict}'],
  'toast.verdictsReady': [{ one: 'Full verdict of {count} check made offline: {verdicts}. See the list.', other: 'Full verdicts of {count} checks made offline: {verdicts}. See the list.' }, { one: 'Vlerësimi i plotë i {count} kontrolli të bërë pa rrjet: {verdicts}. Shihni listën.', other: 'Vlerësimet e plota të {count} kontrolleve të bëra pa rrjet: {verdicts}. Shihni listën.' }, { one: 'Potpuna ocena {count} provere urađene bez mreže: {verdicts}. Pogledajte spisak.', few: 'Potpune ocene {count} provere urađene bez mreže: {verdicts}. Pogledajte spisak.', other: 'Potpune ocene {count} provera urađenih bez mreže: {verdicts}. Pogledajte spisak.' }],
  'toast.close': ['Close', 'Mbyll', 'Zatvori'],
  'update.ready': ['A new version of the app is ready.', 'Një version i ri i aplikacionit është gati.', 'Nova verzija aplikacije je spremna.'],
  'update.reload': ['Reload', 'Ringarko', 'Učitaj ponovo'],
  'app.unavailableTitle': ['This screen cannot be shown', 'Ky ekran nuk mund të shfaqet', 'Ovaj ekran ne može da se prikaže'],
  'app.unavailable': ['Something went wrong while opening it. Please try again later.', 'Diçka shkoi keq gjatë hapjes. Ju lutemi provoni përsëri më vonë.', 'Nešto nije u redu prilikom otvaranja. Pokušajte ponovo kasnije.'],
  'app.unavailableOffline': ['It is not saved on this phone and there is no network. Try again when you are online.', 'Nuk është ruajtur në këtë telefon dhe nuk ka rrjet. Provoni përsëri kur të jeni në linjë.', 'Nije sačuvan na ovom telefonu, a nema mreže. Pokušajte ponovo kada budete na mreži.'],

  'error.network': ['No network. Try again when you are online.', 'Nuk ka rrjet. Provoni përsëri kur të jeni në linjë.', 'Nema mreže. Pokušajte ponovo kada budete na mreži.'],
  'error.rateLimited': ['Too many checks from this connection. Try again in {seconds} seconds.', 'Shumë kontrolle nga kjo lidhje. Provoni përsëri pas {seconds} sekondash.', 'Previše provera sa ove veze. Pokušajte ponovo za {seconds} s.'],
  'error.generic': ['Something went wrong. Please try again.', 'Diçka shkoi keq. Ju lutemi provoni përsëri.', 'Nešto nije u redu. Pokušajte ponovo.'],
  'error.reference': ['Reference: {id}', 'Referenca: {id}', 'Referenca: {id}'],

  'scan.title': ['Check a stamp', 'Kontrolloni banderolën', 'Proverite markicu'],
  'scan.intro': ['Scan the QR code on the excise stamp of a bottle or a pack, take a photo of it, or type the serial number.', 'Skanoni kodin QR në banderolën e akcizës së shishes ose të paketës, bëni një foto, ose shkruani numrin serik.', 'Skenirajte QR kod na akciznoj markici flaše ili paklice, fotografišite ga ili upišite serijski broj.'],
  'scan.startCamera': ['Scan with the camera', 'Skano me kamerë', 'Skeniraj kamerom'],
  'scan.stopCamera': ['Stop the camera', 'Ndalo kamerën', 'Zaustavi kameru'],
  'scan.cameraLabel': ['Camera view', 'Pamja e kamerës', 'Prikaz kamere'],
  'scan.pointCamera': ['Point the camera at the QR code on the stamp.', 'Drejtojeni kamerën nga kodi QR në banderolë.', 'Usmerite kameru na QR kod na markici.'],
  'scan.cameraDenied': ['The camera is not allowed. Take a photo or type the serial number instead.', 'Kamera nuk lejohet. Bëni një foto ose shkruani numrin serik.', 'Kamera nije dozvoljena. Fotografišite markicu ili upišite serijski broj.'],
  'scan.cameraUnavailable': ['No camera is available. Take a photo or type the serial number instead.', 'Nuk ka kamerë në dispozicion. Bëni një foto ose shkruani numrin serik.', 'Kamera nije dostupna. Fotografišite markicu ili upišite serijski broj.'],
  'scan.checking': ['Checking…', 'Duke kontrolluar…', 'Proveravam…'],
  'scan.takePhoto': ['Take a photo of the stamp', 'Bëni foto banderolës', 'Fotografišite markicu'],
  'scan.readingPhoto': ['Reading the photo…', 'Duke lexuar foton…', 'Čitam fotografiju…'],
  'scan.noCodeInPhoto': ['No QR code was found in this photo. Try again closer, with the code flat and in good light.', 'Në këtë foto nuk u gjet asnjë kod QR. Provoni përsëri më afër, me kodin të drejtë dhe me dritë të mirë.', 'Na ovoj fotografiji nije pronađen QR kod. Pokušajte ponovo izbliza, sa ravnim kodom i pri dobrom svetlu.'],
  'scan.manualHeading': ['Type the serial number', 'Shkruani numrin serik', 'Upišite serijski broj'],
  'scan.manualLabel': ['Serial number or code', 'Numri serik ose kodi', 'Serijski broj ili kod'],
  'scan.manualHint': ['Printed under the QR code, for example CG26-000123456.', 'I shtypur poshtë kodit QR, për shembull CG26-000123456.', 'Odštampan ispod QR koda, na primer CG26-000123456.'],
  'scan.manualEmpty': ['Type the serial number first.', 'Së pari shkruani numrin serik.', 'Prvo upišite serijski broj.'],
  'scan.check': ['Check', 'Kontrollo', 'Proveri'],
  'scan.reportLink': ['Report a suspicious product without a stamp', 'Raportoni një produkt të dyshimtë pa banderolë', 'Prijavite sumnjiv proizvod bez markice'],

  'verdict.genuine': ['Genuine', 'Origjinale', 'Originalna'],
  'verdict.suspicious': ['Suspicious', 'E dyshimtë', 'Sumnjiva'],
  'verdict.invalid': ['Invalid', 'E pavlefshme', 'Nevažeća'],
  'verdict.authentic': ['Signature valid', 'Nënshkrim i vlefshëm', 'Potpis je ispravan'],
  'verdict.unchecked': ['Not checked', 'E pakontrolluar', 'Nije provereno'],
  'verdict.genuine.explain': ['This stamp was issued by Kosovo Customs and is in order.', 'Kjo banderolë është lëshuar nga Dogana e Kosovës dhe është në rregull.', 'Ovu markicu je izdala Carina Kosova i ona je u redu.'],
'verdict.suspicious.explain': ['The code is authentic (signed by Kosovo Customs), but something about this stamp is not right. Read why below and compare the product carefully.', 'Kodi është autentik (i nënshkruar nga Dogana e Kosovës), por diçka në këtë banderolë nuk është në rregull. Lexoni më poshtë pse dhe krahasojeni me kujdes produktin.', 'Kod je autentičan (potpisala ga je Carina Kosova), ali nešto u vezi sa ovom markicom nije u redu. Pročitajte ispod zašto i pažljivo uporedite proizvod.'],
  'verdict.invalid.explain': ['This is not a valid excise stamp. Do not buy the product; please report it.', 'Kjo nuk është banderolë e vlefshme e akcizës. Mos e blini produktin; ju lutemi raportojeni.', 'Ovo nije važeća akcizna markica. Ne kupujte proizvod; molimo vas da ga prijavite.'],
  'verdict.suspicious.serialOnly.explain': ['This serial number was issued, but a number typed by hand cannot prove that the stamp on your product is authentic. Scan its QR code to be sure.', 'Ky numër serik është lëshuar, por një numër i shkruar me dorë nuk mund ta provojë që banderola në produktin tuaj është autentike. Skanoni kodin e saj QR për të qenë të sigurt.', 'Ovaj serijski broj je izdat, ali ručno upisan broj ne može da dokaže da je markica na vašem proizvodu autentična. Skenirajte njen QR kod da biste bili sigurni.'],
  'verdict.suspicious.typed.explain': ['Something about this serial number is not right, and a number typed by hand cannot prove that the stamp is authentic. Read why below, compare the product carefully and scan the QR code.', 'Diçka me këtë numër serik nuk është në rregull, dhe një numër i shkruar me dorë nuk mund ta provojë që banderola është autentike. Lexoni më poshtë pse, krahasojeni me kujdes produktin dhe skanoni kodin QR.', 'Nešto u vezi sa ovim serijskim brojem nije u redu, a ručno upisan broj ne može da dokaže da je markica autentična. Pročitajte ispod zašto, pažljivo uporedite proizvod i skenirajte QR kod.'],
  'verdict.unrecognised': ['Not recognised', 'E panjohur', 'Nije prepoznato'],
  'verdict.failed': ['Could not be checked', 'Nuk u kontrollua dot', 'Nije moguće proveriti'],
  'verdict.failed.explain': ['The server did not accept this check. Scan the stamp again.', 'Serveri nuk e pranoi këtë kontroll. Skanojeni banderolën përsëri.', 'Server nije prihvatio ovu proveru. Ponovo skenirajte markicu.'],
  'unrecognised.typed.explain': ['This is not the serial number of an excise stamp. Check what you typed: the number printed under the QR code looks like CG26-000123456.', 'Ky nuk është numri serik i një banderole të akcizës. Kontrolloni çfarë keni shkruar: numri i shtypur poshtë kodit QR duket si CG26-000123456.', 'Ovo nije serijski broj akcizne markice. Proverite šta ste upisali: broj odštampan ispod QR koda izgleda kao CG26-000123456.'],
  'unrecognised.scanned.explain': ['This code is not the code of an excise stamp. Scan the QR code on the stamp itself, or type the serial number printed under it.', 'Ky kod nuk është kodi i një banderole të akcizës. Skanoni kodin QR në vetë banderolën ose shkruani numrin serik të shtypur poshtë tij.', 'Ovaj kod nije kod akcizne markice. Skenirajte QR kod na samoj markici ili upišite serijski broj odštampan ispod njega.'],
  'unrecognised.notIssued.explain': ['No excise stamp has this serial number. Check that you typed it exactly as printed under the QR code. If it is right, scan the QR code: a number that was never issued is not a genuine stamp.', 'Asnjë banderolë e akcizës nuk e ka këtë numër serik. Kontrolloni që e keni shkruar saktësisht siç është shtypur poshtë kodit QR. Nëse është i saktë, skanoni kodin QR: një numër që nuk është lëshuar kurrë nuk është banderolë e vërtetë.', 'Nijedna akcizna markica nema ovaj serijski broj. Proverite da li ste ga upisali tačno kako je odštampan ispod QR koda. Ako je tačan, skenirajte QR kod: broj koji nikada nije izdat nije originalna markica.'],

  'local.authentic': ['Signature valid', 'Nënshkrim i vlefshëm', 'Potpis je ispravan'],
  'local.authentic.explain': ['Offline: only authenticity was checked, with the published keys. The full check (issued, activated, not revoked, not copied) will run when you are online.', 'Pa rrjet: u kontrollua vetëm autenticiteti, me çelësat e publikuar. Kontrolli i plotë (e lëshuar, e aktivizuar, e parevokuar, e pakopjuar) do të bëhet kur të jeni në linjë.', 'Bez mreže: proverena je samo autentičnost, pomoću objavljenih ključeva. Potpuna provera (izdata, aktivirana, nije opozvana, nije kopirana) biće urađena kada budete na mreži.'],
  'local.invalid': ['Invalid', 'E pavlefshme', 'Nevažeća'],
  'local.invalid.explain': ['Offline check: this code was not signed by Kosovo Customs.', 'Kontroll pa rrjet: ky kod nuk është nënshkruar nga Dogana e Kosovës.', 'Provera bez mreže: ovaj kod nije potpisala Carina Kosova.'],
  'local.unchecked': ['Not checked yet', 'Ende e pakontrolluar', 'Još nije provereno'],
  'local.unchecked.explain': ['This cannot be checked without a network. It will be checked when you are online.', 'Kjo nuk mund të kontrollohet pa rrjet. Do të kontrollohet kur të jeni në linjë.', 'Ovo se ne može proveriti bez mreže. Biće provereno kada budete na mreži.'],

  'result.why': ['Why', 'Pse', 'Zašto'],
  'result.pending': ['Waiting for the network to send this scan. You will see the full verdict here.', 'Ky skanim pret rrjetin për t’u dërguar. Vlerësimin e plotë do ta shihni këtu.', 'Ovo skeniranje čeka mrežu da bi bilo poslato. Potpunu ocenu videćete ovde.'],
  'result.checkedAfterOffline': ['Checked by the server after the network returned.', 'U kontrollua nga serveri pasi u kthye rrjeti.', 'Server je proverio nakon što se mreža vratila.'],
  'result.none': ['No result yet', 'Ende pa rezultat', 'Još nema rezultata'],
  'result.scanAnother': ['Scan another', 'Skano një tjetër', 'Skeniraj drugu'],
  'result.report': ['Report this product', 'Raporto këtë produkt', 'Prijavi ovaj proizvod'],
  'result.retry': ['Try again', 'Provo përsëri', 'Pokušaj ponovo'],
  'result.youEntered': ['You entered:', 'Keni shkruar:', 'Uneli ste:'],
  'checks.title': ['Recent checks', 'Kontrollet e fundit', 'Poslednje provere'],
  'checks.intro': ['The stamps checked on this phone, newest first. A check made offline shows its full verdict here once it has been sent.', 'Banderolat e kontrolluara në këtë telefon, më të rejat së pari. Një kontroll i bërë pa rrjet e tregon këtu vlerësimin e plotë sapo të dërgohet.', 'Markice proverene na ovom telefonu, najnovije prve. Provera urađena bez mreže ovde prikazuje potpunu ocenu čim bude poslata.'],
  'checks.link': ['Recent checks on this phone', 'Kontrollet e fundit në këtë telefon', 'Poslednje provere na ovom telefonu'],
  'checks.all': ['All recent checks ({count})', 'Të gjitha kontrollet e fundit ({count})', 'Sve poslednje provere ({count})'],
  'checks.new': ['new', 'i ri', 'nova'],
  'checks.waiting': ['waiting for the network', 'në pritje të rrjetit', 'čeka mrežu'],
  'checks.checkedLater': ['checked when the network returned', 'u kontrollua kur u kthye rrjeti', 'provereno kada se mreža vratila'],
  'checks.none': ['No stamps have been checked on this phone yet.', 'Ende nuk është kontrolluar asnjë banderolë në këtë telefon.', 'Na ovom telefonu još nije proverena nijedna markica.'],
  'checks.clear': ['Clear the list', 'Pastro listën', 'Obriši spisak'],
  'checks.cleared': ['The list was cleared; checks still waiting for the network stay in it.', 'Lista u pastrua; kontrollet që ende presin rrjetin mbeten në të.', 'Spisak je obrisan; provere koje još čekaju mrežu ostaju u njemu.'],

  'reason.signature_invalid': ['The signature does not match: the code was not made by Kosovo Customs.', 'Nënshkrimi nuk përputhet: kodi nuk është krijuar nga Dogana e Kosovës.', 'Potpis se ne poklapa: kod nije napravila Carina Kosova.'],
  'reason.unknown_key': ['The code was signed with a key that Kosovo Customs has not published.', 'Kodi është nënshkruar me një çelës që Dogana e Kosovës nuk e ka publikuar.', 'Kod je potpisan ključem koji Carina Kosova nije objavila.'],
  'reason.malformed_code': ['This is not an excise stamp code.', 'Ky nuk është kod i banderolës së akcizës.', 'Ovo nije kod akcizne markice.'],
  'reason.serial_only': ['A serial typed by hand has no signature that could be checked offline.', 'Një numër serik i shkruar me dorë nuk ka nënshkrim që të kontrollohet pa rrjet.', 'Ručno upisan serijski broj nema potpis koji bi se mogao proveriti bez mreže.'],
  'reason.no_keys': ['The signing keys are not on this phone yet.', 'Çelësat e nënshkrimit ende nuk janë në këtë telefon.', 'Ključevi za potpis još nisu na ovom telefonu.'],
  'reason.no_crypto': ['This browser cannot check Ed25519 signatures.', 'Ky shfletues nuk mund t’i kontrollojë nënshkrimet Ed25519.', 'Ovaj pregledač ne može da proveri Ed25519 potpise.'],
  'reason.not_issued': ['This serial number was never issued.', 'Ky numër serik nuk është lëshuar kurrë.', 'Ovaj serijski broj nikada nije izdat.'],
  'reason.revoked': ['This stamp has been revoked.', 'Kjo banderolë është revokuar.', 'Ova markica je opozvana.'],
  'reason.destroyed': ['This stamp was destroyed.', 'Kjo banderolë është asgjësuar.', 'Ova markica je uništena.'],
  'reason.not_activated': ['This stamp has not been attached to a product yet.', 'Kjo banderolë ende nuk i është vendosur një produkti.', 'Ova markica još nije postavljena na proizvod.'],
  'reason.sale_window': ['The stamp is outside its sale period.', 'Banderola është jashtë periudhës së saj të shitjes.', 'Markica je van svog perioda prodaje.'],
  'reason.clone_suspected': ['This stamp has been scanned in too many places: it may be a copy.', 'Kjo banderolë është skanuar në shumë vende: mund të jetë kopje.', 'Ova markica je skenirana na previše mesta: možda je kopija.'],
  'reason.custody_mismatch': ['The stamp was last recorded at other premises.', 'Banderola është regjistruar së fundi në një lokal tjetër.', 'Markica je poslednji put evidentirana u drugom objektu.'],
  'reason.batch_reported_missing': ['This stamp belongs to a batch reported lost or stolen.', 'Kjo banderolë i përket një partie të raportuar si e humbur ose e vjedhur.', 'Ova markica pripada partiji prijavljenoj kao izgubljena ili ukradena.'],
  'reason.seized': ['This stamp belongs to seized goods.', 'Kjo banderolë i përket mallrave të sekuestruara.', 'Ova markica pripada zaplenjenoj robi.'],

  'product.heading': ['Compare with the product in your hand', 'Krahasojeni me produktin në dorë', 'Uporedite sa proizvodom u ruci'],
  'product.serial': ['Serial number', 'Numri serik', 'Serijski broj'],
  'product.category': ['Category', 'Kategoria', 'Kategorija'],
  'product.product': ['Product', 'Produkti', 'Proizvod'],
  'product.size': ['Size', 'Sasia', 'Količina'],
  'product.sticks': [{ one: '{count} piece', other: '{count} pieces' }, { one: '{count} copë', other: '{count} copë' }, { one: '{count} komad', few: '{count} komada', other: '{count} komada' }],
  'product.abv': ['Alcohol', 'Alkooli', 'Alkohol'],
  'product.gtin': ['Barcode (GTIN)', 'Barkodi (GTIN)', 'Bar-kod (GTIN)'],
  'product.operator': ['Issued to', 'Lëshuar për', 'Izdato za'],
  'product.issued': ['Issued on', 'Lëshuar më', 'Datum izdavanja'],
  'product.firstScan': ['First scanned', 'Skanimi i parë', 'Prvo skeniranje'],
  'product.previousScans': ['Scanned before', 'Skanuar më parë', 'Ranije skenirana'],
  'product.previousScansCount': [{ one: 'once', other: '{count} times' }, { one: '{count} herë', other: '{count} herë' }, { one: '{count} put', few: '{count} puta', other: '{count} puta' }],
  'product.placeUnknown': ['elsewhere or unknown', 'vend tjetër ose i panjohur', 'drugde ili nepoznato'],
  'product.firstCheck': ['Never: this is the first check of this stamp', 'Asnjëherë: ky është kontrolli i parë i kësaj banderole', 'Nikad: ovo je prva provera ove markice'],
  'product.notActivated': ['Not yet attached to a product', 'Ende e pavendosur në produkt', 'Još nije postavljena na proizvod'],
  'product.scanCount': ['Times scanned', 'Numri i skanimeve', 'Broj skeniranja'],

  'category.cigarettes': ['Cigarettes', 'Cigare', 'Cigarete'],
  'category.cigars_cigarillos': ['Cigars and cigarillos', 'Puro dhe cigarillo', 'Cigare i cigarilosi'],
  'category.smoking_tobacco': ['Other smoking tobacco', 'Duhan tjetër për pirje', 'Ostali duvan za pušenje'],
  'category.wine': ['Wine', 'Verë', 'Vino'],
  'category.spirits': ['Spirits', 'Pije alkoolike', 'Žestoka pića'],

  'report.title': ['Report a suspicious product', 'Raportoni një produkt të dyshimtë', 'Prijavite sumnjiv proizvod'],
  'report.intro': ['Tell Kosovo Customs about a product whose stamp looks wrong or is missing. You may stay anonymous.', 'Njoftoni Doganën e Kosovës për një produkt banderola e të cilit duket e gabuar ose mungon. Mund të mbeteni anonim.', 'Obavestite Carinu Kosova o proizvodu čija markica izgleda pogrešno ili nedostaje. Možete ostati anonimni.'],
  'report.code': ['Stamp code or serial (if any)', 'Kodi ose numri serik i banderolës (nëse ka)', 'Kod ili serijski broj markice (ako postoji)'],
  'report.codeHint': ['Filled in for you when you come from a scan.', 'Plotësohet vetë kur vini nga një skanim.', 'Popunjava se sam kada dolazite sa skeniranja.'],
  'report.description': ['What is wrong?', 'Çfarë nuk është në rregull?', 'Šta nije u redu?'],
  'report.descriptionHint': ['For example: no stamp, a damaged stamp, a price far too low.', 'Për shembull: pa banderolë, banderolë e dëmtuar, çmim shumë i ulët.', 'Na primer: nema markice, oštećena markica, cena mnogo niža od uobičajene.'],
  'report.premises': ['Shop or place', 'Dyqani ose vendi', 'Prodavnica ili mesto'],
  'report.photo': ['Photo (optional)', 'Foto (opsionale)', 'Fotografija (nije obavezna)'],
  'report.photoHint': ['A photo of the product and its stamp helps.', 'Një foto e produktit dhe e banderolës ndihmon.', 'Fotografija proizvoda i markice pomaže.'],
  'report.location': ['Add my approximate location (about 1 km)', 'Shto vendndodhjen time të përafërt (rreth 1 km)', 'Dodaj moju približnu lokaciju (oko 1 km)'],
  'report.send': ['Send the report', 'Dërgo raportin', 'Pošalji prijavu'],
  'report.descriptionMissing': ['Please describe what is wrong.', 'Ju lutemi përshkruani çfarë nuk është në rregull.', 'Molimo opišite šta nije u redu.'],
  'report.received': ['Thank you. Your report was received (number {id}).', 'Faleminderit. Raporti juaj u pranua (numri {id}).', 'Hvala. Vaša prijava je primljena (broj {id}).'],
  'report.queued': ['Thank you. You are offline: the report is saved on this phone and will be sent automatically when you are online.', 'Faleminderit. Jeni pa rrjet: raporti u ruajt në këtë telefon dhe do të dërgohet vetë kur të jeni në linjë.', 'Hvala. Niste na mreži: prijava je sačuvana na ovom telefonu i biće poslata automatski kada budete na mreži.'],

  'login.title': ['Sign in', 'Hyrja', 'Prijava'],
  'login.intro': ['For customs officers and supervisors, and for the users of licensed companies. You need your authenticator app.', 'Për zyrtarët doganorë dhe mbikëqyrësit, si dhe për përdoruesit e kompanive të licencuara. Ju duhet aplikacioni i vërtetimit.', 'Za carinske službenike i nadzornike, kao i za korisnike licenciranih preduzeća. Potrebna vam je aplikacija za autentifikaciju.'],
  'login.email': ['Email', 'Email-i', 'E-pošta'],
  'login.password': ['Password', 'Fjalëkalimi', 'Lozinka'],
  'login.otp': ['Code from the authenticator app, or a recovery code', 'Kodi nga aplikacioni i vërtetimit ose një kod rikuperimi', 'Kod iz aplikacije za autentifikaciju ili kod za oporavak'],
  'login.otpHint': ['Six digits that change every 30 seconds, or one of your recovery codes (xxxxx‑xxxxx). The first time, leave it empty: you will then set up the app.', 'Gjashtë shifra që ndryshojnë çdo 30 sekonda, ose një nga kodet tuaja të rikuperimit (xxxxx‑xxxxx). Herën e parë lëreni bosh: pastaj do ta konfiguroni aplikacionin.', 'Šest cifara koje se menjaju svakih 30 sekundi ili jedan od vaših kodova za oporavak (xxxxx‑xxxxx). Prvi put ostavite prazno: zatim ćete podesiti aplikaciju.'],
  'login.useRecovery': ['Use a recovery code', 'Përdor një kod rikuperimi', 'Koristi kod za oporavak'],
  'login.codeFormat': ['Enter the six digits from the app, or a recovery code such as k7m2p-x9q4r.', 'Shkruani gjashtë shifrat nga aplikacioni ose një kod rikuperimi si k7m2p-x9q4r.', 'Upišite šest cifara iz aplikacije ili kod za oporavak, npr. k7m2p-x9q4r.'],
  'login.submit': ['Sign in', 'Hyr', 'Prijavi se'],
  'login.missing': ['Enter your email and password.', 'Shkruani email-in dhe fjalëkalimin.', 'Upišite e-poštu i lozinku.'],
  'login.signedInTitle': ['Signed in', 'Jeni të kyçur', 'Prijavljeni ste'],
  'login.signedInAs': ['Signed in as {email} ({roles}).', 'Të kyçur si {email} ({roles}).', 'Prijavljeni ste kao {email} ({roles}).'],
  'login.signOut': ['Sign out', 'Dil', 'Odjavi se'],
  'login.required': ['Sign-in required', 'Duhet të kyçeni', 'Potrebna je prijava'],
  'login.expired': ['Your session has ended. Please sign in again.', 'Seanca juaj përfundoi. Ju lutemi kyçuni përsëri.', 'Vaša sesija je istekla. Prijavite se ponovo.'],
  'login.expiredKept': ['Your session has ended. Sign in again to send the case: what you entered is kept on this phone.', 'Seanca juaj përfundoi. Hyni përsëri për ta dërguar lëndën: ajo që keni shkruar ruhet në këtë telefon.', 'Vaša sesija je istekla. Prijavite se ponovo da biste poslali predmet: ono što ste upisali čuva se na ovom telefonu.'],
  'login.forgot': ['Forgot your password?', 'Keni harruar fjalëkalimin?', 'Zaboravili ste lozinku?'],

  'forgot.title': ['Forgotten password', 'Fjalëkalimi i harruar', 'Zaboravljena lozinka'],
  'forgot.intro': ['Enter the email address of your account. We will send you a link to choose a new password.', 'Shkruani adresën e email-it të llogarisë suaj. Do t’ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.', 'Upišite adresu e-pošte svog naloga. Poslaćemo vam link za izbor nove lozinke.'],
  'forgot.submit': ['Send me the link', 'Më dërgo lidhjen', 'Pošalji mi link'],
  'forgot.emailMissing': ['Enter your email address.', 'Shkruani adresën e email-it.', 'Upišite adresu e-pošte.'],
  'forgot.emailFormat': ['Enter an email address such as name@example.org.', 'Shkruani një adresë email-i si emri@shembull.org.', 'Upišite adresu e-pošte, npr. ime@primer.org.'],
  'forgot.sentTitle': ['Check your email', 'Kontrolloni email-in', 'Proverite e-poštu'],
  'forgot.sent': ['If an account uses {email}, a link to choose a new password is on its way. It works once, for a limited time.', 'Nëse adresa {email} i përket një llogarie, një lidhje për të zgjedhur një fjalëkalim të ri është nisur. Ajo funksionon një herë, për një kohë të kufizuar.', 'Ako adresa {email} pripada nekom nalogu, link za izbor nove lozinke je poslat. Važi jednom, ograničeno vreme.'],
  'forgot.nothingCame': ['Nothing after a few minutes? Look in the spam folder, check the address and ask again.', 'Asgjë pas disa minutash? Shikoni në dosjen e postës së padëshiruar, kontrolloni adresën dhe kërkoni përsëri.', 'Ništa posle nekoliko minuta? Pogledajte u folderu za neželjenu poštu, proverite adresu i zatražite ponovo.'],
  'forgot.back': ['Back to sign-in', 'Kthehu te hyrja', 'Nazad na prijavu'],

  'reset.title': ['Choose a new password', 'Zgjidhni një fjalëkalim të ri', 'Izaberite novu lozinku'],
  'reset.intro': ['The new password replaces the old one and signs your account out on every device.', 'Fjalëkalimi i ri zëvendëson të vjetrin dhe e nxjerr llogarinë tuaj nga të gjitha pajisjet.', 'Nova lozinka zamenjuje staru i odjavljuje vaš nalog sa svih uređaja.'],
  'reset.password': ['New password', 'Fjalëkalimi i ri', 'Nova lozinka'],
  'reset.passwordHint': ['At least {min} characters. A few unrelated words are easy to remember and hard to guess.', 'Të paktën {min} karaktere. Disa fjalë pa lidhje mes tyre mbahen mend lehtë dhe gjenden me vështirësi.', 'Najmanje {min} znakova. Nekoliko nepovezanih reči lako se pamti, a teško pogađa.'],
  'reset.repeat': ['The new password again', 'Fjalëkalimi i ri edhe një herë', 'Nova lozinka još jednom'],
  'reset.tooShort': ['The password must have at least {min} characters.', 'Fjalëkalimi duhet të ketë të paktën {min} karaktere.', 'Lozinka mora imati najmanje {min} znakova.'],
  'reset.tooLong': ['The password may have at most {max} characters.', 'Fjalëkalimi mund të ketë më së shumti {max} karaktere.', 'Lozinka može imati najviše {max} znakova.'],
  'reset.mismatch': ['The two passwords are not the same.', 'Dy fjalëkalimet nuk janë të njëjta.', 'Dve lozinke nisu iste.'],
  'reset.submit': ['Set the new password', 'Vendos fjalëkalimin e ri', 'Postavi novu lozinku'],
  'reset.doneTitle': ['Password changed', 'Fjalëkalimi u ndryshua', 'Lozinka je promenjena'],
  'reset.done': ['The new password of {email} is set. Every earlier session has ended: sign in again with the new password.', 'Fjalëkalimi i ri i {email} u vendos. Të gjitha seancat e mëparshme u mbyllën: hyni përsëri me fjalëkalimin e ri.', 'Nova lozinka za {email} je postavljena. Sve ranije sesije su završene: prijavite se ponovo novom lozinkom.'],
  'reset.noLinkTitle': ['Open the link from the email', 'Hapni lidhjen nga email-i', 'Otvorite link iz poruke'],
  'reset.noLink': ['This page opens from the link in the password reset email. If you no longer have it, ask for a new one.', 'Kjo faqe hapet nga lidhja në email-in për rivendosjen e fjalëkalimit. Nëse nuk e keni më, kërkoni një të re.', 'Ova stranica se otvara preko linka iz poruke za resetovanje lozinke. Ako ga više nemate, zatražite novi.'],
  'reset.askAgain': ['Ask for a new link', 'Kërko një lidhje të re', 'Zatraži novi link'],

  'enrol.title': ['Set up two-step sign-in', 'Konfiguroni hyrjen me dy hapa', 'Podesite prijavu u dva koraka'],
  'enrol.intro': ['{email}: officers, supervisors and administrators sign in with a password and a code from an authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Set it up once, now.', '{email}: zyrtarët, mbikëqyrësit dhe administratorët hyjnë me fjalëkalim dhe një kod nga një aplikacion vërtetimi (për shembull Google Authenticator, Microsoft Authenticator ose FreeOTP). Konfigurojeni një herë, tani.', '{email}: službenici, nadzornici i administratori se prijavljuju lozinkom i kodom iz aplikacije za autentifikaciju (na primer Google Authenticator, Microsoft Authenticator ili FreeOTP). Podesite je jednom, sada.'],
  'enrol.loading': ['Preparing your key…', 'Po përgatitet çelësi juaj…', 'Priprema se vaš ključ…'],
  'enrol.step1': ['1. Add the account to the app', '1. Shtoni llogarinë në aplikacion', '1. Dodajte nalog u aplikaciju'],
  'enrol.scanQr': ['Scan this QR code with the authenticator app.', 'Skanojeni këtë kod QR me aplikacionin e vërtetimit.', 'Skenirajte ovaj QR kod aplikacijom za autentifikaciju.'],
  'enrol.qrAlt': ['QR code that adds Banderola Inspect to the authenticator app', 'Kodi QR që shton Banderola Inspect në aplikacionin e vërtetimit', 'QR kod koji dodaje Banderola Inspect u aplikaciju za autentifikaciju'],
  'enrol.openApp': ['Open in the authenticator app on this phone', 'Hape në aplikacionin e vërtetimit në këtë telefon', 'Otvori u aplikaciji za autentifikaciju na ovom telefonu'],
  'enrol.manual': ['Or enter this key by hand:', 'Ose shkruajeni këtë çelës me dorë:', 'Ili ručno upišite ovaj ključ:'],
  'enrol.manualHint': ['Spaces do not matter. Kind: time-based, {digits} digits, every {period} seconds.', 'Hapësirat nuk kanë rëndësi. Lloji: i bazuar në kohë, {digits} shifra, çdo {period} sekonda.', 'Razmaci nisu bitni. Vrsta: vremenski, {digits} cifara, svakih {period} sekundi.'],
  'enrol.step2': ['2. Confirm with a code', '2. Konfirmoni me një kod', '2. Potvrdite kodom'],
  'enrol.code': ['Six-digit code shown by the app', 'Kodi gjashtëshifror që tregon aplikacioni', 'Šestocifreni kod koji prikazuje aplikacija'],
  'enrol.codeHint': ['The app shows a new code every {period} seconds; enter the current one.', 'Aplikacioni tregon një kod të ri çdo {period} sekonda; shkruani atë aktual.', 'Aplikacija prikazuje novi kod svakih {period} sekundi; upišite trenutni.'],
  'enrol.codeFormat': ['Enter the six digits shown by the app.', 'Shkruani gjashtë shifrat që tregon aplikacioni.', 'Upišite šest cifara koje prikazuje aplikacija.'],
  'enrol.confirm': ['Confirm', 'Konfirmo', 'Potvrdi'],
  'enrol.retry': ['Try again', 'Provo përsëri', 'Pokušaj ponovo'],
  'enrol.conflict': ['Two-step sign-in is already set up for this account. Sign out and sign in again with your code.', 'Hyrja me dy hapa është konfiguruar tashmë për këtë llogari. Dilni dhe hyni përsëri me kodin tuaj.', 'Prijava u dva koraka je već podešena za ovaj nalog. Odjavite se i ponovo se prijavite svojim kodom.'],
  'enrol.enabled': ['Two-step sign-in is on.', 'Hyrja me dy hapa është aktivizuar.', 'Prijava u dva koraka je uključena.'],
  'enrol.codesTitle': ['Save your recovery codes', 'Ruani kodet e rikuperimit', 'Sačuvajte kodove za oporavak'],
  'enrol.codesHeading': ['Ten recovery codes', 'Dhjetë kode rikuperimi', 'Deset kodova za oporavak'],
  'enrol.codesExplain': ['If you lose your phone, each of these codes signs you in once in place of the code from the app. Write them down or keep them in a password manager, somewhere other than this phone.', 'Nëse e humbni telefonin, secili nga këto kode ju lejon të hyni një herë në vend të kodit nga aplikacioni. Shkruajini ose ruajini në një menaxher fjalëkalimesh, diku tjetër, jo në këtë telefon.', 'Ako izgubite telefon, svaki od ovih kodova vas jednom prijavljuje umesto koda iz aplikacije. Zapišite ih ili ih čuvajte u menadžeru lozinki, negde drugde, ne na ovom telefonu.'],
  'enrol.codesOnce': ['They are shown only this once. Keep them safe: whoever has them and your password can sign in as you.', 'Ato shfaqen vetëm këtë herë. Ruajini në vend të sigurt: kushdo që i ka ato dhe fjalëkalimin tuaj mund të hyjë në emrin tuaj.', 'Prikazuju se samo ovaj put. Čuvajte ih na sigurnom: ko ima njih i vašu lozinku može da se prijavi kao vi.'],
  'enrol.copy': ['Copy the codes', 'Kopjo kodet', 'Kopiraj kodove'],
  'enrol.copied': ['Copied. Paste them into a safe place now.', 'U kopjuan. Ngjitini tani në një vend të sigurt.', 'Kopirano. Odmah ih nalepite na sigurno mesto.'],
  'enrol.copyFailed': ['Could not copy: write the codes down.', 'Kopjimi nuk u krye: shkruajini kodet.', 'Kopiranje nije uspelo: zapišite kodove.'],
  'enrol.saved': ['I have saved them', 'I kam ruajtur', 'Kodovi su sačuvani'],
  'enrol.requiredTitle': ['Set up two-step sign-in first', 'Së pari konfiguroni hyrjen me dy hapa', 'Prvo podesite prijavu u dva koraka'],
  'enrol.requiredText': ['Your account can do nothing else until two-step sign-in is set up.', 'Llogaria juaj nuk mund të bëjë asgjë tjetër derisa të konfigurohet hyrja me dy hapa.', 'Vaš nalog ne može ništa drugo dok se ne podesi prijava u dva koraka.'],
  'enrol.start': ['Set it up now', 'Konfiguroje tani', 'Podesi sada'],
  'enrol.alreadyTitle': ['Two-step sign-in is already on', 'Hyrja me dy hapa është tashmë aktive', 'Prijava u dva koraka je već uključena'],
  'enrol.alreadyText': ['There is nothing to set up for this account.', 'Nuk ka asgjë për të konfiguruar për këtë llogari.', 'Za ovaj nalog nema šta da se podešava.'],

  'role.officer': ['customs officer', 'zyrtar doganor', 'carinski službenik'],
  'role.supervisor': ['supervisor', 'mbikëqyrës', 'nadzornik'],
  'role.operator': ['operator', 'operator', 'operater'],
  'role.admin': ['administrator', 'administrator', 'administrator'],

  'inspection.startTitle': ['Start an inspection', 'Filloni një inspektim', 'Započnite inspekciju'],
  'inspection.nearest': ['Find premises near me', 'Gjej lokalet pranë meje', 'Pronađi objekte u blizini'],
  'inspection.locating': ['Finding your location…', 'Duke gjetur vendndodhjen tuaj…', 'Tražim vašu lokaciju…'],
  'inspection.noLocation': ['Your location is not available. Choose the premises from the list.', 'Vendndodhja juaj nuk është e disponueshme. Zgjidhni lokalin nga lista.', 'Vaša lokacija nije dostupna. Izaberite objekat sa spiska.'],
  'inspection.noneNear': ['No registered premises nearby. Choose from the list.', 'Nuk ka lokale të regjistruara afër. Zgjidhni nga lista.', 'U blizini nema registrovanih objekata. Izaberite sa spiska.'],
  'inspection.filter': ['Search premises', 'Kërko lokalet', 'Pretraži objekte'],
  'inspection.distance': ['{distance} away', '{distance} larg', 'udaljeno {distance}'],
  'inspection.starting': ['Starting the inspection…', 'Duke filluar inspektimin…', 'Započinjem inspekciju…'],
  'inspection.activeTitle': ['Inspection at {name}', 'Inspektim në {name}', 'Inspekcija: {name}'],
  'inspection.startedAt': ['Started {when}', 'Filloi më {when}', 'Započeta {when}'],
  'inspection.startScanning': ['Start scanning', 'Fillo skanimin', 'Započni skeniranje'],
  'inspection.stopScanning': ['Stop scanning', 'Ndalo skanimin', 'Zaustavi skeniranje'],
  'inspection.waiting': ['waiting for the network', 'në pritje të rrjetit', 'čeka mrežu'],
  'inspection.openCase': ['Open a detention case', 'Hap një lëndë ndalimi', 'Otvori predmet zadržavanja'],
  'inspection.end': ['End the inspection', 'Përfundo inspektimin', 'Završi inspekciju'],
  'inspection.endConfirm': ['End this inspection? Its scans stay recorded on the server.', 'Të përfundohet ky inspektim? Skanimet e tij mbeten të regjistruara në server.', 'Završiti ovu inspekciju? Njena skeniranja ostaju evidentirana na serveru.'],
  'inspection.scans': ['Scans', 'Skanimet', 'Skeniranja'],
  'inspection.notAStamp': ['Not an excise stamp code: not counted.', 'Nuk është kod i banderolës së akcizës: nuk numërohet.', 'Nije kod akcizne markice: ne broji se.'],
  'inspection.scannedAgain': ['Scanned again: counted once.', 'Skanuar përsëri: numërohet një herë.', 'Ponovo skenirana: broji se jednom.'],

  'tally.genuine': ['Genuine', 'Origjinale', 'Originalne'],
  'tally.suspicious': ['Suspicious', 'Të dyshimta', 'Sumnjive'],
  'tally.invalid': ['Invalid', 'Të pavlefshme', 'Nevažeće'],
  'tally.pending': ['Waiting', 'Në pritje', 'Na čekanju'],

  'stamp.title': ['Look up a stamp', 'Kërkoni një banderolë', 'Potražite markicu'],
  'stamp.titleOf': ['Stamp {serial}', 'Banderola {serial}', 'Markica {serial}'],
  'stamp.open': ['Open', 'Hap', 'Otvori'],
  'stamp.status': ['Status', 'Gjendja', 'Stanje'],
  'stamp.batch': ['Batch {first} – {last}, issued {date}', 'Partia {first} – {last}, lëshuar më {date}', 'Partija {first} – {last}, izdata {date}'],
  'stamp.custody': ['Chain of custody', 'Zinxhiri i ruajtjes', 'Lanac čuvanja'],
  'stamp.noEvents': ['No custody events recorded.', 'Nuk ka ngjarje të regjistruara të ruajtjes.', 'Nema evidentiranih događaja u lancu čuvanja.'],
  'stamp.scans': ['Scan history', 'Historiku i skanimeve', 'Istorija skeniranja'],
  'stamp.noScans': ['Never scanned.', 'Nuk është skanuar kurrë.', 'Nikada nije skenirana.'],
  'stamp.scansShown': ['The latest {shown} of {total} scans.', '{shown} skanimet e fundit nga {total} gjithsej.', 'Poslednjih {shown} od ukupno {total} skeniranja.'],
  'stamp.moreScans': ['Show earlier scans', 'Shfaq skanimet e mëparshme', 'Prikaži ranija skeniranja'],
  'stamp.where': ['Where', 'Ku', 'Gde'],
  'stamp.who': ['Who', 'Kush', 'Ko'],
  'stamp.late': ['Recorded late', 'Regjistruar me vonesë', 'Evidentirano sa zakašnjenjem'],

  'step.commissioning': ['Issued', 'Lëshuar', 'Izdata'],
  'step.issuing': ['Issued', 'Lëshuar', 'Izdata'],
  'step.activating': ['Attached to a product', 'Vendosur në produkt', 'Postavljena na proizvod'],
  'step.shipping': ['Shipped', 'Dërguar', 'Otpremljena'],
  'step.receiving': ['Received', 'Pranuar', 'Primljena'],
  'step.inspecting': ['Inspected', 'Inspektuar', 'Pregledana'],
  'step.holding': ['Held', 'Mbajtur', 'Čuvana'],
  'step.detaining': ['Detained', 'Ndaluar', 'Zadržana'],
  'step.seizing': ['Seized', 'Sekuestruar', 'Zaplenjena'],
  'step.returning': ['Returned', 'Kthyer', 'Vraćena'],
  'step.destroying': ['Destroyed', 'Asgjësuar', 'Uništena'],
  'step.decommissioning': ['Taken out of use', 'Nxjerrë jashtë përdorimit', 'Stavljena van upotrebe'],
  'step.voiding': ['Entry voided (recorded in error)', 'Regjistrim i anuluar (gabim)', 'Unos poništen (greška)'],

  'stampStatus.issued': ['Issued', 'E lëshuar', 'Izdata'],
  'stampStatus.activated': ['Attached to a product', 'E vendosur në produkt', 'Postavljena na proizvod'],
  'stampStatus.revoked': ['Revoked', 'E revokuar', 'Opozvana'],
  'stampStatus.destroyed': ['Destroyed', 'E asgjësuar', 'Uništena'],
  'stampStatus.seized': ['Seized', 'E sekuestruar', 'Zaplenjena'],
  'stampStatus.detained': ['Detained', 'E ndaluar', 'Zadržana'],
  'stampStatus.in_transit': ['In transit', 'Në tranzit', 'U tranzitu'],
  'stampStatus.received': ['Received', 'E pranuar', 'Primljena'],
  'stampStatus.shipped': ['Shipped', 'E dërguar', 'Otpremljena'],
  'stampStatus.held': ['Held at the premises', 'Në ruajtje në lokal', 'Na čuvanju u objektu'],
  'stampStatus.decommissioned': ['Taken out of use', 'E nxjerrë jashtë përdorimit', 'Stavljena van upotrebe'],

  'revocation.stolen': ['stolen', 'e vjedhur', 'ukradena'],
  'revocation.lost': ['lost', 'e humbur', 'izgubljena'],
  'revocation.damaged': ['damaged', 'e dëmtuar', 'oštećena'],
  'revocation.cancelled': ['cancelled', 'e anuluar', 'poništena'],

  'who.anonymous': ['Consumer (anonymous)', 'Konsumator (anonim)', 'Potrošač (anonimno)'],
  'who.consumer': ['Consumer', 'Konsumator', 'Potrošač'],
  'who.officer': ['Customs officer', 'Zyrtar doganor', 'Carinski službenik'],
  'who.customs': ['Kosovo Customs', 'Dogana e Kosovës', 'Carina Kosova'],

  'cases.title': ['Cases', 'Lëndët', 'Predmeti'],
  'due.title': ['Due in the next {days} days', 'Afatet në {days} ditët e ardhshme', 'Rokovi u narednih {days} dana'],
  'due.loading': ['Loading the deadlines…', 'Po ngarkohen afatet…', 'Učitavaju se rokovi…'],
  'due.none': ['Nothing is due in the next {days} days.', 'Asnjë afat në {days} ditët e ardhshme.', 'Nema rokova u narednih {days} dana.'],
  'due.extend_or_decide': ['Extend or decide (last day to extend)', 'Zgjate ose vendos (dita e fundit për zgjatje)', 'Produžite ili odlučite (poslednji dan za produženje)'],
  'due.decide': ['Decide before detention ends', 'Vendos para se të mbarojë ndalimi', 'Odlučite pre isteka zadržavanja'],
  'due.notice_not_received': ['Notice of Seizure not yet received', 'Njoftimi për sekuestrim ende nuk është pranuar', 'Obaveštenje o zapleni još nije primljeno'],
  'due.review_decision': ['Decide the review', 'Vendos për rishqyrtimin', 'Odlučite o preispitivanju'],
  'due.board_response': ['Answer the Independent Review Board in writing', 'Përgjigju me shkrim Bordit të Pavarur të Rishqyrtimit', 'Odgovorite u pisanoj formi Nezavisnom odboru za razmatranje'],
  'due.disposal_allowed': ['Seizure final: disposal allowed', 'Sekuestrimi është përfundimtar: disponimi lejohet', 'Zaplena je konačna: raspolaganje je dozvoljeno'],
  'cases.new': ['Open a new case', 'Hap një lëndë të re', 'Otvori novi predmet'],
  'cases.openLabel': ['Case number', 'Numri i lëndës', 'Broj predmeta'],
  'cases.open': ['Open', 'Hap', 'Otvori'],
  'cases.server': ['All cases', 'Të gjitha lëndët', 'Svi predmeti'],
  'cases.recent': ['Opened on this phone', 'Të hapura në këtë telefon', 'Otvoreni na ovom telefonu'],
  'cases.none': ['No cases.', 'Nuk ka lëndë.', 'Nema predmeta.'],
  'cases.noList': ['The server does not list cases; open a case by its number.', 'Serveri nuk i liston lëndët; hapni një lëndë me numrin e saj.', 'Server ne daje spisak predmeta; otvorite predmet po broju.'],

  'caseNew.title': ['Open a detention case', 'Hapni një lëndë ndalimi', 'Otvorite predmet zadržavanja'],
  'caseNew.fromInspection': ['From the inspection at {name}.', 'Nga inspektimi në {name}.', 'Iz inspekcije: {name}.'],
  'caseNew.detention': ['Detention', 'Ndalimi', 'Zadržavanje'],
  'caseNew.detainedOn': ['Date of detention', 'Data e ndalimit', 'Datum zadržavanja'],
  'caseNew.detainedOnHint': ['Today or earlier, never later.', 'Sot ose më herët, asnjëherë më vonë.', 'Danas ili ranije, nikada kasnije.'],
  'caseNew.place': ['Place', 'Vendi', 'Mesto'],
  'caseNew.municipality': ['Municipality', 'Komuna', 'Opština'],
  'caseNew.owner': ['Owner or apparent owner', 'Pronari ose personi që duket se është pronar', 'Vlasnik ili lice koje se čini vlasnikom'],
  'caseNew.ownerKind': ['The owner is', 'Pronari është', 'Vlasnik je'],
  'caseNew.ownerName': ['Name', 'Emri', 'Ime i prezime ili naziv'],
  'caseNew.ownerAddress': ['Last known address', 'Adresa e fundit e njohur', 'Poslednja poznata adresa'],
  'caseNew.ownerEmail': ['Electronic address (email)', 'Adresa elektronike (email)', 'Elektronska adresa (e-pošta)'],
  'caseNew.ownerAgent': ['Agent', 'Përfaqësuesi', 'Zastupnik'],
  'caseNew.items': ['Detained things', 'Sendet e ndaluara', 'Zadržane stvari'],
  'caseNew.prefilled': [{ one: 'Pre-filled from {count} finding of the inspection; check quantities and values.', other: 'Pre-filled from {count} findings of the inspection; check quantities and values.' }, { one: 'Plotësuar nga {count} gjetje e inspektimit; kontrolloni sasitë dhe vlerat.', other: 'Plotësuar nga {count} gjetje të inspektimit; kontrolloni sasitë dhe vlerat.' }, { one: 'Popunjeno iz {count} nalaza inspekcije; proverite količine i vrednosti.', few: 'Popunjeno iz {count} nalaza inspekcije; proverite količine i vrednosti.', other: 'Popunjeno iz {count} nalaza inspekcije; proverite količine i vrednosti.' }],
  'caseNew.item': ['Item {n}', 'Sendi {n}', 'Stavka {n}'],
  'caseNew.kind': ['Kind', 'Lloji', 'Vrsta'],
  'caseNew.description': ['Description', 'Përshkrimi', 'Opis'],
  'caseNew.quantity': ['Quantity', 'Sasia', 'Količina'],
  'caseNew.unit': ['Unit', 'Njësia', 'Jedinica'],
  'caseNew.value': ['Value (EUR)', 'Vlera (EUR)', 'Vrednost (EUR)'],
  'caseNew.category': ['Excise category', 'Kategoria e akcizës', 'Akcizna kategorija'],
  'caseNew.serials': ['Stamp serials', 'Numrat serikë të banderolave', 'Serijski brojevi markica'],
  'caseNew.serialsHint': ['One per line.', 'Një për rresht.', 'Jedan po redu.'],
  'caseNew.unmarked': ['Unmarked (no stamp)', 'Pa shenjë (pa banderolë)', 'Neobeleženo (bez markice)'],
  'caseNew.perishable': ['Perishable or living', 'Që prishet ose i gjallë', 'Kvarljivo ili živo'],
  'caseNew.removeItem': ['Remove this item', 'Hiqe këtë send', 'Ukloni ovu stavku'],
  'caseNew.addItem': ['Add an item', 'Shto një send', 'Dodaj stavku'],
  'caseNew.legalBasis': ['Legal basis', 'Baza ligjore', 'Pravni osnov'],
  'caseNew.photos': ['Photos of the evidence', 'Fotot e provave', 'Fotografije dokaza'],
  'caseNew.photosHint': ['Taken with the camera; stored with their SHA-256 fingerprint.', 'Të bëra me kamerë; ruhen me gjurmën e tyre SHA-256.', 'Snimljene kamerom; čuvaju se sa svojim SHA-256 otiskom.'],
  'caseNew.submit': ['Open the case', 'Hap lëndën', 'Otvori predmet'],
  'caseNew.saving': ['Saving…', 'Duke ruajtur…', 'Čuvam…'],
  'caseNew.valueHint': ['In euros; write 0 only if it has no value.', 'Në euro; shkruani 0 vetëm nëse nuk ka vlerë.', 'U evrima; 0 upišite samo ako nema vrednost.'],
  'caseNew.valueRequired': ['Enter the value in euros.', 'Shkruani vlerën në euro.', 'Upišite vrednost u evrima.'],
  'caseNew.valueNegative': ['The value cannot be less than zero.', 'Vlera nuk mund të jetë më e vogël se zero.', 'Vrednost ne može biti manja od nule.'],
  'caseNew.quantityPositive': ['Enter a quantity greater than zero.', 'Shkruani një sasi më të madhe se zero.', 'Upišite količinu veću od nule.'],
  'caseNew.itemsMissing': ['Add at least one detained thing.', 'Shtoni të paktën një send të ndaluar.', 'Dodajte bar jednu zadržanu stvar.'],
  'caseNew.legalBasisMissing': ['Choose at least one legal basis.', 'Zgjidhni të paktën një bazë ligjore.', 'Izaberite bar jedan pravni osnov.'],
  'caseNew.dateInFuture': ['The date of detention is today or earlier.', 'Data e ndalimit është sot ose më herët.', 'Datum zadržavanja je danas ili raniji.'],
  'caseNew.emailFormat': ['Enter an email address such as name@example.org.', 'Shkruani një adresë email-i si emri@shembull.org.', 'Upišite adresu e-pošte, npr. ime@primer.org.'],
  'caseNew.municipalityNone': ['— choose —', '— zgjidhni —', '— izaberite —'],
  'caseNew.draftRestored': ['Restored: the draft you were filling in ({when}).', 'U rikthye drafti që po plotësonit ({when}).', 'Vraćen je nacrt koji ste popunjavali ({when}).'],
  'caseNew.discardDraft': ['Discard the draft and start again', 'Hidhe draftin dhe fillo nga e para', 'Odbaci nacrt i počni ispočetka'],
  'form.required': ['Fill this in.', 'Plotësojeni këtë fushë.', 'Popunite ovo polje.'],
  'form.number': ['Enter a number, for example 24.50.', 'Shkruani një numër, për shembull 24,50.', 'Upišite broj, na primer 24,50.'],
  'form.checkFields': [{ one: 'One field needs your attention: see the message beside it.', other: '{count} fields need your attention: see the messages beside them.' }, { one: 'Një fushë kërkon vëmendjen tuaj: shihni mesazhin pranë saj.', other: '{count} fusha kërkojnë vëmendjen tuaj: shihni mesazhet pranë tyre.' }, { one: '{count} polje zahteva vašu pažnju: pogledajte poruku pored njega.', few: '{count} polja zahtevaju vašu pažnju: pogledajte poruke pored njih.', other: '{count} polja zahteva vašu pažnju: pogledajte poruke pored njih.' }],
  'caseNew.photosFailed': [{ one: '{count} photo could not be uploaded.', other: '{count} photos could not be uploaded.' }, { one: '{count} foto nuk u ngarkua.', other: '{count} foto nuk u ngarkuan.' }, { one: '{count} fotografija nije otpremljena.', few: '{count} fotografije nisu otpremljene.', other: '{count} fotografija nije otpremljeno.' }],

  'owner.legal': ['a legal person (company)', 'person juridik (kompani)', 'pravno lice (preduzeće)'],
  'owner.natural': ['a natural person', 'person fizik', 'fizičko lice'],

  'itemKind.goods': ['Goods', 'Mallra', 'Roba'],
  'itemKind.vehicle': ['Vehicle', 'Automjet', 'Vozilo'],
  'itemKind.container': ['Container', 'Kontejner', 'Kontejner'],
  'itemKind.packing': ['Packing', 'Paketim', 'Ambalaža'],

  'unit.piece': ['pieces', 'copë', 'komadi'],
  'unit.pack': ['packs (20)', 'pako (20)', 'paklice (20)'],
  'unit.carton': ['cartons (200)', 'kartonë (200)', 'šteke (200)'],
  'unit.bottle': ['bottles', 'shishe', 'flaše'],
  'unit.g': ['g', 'g', 'g'],
  'unit.kg': ['kg', 'kg', 'kg'],
  'unit.ml': ['ml', 'ml', 'ml'],
  'unit.l': ['l', 'l', 'l'],
  'amount.piece': [{ one: '{count} piece', other: '{count} pieces' }, { one: '{count} copë', other: '{count} copë' }, { one: '{count} komad', few: '{count} komada', other: '{count} komada' }],
  'amount.pack': [{ one: '{count} pack', other: '{count} packs' }, { one: '{count} pako', other: '{count} pako' }, { one: '{count} paklica', few: '{count} paklice', other: '{count} paklica' }],
  'amount.carton': [{ one: '{count} carton', other: '{count} cartons' }, { one: '{count} karton', other: '{count} kartonë' }, { one: '{count} šteka', few: '{count} šteke', other: '{count} šteka' }],
  'amount.bottle': [{ one: '{count} bottle', other: '{count} bottles' }, { one: '{count} shishe', other: '{count} shishe' }, { one: '{count} flaša', few: '{count} flaše', other: '{count} flaša' }],
  'amount.g': ['{count} g', '{count} g', '{count} g'],
  'amount.kg': ['{count} kg', '{count} kg', '{count} kg'],
  'amount.ml': ['{count} ml', '{count} ml', '{count} ml'],
  'amount.l': ['{count} l', '{count} l', '{count} l'],
  'amount.cigarettes': [{ one: '{count} cigarette', other: '{count} cigarettes' }, { one: '{count} cigare', other: '{count} cigare' }, { one: '{count} cigareta', few: '{count} cigarete', other: '{count} cigareta' }],
  'amount.inPieces': ['{amount} ({pieces})', '{amount} ({pieces})', '{amount} ({pieces})'],
  'distance.m': ['{distance} m', '{distance} m', '{distance} m'],
  'distance.km': ['{distance} km', '{distance} km', '{distance} km'],
  'law.article': ['Art.', 'neni', 'član'],

  'basis.Art. 251(1)': ['detention of goods liable to seizure', 'ndalimi i mallrave që i nënshtrohen sekuestrimit', 'zadržavanje robe podložne zapleni'],
  'basis.Art. 242': ['fiscal marks (excise stamps) required', 'shenjat fiskale (banderolat) të detyrueshme', 'obavezne fiskalne oznake (markice)'],
  'basis.Art. 300(1)': ['possession or transport of unmarked products', 'posedimi ose transportimi i produkteve pa shenjë', 'posedovanje ili prevoz neobeleženih proizvoda'],
  'basis.Art. 300(3)': ['premises used to sell unmarked products', 'lokal i përdorur për shitjen e produkteve pa shenjë', 'objekat korišćen za prodaju neobeleženih proizvoda'],
  'basis.Art. 300(4)': ['altered, falsified or counterfeit stamp', 'banderolë e ndryshuar, e falsifikuar ose e imituar', 'izmenjena, falsifikovana ili krivotvorena markica'],
  'basis.Art. 300(5)': ['tobacco produced or imported without a licence', 'duhan i prodhuar ose i importuar pa licencë', 'duvan proizveden ili uvezen bez licence'],

  'case.history': ['History', 'Historiku', 'Istorija'],
  'case.title': ['Case {number}', 'Lënda {number}', 'Predmet {number}'],
  'case.status': ['Status', 'Gjendja', 'Stanje'],
  'case.deadlines': ['Deadlines', 'Afatet', 'Rokovi'],
  'case.documents': ['Documents', 'Dokumentet', 'Dokumenti'],
  'case.documentLanguage': ['Language of the documents', 'Gjuha e dokumenteve', 'Jezik dokumenata'],
  'case.downloading': ['Preparing the PDF…', 'Duke përgatitur PDF-në…', 'Pripremam PDF…'],
  'case.actions': ['Decisions and records', 'Vendimet dhe regjistrimet', 'Odluke i evidencije'],
  'case.notAllowed': ['not allowed now', 'nuk lejohet tani', 'trenutno nije dozvoljeno'],
  'case.notAllowedNow': ['The law does not allow this at this stage of the case.', 'Ligji nuk e lejon këtë në këtë fazë të lëndës.', 'Zakon ovo ne dozvoljava u ovoj fazi predmeta.'],
  'case.actionDone': ['Recorded: {action}', 'U regjistrua: {action}', 'Evidentirano: {action}'],

  'status.detained': ['Detained', 'I ndaluar', 'Zadržano'],
  'status.returned': ['Returned', 'I kthyer', 'Vraćeno'],
  'status.returned_conditionally': ['Returned on conditions', 'I kthyer me kushte', 'Vraćeno pod uslovima'],
  'status.seized': ['Seized', 'I sekuestruar', 'Zaplenjeno'],
  'status.deemed_seized': ['Deemed seized', 'I konsideruar i sekuestruar', 'Smatra se zaplenjenim'],
  'status.disposed': ['Disposed of', 'I disponuar', 'Okončano raspolaganjem'],
  'status.sold': ['Sold', 'I shitur', 'Prodato'],
  'status.destroyed': ['Destroyed', 'I asgjësuar', 'Uništeno'],
  'status.official_use': ['Kept for official use', 'I mbajtur për përdorim zyrtar', 'Zadržano za službenu upotrebu'],

  'deadline.extension_due_on': ['Extension must be decided by', 'Zgjatja duhet vendosur deri më', 'O produženju odlučiti do'],
  'deadline.seized_on': ['Seized on', 'Sekuestruar më', 'Datum zaplene'],
  'deadline.notice_received_on': ['Notice received on', 'Njoftimi u pranua më', 'Obaveštenje primljeno'],
  'deadline.court_appeal_due_on': ['Appeal to the court until', 'Ankesa në gjykatë deri më', 'Žalba sudu do'],
  'deadline.final_on': ['Seizure final on', 'Sekuestrimi përfundimtar më', 'Zaplena konačna od'],
  'deadline.detention_ends_on': ['Detention ends', 'Ndalimi përfundon', 'Zadržavanje ističe'],
  'deadline.latest_extension_to': ['Furthest possible extension', 'Zgjatja më e largët e mundshme', 'Najduže moguće produženje'],
  'deadline.review_request_due_on': ['Review may be requested until', 'Rishqyrtimi mund të kërkohet deri më', 'Preispitivanje se može zatražiti do'],
  'deadline.review_decision_due_on': ['Review decision due', 'Afati për vendimin e rishqyrtimit', 'Rok za odluku o preispitivanju'],
  'deadline.board_appeal_due_on': ['Appeal to the Board until', 'Ankesa në Bord deri më', 'Žalba Odboru do'],
  'deadline.deemed_seized_on': ['Deemed seized on', 'Konsiderohet i sekuestruar më', 'Smatra se zaplenjenim od'],

  'doc.seizure-record': ['Record of detention and seizure', 'Procesverbali i ndalimit dhe i sekuestrimit', 'Zapisnik o zadržavanju i zapleni'],
  'doc.receipt': ['Receipt for goods taken', 'Vërtetimi për marrjen e mallrave', 'Potvrda o preuzimanju robe'],
  'doc.extension-notice': ['Notice of extension', 'Njoftimi për zgjatje', 'Obaveštenje o produženju'],
  'doc.seizure-notice': ['Notice of Seizure', 'Njoftimi për sekuestrim', 'Obaveštenje o zapleni'],
  'doc.review-decision': ['Decision on the request for review', 'Vendim për kërkesën për rishqyrtim', 'Odluka o zahtevu za preispitivanje'],

  'history.opened': ['Case opened', 'Lënda u hap', 'Predmet otvoren'],
  'history.extended': ['Detention extended', 'Ndalimi u zgjat', 'Zadržavanje produženo'],
  'history.decided': ['Decision taken', 'U mor vendimi', 'Doneta odluka'],
  'history.notified': ['Notice sent', 'Njoftimi u dërgua', 'Obaveštenje poslato'],
  'history.received': ['Notice received', 'Njoftimi u pranua', 'Obaveštenje primljeno'],
  'history.review_requested': ['Review requested', 'U kërkua rishqyrtim', 'Zatraženo preispitivanje'],
  'history.review_decided': ['Review decided', 'Rishqyrtimi u vendos', 'Odlučeno o preispitivanju'],
  'history.appeal_lodged': ['Appeal lodged', 'Ankesa u paraqit', 'Podneta žalba'],
  'history.appeal_decided': ['Appeal decided', 'Ankesa u vendos', 'Odlučeno o žalbi'],
  'history.disposed': ['Disposal decided', 'U vendos për disponimin', 'Odlučeno o raspolaganju'],
  'history.photo_added': ['Photo added', 'U shtua foto', 'Dodata fotografija'],
  'history.deemed_seized': ['Deemed seized', 'I konsideruar i sekuestruar', 'Smatra se zaplenjenim'],
  'history.notice_prepared': ['Notice of Seizure prepared', 'Njoftimi për sekuestrim u përgatit', 'Pripremljeno obaveštenje o zapleni'],

  'action.record_receipt': ['Record the day a notice was received', 'Regjistro ditën e pranimit të njoftimit', 'Evidentiraj dan prijema obaveštenja'],
  'action.decide_appeal': ['Record the appeal decision', 'Regjistro vendimin për ankesën', 'Evidentiraj odluku o žalbi'],
  'action.extend': ['Extend the detention', 'Zgjat ndalimin', 'Produži zadržavanje'],
  'action.decide': ['Decide return or seizure', 'Vendos kthimin ose sekuestrimin', 'Odluči o vraćanju ili zapleni'],
  'action.record_notification': ['Record a notification', 'Regjistro një njoftim', 'Evidentiraj obaveštenje'],
  'action.request_review': ['Record a request for review', 'Regjistro një kërkesë për rishqyrtim', 'Evidentiraj zahtev za preispitivanje'],
  'action.decide_review': ['Record the review decision', 'Regjistro vendimin e rishqyrtimit', 'Evidentiraj odluku o preispitivanju'],
  'action.appeal': ['Record an appeal', 'Regjistro një ankesë', 'Evidentiraj žalbu'],
  'action.dispose': ['Decide the disposal', 'Vendos për disponimin', 'Odluči o raspolaganju'],

  'fieldLabel.notification_id': ['Notice', 'Njoftimi', 'Obaveštenje'],
  'fieldLabel.appeal_id': ['Appeal', 'Ankesa', 'Žalba'],
  'fieldLabel.days': ['Extra days (at most 60)', 'Ditë shtesë (më së shumti 60)', 'Dodatni dani (najviše 60)'],
  'fieldLabel.reason': ['Reasons', 'Arsyet', 'Razlozi'],
  'fieldLabel.decided_on': ['Date of the decision', 'Data e vendimit', 'Datum odluke'],
  'fieldLabel.method': ['How it was notified', 'Mënyra e njoftimit', 'Način obaveštavanja'],
  'fieldLabel.sent_on': ['Sent or handed over on', 'Dërguar ose dorëzuar më', 'Poslato ili uručeno'],
  'fieldLabel.received_on': ['Received on', 'Pranuar më', 'Primljeno'],
  'fieldLabel.recipient': ['Recipient', 'Marrësi', 'Primalac'],
  'fieldLabel.address': ['Address', 'Adresa', 'Adresa'],
  'fieldLabel.outcome': ['Outcome', 'Rezultati', 'Ishod'],
  'fieldLabel.reasons': ['Reasons', 'Arsyet', 'Razlozi'],
  'fieldLabel.conditions': ['Conditions', 'Kushtet', 'Uslovi'],
  'fieldLabel.document': ['Document', 'Dokumenti', 'Dokument'],
  'fieldLabel.requested_on': ['Requested on', 'Kërkuar më', 'Zatraženo'],
  'fieldLabel.review_id': ['Review', 'Rishqyrtimi', 'Preispitivanje'],
  'fieldLabel.level': ['Before', 'Para', 'Pred'],
  'fieldLabel.lodged_on': ['Lodged on', 'Paraqitur më', 'Podneto'],
  'fieldLabel.kind': ['Disposal', 'Disponimi', 'Raspolaganje'],
  'fieldLabel.amount_eur': ['Amount (EUR)', 'Shuma (EUR)', 'Iznos (EUR)'],

  'method.hand': ['By hand', 'Me dorë', 'Lično'],
  'method.post': ['By post', 'Me postë', 'Poštom'],
  'method.agent': ['To an agent', 'Përfaqësuesit', 'Zastupniku'],
  'method.electronic': ['Electronically', 'Në mënyrë elektronike', 'Elektronski'],

  'outcome.return': ['Return without condition', 'Kthim pa kusht', 'Vraćanje bez uslova'],
  'outcome.return_conditionally': ['Return on conditions', 'Kthim me kushte', 'Vraćanje pod uslovima'],
  'outcome.seize': ['Seize', 'Sekuestrim', 'Zaplena'],

  'document.board_decision': ['Decision of the Board', 'Vendimi i Bordit', 'Odluka Odbora'],
  'document.extension': ['Notice of extension', 'Njoftimi për zgjatje', 'Obaveštenje o produženju'],
  'document.seizure': ['Notice of Seizure', 'Njoftimi për sekuestrim', 'Obaveštenje o zapleni'],
  'document.decision': ['Decision on the detained things', 'Vendimi për sendet e ndaluara', 'Odluka o zadržanim stvarima'],
  'document.review_decision': ['Review decision', 'Vendimi i rishqyrtimit', 'Odluka o preispitivanju'],
  'document.receipt': ['Receipt for goods taken', 'Vërtetimi për marrjen e mallrave', 'Potvrda o preuzimanju robe'],
  'document.court_decision': ['Judgment of the court', 'Aktgjykimi i gjykatës', 'Presuda suda'],

  'reviewOutcome.upheld': ['Upheld', 'I vërtetuar', 'Potvrđeno'],
  'reviewOutcome.annulled': ['Annulled', 'I anuluar', 'Poništeno'],
  'reviewOutcome.amended': ['Amended', 'I ndryshuar', 'Izmenjeno'],

  'forum.board': ['Independent Review Board', 'Bordi i Pavarur i Rishqyrtimit', 'Nezavisni odbor za razmatranje'],
  'forum.court': ['Court', 'Gjykata', 'Sud'],

  'disposal.return_on_payment': ['Return on payment', 'Kthim me pagesë', 'Vraćanje uz plaćanje'],
  'disposal.official_use': ['Keep for official use', 'Mbajtje për përdorim zyrtar', 'Zadržavanje za službenu upotrebu'],
  'disposal.sale': ['Sell (proceeds to the Kosovo Fund)', 'Shitje (të ardhurat në Fondin e Kosovës)', 'Prodaja (prihod u Fond Kosova)'],
  'disposal.destruction': ['Destroy', 'Asgjësim', 'Uništenje'],
  'disposal.perishable_sale': ['Sell (perishable)', 'Shitje (mallra që prishen)', 'Prodaja (kvarljivo)'],
  'disposal.perishable_destruction': ['Destroy (perishable)', 'Asgjësim (mallra që prishen)', 'Uništenje (kvarljivo)'],

  'board.title': ['Notices of Seizure', 'Njoftimet për sekuestrim', 'Obaveštenja o zapleni'],
  'board.intro': ['Current Notices of Seizure published by Kosovo Customs (Article 251(7) of the Customs and Excise Code).', 'Njoftimet aktuale për sekuestrim, të publikuara nga Dogana e Kosovës (neni 251(7) i Kodit Doganor dhe të Akcizave).', 'Važeća obaveštenja o zapleni koja objavljuje Carina Kosova (član 251(7) Carinskog i akciznog zakonika).'],
  'board.filter': ['Search the notices', 'Kërko në njoftime', 'Pretraži obaveštenja'],
  'board.loading': ['Loading…', 'Duke u ngarkuar…', 'Učitavam…'],
  'board.count': [{ one: '{count} notice', other: '{count} notices' }, { one: '{count} njoftim', other: '{count} njoftime' }, { one: '{count} obaveštenje', few: '{count} obaveštenja', other: '{count} obaveštenja' }],
  'board.empty': ['There are no current notices.', 'Nuk ka njoftime aktuale.', 'Nema važećih obaveštenja.'],
  'board.number': ['Notice {number}', 'Njoftimi {number}', 'Obaveštenje {number}'],
  'board.seizedOn': ['Seized on', 'Sekuestruar më', 'Datum zaplene'],
  'board.place': ['Place', 'Vendi', 'Mesto'],
  'board.goods': ['Goods', 'Mallrat', 'Roba'],
  'board.legalBasis': ['Legal basis', 'Baza ligjore', 'Pravni osnov'],
  'board.reviewDeadline': ['Review may be requested until', 'Rishqyrtimi mund të kërkohet deri më', 'Preispitivanje se može zatražiti do'],
  'board.status': ['Status', 'Gjendja', 'Stanje'],
  'board.feed': ['Subscribe (Atom feed)', 'Abonohuni (Atom feed)', 'Pretplatite se (Atom feed)'],

  'noticeStatus.current': ['Current', 'Aktual', 'Važeće'],
  'noticeStatus.review_window_open': ['Open for review requests', 'I hapur për kërkesa për rishqyrtim', 'Otvoreno za zahteve za preispitivanje'],
  'noticeStatus.review_requested': ['Review requested', 'U kërkua rishqyrtim', 'Zatraženo preispitivanje'],
  'noticeStatus.review_pending': ['Review pending', 'Rishqyrtim në pritje', 'Preispitivanje u toku'],
  'noticeStatus.appealable': ['Can be appealed', 'Mund të ankimohet', 'Moguća žalba'],
  'noticeStatus.appeal_pending': ['Appeal pending', 'Ankesë në pritje', 'Žalba u toku'],
  'noticeStatus.final': ['Final', 'Përfundimtar', 'Konačno'],

  'allowances.title': ['Traveller allowances', 'Lejimet për udhëtarët', 'Olakšice za putnike'],
  'allowances.intro': ['What you may bring into Kosovo free of duty (Articles 45–48 of the Customs and Excise Code).', 'Çfarë mund të sillni në Kosovë pa detyrime (nenet 45–48 të Kodit Doganor dhe të Akcizave).', 'Šta možete uneti na Kosovo bez plaćanja dažbina (članovi 45–48 Carinskog i akciznog zakonika).'],
  'allowances.age': ['Traveller\'s age', 'Mosha e udhëtarit', 'Starost putnika'],
  'allowances.item': ['Item {n}', 'Malli {n}', 'Stavka {n}'],
  'allowances.kind': ['Goods', 'Mallrat', 'Roba'],
  'allowances.quantity': ['Quantity', 'Sasia', 'Količina'],
  'allowances.unit': ['Unit', 'Njësia', 'Jedinica'],
  'allowances.value': ['Value (EUR)', 'Vlera (EUR)', 'Vrednost (EUR)'],
  'allowances.abv': ['Alcohol (% vol)', 'Alkooli (% vol)', 'Alkohol (% vol)'],
  'allowances.description': ['Description (optional)', 'Përshkrimi (opsional)', 'Opis (nije obavezan)'],
  'allowances.remove': ['Remove', 'Hiqe', 'Ukloni'],
  'allowances.add': ['Add goods', 'Shto mallra', 'Dodaj robu'],
  'allowances.check': ['Calculate', 'Llogarit', 'Izračunaj'],
  'allowances.resultCaption': ['Result', 'Rezultati', 'Rezultat'],
  'allowances.relieved': ['Duty free', 'Pa detyrime', 'Bez dažbina'],
  'allowances.dutiable': ['Dutiable', 'Me detyrime', 'Podleže dažbinama'],
  'allowances.ageHint': ['In whole years. Under 17, tobacco and alcohol are never duty free.', 'Në vite të plota. Nën 17 vjeç, duhani dhe alkooli nuk lirohen kurrë nga detyrimet.', 'U punim godinama. Mlađima od 17 godina duvan i alkohol nikad nisu oslobođeni dažbina.'],
  'allowances.volume': ['Volume of one bottle (ml)', 'Vëllimi i një shisheje (ml)', 'Zapremina jedne flaše (ml)'],
  'allowances.itemTitle': ['Item {n}: {kind}', 'Malli {n}: {kind}', 'Stavka {n}: {kind}'],
  'allowances.status.relieved': ['Duty free', 'Pa detyrime', 'Bez dažbina'],
  'allowances.status.partly_relieved': ['Partly duty free', 'Pjesërisht pa detyrime', 'Delimično bez dažbina'],
  'allowances.status.dutiable': ['Dutiable', 'Me detyrime', 'Podleže dažbinama'],
  'allowances.allRelieved': ['Everything is within the allowances: no duty to pay.', 'Gjithçka është brenda sasive të lejuara: nuk ka detyrime për të paguar.', 'Sve je u okviru dozvoljenih količina: nema dažbina za plaćanje.'],
  'allowances.someDutiable': ['Some goods are dutiable: declare them to customs.', 'Disa mallra kanë detyrime: deklarojini në doganë.', 'Deo robe podleže dažbinama: prijavite ga carini.'],
  'allowances.notesHeading': ['Good to know', 'Mirë të dihet', 'Dobro je znati'],
  'allowances.computedOffline': ['Calculated on this phone, without network, by the same rules the customs server uses. Customs decide at the border.', 'U llogarit në këtë telefon, pa rrjet, me të njëjtat rregulla që përdor serveri i doganës. Vendimin e merr dogana në kufi.', 'Izračunato na ovom telefonu, bez mreže, po istim pravilima koja koristi carinski server. Odluku donosi carina na granici.'],
  'allowances.serverUnavailable': ['The customs server could not answer, so this was calculated on this phone by the same rules.', 'Serveri i doganës nuk u përgjigj, prandaj kjo u llogarit në këtë telefon me të njëjtat rregulla.', 'Carinski server nije odgovorio, pa je ovo izračunato na ovom telefonu po istim pravilima.'],
  'allowances.checkFields': ['Check the marked fields.', 'Kontrolloni fushat e shënuara.', 'Proverite označena polja.'],
  'allowances.article': ['Art. {ref}', 'neni {ref}', 'član {ref}'],
  'allowances.articles': ['Art. {ref}', 'nenet {ref}', 'članovi {ref}'],
  'allowances.error.age_range': ['Enter the traveller\'s age in whole years, from 0 to {max}.', 'Shkruani moshën e udhëtarit në vite të plota, nga 0 deri në {max}.', 'Upišite starost putnika u punim godinama, od 0 do {max}.'],
  'allowances.error.no_items': ['Add at least one item.', 'Shtoni të paktën një mall.', 'Dodajte bar jednu stavku.'],
  'allowances.error.too_many_items': ['List at most {max} items.', 'Rendisni më së shumti {max} mallra.', 'Navedite najviše {max} stavki.'],
  'allowances.error.too_many_other_pieces': ['At most {max} pieces of other goods can be calculated at once.', 'Njëherësh mund të llogariten më së shumti {max} copë mallra të tjera.', 'Odjednom se može izračunati najviše {max} komada ostale robe.'],
  'allowances.error.required': ['Enter the quantity.', 'Shkruani sasinë.', 'Upišite količinu.'],
  'allowances.error.positive': ['Enter a number greater than zero.', 'Shkruani një numër më të madh se zero.', 'Upišite broj veći od nule.'],
  'allowances.error.too_large': ['Enter at most {max}.', 'Shkruani më së shumti {max}.', 'Upišite najviše {max}.'],
  'allowances.error.places': ['Use at most {places} decimal places.', 'Përdorni më së shumti {places} shifra dhjetore.', 'Koristite najviše {places} decimale.'],
  'allowances.error.unit_for_kind': ['This unit does not fit these goods; choose one of: {units}.', 'Kjo njësi nuk u përshtatet këtyre mallrave; zgjidhni një nga: {units}.', 'Ova jedinica ne odgovara ovoj robi; izaberite jednu od: {units}.'],
  'allowances.error.not_applicable': ['This does not apply to these goods: leave it empty.', 'Kjo nuk vlen për këto mallra: lëreni bosh.', 'Ovo se ne odnosi na ovu robu: ostavite prazno.'],
  'allowances.error.volume_needed': ['Enter the volume of one bottle in ml.', 'Shkruani vëllimin e një shisheje në ml.', 'Upišite zapreminu jedne flaše u ml.'],
  'allowances.error.value_needed': ['Enter the value in EUR: other goods are free of duty up to EUR 175 in all.', 'Shkruani vlerën në euro: mallrat e tjera lirohen deri në 175 euro gjithsej.', 'Upišite vrednost u evrima: ostala roba je oslobođena do ukupno 175 evra.'],
  'allowances.error.whole_pieces': ['This comes to part of a piece: count whole pieces.', 'Kjo del pjesë e një cope: numëroni copë të plota.', 'Ovo daje deo komada: brojte cele komade.'],
  'allowances.error.unknown': ['Choose from the list.', 'Zgjidhni nga lista.', 'Izaberite sa spiska.'],

  'kind.cigarettes': ['Cigarettes', 'Cigare', 'Cigarete'],
  'kind.cigarillos': ['Cigarillos (at most 3 g each)', 'Cigarillo (deri në 3 g secila)', 'Cigarilosi (najviše 3 g po komadu)'],
  'kind.cigars': ['Cigars', 'Puro', 'Cigare'],
  'kind.smoking_tobacco': ['Smoking tobacco', 'Duhan për pirje', 'Duvan za pušenje'],
  'kind.spirits': ['Spirits over 22% vol', 'Pije alkoolike mbi 22% vol', 'Žestoka pića preko 22% vol'],
  'kind.intermediate': ['Drinks up to 22% vol, sparkling or liqueur wine', 'Pije deri në 22% vol, verë e gazuar ose likerore', 'Pića do 22% vol, penušavo ili likersko vino'],
  'kind.still_wine': ['Still wine', 'Verë e qetë', 'Mirno vino'],
  'kind.perfume': ['Perfume', 'Parfum', 'Parfem'],
  'kind.toilet_water': ['Toilet water', 'Ujë tualeti', 'Toaletna voda'],
  'kind.medicine': ['Medicine', 'Barna', 'Lekovi'],
  'kind.other': ['Other goods', 'Mallra të tjera', 'Ostala roba'],
  'allowance.tobacco': ['200 cigarettes, or 100 cigarillos, or 50 cigars, or 250 g of smoking tobacco, or a proportional mix', '200 cigare, ose 100 cigarillo, ose 50 puro, ose 250 g duhan për pirje, ose një përzierje proporcionale', '200 cigareta, ili 100 cigarilosa, ili 50 cigara, ili 250 g duvana za pušenje, ili srazmerna kombinacija'],
  'allowance.alcohol': ['1 l of spirits over 22% vol, or 2 l of drinks up to 22% vol, or a proportional mix', '1 l pije alkoolike mbi 22% vol, ose 2 l pije deri në 22% vol, ose një përzierje proporcionale', '1 l žestokog pića preko 22% vol, ili 2 l pića do 22% vol, ili srazmerna kombinacija'],
  'allowance.still_wine': ['2 l of still wine', '2 l verë e qetë', '2 l mirnog vina'],
  'allowance.perfume': ['50 g of perfume', '50 g parfum', '50 g parfema'],
  'allowance.toilet_water': ['0.25 l of toilet water', '0,25 l ujë tualeti', '0,25 l toaletne vode'],
  'allowanceNote.within_limit': ['Duty free: within the allowance ({allowance}; {article}).', 'Pa detyrime: brenda sasisë së lejuar ({allowance}; {article}).', 'Bez dažbina: u okviru dozvoljene količine ({allowance}; {article}).'],
  'allowanceNote.limit_exceeded': ['Over the allowance ({allowance}; {article}); dutiable: {excess}.', 'Mbi sasinë e lejuar ({allowance}; {article}); me detyrime: {excess}.', 'Iznad dozvoljene količine ({allowance}; {article}); podleže dažbinama: {excess}.'],
  'allowanceNote.allowance_shared': ['Items listed earlier used this allowance ({allowance}; {article}) in part or in full; dutiable: {excess}.', 'Mallrat e renditur më parë e shfrytëzuan këtë sasi të lejuar ({allowance}; {article}) pjesërisht ose plotësisht; me detyrime: {excess}.', 'Ranije navedene stavke iskoristile su ovu dozvoljenu količinu ({allowance}; {article}) delimično ili u potpunosti; podleže dažbinama: {excess}.'],
  'allowanceNote.under_17': ['No relief for tobacco or alcohol for travellers under 17 ({article}): the whole quantity is dutiable.', 'Udhëtarët nën 17 vjeç nuk lirohen nga detyrimet për duhanin dhe alkoolin ({article}): e tërë sasia është me detyrime.', 'Putnici mlađi od 17 godina nemaju oslobođenje za duvan i alkohol ({article}): cela količina podleže dažbinama.'],
  'allowanceNote.reclassified_by_strength': ['At {abv}% vol this counts as {counted_as} ({article}: the line is 22% vol).', 'Me {abv}% vol kjo llogaritet si {counted_as} ({article}: kufiri është 22% vol).', 'Sa {abv}% vol ovo se računa kao {counted_as} ({article}: granica je 22% vol).'],
  'allowanceNote.reclassified_by_weight': ['At {weight_g} g a piece these count as {counted_as} ({article}: cigarillos weigh at most 3 g each).', 'Me {weight_g} g për copë këto llogariten si {counted_as} ({article}: cigarillot peshojnë deri në 3 g secila).', 'Sa {weight_g} g po komadu ovo se računa kao {counted_as} ({article}: cigarilosi teže najviše 3 g po komadu).'],
  'allowanceNote.perfume_volume_as_weight': ['The perfume allowance is a weight: each ml is counted as 1 g, never less than a perfume really weighs ({article}).', 'Sasia e lejuar e parfumit është në peshë: çdo ml llogaritet si 1 g, kurrë më pak se pesha e vërtetë e parfumit ({article}).', 'Dozvoljena količina parfema izražena je težinom: svaki ml računa se kao 1 g, nikad manje od stvarne težine parfema ({article}).'],
  'allowanceNote.medicine_personal_needs': ['Medicines are relieved in the quantity you need personally ({article}); customs judge that quantity.', 'Barnat lirohen në sasinë që ju nevojitet personalisht ({article}); këtë sasi e vlerëson dogana.', 'Lekovi se oslobađaju u količini potrebnoj za vaše lične potrebe ({article}); tu količinu procenjuje carina.'],
  'allowanceNote.other_relieved': ['Duty free: within the EUR 175 allowed for other goods ({article}).', 'Pa detyrime: brenda 175 eurove të lejuara për mallrat e tjera ({article}).', 'Bez dažbina: u okviru 175 evra dozvoljenih za ostalu robu ({article}).'],
  'allowanceNote.other_item_over_limit': ['Worth {value} on its own, more than EUR 175: an item\'s value cannot be split ({article}), so all of it is dutiable.', 'Vlera e tij, {value}, i kalon vetë 175 eurot: vlera e një artikulli nuk ndahet ({article}), prandaj e tëra është me detyrime.', 'Sam vredi {value}, više od 175 evra: vrednost predmeta ne može se deliti ({article}), pa cela podleže dažbinama.'],
  'allowanceNote.other_not_in_combination': ['The EUR 175 goes to the whole items that use the most of it, and an item\'s value is never split ({article}); dutiable: {value}.', '175 eurot u jepen artikujve të plotë që e shfrytëzojnë më së shumti, dhe vlera e një artikulli nuk ndahet kurrë ({article}); me detyrime: {value}.', '175 evra pripada celim predmetima koji ga najviše iskorišćavaju, a vrednost predmeta se nikad ne deli ({article}); podleže dažbinama: {value}.'],
  'allowanceNote.assortment_order': ['Where items share an allowance, it goes to them in the order you listed them: list first what you most want relieved ({article}).', 'Kur mallrat ndajnë një sasi të lejuar, ajo u jepet sipas radhës në të cilën i keni renditur: rendisni së pari atë që më së shumti doni të lirohet ({article}).', 'Kada stavke dele dozvoljenu količinu, ona im se dodeljuje redom kojim ste ih naveli: najpre navedite ono što najviše želite da bude oslobođeno ({article}).'],
  'allowanceNote.other_goods_combination': ['Other goods together are worth more than EUR 175: relief goes to the whole items worth the most without passing EUR 175 ({article}); where combinations tie, items listed earlier come first.', 'Mallrat e tjera së bashku kanë vlerë mbi 175 euro: lirimi u jepet artikujve të plotë me vlerën më të madhe pa i kaluar 175 eurot ({article}); kur kombinimet janë të barabarta, përparësi kanë artikujt e renditur më herët.', 'Ostala roba zajedno vredi više od 175 evra: oslobođenje dobijaju celi predmeti najveće vrednosti do 175 evra ({article}); kada su kombinacije jednake, prednost imaju ranije navedeni predmeti.'],
  'allowanceNote.commercial_nature_not_judged': ['These quantities are more than {factor} times the allowance. Relief is only for occasional imports for personal use or presents ({article}); customs judge whether an import is commercial, and commercial imports get no relief.', 'Këto sasi janë më shumë se {factor} herë sa sasia e lejuar. Lirimi vlen vetëm për importe të rastit për përdorim personal ose për dhurata ({article}); nëse importi është tregtar e vlerëson dogana, dhe importet tregtare nuk lirohen.', 'Ove količine su više od {factor} puta veće od dozvoljenih. Oslobođenje važi samo za povremeni uvoz za ličnu upotrebu ili poklone ({article}); da li je uvoz komercijalan procenjuje carina, a komercijalni uvoz nije oslobođen.'],
  'allowanceNote.guidance_only': ['This is guidance for goods in personal luggage ({article}); customs decide at the border, and may set lower allowances for frontier-zone residents, frontier workers and transport crews (Art. 49).', 'Ky është udhëzim për mallrat në bagazhin personal ({article}); vendimin e merr dogana në kufi, e cila mund të caktojë sasi më të vogla për banorët e zonës kufitare, punëtorët kufitarë dhe ekuipazhet e transportit (neni 49).', 'Ovo je smernica za robu u ličnom prtljagu ({article}); odluku donosi carina na granici, koja može odrediti manje količine za stanovnike pograničnog pojasa, pogranične radnike i posade prevoznih sredstava (član 49).'],

  'settings.title': ['Settings', 'Cilësimet', 'Podešavanja'],
  'settings.language': ['Language', 'Gjuha', 'Jezik'],
  'settings.shareLocation': ['Send my approximate location with scans', 'Dërgo vendndodhjen time të përafërt me skanimet', 'Šalji moju približnu lokaciju uz skeniranja'],
  'settings.shareLocationHint': ['Rounded to about 1 km. It helps Customs find copied stamps.', 'E rrumbullakuar në rreth 1 km. I ndihmon Doganës të gjejë banderolat e kopjuara.', 'Zaokruženo na oko 1 km. Pomaže Carini da pronađe kopirane markice.'],
  'settings.offline': ['Offline', 'Pa rrjet', 'Bez mreže'],
  'settings.queued': [{ one: '{count} item is waiting to be sent.', other: '{count} items are waiting to be sent.' }, { one: '{count} artikull pret të dërgohet.', other: '{count} artikuj presin të dërgohen.' }, { one: '{count} stavka čeka slanje.', few: '{count} stavke čekaju slanje.', other: '{count} stavki čeka slanje.' }],
  'settings.nothingQueued': ['Nothing is waiting to be sent.', 'Asgjë nuk pret të dërgohet.', 'Ništa ne čeka slanje.'],
  'settings.sendNow': ['Send now', 'Dërgo tani', 'Pošalji sada'],
  'settings.keys': ['Signing keys for offline checks: {count} (updated {when}).', 'Çelësat e nënshkrimit për kontroll pa rrjet: {count} (përditësuar më {when}).', 'Ključevi za potpis za proveru bez mreže: {count} (ažurirano {when}).'],
  'settings.noKeys': ['No signing keys saved yet: connect once to check offline.', 'Ende nuk ka çelësa të ruajtur: lidhuni një herë për të kontrolluar pa rrjet.', 'Još nema sačuvanih ključeva: povežite se jednom da biste mogli da proveravate bez mreže.'],
  'settings.refreshKeys': ['Update the keys', 'Përditëso çelësat', 'Ažuriraj ključeve'],
  'settings.nothingToSend': ['There is nothing to send.', 'Nuk ka asgjë për të dërguar.', 'Nema ničega za slanje.'],
  'settings.sendOffline': ['You are offline. What waits will be sent automatically as soon as the network returns.', 'Jeni pa rrjet. Ajo që pret do të dërgohet vetë sapo të kthehet rrjeti.', 'Niste na mreži. Ono što čeka biće poslato automatski čim se mreža vrati.'],
  'settings.sending': ['Sending…', 'Duke dërguar…', 'Šaljem…'],
  'settings.sentAll': [{ one: 'Sent: {count} item.', other: 'Sent: {count} items.' }, { one: 'U dërgua: {count} artikull.', other: 'U dërguan: {count} artikuj.' }, { one: 'Poslato: {count} stavka.', few: 'Poslato: {count} stavke.', other: 'Poslato: {count} stavki.' }],
  'settings.sentSome': [{ one: 'Sent: {count} item; the rest will be sent automatically later.', other: 'Sent: {count} items; the rest will be sent automatically later.' }, { one: 'U dërgua: {count} artikull; të tjerët do të dërgohen vetë më vonë.', other: 'U dërguan: {count} artikuj; të tjerët do të dërgohen vetë më vonë.' }, { one: 'Poslato: {count} stavka; ostale će biti poslate automatski kasnije.', few: 'Poslato: {count} stavke; ostale će biti poslate automatski kasnije.', other: 'Poslato: {count} stavki; ostale će biti poslate automatski kasnije.' }],
  'settings.keysUpdating': ['Updating the keys…', 'Duke përditësuar çelësat…', 'Ažuriram ključeve…'],
  'settings.keysUpdated': ['The keys are up to date.', 'Çelësat janë të përditësuar.', 'Ključevi su ažurni.'],
  'settings.keysKept': ['The keys saved earlier are still used for offline checks.', 'Çelësat e ruajtur më parë përdoren ende për kontrollin pa rrjet.', 'Ranije sačuvani ključevi se i dalje koriste za proveru bez mreže.'],
  'settings.version': ['version {version}', 'versioni {version}', 'verzija {version}'],
  'settings.account': ['Officer account', 'Llogaria e zyrtarit', 'Nalog službenika'],

  // The operators' portal (registration, the operator's home, the report).
  'nav.portal': ['Portal', 'Portali', 'Portal'],
  'register.title': ['Register your company', 'Regjistroni kompaninë tuaj', 'Registrujte svoje preduzeće'],
  'register.intro': ['For licensed importers, distributors and producers of tobacco, wine and spirits. Kosovo Customs review the registration and answer by email.', 'Për importuesit, distributorët dhe prodhuesit e licencuar të duhanit, verës dhe pijeve alkoolike. Dogana e Kosovës e shqyrton regjistrimin dhe përgjigjet me email.', 'Za licencirane uvoznike, distributere i proizvođače duvana, vina i žestokih pića. Carina Kosova razmatra registraciju i odgovara e-poštom.'],
  'register.companyHeading': ['Company', 'Kompania', 'Preduzeće'],
  'register.companyName': ['Company name', 'Emri i kompanisë', 'Naziv preduzeća'],
  'register.nui': ['Unique identification number (NUI)', 'Numri unik identifikues (NUI)', 'Jedinstveni identifikacioni broj (NUI)'],
  'register.nuiHint': ['Nine digits, as on the business registration certificate.', 'Nëntë shifra, si në certifikatën e regjistrimit të biznesit.', 'Devet cifara, kao u potvrdi o registraciji preduzeća.'],
  'register.nuiFormat': ['The NUI is nine digits.', 'NUI ka nëntë shifra.', 'NUI ima devet cifara.'],
  'register.licenceHeading': ['Licence', 'Licenca', 'Licenca'],
  'register.licenceNumber': ['Licence number', 'Numri i licencës', 'Broj licence'],
  'register.licenceKinds': ['The licence allows the company to work as', 'Licenca e lejon kompaninë të punojë si', 'Licenca dozvoljava preduzeću da radi kao'],
  'register.categories': ['For these products', 'Për këto produkte', 'Za ove proizvode'],
  'register.chooseOne': ['Choose at least one.', 'Zgjidhni të paktën një.', 'Izaberite bar jedno.'],
  'register.nuiTaken': ['A company with this NUI is already registered or waiting for the Customs\' decision. If it is yours, sign in, or ask Kosovo Customs.', 'Një kompani me këtë NUI është regjistruar tashmë ose pret vendimin e Doganës. Nëse është e juaja, hyni, ose pyesni Doganën e Kosovës.', 'Preduzeće sa ovim NUI je već registrovano ili čeka odluku Carine. Ako je vaše, prijavite se ili se obratite Carini Kosova.'],
  'register.validFrom': ['Licence valid from', 'Licenca e vlefshme nga', 'Licenca važi od'],
  'register.validTo': ['Licence valid until', 'Licenca e vlefshme deri më', 'Licenca važi do'],
  'register.validToBefore': ['The licence cannot end before it begins.', 'Licenca nuk mund të mbarojë para se të fillojë.', 'Licenca ne može da prestane pre nego što počne.'],
  'register.premisesHeading': ['Premises where the stamps are affixed or the goods kept', 'Lokali ku vendosen banderolat ose ruhen mallrat', 'Objekat u kojem se postavljaju markice ili čuva roba'],
  'register.premisesNumber': ['Premises {number}', 'Lokali {number}', 'Objekat {number}'],
  'register.premisesName': ['Name of the premises (optional)', 'Emri i lokalit (opsional)', 'Naziv objekta (nije obavezno)'],
  'register.premisesNameHint': ['As your staff know it, e.g. "Central warehouse"; otherwise the company\'s name and a number.', 'Si e njohin punonjësit tuaj, p.sh. "Depoja qendrore"; përndryshe emri i kompanisë dhe një numër.', 'Kako ga znaju vaši zaposleni, npr. „Centralno skladište“; inače naziv preduzeća i broj.'],
  'register.addPremises': ['Add another premises', 'Shtoni një lokal tjetër', 'Dodajte još jedan objekat'],
  'register.removePremises': ['Remove these premises', 'Hiqeni këtë lokal', 'Uklonite ovaj objekat'],
  'register.premisesKind': ['Kind of premises', 'Lloji i lokalit', 'Vrsta objekta'],
  'register.premisesAddress': ['Address', 'Adresa', 'Adresa'],
  'register.premisesMunicipality': ['Municipality', 'Komuna', 'Opština'],
  'register.choose': ['Choose…', 'Zgjidhni…', 'Izaberite…'],
  'register.contactHeading': ['Contact person', 'Personi kontaktues', 'Kontakt osoba'],
  'register.contactName': ['Name', 'Emri', 'Ime'],
  'register.contactPhone': ['Phone', 'Telefoni', 'Telefon'],
  'register.contactEmail': ['Email', 'Email-i', 'E-pošta'],
  'register.adminHeading': ['The company administrator\'s sign-in', 'Hyrja e administratorit të kompanisë', 'Prijava administratora preduzeća'],
  'register.adminEmail': ['Administrator\'s email', 'Email-i i administratorit', 'E-pošta administratora'],
  'register.adminEmailHint': ['The administrator signs in with it once the Customs approve, and adds the company\'s other users.', 'Administratori hyn me të pasi Dogana ta miratojë dhe shton përdoruesit e tjerë të kompanisë.', 'Administrator se prijavljuje njome kada Carina odobri i dodaje ostale korisnike preduzeća.'],
  'register.adminPassword': ['Password', 'Fjalëkalimi', 'Lozinka'],
  'register.passwordHint': ['At least 10 characters; not a common password.', 'Të paktën 10 karaktere; jo një fjalëkalim i zakonshëm.', 'Najmanje 10 znakova; ne neka uobičajena lozinka.'],
  'register.submit': ['Send the registration', 'Dërgo regjistrimin', 'Pošalji registraciju'],
  'register.sending': ['Sending…', 'Duke dërguar…', 'Šaljem…'],
  'register.receivedTitle': ['Registration received', 'Regjistrimi u pranua', 'Registracija je primljena'],
  'register.received': ['Thank you. Kosovo Customs will review the registration and write to {email}. Once it is approved, the administrator signs in and sets up two-step sign-in.', 'Faleminderit. Dogana e Kosovës do ta shqyrtojë regjistrimin dhe do t\'i shkruajë {email}. Pasi të miratohet, administratori hyn dhe konfiguron hyrjen në dy hapa.', 'Hvala. Carina Kosova će razmotriti registraciju i pisati na {email}. Kada bude odobrena, administrator se prijavljuje i podešava prijavu u dva koraka.'],
  'register.toSignIn': ['To the sign-in', 'Te hyrja', 'Na prijavu'],
  'register.haveAccount': ['Already registered? Sign in', 'Jeni regjistruar tashmë? Hyni', 'Već ste registrovani? Prijavite se'],
  'register.link': ['Register a company (importers, distributors, producers)', 'Regjistroni një kompani (importues, distributorë, prodhues)', 'Registrujte preduzeće (uvoznici, distributeri, proizvođači)'],
  'portal.kind.importer': ['importer', 'importues', 'uvoznik'],
  'portal.kind.distributor': ['distributor', 'distributor', 'distributer'],
  'portal.kind.producer': ['producer', 'prodhues', 'proizvođač'],
  'portal.premisesKind.factory': ['Factory', 'Fabrikë', 'Fabrika'],
  'portal.premisesKind.warehouse': ['Warehouse', 'Depo', 'Skladište'],
  'portal.premisesKind.shop': ['Shop', 'Dyqan', 'Prodavnica'],
  'portal.premisesKind.bar': ['Bar', 'Bar', 'Bar'],
  'portal.premisesKind.restaurant': ['Restaurant', 'Restorant', 'Restoran'],
  'portal.premisesKind.kiosk': ['Kiosk', 'Kioskë', 'Kiosk'],
  'portal.premisesKind.market': ['Market', 'Treg', 'Pijaca'],
  'portal.premisesKind.other': ['Other', 'Tjetër', 'Drugo'],
  'portal.title': ['Operators\' portal', 'Portali i operatorëve', 'Portal operatera'],
  'portal.signedInAs': ['Signed in as {email}.', 'Të kyçur si {email}.', 'Prijavljeni ste kao {email}.'],
  'portal.operatorsOnly': ['The portal is for the users of licensed companies.', 'Portali është për përdoruesit e kompanive të licencuara.', 'Portal je za korisnike licenciranih preduzeća.'],
  'portal.loading': ['Loading…', 'Duke ngarkuar…', 'Učitavam…'],
  'portal.limitsTitle': ['What you may order now', 'Sa mund të porositni tani', 'Koliko možete da poručite sada'],
  'portal.limitsIntro': ['Limits per product type, from your licence and your earlier orders; pending and approved orders count.', 'Kufijtë për çdo lloj produkti, sipas licencës suaj dhe porosive të mëparshme; llogariten porositë në pritje dhe të miratuara.', 'Ograničenja po vrsti proizvoda, prema vašoj licenci i ranijim porudžbinama; računaju se porudžbine na čekanju i odobrene.'],
  'portal.noLimits': ['No limits are set for your company yet: ask Kosovo Customs.', 'Ende nuk janë caktuar kufij për kompaninë tuaj: pyesni Doganën e Kosovës.', 'Za vaše preduzeće još nisu određena ograničenja: obratite se Carini Kosova.'],
  'portal.noOrdering': ['Your licence is a distributor\'s: distributors do not order stamps, because importers and producers put the stamped goods on the market. Below you can record the shipments you receive and ship the stamped goods on.', 'Licenca juaj është e distributorit: distributorët nuk porosisin banderola, sepse mallrat me banderola i hedhin në treg importuesit dhe prodhuesit. Më poshtë mund të regjistroni dërgesat që pranoni dhe t\'i dërgoni mallrat me banderola më tej.', 'Vaša licenca je licenca distributera: distributeri ne poručuju markice, jer robu sa markicama stavljaju na tržište uvoznici i proizvođači. Ispod možete da zabeležite pošiljke koje primate i da robu sa markicama pošaljete dalje.'],
  'portal.category': ['Product type', 'Lloji i produktit', 'Vrsta proizvoda'],
    'portal.period.month': ['this month', 'këtë muaj', 'ovog meseca'],
  'portal.period.quarter': ['this quarter', 'këtë tremujor', 'ovog tromesečja'],
  'portal.period.year': ['this year', 'këtë vit', 'ove godine'],
  'portal.maximum': ['Limit', 'Kufiri', 'Ograničenje'],
  'portal.ordered': ['Ordered', 'Porositur', 'Poručeno'],
  'portal.available': ['Still available', 'Ende në dispozicion', 'Još dostupno'],
  'portal.art241Title': ['Order of the Director General', 'Urdhër i Drejtorit të Përgjithshëm', 'Nalog generalnog direktora'],
  'portal.art241': ['At most the monthly average of the 9 months before the order (Art. 241).', 'Jo më shumë se mesatarja mujore e 9 muajve para urdhrit (neni 241).', 'Najviše mesečni prosek 9 meseci pre naloga (član 241).'],
  'portal.newOrder': ['Order stamps', 'Porositni banderola', 'Poručite markice'],
  'portal.quantity': ['Number of stamps', 'Numri i banderolave', 'Broj markica'],
  'portal.quantityHint': ['One stamp for each pack or bottle put on the market.', 'Një banderolë për çdo pako ose shishe që hidhet në treg.', 'Jedna markica za svaku paklicu ili flašu koja se stavlja na tržište.'],
  'portal.quantityFormat': ['A whole number from 1 to {max}.', 'Një numër i plotë nga 1 deri në {max}.', 'Ceo broj od 1 do {max}.'],
  'portal.availableNow': [{ one: '{count} stamp still available in this period.', other: '{count} stamps still available in this period.' }, { one: '{count} banderolë ende në dispozicion në këtë periudhë.', other: '{count} banderola ende në dispozicion në këtë periudhë.' }, { one: 'Još {count} markica dostupna u ovom periodu.', few: 'Još {count} markice dostupne u ovom periodu.', other: 'Još {count} markica dostupno u ovom periodu.' }],
  'portal.premises': ['Where the stamps will be affixed', 'Ku do të vendosen banderolat', 'Gde će se postaviti markice'],
  'portal.noPremises': ['Not said', 'Pa përcaktuar', 'Nije navedeno'],
  'portal.orderSubmit': ['Send the order', 'Dërgo porosinë', 'Pošalji porudžbinu'],
  'portal.ordering': ['Sending the order…', 'Duke dërguar porosinë…', 'Šaljem porudžbinu…'],
  'portal.orderSent': ['The order was sent. Kosovo Customs will approve it or say why not, by email.', 'Porosia u dërgua. Dogana e Kosovës do ta miratojë ose do të shpjegojë pse jo, me email.', 'Porudžbina je poslata. Carina Kosova će je odobriti ili obrazložiti zašto ne, e-poštom.'],
  'portal.ordersTitle': ['Your orders', 'Porositë tuaja', 'Vaše porudžbine'],
  'portal.noOrders': ['No orders yet.', 'Ende nuk ka porosi.', 'Još nema porudžbina.'],
  'portal.orderLine': [{ one: '{quantity} stamp · {category}', other: '{quantity} stamps · {category}' }, { one: '{quantity} banderolë · {category}', other: '{quantity} banderola · {category}' }, { one: '{quantity} markica · {category}', few: '{quantity} markice · {category}', other: '{quantity} markica · {category}' }],
  'portal.orderedOn': ['Ordered on {date}', 'Porositur më {date}', 'Poručeno {date}'],
  'portal.reasons': ['Reasons: {reasons}', 'Arsyet: {reasons}', 'Razlozi: {reasons}'],
  'portal.batchRange': ['Serial numbers {first} to {last}', 'Numrat serikë {first} deri {last}', 'Serijski brojevi od {first} do {last}'],
  'portal.codesCsv': ['Codes for the printer (CSV)', 'Kodet për printerin (CSV)', 'Kodovi za štampač (CSV)'],
  'portal.codesPdf': ['Sheet of codes (PDF)', 'Fleta e kodeve (PDF)', 'List sa kodovima (PDF)'],
  'portal.downloading': ['Downloading…', 'Duke shkarkuar…', 'Preuzimam…'],
  'portal.overLimit': [{ one: 'Above the limit: only {count} stamp is still available {period} (limit {limit}).', other: 'Above the limit: only {count} stamps are still available {period} (limit {limit}).' }, { one: 'Mbi kufirin: vetëm {count} banderolë është ende në dispozicion {period} (kufiri {limit}).', other: 'Mbi kufirin: vetëm {count} banderola janë ende në dispozicion {period} (kufiri {limit}).' }, { one: 'Iznad ograničenja: {period} je dostupna još samo {count} markica (ograničenje {limit}).', few: 'Iznad ograničenja: {period} su dostupne još samo {count} markice (ograničenje {limit}).', other: 'Iznad ograničenja: {period} je dostupno još samo {count} markica (ograničenje {limit}).' }],
  'portal.stampsTitle': ['Your stamps: attach, receive, ship', 'Banderolat tuaja: vendosja, pranimi dhe dërgimi', 'Vaše markice: postavljanje, prijem i slanje'],
  'portal.activateTitle': ['Attach stamps to a product', 'Vendosni banderola në një produkt', 'Postavite markice na proizvod'],
  'portal.batch': ['Batch', 'Partia', 'Partija'],
  'portal.batchOption': ['{series}: {first} to {last} · {category}', '{series}: {first} deri {last} · {category}', '{series}: od {first} do {last} · {category}'],
  'portal.firstSerial': ['First serial number', 'Numri serik i parë', 'Prvi serijski broj'],
  'portal.lastSerial': ['Last serial number', 'Numri serik i fundit', 'Poslednji serijski broj'],
  'portal.serialHint': ['The number after the series, without the leading zeros: this batch runs from {first} to {last}.', 'Numri pas serisë, pa zerot në fillim: kjo parti shkon nga {first} deri {last}.', 'Broj posle serije, bez nula na početku: ova partija ide od {first} do {last}.'],
  'portal.serialFormat': ['A whole number, 1 or more.', 'Një numër i plotë, 1 ose më shumë.', 'Ceo broj, 1 ili više.'],
  'portal.serialOutside': ['This batch runs from {first} to {last}.', 'Kjo parti shkon nga {first} deri {last}.', 'Ova partija ide od {first} do {last}.'],
  'portal.rangeReversed': ['The last serial number cannot be before the first.', 'Numri serik i fundit nuk mund të jetë para të parit.', 'Poslednji serijski broj ne može biti pre prvog.'],
  'portal.product': ['Product', 'Produkti', 'Proizvod'],
  'portal.productOption': ['{brand} {name} ({gtin})', '{brand} {name} ({gtin})', '{brand} {name} ({gtin})'],
  'portal.noProducts': ['No product of this type is registered yet: ask Kosovo Customs to register it.', 'Ende nuk është regjistruar asnjë produkt i këtij lloji: kërkojini Doganës së Kosovës ta regjistrojë.', 'Još nije registrovan nijedan proizvod ove vrste: zamolite Carinu Kosova da ga registruje.'],
  'portal.premisesAffixed': ['Where they were attached', 'Ku u vendosën', 'Gde su postavljene'],
  'portal.activateSubmit': ['Attach to the product', 'Vendose në produkt', 'Postavi na proizvod'],
  'portal.sending': ['Sending…', 'Duke dërguar…', 'Šaljem…'],
  'portal.activated': [{ one: '{count} stamp, {first} to {last}, is attached to {product}.', other: '{count} stamps, {first} to {last}, are attached to {product}.' }, { one: '{count} banderolë, {first} deri {last}, u vendos në {product}.', other: '{count} banderola, {first} deri {last}, u vendosën në {product}.' }, { one: '{count} markica, od {first} do {last}, postavljena je na {product}.', few: '{count} markice, od {first} do {last}, postavljene su na {product}.', other: '{count} markica, od {first} do {last}, postavljeno je na {product}.' }],
  'portal.noBatches': ['No approved order yet: once Kosovo Customs approve one, its stamps can be attached here.', 'Ende nuk ka porosi të miratuar: pasi Dogana e Kosovës ta miratojë një, banderolat e saj mund të vendosen këtu.', 'Još nema odobrene porudžbine: kada Carina Kosova odobri neku, njene markice se ovde mogu postaviti.'],
  'portal.shipTitle': ['Ship stamped goods', 'Dërgoni mallra me banderola', 'Pošaljite robu sa markicama'],
  'portal.shipIntro': ['The stamps travel with the goods to another company\'s premises; that company records their receipt.', 'Banderolat udhëtojnë me mallrat te lokali i një kompanie tjetër; ajo kompani regjistron pranimin e tyre.', 'Markice putuju sa robom do objekta drugog preduzeća; to preduzeće beleži njihov prijem.'],
  'portal.series': ['Series', 'Seria', 'Serija'],
  'portal.seriesHint': ['Two letters and two digits, as on the stamp: CG26.', 'Dy shkronja dhe dy shifra, si në banderolë: CG26.', 'Dva slova i dve cifre, kao na markici: CG26.'],
  'portal.seriesFormat': ['Two letters and two digits, such as CG26.', 'Dy shkronja dhe dy shifra, si CG26.', 'Dva slova i dve cifre, npr. CG26.'],
  'portal.fromPremises': ['From your premises', 'Nga lokali juaj', 'Iz vašeg objekta'],
  'portal.toPremises': ['To the premises of', 'Te lokali i', 'U objekat'],
  'portal.premisesOption': ['{name} · {where}', '{name} · {where}', '{name} · {where}'],
  'portal.note': ['Note (optional)', 'Shënim (opsional)', 'Napomena (nije obavezno)'],
  'portal.shipSubmit': ['Record the shipment', 'Regjistro dërgesën', 'Zabeleži pošiljku'],
  'portal.shipped': [{ one: '{count} stamp, {first} to {last}, is on its way to {premises}.', other: '{count} stamps, {first} to {last}, are on their way to {premises}.' }, { one: '{count} banderolë, {first} deri {last}, është nisur për te {premises}.', other: '{count} banderola, {first} deri {last}, janë nisur për te {premises}.' }, { one: '{count} markica, od {first} do {last}, poslata je u {premises}.', few: '{count} markice, od {first} do {last}, poslate su u {premises}.', other: '{count} markica, od {first} do {last}, poslato je u {premises}.' }],
  'portal.movements': ['What happened to these stamps', 'Çfarë ndodhi me këto banderola', 'Šta se desilo sa ovim markicama'],
  'portal.movementLine': ['{first} to {last}, {date}', '{first} deri {last}, {date}', 'od {first} do {last}, {date}'],
  'portal.movementTo': ['to {premises}', 'te {premises}', 'u {premises}'],
  'portal.noMovements': ['Nothing recorded yet: no shipment, receipt or inspection.', 'Ende asgjë e regjistruar: asnjë dërgesë, pranim apo inspektim.', 'Još ništa nije zabeleženo: nijedna pošiljka, prijem ni inspekcija.'],
  'portal.otherStep': ['Recorded', 'Regjistruar', 'Zabeleženo'],
  'portal.receiveTitle': ['Receive a shipment', 'Pranoni një dërgesë', 'Primite pošiljku'],
  'portal.receiveIntro': ['Stamped goods another company shipped to your premises: record that they arrived, and they are yours to ship on.', 'Mallra me banderola që një kompani tjetër i dërgoi në lokalin tuaj: regjistroni që arritën, dhe mund t\'i dërgoni më tej.', 'Roba sa markicama koju je drugo preduzeće poslalo u vaš objekat: zabeležite da je stigla i možete je dalje slati.'],
  'portal.receivedAt': ['At your premises', 'Në lokalin tuaj', 'U vašem objektu'],
  'portal.receiveSubmit': ['Record the receipt', 'Regjistro pranimin', 'Zabeleži prijem'],
  'portal.received': [{ one: '{count} stamp, {first} to {last}, is received.', other: '{count} stamps, {first} to {last}, are received.' }, { one: '{count} banderolë, {first} deri {last}, u pranua.', other: '{count} banderola, {first} deri {last}, u pranuan.' }, { one: '{count} markica, od {first} do {last}, primljena je.', few: '{count} markice, od {first} do {last}, primljene su.', other: '{count} markica, od {first} do {last}, primljeno je.' }],
  'portal.history': ['The order\'s history', 'Historia e porosisë', 'Istorija porudžbine'],
  'portal.historyLine': ['{status}: {date}', '{status}: {date}', '{status}: {date}'],
  'portal.orderStatus.pending': ['Waiting for approval', 'Në pritje të miratimit', 'Čeka odobrenje'],
  'portal.orderStatus.approved': ['Approved', 'E miratuar', 'Odobrena'],
  'portal.orderStatus.rejected': ['Rejected', 'E refuzuar', 'Odbijena'],
  'portal.reportLink': ['Verification report', 'Raporti i verifikimeve', 'Izveštaj o proverama'],
  'portal.usersLink': ['Company users and API keys', 'Përdoruesit e kompanisë dhe çelësat API', 'Korisnici preduzeća i API ključevi'],
  'portal.supportLink': ['Contact support', 'Kontaktoni mbështetjen', 'Kontaktirajte podršku'],
  'portal.manualLink': ['User guide', 'Udhëzuesi i përdoruesit', 'Uputstvo za korisnike'],
  'report.title': ['Verification report', 'Raporti i verifikimeve', 'Izveštaj o proverama'],
  'report.intro': ['Every scan of your company\'s stamps, by consumers and customs officers, and what looked wrong.', 'Çdo skanim i banderolave të kompanisë suaj, nga konsumatorët dhe zyrtarët doganorë, dhe çfarë dukej gabim.', 'Svako skeniranje markica vašeg preduzeća, od strane potrošača i carinskih službenika, i šta je izgledalo pogrešno.'],
  'report.back': ['Back to the operators\' portal', 'Kthehu te Portali i operatorëve', 'Nazad na Portal operatera'],
  'report.from': ['From', 'Nga', 'Od'],
  'report.to': ['To', 'Deri', 'Do'],
  'report.windowHint': ['At most one year.', 'Së shumti një vit.', 'Najviše godinu dana.'],
  'report.show': ['Show the report', 'Shfaq raportin', 'Prikaži izveštaj'],
  'report.dateFormat': ['Choose a day.', 'Zgjidhni një ditë.', 'Izaberite dan.'],
  'report.reversed': ['The last day comes before the first.', 'Dita e fundit është para së parës.', 'Poslednji dan je pre prvog.'],
  'report.tooLong': ['At most one year: choose a later first day or an earlier last day.', 'Së shumti një vit: zgjidhni një ditë të parë më vonë ose një ditë të fundit më herët.', 'Najviše godinu dana: izaberite kasniji prvi dan ili raniji poslednji dan.'],
  'report.csv': ['Download as CSV', 'Shkarko si CSV', 'Preuzmi kao CSV'],
  'report.print': ['Print', 'Shtyp', 'Odštampaj'],
  'report.window': ['From {from} to {to}.', 'Nga {from} deri më {to}.', 'Od {from} do {to}.'],
  'report.verdicts': ['Verdicts', 'Rezultatet', 'Rezultati'],
  'report.scans': ['Scans', 'Skanime', 'Skeniranja'],
  'report.perDay': ['Scans per day', 'Skanimet për ditë', 'Skeniranja po danu'],
  'report.day': ['Day', 'Dita', 'Dan'],
  'report.chartSummary': [{ one: '{count} scan in {days} days; the chart shows each day\'s scans by verdict, the table below the same figures.', other: '{count} scans in {days} days; the chart shows each day\'s scans by verdict, the table below the same figures.' }, { one: '{count} skanim në {days} ditë; grafiku tregon skanimet e çdo dite sipas rezultatit, tabela më poshtë të njëjtat shifra.', other: '{count} skanime në {days} ditë; grafiku tregon skanimet e çdo dite sipas rezultatit, tabela më poshtë të njëjtat shifra.' }, { one: '{count} skeniranje za {days} dana; grafikon prikazuje skeniranja svakog dana po rezultatu, tabela ispod iste brojke.', few: '{count} skeniranja za {days} dana; grafikon prikazuje skeniranja svakog dana po rezultatu, tabela ispod iste brojke.', other: '{count} skeniranja za {days} dana; grafikon prikazuje skeniranja svakog dana po rezultatu, tabela ispod iste brojke.' }],
  'report.asTable': ['The figures per day as a table', 'Shifrat për ditë si tabelë', 'Brojke po danu kao tabela'],
  'report.noChart': ['The chart could not be drawn; the table below has the same figures.', 'Grafiku nuk mund të vizatohej; tabela më poshtë ka të njëjtat shifra.', 'Grafikon nije mogao da se nacrta; tabela ispod ima iste brojke.'],
  'report.perMunicipality': ['Scans per municipality', 'Skanimet për komunë', 'Skeniranja po opštini'],
  'report.municipality': ['Municipality', 'Komuna', 'Opština'],
  'report.noPlaces': ['No municipality has enough scans to be named.', 'Asnjë komunë nuk ka mjaft skanime për t\'u emërtuar.', 'Nijedna opština nema dovoljno skeniranja da bi bila navedena.'],
  'report.unplaced': [{ one: '{count} scan without a place: a municipality is named only when at least {min} scans back it, so that no scan points at a person.', other: '{count} scans without a place: a municipality is named only when at least {min} scans back it, so that no scan points at a person.' }, { one: '{count} skanim pa vend: një komunë emërtohet vetëm kur e mbështesin të paktën {min} skanime, që asnjë skanim të mos tregojë një person.', other: '{count} skanime pa vend: një komunë emërtohet vetëm kur e mbështesin të paktën {min} skanime, që asnjë skanim të mos tregojë një person.' }, { one: '{count} skeniranje bez mesta: opština se navodi samo kada je podržava najmanje {min} skeniranja, da nijedno skeniranje ne bi ukazalo na osobu.', few: '{count} skeniranja bez mesta: opština se navodi samo kada je podržava najmanje {min} skeniranja, da nijedno skeniranje ne bi ukazalo na osobu.', other: '{count} skeniranja bez mesta: opština se navodi samo kada je podržava najmanje {min} skeniranja, da nijedno skeniranje ne bi ukazalo na osobu.' }],
  'report.perProduct': ['Scans per product', 'Skanimet për produkt', 'Skeniranja po proizvodu'],
  'report.noProduct': ['Not attached to a product', 'E pavendosur në produkt', 'Nije postavljena na proizvod'],
  'report.noScans': ['No scan of your stamps in these days.', 'Asnjë skanim i banderolave tuaja në këto ditë.', 'Nema skeniranja vaših markica ovih dana.'],
  'report.findings': ['What looked wrong', 'Çfarë dukej gabim', 'Šta je izgledalo pogrešno'],
  'report.findingsIntro': ['Counterfeiters copy the codes of genuine stamps of real brands: each stamp below gave a warning when scanned.', 'Falsifikuesit kopjojnë kodet e banderolave origjinale të markave të vërteta: çdo banderolë më poshtë dha një paralajmërim kur u skanua.', 'Falsifikatori kopiraju kodove originalnih markica pravih brendova: svaka markica ispod je dala upozorenje pri skeniranju.'],
  'report.noFindings': ['Nothing looked wrong in these days.', 'Asgjë nuk dukej gabim në këto ditë.', 'Ništa nije izgledalo pogrešno ovih dana.'],
  'report.finding.clone_suspected': ['Scanned in too many places: it may be a copy', 'Skanuar në shumë vende: mund të jetë kopje', 'Skenirana na previše mesta: možda je kopija'],
  'report.finding.custody_mismatch': ['Scanned away from the premises where it was last recorded', 'Skanuar larg lokalit ku u regjistrua së fundi', 'Skenirana daleko od objekta u kome je poslednji put evidentirana'],
  'report.finding.scanned_by_many': ['Scanned by many different phones', 'Skanuar nga shumë telefona të ndryshëm', 'Skenirana sa mnogo različitih telefona'],
  'report.finding.other': ['A warning when scanned', 'Një paralajmërim kur u skanua', 'Upozorenje pri skeniranju'],
  'report.findingScans': ['Scans with this warning', 'Skanime me këtë paralajmërim', 'Skeniranja sa ovim upozorenjem'],
  'report.firstSeen': ['First', 'E para', 'Prvo'],
  'report.lastSeen': ['Last', 'E fundit', 'Poslednje'],
  'report.where': ['Where', 'Ku', 'Gde'],
  'report.placeScans': [{ one: '{name} ({count} scan)', other: '{name} ({count} scans)' }, { one: '{name} ({count} skanim)', other: '{name} ({count} skanime)' }, { one: '{name} ({count} skeniranje)', few: '{name} ({count} skeniranja)', other: '{name} ({count} skeniranja)' }],
  'report.unplacedScans': [{ one: '{count} scan without a place', other: '{count} scans without a place' }, { one: '{count} skanim pa vend', other: '{count} skanime pa vend' }, { one: '{count} skeniranje bez mesta', few: '{count} skeniranja bez mesta', other: '{count} skeniranja bez mesta' }],
  'report.nowhere': ['No place known', 'Asnjë vend i njohur', 'Nijedno poznato mesto'],
};
