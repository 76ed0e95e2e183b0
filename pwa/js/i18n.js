// The three languages of the app (Albanian, Serbian in Latin script, English): choosing one,
// translating strings, and formatting dates and numbers the local way.

const LOCALES = { sq: 'sq-XK', sr: 'sr-Latn', en: 'en-GB' };
const HTML_LANG = { sq: 'sq', sr: 'sr-Latn', en: 'en' };
const STORAGE_KEY = 'bi.lang';
const KOSOVO_TZ = 'Europe/Belgrade';

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
export const locale = () => LOCALES[current];
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
  let entry = CATALOGUES[current][key] ?? CATALOGUES.en[key] ?? key;
  if (typeof entry === 'object') {
    const form = new Intl.PluralRules(locale()).select(params.count ?? 0);
    entry = entry[form] ?? entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (_, name) =>
    (name in params ? (typeof params[name] === 'number' ? formatNumber(params[name]) : params[name]) : `{${name}}`));
}

/** Translate if the catalogue knows the key, else give the fallback (e.g. a server value). */
export const tOr = (key, fallback) => (key in CATALOGUES.en ? t(key) : fallback);

// Some browsers (e.g. Chromium built with a trimmed ICU) lack Albanian locale data and print
// "22 M11 2026"; then Albanian dates, numbers and relative days are composed here.
const SQ_MONTHS = ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'];
const ownAlbanian = () => current === 'sq' && Intl.DateTimeFormat.supportedLocalesOf(['sq']).length === 0;

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

const CATALOGUES = {
  en: {
    'action.record_receipt': 'Record the day a notice was received', 'action.decide_appeal': 'Record the appeal decision',
    'fieldLabel.notification_id': 'Notice', 'fieldLabel.appeal_id': 'Appeal',
    'document.board_decision': 'Decision of the Board',
    'deadline.extension_due_on': 'Extension must be decided by', 'deadline.seized_on': 'Seized on',
    'deadline.notice_received_on': 'Notice received on', 'deadline.court_appeal_due_on': 'Appeal to the court until',
    'deadline.final_on': 'Seizure final on',
    'case.history': 'History',
    'history.opened': 'Case opened', 'history.extended': 'Detention extended', 'history.decided': 'Decision taken',
    'history.notified': 'Notice sent', 'history.received': 'Notice received', 'history.review_requested': 'Review requested',
    'history.review_decided': 'Review decided', 'history.appeal_lodged': 'Appeal lodged', 'history.appeal_decided': 'Appeal decided',
    'history.disposed': 'Disposal decided', 'history.photo_added': 'Photo added', 'history.deemed_seized': 'Deemed seized',
    'history.notice_prepared': 'Notice of Seizure prepared',
    'nav.skip': 'Skip to content', 'nav.scan': 'Scan', 'nav.board': 'Notices', 'nav.allowances': 'Allowances',
    'nav.officer': 'Officer', 'nav.settings': 'Settings', 'nav.label': 'Main menu', 'nav.cases': 'Cases', 'nav.inspection': 'Inspection',
    'net.offline': 'Offline', 'net.waiting': { one: '{count} waiting to be sent', other: '{count} waiting to be sent' },
    'toast.verdictReady': 'Full verdict for {serial}: {verdict}',
    'error.network': 'No network. Try again when you are online.',
    'error.rateLimited': 'Too many checks from this connection. Try again in {seconds} seconds.',
    'error.generic': 'Something went wrong. Please try again.',

    'scan.title': 'Check a stamp',
    'scan.intro': 'Scan the QR code on the excise stamp of a bottle or a pack, take a photo of it, or type the serial number.',
    'scan.startCamera': 'Scan with the camera', 'scan.stopCamera': 'Stop the camera', 'scan.cameraLabel': 'Camera view',
    'scan.pointCamera': 'Point the camera at the QR code on the stamp.',
    'scan.cameraDenied': 'The camera is not allowed. Take a photo or type the serial number instead.',
    'scan.cameraUnavailable': 'No camera is available. Take a photo or type the serial number instead.',
    'scan.checking': 'Checking…', 'scan.takePhoto': 'Take a photo of the stamp', 'scan.readingPhoto': 'Reading the photo…',
    'scan.noCodeInPhoto': 'No QR code was found in this photo. Try again closer, with the code flat and in good light.',
    'scan.manualHeading': 'Type the serial number', 'scan.manualLabel': 'Serial number or code',
    'scan.manualHint': 'Printed under the QR code, for example CG26-000123456.',
    'scan.manualEmpty': 'Type the serial number first.', 'scan.check': 'Check',
    'scan.reportLink': 'Report a suspicious product without a stamp',

    'verdict.genuine': 'Genuine', 'verdict.suspicious': 'Suspicious', 'verdict.invalid': 'Invalid',
    'verdict.authentic': 'Signature valid', 'verdict.unchecked': 'Not checked',
    'verdict.genuine.explain': 'This stamp was issued by Kosovo Customs and is in order.',
    'verdict.suspicious.explain': 'The stamp is authentic, but something about it is not right. Compare the product carefully.',
    'verdict.invalid.explain': 'This is not a valid excise stamp. Do not buy the product; please report it.',
    'local.authentic': 'Signature valid',
    'local.authentic.explain': 'Offline: only authenticity was checked, with the published keys. The full check (issued, activated, not revoked, not copied) will run when you are online.',
    'local.invalid': 'Invalid', 'local.invalid.explain': 'Offline check: this code was not signed by Kosovo Customs.',
    'local.unchecked': 'Not checked yet', 'local.unchecked.explain': 'This cannot be checked without a network. It will be checked when you are online.',
    'result.why': 'Why', 'result.pending': 'Waiting for the network to send this scan. You will see the full verdict here.',
    'result.checkedAfterOffline': 'Checked by the server after the network returned.',
    'result.none': 'No result yet', 'result.scanAnother': 'Scan another', 'result.report': 'Report this product',

    'reason.signature_invalid': 'The signature does not match: the code was not made by Kosovo Customs.',
    'reason.unknown_key': 'The code was signed with a key that Kosovo Customs has not published.',
    'reason.malformed_code': 'This is not an excise stamp code.',
    'reason.serial_only': 'A serial typed by hand has no signature that could be checked offline.',
    'reason.no_keys': 'The signing keys are not on this phone yet.',
    'reason.no_crypto': 'This browser cannot check Ed25519 signatures.',
    'reason.not_issued': 'This serial number was never issued.', 'reason.revoked': 'This stamp has been revoked.',
    'reason.destroyed': 'This stamp was destroyed.', 'reason.not_activated': 'This stamp has not been attached to a product yet.',
    'reason.sale_window': 'The stamp is outside its sale period.',
    'reason.clone_suspected': 'This stamp has been scanned in too many places: it may be a copy.',
    'reason.custody_mismatch': 'The stamp was last recorded at other premises.',
    'reason.batch_reported_missing': 'This stamp belongs to a batch reported lost or stolen.',
    'reason.seized': 'This stamp belongs to seized goods.',

    'product.heading': 'Compare with the product in your hand', 'product.serial': 'Serial number', 'product.category': 'Category',
    'product.product': 'Product', 'product.size': 'Size', 'product.sticks': { one: '{count} piece', other: '{count} pieces' },
    'product.abv': 'Alcohol', 'product.gtin': 'Barcode (GTIN)', 'product.operator': 'Issued to', 'product.issued': 'Issued on',
    'product.firstScan': 'First scanned', 'product.neverScanned': 'Never scanned before',
    'product.notActivated': 'Not yet attached to a product', 'product.scanCount': 'Times scanned',
    'category.cigarettes': 'Cigarettes', 'category.cigars_cigarillos': 'Cigars and cigarillos',
    'category.smoking_tobacco': 'Other smoking tobacco', 'category.wine': 'Wine', 'category.spirits': 'Spirits',

    'report.title': 'Report a suspicious product',
    'report.intro': 'Tell Kosovo Customs about a product whose stamp looks wrong or is missing. You may stay anonymous.',
    'report.code': 'Stamp code or serial (if any)', 'report.codeHint': 'Filled in for you when you come from a scan.',
    'report.description': 'What is wrong?', 'report.descriptionHint': 'For example: no stamp, a damaged stamp, a price far too low.',
    'report.premises': 'Shop or place', 'report.photo': 'Photo (optional)', 'report.photoHint': 'A photo of the product and its stamp helps.',
    'report.location': 'Add my approximate location (about 1 km)', 'report.send': 'Send the report',
    'report.descriptionMissing': 'Please describe what is wrong.',
    'report.received': 'Thank you. Your report was received (number {id}).',
    'report.queued': 'Thank you. You are offline: the report is saved on this phone and will be sent automatically when you are online.',

    'login.title': 'Officer sign-in', 'login.intro': 'For customs officers and supervisors. You need your authenticator app.',
    'login.email': 'Email', 'login.password': 'Password', 'login.otp': 'Six-digit code from the authenticator app',
    'login.otpHint': 'The code changes every 30 seconds.', 'login.submit': 'Sign in', 'login.missing': 'Enter your email and password.',
    'login.signedInTitle': 'Signed in', 'login.signedInAs': 'Signed in as {email} ({roles}).', 'login.signOut': 'Sign out',
    'login.required': 'Sign-in required', 'login.expired': 'Your session has ended. Please sign in again.',
    'role.officer': 'customs officer', 'role.supervisor': 'supervisor', 'role.operator': 'operator', 'role.admin': 'administrator',

    'inspection.startTitle': 'Start an inspection', 'inspection.nearest': 'Find premises near me',
    'inspection.locating': 'Finding your location…', 'inspection.noLocation': 'Your location is not available. Choose the premises from the list.',
    'inspection.noneNear': 'No registered premises nearby. Choose from the list.', 'inspection.filter': 'Search premises',
    'inspection.distance': '{metres} m away', 'inspection.starting': 'Starting the inspection…',
    'inspection.activeTitle': 'Inspection at {name}', 'inspection.startedAt': 'Started {when}',
    'inspection.startScanning': 'Start scanning', 'inspection.stopScanning': 'Stop scanning', 'inspection.waiting': 'waiting for the network',
    'inspection.openCase': 'Open a detention case', 'inspection.end': 'End the inspection',
    'inspection.endConfirm': 'End this inspection? Its scans stay recorded on the server.', 'inspection.scans': 'Scans',
    'tally.genuine': 'Genuine', 'tally.suspicious': 'Suspicious', 'tally.invalid': 'Invalid', 'tally.pending': 'Waiting',

    'stamp.title': 'Look up a stamp', 'stamp.titleOf': 'Stamp {serial}', 'stamp.open': 'Open', 'stamp.status': 'Status',
    'stamp.batch': 'Batch {series} {first}–{last}, issued {date}', 'stamp.custody': 'Chain of custody',
    'stamp.noEvents': 'No custody events recorded.', 'stamp.scans': 'Scan history', 'stamp.noScans': 'Never scanned.',
    'stamp.when': 'When', 'stamp.where': 'Where', 'stamp.verdict': 'Verdict', 'stamp.who': 'Who',
    'step.commissioning': 'Issued', 'step.issuing': 'Issued', 'step.activating': 'Attached to a product', 'step.shipping': 'Shipped',
    'step.receiving': 'Received', 'step.inspecting': 'Inspected', 'step.holding': 'Held', 'step.detaining': 'Detained',
    'step.seizing': 'Seized', 'step.returning': 'Returned', 'step.destroying': 'Destroyed', 'step.decommissioning': 'Taken out of use',
    'stampStatus.issued': 'Issued', 'stampStatus.activated': 'Attached to a product', 'stampStatus.revoked': 'Revoked',
    'stampStatus.destroyed': 'Destroyed', 'stampStatus.seized': 'Seized', 'stampStatus.detained': 'Detained',
    'who.anonymous': 'Consumer (anonymous)', 'who.consumer': 'Consumer', 'who.officer': 'Customs officer',

    'cases.title': 'Cases', 'cases.new': 'Open a new case', 'cases.openLabel': 'Case number or id', 'cases.open': 'Open',
    'cases.server': 'All cases', 'cases.recent': 'Opened on this phone', 'cases.none': 'No cases.',
    'cases.noList': 'The server does not list cases; open a case by its number.',
    'caseNew.title': 'Open a detention case', 'caseNew.fromInspection': 'From the inspection at {name}.',
    'caseNew.detention': 'Detention', 'caseNew.detainedOn': 'Date of detention', 'caseNew.detainedOnHint': 'Today or earlier, never later.',
    'caseNew.place': 'Place', 'caseNew.municipality': 'Municipality', 'caseNew.owner': 'Owner or apparent owner',
    'caseNew.ownerKind': 'The owner is', 'caseNew.ownerName': 'Name', 'caseNew.ownerAddress': 'Last known address',
    'caseNew.ownerEmail': 'Electronic address (email)', 'caseNew.ownerAgent': 'Agent', 'caseNew.items': 'Detained things',
    'caseNew.prefilled': { one: 'Pre-filled from {count} finding of the inspection; check quantities and values.', other: 'Pre-filled from {count} findings of the inspection; check quantities and values.' },
    'caseNew.item': 'Item {n}', 'caseNew.kind': 'Kind', 'caseNew.description': 'Description', 'caseNew.quantity': 'Quantity',
    'caseNew.unit': 'Unit', 'caseNew.value': 'Value (EUR)', 'caseNew.category': 'Excise category', 'caseNew.serials': 'Stamp serials',
    'caseNew.serialsHint': 'One per line.', 'caseNew.unmarked': 'Unmarked (no stamp)', 'caseNew.perishable': 'Perishable or living',
    'caseNew.removeItem': 'Remove this item', 'caseNew.addItem': 'Add an item', 'caseNew.legalBasis': 'Legal basis',
    'caseNew.photos': 'Photos of the evidence', 'caseNew.photosHint': 'Taken with the camera; stored with their SHA-256 fingerprint.',
    'caseNew.submit': 'Open the case', 'caseNew.saving': 'Saving…',
    'caseNew.missing': "Fill in the place, the owner's name, every item (description and value) and at least one legal basis.",
    'caseNew.photosFailed': { one: '{count} photo could not be uploaded.', other: '{count} photos could not be uploaded.' },
    'owner.legal': 'a legal person (company)', 'owner.natural': 'a natural person',
    'itemKind.goods': 'Goods', 'itemKind.vehicle': 'Vehicle', 'itemKind.container': 'Container', 'itemKind.packing': 'Packing',
    'unit.piece': 'pieces', 'unit.pack': 'packs (20)', 'unit.carton': 'cartons (200)', 'unit.g': 'g', 'unit.kg': 'kg', 'unit.ml': 'ml', 'unit.l': 'l',
    'basis.Art. 251(1)': 'detention of goods liable to seizure', 'basis.Art. 242': 'fiscal marks (banderols) required',
    'basis.Art. 300(1)': 'possession or transport of unmarked products', 'basis.Art. 300(3)': 'premises used to sell unmarked products',
    'basis.Art. 300(4)': 'altered, falsified or counterfeit banderol', 'basis.Art. 300(5)': 'tobacco produced or imported without a licence',

    'case.title': 'Case {number}', 'case.detainedOn': 'detained on {date}', 'case.deadlines': 'Deadlines', 'case.documents': 'Documents',
    'case.documentLanguage': 'Language of the documents', 'case.downloading': 'Preparing the PDF…', 'case.actions': 'Decisions and records',
    'case.notAllowed': 'not allowed now', 'case.notAllowedNow': 'The law does not allow this at this stage of the case.',
    'case.fieldMissing': 'Fill in: {field}', 'case.actionDone': 'Recorded: {action}',
    'status.detained': 'Detained', 'status.returned': 'Returned', 'status.returned_conditionally': 'Returned on conditions',
    'status.seized': 'Seized', 'status.deemed_seized': 'Deemed seized', 'status.disposed': 'Disposed of',
    'deadline.detention_ends_on': 'Detention ends', 'deadline.latest_extension_to': 'Furthest possible extension',
    'deadline.review_request_due_on': 'Review may be requested until', 'deadline.review_decision_due_on': 'Review decision due',
    'deadline.board_appeal_due_on': 'Appeal to the Board until', 'deadline.deemed_seized_on': 'Deemed seized on',
    'doc.seizure-record': 'Seizure record', 'doc.receipt': 'Receipt', 'doc.extension-notice': 'Notice of extension', 'doc.seizure-notice': 'Notice of Seizure',
    'action.extend': 'Extend the detention', 'action.decide': 'Decide return or seizure', 'action.record_notification': 'Record a notification',
    'action.request_review': 'Record a request for review', 'action.decide_review': 'Record the review decision',
    'action.appeal': 'Record an appeal', 'action.dispose': 'Decide the disposal',
    'fieldLabel.days': 'Extra days (at most 60)', 'fieldLabel.reason': 'Reasons', 'fieldLabel.decided_on': 'Date of the decision',
    'fieldLabel.method': 'How it was notified', 'fieldLabel.sent_on': 'Sent or handed over on', 'fieldLabel.received_on': 'Received on',
    'fieldLabel.recipient': 'Recipient', 'fieldLabel.address': 'Address', 'fieldLabel.outcome': 'Outcome', 'fieldLabel.reasons': 'Reasons',
    'fieldLabel.conditions': 'Conditions', 'fieldLabel.document': 'Document', 'fieldLabel.requested_on': 'Requested on',
    'fieldLabel.review_id': 'Review', 'fieldLabel.level': 'Before', 'fieldLabel.lodged_on': 'Lodged on', 'fieldLabel.kind': 'Disposal',
    'fieldLabel.amount_eur': 'Amount (EUR)',
    'method.hand': 'By hand', 'method.post': 'By post', 'method.agent': 'To an agent', 'method.electronic': 'Electronically',
    'outcome.return': 'Return without condition', 'outcome.return_conditionally': 'Return on conditions', 'outcome.seize': 'Seize',
    'document.extension': 'Notice of extension', 'document.seizure': 'Notice of Seizure', 'document.decision': 'Decision on the detained things',
    'document.review_decision': 'Review decision',
    'reviewOutcome.upheld': 'Upheld', 'reviewOutcome.annulled': 'Annulled', 'reviewOutcome.amended': 'Amended',
    'forum.board': 'Independent Review Board', 'forum.court': 'Court',
    'disposal.return_on_payment': 'Return on payment', 'disposal.official_use': 'Keep for official use',
    'disposal.sale': 'Sell (proceeds to the Kosovo Fund)', 'disposal.destruction': 'Destroy',
    'disposal.perishable_sale': 'Sell (perishable)', 'disposal.perishable_destruction': 'Destroy (perishable)',

    'board.title': 'Notices of Seizure',
    'board.intro': 'Current Notices of Seizure published by Kosovo Customs (Article 251(7) of the Customs and Excise Code).',
    'board.filter': 'Search the notices', 'board.loading': 'Loading…',
    'board.count': { one: '{count} notice', other: '{count} notices' }, 'board.empty': 'There are no current notices.',
    'board.number': 'Notice {number}', 'board.seizedOn': 'Seized on', 'board.place': 'Place', 'board.goods': 'Goods',
    'board.legalBasis': 'Legal basis', 'board.reviewDeadline': 'Review may be requested until', 'board.status': 'Status',
    'board.feed': 'Subscribe (Atom feed)',
    'noticeStatus.current': 'Current', 'noticeStatus.review_window_open': 'Open for review requests',
    'noticeStatus.review_requested': 'Review requested', 'noticeStatus.review_pending': 'Review pending',
    'noticeStatus.appealable': 'Can be appealed', 'noticeStatus.appeal_pending': 'Appeal pending', 'noticeStatus.final': 'Final',

    'allowances.title': 'Traveller allowances',
    'allowances.intro': 'What you may bring into Kosovo free of duty (Articles 45–48 of the Customs and Excise Code).',
    'allowances.age': "Traveller's age", 'allowances.item': 'Item {n}', 'allowances.kind': 'Goods', 'allowances.quantity': 'Quantity',
    'allowances.unit': 'Unit', 'allowances.value': 'Value (EUR)', 'allowances.abv': 'Alcohol (% vol)',
    'allowances.description': 'Description (optional)', 'allowances.remove': 'Remove', 'allowances.add': 'Add goods',
    'allowances.check': 'Calculate', 'allowances.missing': 'Enter the age and a quantity for every item.',
    'allowances.resultCaption': 'Result', 'allowances.relieved': 'Duty free', 'allowances.dutiable': 'Dutiable',
    'kind.cigarettes': 'Cigarettes', 'kind.cigarillos': 'Cigarillos (at most 3 g each)', 'kind.cigars': 'Cigars',
    'kind.smoking_tobacco': 'Smoking tobacco', 'kind.spirits': 'Spirits over 22% vol',
    'kind.intermediate': 'Drinks up to 22% vol, sparkling or liqueur wine', 'kind.still_wine': 'Still wine',
    'kind.perfume': 'Perfume', 'kind.toilet_water': 'Toilet water', 'kind.medicine': 'Medicine', 'kind.other': 'Other goods',

    'settings.title': 'Settings', 'settings.language': 'Language',
    'settings.shareLocation': 'Send my approximate location with scans',
    'settings.shareLocationHint': 'Rounded to about 1 km. It helps Customs find copied stamps.',
    'settings.offline': 'Offline', 'settings.queued': { one: '{count} item is waiting to be sent.', other: '{count} items are waiting to be sent.' },
    'settings.nothingQueued': 'Nothing is waiting to be sent.', 'settings.sendNow': 'Send now',
    'settings.keys': 'Signing keys for offline checks: {count} (updated {when}).',
    'settings.noKeys': 'No signing keys saved yet: connect once to check offline.', 'settings.refreshKeys': 'Update the keys',
    'settings.account': 'Officer account',
  },

  sq: {
    'action.record_receipt': 'Regjistro ditën e pranimit të njoftimit', 'action.decide_appeal': 'Regjistro vendimin për ankesën',
    'fieldLabel.notification_id': 'Njoftimi', 'fieldLabel.appeal_id': 'Ankesa',
    'document.board_decision': 'Vendimi i Bordit',
    'deadline.extension_due_on': 'Zgjatja duhet vendosur deri më', 'deadline.seized_on': 'Sekuestruar më',
    'deadline.notice_received_on': 'Njoftimi u pranua më', 'deadline.court_appeal_due_on': 'Ankesa në gjykatë deri më',
    'deadline.final_on': 'Sekuestrimi përfundimtar më',
    'case.history': 'Historiku',
    'history.opened': 'Rasti u hap', 'history.extended': 'Ndalimi u zgjat', 'history.decided': 'U mor vendimi',
    'history.notified': 'Njoftimi u dërgua', 'history.received': 'Njoftimi u pranua', 'history.review_requested': 'U kërkua rishqyrtim',
    'history.review_decided': 'Rishqyrtimi u vendos', 'history.appeal_lodged': 'Ankesa u paraqit', 'history.appeal_decided': 'Ankesa u vendos',
    'history.disposed': 'U vendos për disponimin', 'history.photo_added': 'U shtua foto', 'history.deemed_seized': 'I konsideruar i sekuestruar',
    'history.notice_prepared': 'Njoftimi për sekuestrim u përgatit',
    'nav.skip': 'Kalo te përmbajtja', 'nav.scan': 'Skano', 'nav.board': 'Njoftimet', 'nav.allowances': 'Lejimet',
    'nav.officer': 'Zyrtari', 'nav.settings': 'Cilësimet', 'nav.label': 'Menyja kryesore', 'nav.cases': 'Rastet', 'nav.inspection': 'Inspektimi',
    'net.offline': 'Pa rrjet', 'net.waiting': { one: '{count} në pritje për dërgim', other: '{count} në pritje për dërgim' },
    'toast.verdictReady': 'Vlerësimi i plotë për {serial}: {verdict}',
    'error.network': 'Nuk ka rrjet. Provoni përsëri kur të jeni në linjë.',
    'error.rateLimited': 'Shumë kontrolle nga kjo lidhje. Provoni përsëri pas {seconds} sekondash.',
    'error.generic': 'Diçka shkoi keq. Ju lutemi provoni përsëri.',

    'scan.title': 'Kontrolloni banderolën',
    'scan.intro': 'Skanoni kodin QR në banderolën e akcizës së shishes ose të paketës, bëni një foto, ose shkruani numrin serik.',
    'scan.startCamera': 'Skano me kamerë', 'scan.stopCamera': 'Ndalo kamerën', 'scan.cameraLabel': 'Pamja e kamerës',
    'scan.pointCamera': 'Drejtojeni kamerën nga kodi QR në banderolë.',
    'scan.cameraDenied': 'Kamera nuk lejohet. Bëni një foto ose shkruani numrin serik.',
    'scan.cameraUnavailable': 'Nuk ka kamerë në dispozicion. Bëni një foto ose shkruani numrin serik.',
    'scan.checking': 'Duke kontrolluar…', 'scan.takePhoto': 'Bëni foto banderolës', 'scan.readingPhoto': 'Duke lexuar foton…',
    'scan.noCodeInPhoto': 'Në këtë foto nuk u gjet asnjë kod QR. Provoni përsëri më afër, me kodin të drejtë dhe me dritë të mirë.',
    'scan.manualHeading': 'Shkruani numrin serik', 'scan.manualLabel': 'Numri serik ose kodi',
    'scan.manualHint': 'I shtypur poshtë kodit QR, për shembull CG26-000123456.',
    'scan.manualEmpty': 'Së pari shkruani numrin serik.', 'scan.check': 'Kontrollo',
    'scan.reportLink': 'Raportoni një produkt të dyshimtë pa banderolë',

    'verdict.genuine': 'Origjinale', 'verdict.suspicious': 'E dyshimtë', 'verdict.invalid': 'E pavlefshme',
    'verdict.authentic': 'Nënshkrim i vlefshëm', 'verdict.unchecked': 'E pakontrolluar',
    'verdict.genuine.explain': 'Kjo banderolë është lëshuar nga Dogana e Kosovës dhe është në rregull.',
    'verdict.suspicious.explain': 'Banderola është autentike, por diçka nuk është në rregull. Krahasojeni me kujdes produktin.',
    'verdict.invalid.explain': 'Kjo nuk është banderolë e vlefshme e akcizës. Mos e blini produktin; ju lutemi raportojeni.',
    'local.authentic': 'Nënshkrim i vlefshëm',
    'local.authentic.explain': 'Pa rrjet: u kontrollua vetëm autenticiteti, me çelësat e publikuar. Kontrolli i plotë (e lëshuar, e aktivizuar, e parevokuar, e pakopjuar) do të bëhet kur të jeni në linjë.',
    'local.invalid': 'E pavlefshme', 'local.invalid.explain': 'Kontroll pa rrjet: ky kod nuk është nënshkruar nga Dogana e Kosovës.',
    'local.unchecked': 'Ende e pakontrolluar', 'local.unchecked.explain': 'Kjo nuk mund të kontrollohet pa rrjet. Do të kontrollohet kur të jeni në linjë.',
    'result.why': 'Pse', 'result.pending': 'Ky skanim pret rrjetin për t’u dërguar. Vlerësimin e plotë do ta shihni këtu.',
    'result.checkedAfterOffline': 'U kontrollua nga serveri pasi u kthye rrjeti.',
    'result.none': 'Ende pa rezultat', 'result.scanAnother': 'Skano një tjetër', 'result.report': 'Raporto këtë produkt',

    'reason.signature_invalid': 'Nënshkrimi nuk përputhet: kodi nuk është krijuar nga Dogana e Kosovës.',
    'reason.unknown_key': 'Kodi është nënshkruar me një çelës që Dogana e Kosovës nuk e ka publikuar.',
    'reason.malformed_code': 'Ky nuk është kod i banderolës së akcizës.',
    'reason.serial_only': 'Një numër serik i shkruar me dorë nuk ka nënshkrim që të kontrollohet pa rrjet.',
    'reason.no_keys': 'Çelësat e nënshkrimit ende nuk janë në këtë telefon.',
    'reason.no_crypto': 'Ky shfletues nuk mund t’i kontrollojë nënshkrimet Ed25519.',
    'reason.not_issued': 'Ky numër serik nuk është lëshuar kurrë.', 'reason.revoked': 'Kjo banderolë është revokuar.',
    'reason.destroyed': 'Kjo banderolë është asgjësuar.', 'reason.not_activated': 'Kjo banderolë ende nuk i është vendosur një produkti.',
    'reason.sale_window': 'Banderola është jashtë periudhës së saj të shitjes.',
    'reason.clone_suspected': 'Kjo banderolë është skanuar në shumë vende: mund të jetë kopje.',
    'reason.custody_mismatch': 'Banderola është regjistruar së fundi në një lokal tjetër.',
    'reason.batch_reported_missing': 'Kjo banderolë i përket një serie të raportuar si e humbur ose e vjedhur.',
    'reason.seized': 'Kjo banderolë i përket mallrave të sekuestruara.',

    'product.heading': 'Krahasojeni me produktin në dorë', 'product.serial': 'Numri serik', 'product.category': 'Kategoria',
    'product.product': 'Produkti', 'product.size': 'Sasia', 'product.sticks': { one: '{count} copë', other: '{count} copë' },
    'product.abv': 'Alkooli', 'product.gtin': 'Barkodi (GTIN)', 'product.operator': 'Lëshuar për', 'product.issued': 'Lëshuar më',
    'product.firstScan': 'Skanimi i parë', 'product.neverScanned': 'Nuk është skanuar më parë',
    'product.notActivated': 'Ende e pavendosur në produkt', 'product.scanCount': 'Numri i skanimeve',
    'category.cigarettes': 'Cigare', 'category.cigars_cigarillos': 'Puro dhe cigarillo',
    'category.smoking_tobacco': 'Duhan tjetër për pirje', 'category.wine': 'Verë', 'category.spirits': 'Pije alkoolike',

    'report.title': 'Raportoni një produkt të dyshimtë',
    'report.intro': 'Njoftoni Doganën e Kosovës për një produkt banderola e të cilit duket e gabuar ose mungon. Mund të mbeteni anonim.',
    'report.code': 'Kodi ose numri serik i banderolës (nëse ka)', 'report.codeHint': 'Plotësohet vetë kur vini nga një skanim.',
    'report.description': 'Çfarë nuk është në rregull?', 'report.descriptionHint': 'Për shembull: pa banderolë, banderolë e dëmtuar, çmim shumë i ulët.',
    'report.premises': 'Dyqani ose vendi', 'report.photo': 'Foto (opsionale)', 'report.photoHint': 'Një foto e produktit dhe e banderolës ndihmon.',
    'report.location': 'Shto vendndodhjen time të përafërt (rreth 1 km)', 'report.send': 'Dërgo raportin',
    'report.descriptionMissing': 'Ju lutemi përshkruani çfarë nuk është në rregull.',
    'report.received': 'Faleminderit. Raporti juaj u pranua (numri {id}).',
    'report.queued': 'Faleminderit. Jeni pa rrjet: raporti u ruajt në këtë telefon dhe do të dërgohet vetë kur të jeni në linjë.',

    'login.title': 'Hyrja e zyrtarit', 'login.intro': 'Për zyrtarët doganorë dhe mbikëqyrësit. Ju duhet aplikacioni i vërtetimit.',
    'login.email': 'Email-i', 'login.password': 'Fjalëkalimi', 'login.otp': 'Kodi gjashtëshifror nga aplikacioni i vërtetimit',
    'login.otpHint': 'Kodi ndryshon çdo 30 sekonda.', 'login.submit': 'Hyr', 'login.missing': 'Shkruani email-in dhe fjalëkalimin.',
    'login.signedInTitle': 'Jeni të kyçur', 'login.signedInAs': 'Të kyçur si {email} ({roles}).', 'login.signOut': 'Dil',
    'login.required': 'Duhet të kyçeni', 'login.expired': 'Seanca juaj përfundoi. Ju lutemi kyçuni përsëri.',
    'role.officer': 'zyrtar doganor', 'role.supervisor': 'mbikëqyrës', 'role.operator': 'operator', 'role.admin': 'administrator',

    'inspection.startTitle': 'Filloni një inspektim', 'inspection.nearest': 'Gjej lokalet pranë meje',
    'inspection.locating': 'Duke gjetur vendndodhjen tuaj…', 'inspection.noLocation': 'Vendndodhja juaj nuk është e disponueshme. Zgjidhni lokalin nga lista.',
    'inspection.noneNear': 'Nuk ka lokale të regjistruara afër. Zgjidhni nga lista.', 'inspection.filter': 'Kërko lokalet',
    'inspection.distance': '{metres} m larg', 'inspection.starting': 'Duke filluar inspektimin…',
    'inspection.activeTitle': 'Inspektim në {name}', 'inspection.startedAt': 'Filloi më {when}',
    'inspection.startScanning': 'Fillo skanimin', 'inspection.stopScanning': 'Ndalo skanimin', 'inspection.waiting': 'në pritje të rrjetit',
    'inspection.openCase': 'Hap një rast ndalimi', 'inspection.end': 'Përfundo inspektimin',
    'inspection.endConfirm': 'Të përfundohet ky inspektim? Skanimet e tij mbeten të regjistruara në server.', 'inspection.scans': 'Skanimet',
    'tally.genuine': 'Origjinale', 'tally.suspicious': 'Të dyshimta', 'tally.invalid': 'Të pavlefshme', 'tally.pending': 'Në pritje',

    'stamp.title': 'Kërkoni një banderolë', 'stamp.titleOf': 'Banderola {serial}', 'stamp.open': 'Hap', 'stamp.status': 'Gjendja',
    'stamp.batch': 'Seria {series} {first}–{last}, lëshuar më {date}', 'stamp.custody': 'Zinxhiri i ruajtjes',
    'stamp.noEvents': 'Nuk ka ngjarje të regjistruara të ruajtjes.', 'stamp.scans': 'Historiku i skanimeve', 'stamp.noScans': 'Nuk është skanuar kurrë.',
    'stamp.when': 'Kur', 'stamp.where': 'Ku', 'stamp.verdict': 'Vlerësimi', 'stamp.who': 'Kush',
    'step.commissioning': 'Lëshuar', 'step.issuing': 'Lëshuar', 'step.activating': 'Vendosur në produkt', 'step.shipping': 'Dërguar',
    'step.receiving': 'Pranuar', 'step.inspecting': 'Inspektuar', 'step.holding': 'Mbajtur', 'step.detaining': 'Ndaluar',
    'step.seizing': 'Sekuestruar', 'step.returning': 'Kthyer', 'step.destroying': 'Asgjësuar', 'step.decommissioning': 'Nxjerrë jashtë përdorimit',
    'stampStatus.issued': 'E lëshuar', 'stampStatus.activated': 'E vendosur në produkt', 'stampStatus.revoked': 'E revokuar',
    'stampStatus.destroyed': 'E asgjësuar', 'stampStatus.seized': 'E sekuestruar', 'stampStatus.detained': 'E ndaluar',
    'who.anonymous': 'Konsumator (anonim)', 'who.consumer': 'Konsumator', 'who.officer': 'Zyrtar doganor',

    'cases.title': 'Rastet', 'cases.new': 'Hap një rast të ri', 'cases.openLabel': 'Numri ose id e rastit', 'cases.open': 'Hap',
    'cases.server': 'Të gjitha rastet', 'cases.recent': 'Të hapura në këtë telefon', 'cases.none': 'Nuk ka raste.',
    'cases.noList': 'Serveri nuk i liston rastet; hapni një rast me numrin e tij.',
    'caseNew.title': 'Hapni një rast ndalimi', 'caseNew.fromInspection': 'Nga inspektimi në {name}.',
    'caseNew.detention': 'Ndalimi', 'caseNew.detainedOn': 'Data e ndalimit', 'caseNew.detainedOnHint': 'Sot ose më herët, asnjëherë më vonë.',
    'caseNew.place': 'Vendi', 'caseNew.municipality': 'Komuna', 'caseNew.owner': 'Pronari ose pronari i dukshëm',
    'caseNew.ownerKind': 'Pronari është', 'caseNew.ownerName': 'Emri', 'caseNew.ownerAddress': 'Adresa e fundit e njohur',
    'caseNew.ownerEmail': 'Adresa elektronike (email)', 'caseNew.ownerAgent': 'Përfaqësuesi', 'caseNew.items': 'Sendet e ndaluara',
    'caseNew.prefilled': { one: 'Plotësuar nga {count} gjetje e inspektimit; kontrolloni sasitë dhe vlerat.', other: 'Plotësuar nga {count} gjetje të inspektimit; kontrolloni sasitë dhe vlerat.' },
    'caseNew.item': 'Sendi {n}', 'caseNew.kind': 'Lloji', 'caseNew.description': 'Përshkrimi', 'caseNew.quantity': 'Sasia',
    'caseNew.unit': 'Njësia', 'caseNew.value': 'Vlera (EUR)', 'caseNew.category': 'Kategoria e akcizës', 'caseNew.serials': 'Numrat serikë të banderolave',
    'caseNew.serialsHint': 'Një për rresht.', 'caseNew.unmarked': 'Pa shenjë (pa banderolë)', 'caseNew.perishable': 'Që prishet ose i gjallë',
    'caseNew.removeItem': 'Hiqe këtë send', 'caseNew.addItem': 'Shto një send', 'caseNew.legalBasis': 'Baza ligjore',
    'caseNew.photos': 'Fotot e provave', 'caseNew.photosHint': 'Të bëra me kamerë; ruhen me gjurmën e tyre SHA-256.',
    'caseNew.submit': 'Hap rastin', 'caseNew.saving': 'Duke ruajtur…',
    'caseNew.missing': 'Plotësoni vendin, emrin e pronarit, çdo send (përshkrimin dhe vlerën) dhe të paktën një bazë ligjore.',
    'caseNew.photosFailed': { one: '{count} foto nuk u ngarkua.', other: '{count} foto nuk u ngarkuan.' },
    'owner.legal': 'person juridik (kompani)', 'owner.natural': 'person fizik',
    'itemKind.goods': 'Mallra', 'itemKind.vehicle': 'Automjet', 'itemKind.container': 'Kontejner', 'itemKind.packing': 'Paketim',
    'unit.piece': 'copë', 'unit.pack': 'pako (20)', 'unit.carton': 'kartonë (200)', 'unit.g': 'g', 'unit.kg': 'kg', 'unit.ml': 'ml', 'unit.l': 'l',
    'basis.Art. 251(1)': 'ndalimi i mallrave që i nënshtrohen sekuestrimit', 'basis.Art. 242': 'shenjat fiskale (banderolat) të detyrueshme',
    'basis.Art. 300(1)': 'posedimi ose transportimi i produkteve pa shenjë', 'basis.Art. 300(3)': 'lokal i përdorur për shitjen e produkteve pa shenjë',
    'basis.Art. 300(4)': 'banderolë e ndryshuar, e falsifikuar ose e imituar', 'basis.Art. 300(5)': 'duhan i prodhuar ose i importuar pa licencë',

    'case.title': 'Rasti {number}', 'case.detainedOn': 'ndaluar më {date}', 'case.deadlines': 'Afatet', 'case.documents': 'Dokumentet',
    'case.documentLanguage': 'Gjuha e dokumenteve', 'case.downloading': 'Duke përgatitur PDF-në…', 'case.actions': 'Vendimet dhe regjistrimet',
    'case.notAllowed': 'nuk lejohet tani', 'case.notAllowedNow': 'Ligji nuk e lejon këtë në këtë fazë të rastit.',
    'case.fieldMissing': 'Plotësoni: {field}', 'case.actionDone': 'U regjistrua: {action}',
    'status.detained': 'I ndaluar', 'status.returned': 'I kthyer', 'status.returned_conditionally': 'I kthyer me kushte',
    'status.seized': 'I sekuestruar', 'status.deemed_seized': 'I konsideruar i sekuestruar', 'status.disposed': 'I disponuar',
    'deadline.detention_ends_on': 'Ndalimi përfundon', 'deadline.latest_extension_to': 'Zgjatja më e largët e mundshme',
    'deadline.review_request_due_on': 'Rishqyrtimi mund të kërkohet deri më', 'deadline.review_decision_due_on': 'Afati për vendimin e rishqyrtimit',
    'deadline.board_appeal_due_on': 'Ankesa në Bord deri më', 'deadline.deemed_seized_on': 'Konsiderohet i sekuestruar më',
    'doc.seizure-record': 'Procesverbali i sekuestrimit', 'doc.receipt': 'Dëftesa', 'doc.extension-notice': 'Njoftimi për zgjatje', 'doc.seizure-notice': 'Njoftimi për sekuestrim',
    'action.extend': 'Zgjat ndalimin', 'action.decide': 'Vendos kthimin ose sekuestrimin', 'action.record_notification': 'Regjistro një njoftim',
    'action.request_review': 'Regjistro një kërkesë për rishqyrtim', 'action.decide_review': 'Regjistro vendimin e rishqyrtimit',
    'action.appeal': 'Regjistro një ankesë', 'action.dispose': 'Vendos për disponimin',
    'fieldLabel.days': 'Ditë shtesë (më së shumti 60)', 'fieldLabel.reason': 'Arsyet', 'fieldLabel.decided_on': 'Data e vendimit',
    'fieldLabel.method': 'Mënyra e njoftimit', 'fieldLabel.sent_on': 'Dërguar ose dorëzuar më', 'fieldLabel.received_on': 'Pranuar më',
    'fieldLabel.recipient': 'Marrësi', 'fieldLabel.address': 'Adresa', 'fieldLabel.outcome': 'Rezultati', 'fieldLabel.reasons': 'Arsyet',
    'fieldLabel.conditions': 'Kushtet', 'fieldLabel.document': 'Dokumenti', 'fieldLabel.requested_on': 'Kërkuar më',
    'fieldLabel.review_id': 'Rishqyrtimi', 'fieldLabel.level': 'Para', 'fieldLabel.lodged_on': 'Paraqitur më', 'fieldLabel.kind': 'Disponimi',
    'fieldLabel.amount_eur': 'Shuma (EUR)',
    'method.hand': 'Me dorë', 'method.post': 'Me postë', 'method.agent': 'Përfaqësuesit', 'method.electronic': 'Në mënyrë elektronike',
    'outcome.return': 'Kthim pa kusht', 'outcome.return_conditionally': 'Kthim me kushte', 'outcome.seize': 'Sekuestrim',
    'document.extension': 'Njoftimi për zgjatje', 'document.seizure': 'Njoftimi për sekuestrim', 'document.decision': 'Vendimi për sendet e ndaluara',
    'document.review_decision': 'Vendimi i rishqyrtimit',
    'reviewOutcome.upheld': 'I vërtetuar', 'reviewOutcome.annulled': 'I anuluar', 'reviewOutcome.amended': 'I ndryshuar',
    'forum.board': 'Bordi i Pavarur i Rishqyrtimit', 'forum.court': 'Gjykata',
    'disposal.return_on_payment': 'Kthim me pagesë', 'disposal.official_use': 'Mbajtje për përdorim zyrtar',
    'disposal.sale': 'Shitje (të ardhurat në Fondin e Kosovës)', 'disposal.destruction': 'Asgjësim',
    'disposal.perishable_sale': 'Shitje (mallra që prishen)', 'disposal.perishable_destruction': 'Asgjësim (mallra që prishen)',

    'board.title': 'Njoftimet për sekuestrim',
    'board.intro': 'Njoftimet aktuale për sekuestrim, të publikuara nga Dogana e Kosovës (neni 251(7) i Kodit Doganor dhe të Akcizave).',
    'board.filter': 'Kërko në njoftime', 'board.loading': 'Duke u ngarkuar…',
    'board.count': { one: '{count} njoftim', other: '{count} njoftime' }, 'board.empty': 'Nuk ka njoftime aktuale.',
    'board.number': 'Njoftimi {number}', 'board.seizedOn': 'Sekuestruar më', 'board.place': 'Vendi', 'board.goods': 'Mallrat',
    'board.legalBasis': 'Baza ligjore', 'board.reviewDeadline': 'Rishqyrtimi mund të kërkohet deri më', 'board.status': 'Gjendja',
    'board.feed': 'Abonohuni (Atom feed)',
    'noticeStatus.current': 'Aktual', 'noticeStatus.review_window_open': 'I hapur për kërkesa për rishqyrtim',
    'noticeStatus.review_requested': 'U kërkua rishqyrtim', 'noticeStatus.review_pending': 'Rishqyrtim në pritje',
    'noticeStatus.appealable': 'Mund të ankimohet', 'noticeStatus.appeal_pending': 'Ankesë në pritje', 'noticeStatus.final': 'Përfundimtar',

    'allowances.title': 'Lejimet për udhëtarët',
    'allowances.intro': 'Çfarë mund të sillni në Kosovë pa detyrime (nenet 45–48 të Kodit Doganor dhe të Akcizave).',
    'allowances.age': 'Mosha e udhëtarit', 'allowances.item': 'Malli {n}', 'allowances.kind': 'Mallrat', 'allowances.quantity': 'Sasia',
    'allowances.unit': 'Njësia', 'allowances.value': 'Vlera (EUR)', 'allowances.abv': 'Alkooli (% vol)',
    'allowances.description': 'Përshkrimi (opsional)', 'allowances.remove': 'Hiqe', 'allowances.add': 'Shto mallra',
    'allowances.check': 'Llogarit', 'allowances.missing': 'Shkruani moshën dhe sasinë për çdo mall.',
    'allowances.resultCaption': 'Rezultati', 'allowances.relieved': 'Pa detyrime', 'allowances.dutiable': 'Me detyrime',
    'kind.cigarettes': 'Cigare', 'kind.cigarillos': 'Cigarillo (deri në 3 g secila)', 'kind.cigars': 'Puro',
    'kind.smoking_tobacco': 'Duhan për pirje', 'kind.spirits': 'Pije alkoolike mbi 22% vol',
    'kind.intermediate': 'Pije deri në 22% vol, verë e gazuar ose likerore', 'kind.still_wine': 'Verë e qetë',
    'kind.perfume': 'Parfum', 'kind.toilet_water': 'Ujë tualeti', 'kind.medicine': 'Barna', 'kind.other': 'Mallra të tjera',

    'settings.title': 'Cilësimet', 'settings.language': 'Gjuha',
    'settings.shareLocation': 'Dërgo vendndodhjen time të përafërt me skanimet',
    'settings.shareLocationHint': 'E rrumbullakuar në rreth 1 km. I ndihmon Doganës të gjejë banderolat e kopjuara.',
    'settings.offline': 'Pa rrjet', 'settings.queued': { one: '{count} artikull pret të dërgohet.', other: '{count} artikuj presin të dërgohen.' },
    'settings.nothingQueued': 'Asgjë nuk pret të dërgohet.', 'settings.sendNow': 'Dërgo tani',
    'settings.keys': 'Çelësat e nënshkrimit për kontroll pa rrjet: {count} (përditësuar më {when}).',
    'settings.noKeys': 'Ende nuk ka çelësa të ruajtur: lidhuni një herë për të kontrolluar pa rrjet.', 'settings.refreshKeys': 'Përditëso çelësat',
    'settings.account': 'Llogaria e zyrtarit',
  },

  sr: {
    'action.record_receipt': 'Evidentiraj dan prijema obaveštenja', 'action.decide_appeal': 'Evidentiraj odluku o žalbi',
    'fieldLabel.notification_id': 'Obaveštenje', 'fieldLabel.appeal_id': 'Žalba',
    'document.board_decision': 'Odluka Odbora',
    'deadline.extension_due_on': 'O produženju odlučiti do', 'deadline.seized_on': 'Oduzeto',
    'deadline.notice_received_on': 'Obaveštenje primljeno', 'deadline.court_appeal_due_on': 'Žalba sudu do',
    'deadline.final_on': 'Oduzimanje konačno od',
    'case.history': 'Istorija',
    'history.opened': 'Predmet otvoren', 'history.extended': 'Zadržavanje produženo', 'history.decided': 'Doneta odluka',
    'history.notified': 'Obaveštenje poslato', 'history.received': 'Obaveštenje primljeno', 'history.review_requested': 'Zatraženo preispitivanje',
    'history.review_decided': 'Odlučeno o preispitivanju', 'history.appeal_lodged': 'Podneta žalba', 'history.appeal_decided': 'Odlučeno o žalbi',
    'history.disposed': 'Odlučeno o raspolaganju', 'history.photo_added': 'Dodata fotografija', 'history.deemed_seized': 'Smatra se oduzetim',
    'history.notice_prepared': 'Pripremljeno obaveštenje o oduzimanju',
    'nav.skip': 'Preskoči na sadržaj', 'nav.scan': 'Skeniraj', 'nav.board': 'Obaveštenja', 'nav.allowances': 'Olakšice',
    'nav.officer': 'Službenik', 'nav.settings': 'Podešavanja', 'nav.label': 'Glavni meni', 'nav.cases': 'Predmeti', 'nav.inspection': 'Inspekcija',
    'net.offline': 'Bez mreže', 'net.waiting': { one: '{count} čeka slanje', few: '{count} čekaju slanje', other: '{count} čeka slanje' },
    'toast.verdictReady': 'Potpuna ocena za {serial}: {verdict}',
    'error.network': 'Nema mreže. Pokušajte ponovo kada budete na mreži.',
    'error.rateLimited': 'Previše provera sa ove veze. Pokušajte ponovo za {seconds} s.',
    'error.generic': 'Nešto nije u redu. Pokušajte ponovo.',

    'scan.title': 'Proverite markicu',
    'scan.intro': 'Skenirajte QR kod na akciznoj markici flaše ili paklice, fotografišite ga ili upišite serijski broj.',
    'scan.startCamera': 'Skeniraj kamerom', 'scan.stopCamera': 'Zaustavi kameru', 'scan.cameraLabel': 'Prikaz kamere',
    'scan.pointCamera': 'Usmerite kameru na QR kod na markici.',
    'scan.cameraDenied': 'Kamera nije dozvoljena. Fotografišite markicu ili upišite serijski broj.',
    'scan.cameraUnavailable': 'Kamera nije dostupna. Fotografišite markicu ili upišite serijski broj.',
    'scan.checking': 'Proveravam…', 'scan.takePhoto': 'Fotografišite markicu', 'scan.readingPhoto': 'Čitam fotografiju…',
    'scan.noCodeInPhoto': 'Na ovoj fotografiji nije pronađen QR kod. Pokušajte ponovo izbliza, sa ravnim kodom i pri dobrom svetlu.',
    'scan.manualHeading': 'Upišite serijski broj', 'scan.manualLabel': 'Serijski broj ili kod',
    'scan.manualHint': 'Odštampan ispod QR koda, na primer CG26-000123456.',
    'scan.manualEmpty': 'Prvo upišite serijski broj.', 'scan.check': 'Proveri',
    'scan.reportLink': 'Prijavite sumnjiv proizvod bez markice',

    'verdict.genuine': 'Originalna', 'verdict.suspicious': 'Sumnjiva', 'verdict.invalid': 'Nevažeća',
    'verdict.authentic': 'Potpis je ispravan', 'verdict.unchecked': 'Nije provereno',
    'verdict.genuine.explain': 'Ovu markicu je izdala Carina Kosova i ona je u redu.',
    'verdict.suspicious.explain': 'Markica je autentična, ali nešto nije u redu. Pažljivo uporedite proizvod.',
    'verdict.invalid.explain': 'Ovo nije važeća akcizna markica. Ne kupujte proizvod; molimo vas da ga prijavite.',
    'local.authentic': 'Potpis je ispravan',
    'local.authentic.explain': 'Bez mreže: proverena je samo autentičnost, pomoću objavljenih ključeva. Potpuna provera (izdata, aktivirana, nije opozvana, nije kopirana) biće urađena kada budete na mreži.',
    'local.invalid': 'Nevažeća', 'local.invalid.explain': 'Provera bez mreže: ovaj kod nije potpisala Carina Kosova.',
    'local.unchecked': 'Još nije provereno', 'local.unchecked.explain': 'Ovo se ne može proveriti bez mreže. Biće provereno kada budete na mreži.',
    'result.why': 'Zašto', 'result.pending': 'Ovo skeniranje čeka mrežu da bi bilo poslato. Potpunu ocenu videćete ovde.',
    'result.checkedAfterOffline': 'Server je proverio nakon što se mreža vratila.',
    'result.none': 'Još nema rezultata', 'result.scanAnother': 'Skeniraj drugu', 'result.report': 'Prijavi ovaj proizvod',

    'reason.signature_invalid': 'Potpis se ne poklapa: kod nije napravila Carina Kosova.',
    'reason.unknown_key': 'Kod je potpisan ključem koji Carina Kosova nije objavila.',
    'reason.malformed_code': 'Ovo nije kod akcizne markice.',
    'reason.serial_only': 'Ručno upisan serijski broj nema potpis koji bi se mogao proveriti bez mreže.',
    'reason.no_keys': 'Ključevi za potpis još nisu na ovom telefonu.',
    'reason.no_crypto': 'Ovaj pregledač ne može da proveri Ed25519 potpise.',
    'reason.not_issued': 'Ovaj serijski broj nikada nije izdat.', 'reason.revoked': 'Ova markica je opozvana.',
    'reason.destroyed': 'Ova markica je uništena.', 'reason.not_activated': 'Ova markica još nije postavljena na proizvod.',
    'reason.sale_window': 'Markica je van svog perioda prodaje.',
    'reason.clone_suspected': 'Ova markica je skenirana na previše mesta: možda je kopija.',
    'reason.custody_mismatch': 'Markica je poslednji put evidentirana u drugom objektu.',
    'reason.batch_reported_missing': 'Ova markica pripada seriji prijavljenoj kao izgubljena ili ukradena.',
    'reason.seized': 'Ova markica pripada oduzetoj robi.',

    'product.heading': 'Uporedite sa proizvodom u ruci', 'product.serial': 'Serijski broj', 'product.category': 'Kategorija',
    'product.product': 'Proizvod', 'product.size': 'Količina', 'product.sticks': { one: '{count} komad', few: '{count} komada', other: '{count} komada' },
    'product.abv': 'Alkohol', 'product.gtin': 'Bar-kod (GTIN)', 'product.operator': 'Izdato za', 'product.issued': 'Datum izdavanja',
    'product.firstScan': 'Prvo skeniranje', 'product.neverScanned': 'Nije ranije skenirana',
    'product.notActivated': 'Još nije postavljena na proizvod', 'product.scanCount': 'Broj skeniranja',
    'category.cigarettes': 'Cigarete', 'category.cigars_cigarillos': 'Cigare i cigarilosi',
    'category.smoking_tobacco': 'Ostali duvan za pušenje', 'category.wine': 'Vino', 'category.spirits': 'Žestoka pića',

    'report.title': 'Prijavite sumnjiv proizvod',
    'report.intro': 'Obavestite Carinu Kosova o proizvodu čija markica izgleda pogrešno ili nedostaje. Možete ostati anonimni.',
    'report.code': 'Kod ili serijski broj markice (ako postoji)', 'report.codeHint': 'Popunjava se sam kada dolazite sa skeniranja.',
    'report.description': 'Šta nije u redu?', 'report.descriptionHint': 'Na primer: nema markice, oštećena markica, cena mnogo niža od uobičajene.',
    'report.premises': 'Prodavnica ili mesto', 'report.photo': 'Fotografija (nije obavezna)', 'report.photoHint': 'Fotografija proizvoda i markice pomaže.',
    'report.location': 'Dodaj moju približnu lokaciju (oko 1 km)', 'report.send': 'Pošalji prijavu',
    'report.descriptionMissing': 'Molimo opišite šta nije u redu.',
    'report.received': 'Hvala. Vaša prijava je primljena (broj {id}).',
    'report.queued': 'Hvala. Niste na mreži: prijava je sačuvana na ovom telefonu i biće poslata automatski kada budete na mreži.',

    'login.title': 'Prijava službenika', 'login.intro': 'Za carinske službenike i nadzornike. Potrebna vam je aplikacija za autentifikaciju.',
    'login.email': 'E-pošta', 'login.password': 'Lozinka', 'login.otp': 'Šestocifreni kod iz aplikacije za autentifikaciju',
    'login.otpHint': 'Kod se menja svakih 30 sekundi.', 'login.submit': 'Prijavi se', 'login.missing': 'Upišite e-poštu i lozinku.',
    'login.signedInTitle': 'Prijavljeni ste', 'login.signedInAs': 'Prijavljeni ste kao {email} ({roles}).', 'login.signOut': 'Odjavi se',
    'login.required': 'Potrebna je prijava', 'login.expired': 'Vaša sesija je istekla. Prijavite se ponovo.',
    'role.officer': 'carinski službenik', 'role.supervisor': 'nadzornik', 'role.operator': 'operater', 'role.admin': 'administrator',

    'inspection.startTitle': 'Započnite inspekciju', 'inspection.nearest': 'Pronađi objekte u blizini',
    'inspection.locating': 'Tražim vašu lokaciju…', 'inspection.noLocation': 'Vaša lokacija nije dostupna. Izaberite objekat sa spiska.',
    'inspection.noneNear': 'U blizini nema registrovanih objekata. Izaberite sa spiska.', 'inspection.filter': 'Pretraži objekte',
    'inspection.distance': 'udaljeno {metres} m', 'inspection.starting': 'Započinjem inspekciju…',
    'inspection.activeTitle': 'Inspekcija: {name}', 'inspection.startedAt': 'Započeta {when}',
    'inspection.startScanning': 'Započni skeniranje', 'inspection.stopScanning': 'Zaustavi skeniranje', 'inspection.waiting': 'čeka mrežu',
    'inspection.openCase': 'Otvori predmet zadržavanja', 'inspection.end': 'Završi inspekciju',
    'inspection.endConfirm': 'Završiti ovu inspekciju? Njena skeniranja ostaju evidentirana na serveru.', 'inspection.scans': 'Skeniranja',
    'tally.genuine': 'Originalne', 'tally.suspicious': 'Sumnjive', 'tally.invalid': 'Nevažeće', 'tally.pending': 'Na čekanju',

    'stamp.title': 'Potražite markicu', 'stamp.titleOf': 'Markica {serial}', 'stamp.open': 'Otvori', 'stamp.status': 'Stanje',
    'stamp.batch': 'Serija {series} {first}–{last}, izdata {date}', 'stamp.custody': 'Lanac čuvanja',
    'stamp.noEvents': 'Nema evidentiranih događaja u lancu čuvanja.', 'stamp.scans': 'Istorija skeniranja', 'stamp.noScans': 'Nikada nije skenirana.',
    'stamp.when': 'Kada', 'stamp.where': 'Gde', 'stamp.verdict': 'Ocena', 'stamp.who': 'Ko',
    'step.commissioning': 'Izdata', 'step.issuing': 'Izdata', 'step.activating': 'Postavljena na proizvod', 'step.shipping': 'Otpremljena',
    'step.receiving': 'Primljena', 'step.inspecting': 'Pregledana', 'step.holding': 'Čuvana', 'step.detaining': 'Zadržana',
    'step.seizing': 'Oduzeta', 'step.returning': 'Vraćena', 'step.destroying': 'Uništena', 'step.decommissioning': 'Stavljena van upotrebe',
    'stampStatus.issued': 'Izdata', 'stampStatus.activated': 'Postavljena na proizvod', 'stampStatus.revoked': 'Opozvana',
    'stampStatus.destroyed': 'Uništena', 'stampStatus.seized': 'Oduzeta', 'stampStatus.detained': 'Zadržana',
    'who.anonymous': 'Potrošač (anonimno)', 'who.consumer': 'Potrošač', 'who.officer': 'Carinski službenik',

    'cases.title': 'Predmeti', 'cases.new': 'Otvori novi predmet', 'cases.openLabel': 'Broj ili id predmeta', 'cases.open': 'Otvori',
    'cases.server': 'Svi predmeti', 'cases.recent': 'Otvoreni na ovom telefonu', 'cases.none': 'Nema predmeta.',
    'cases.noList': 'Server ne daje spisak predmeta; otvorite predmet po broju.',
    'caseNew.title': 'Otvorite predmet zadržavanja', 'caseNew.fromInspection': 'Iz inspekcije: {name}.',
    'caseNew.detention': 'Zadržavanje', 'caseNew.detainedOn': 'Datum zadržavanja', 'caseNew.detainedOnHint': 'Danas ili ranije, nikada kasnije.',
    'caseNew.place': 'Mesto', 'caseNew.municipality': 'Opština', 'caseNew.owner': 'Vlasnik ili prividni vlasnik',
    'caseNew.ownerKind': 'Vlasnik je', 'caseNew.ownerName': 'Ime i prezime ili naziv', 'caseNew.ownerAddress': 'Poslednja poznata adresa',
    'caseNew.ownerEmail': 'Elektronska adresa (e-pošta)', 'caseNew.ownerAgent': 'Zastupnik', 'caseNew.items': 'Zadržane stvari',
    'caseNew.prefilled': { one: 'Popunjeno iz {count} nalaza inspekcije; proverite količine i vrednosti.', few: 'Popunjeno iz {count} nalaza inspekcije; proverite količine i vrednosti.', other: 'Popunjeno iz {count} nalaza inspekcije; proverite količine i vrednosti.' },
    'caseNew.item': 'Stavka {n}', 'caseNew.kind': 'Vrsta', 'caseNew.description': 'Opis', 'caseNew.quantity': 'Količina',
    'caseNew.unit': 'Jedinica', 'caseNew.value': 'Vrednost (EUR)', 'caseNew.category': 'Akcizna kategorija', 'caseNew.serials': 'Serijski brojevi markica',
    'caseNew.serialsHint': 'Jedan po redu.', 'caseNew.unmarked': 'Neobeleženo (bez markice)', 'caseNew.perishable': 'Kvarljivo ili živo',
    'caseNew.removeItem': 'Ukloni ovu stavku', 'caseNew.addItem': 'Dodaj stavku', 'caseNew.legalBasis': 'Pravni osnov',
    'caseNew.photos': 'Fotografije dokaza', 'caseNew.photosHint': 'Snimljene kamerom; čuvaju se sa svojim SHA-256 otiskom.',
    'caseNew.submit': 'Otvori predmet', 'caseNew.saving': 'Čuvam…',
    'caseNew.missing': 'Popunite mesto, ime vlasnika, svaku stavku (opis i vrednost) i bar jedan pravni osnov.',
    'caseNew.photosFailed': { one: '{count} fotografija nije otpremljena.', few: '{count} fotografije nisu otpremljene.', other: '{count} fotografija nije otpremljeno.' },
    'owner.legal': 'pravno lice (preduzeće)', 'owner.natural': 'fizičko lice',
    'itemKind.goods': 'Roba', 'itemKind.vehicle': 'Vozilo', 'itemKind.container': 'Kontejner', 'itemKind.packing': 'Ambalaža',
    'unit.piece': 'kom.', 'unit.pack': 'paklice (20)', 'unit.carton': 'šteke (200)', 'unit.g': 'g', 'unit.kg': 'kg', 'unit.ml': 'ml', 'unit.l': 'l',
    'basis.Art. 251(1)': 'zadržavanje robe podložne oduzimanju', 'basis.Art. 242': 'obavezne fiskalne oznake (markice)',
    'basis.Art. 300(1)': 'posedovanje ili prevoz neobeleženih proizvoda', 'basis.Art. 300(3)': 'objekat korišćen za prodaju neobeleženih proizvoda',
    'basis.Art. 300(4)': 'izmenjena, falsifikovana ili krivotvorena markica', 'basis.Art. 300(5)': 'duvan proizveden ili uvezen bez licence',

    'case.title': 'Predmet {number}', 'case.detainedOn': 'zadržano {date}', 'case.deadlines': 'Rokovi', 'case.documents': 'Dokumenti',
    'case.documentLanguage': 'Jezik dokumenata', 'case.downloading': 'Pripremam PDF…', 'case.actions': 'Odluke i evidencije',
    'case.notAllowed': 'trenutno nije dozvoljeno', 'case.notAllowedNow': 'Zakon ovo ne dozvoljava u ovoj fazi predmeta.',
    'case.fieldMissing': 'Popunite: {field}', 'case.actionDone': 'Evidentirano: {action}',
    'status.detained': 'Zadržano', 'status.returned': 'Vraćeno', 'status.returned_conditionally': 'Vraćeno pod uslovima',
    'status.seized': 'Oduzeto', 'status.deemed_seized': 'Smatra se oduzetim', 'status.disposed': 'Okončano raspolaganjem',
    'deadline.detention_ends_on': 'Zadržavanje ističe', 'deadline.latest_extension_to': 'Najduže moguće produženje',
    'deadline.review_request_due_on': 'Preispitivanje se može zatražiti do', 'deadline.review_decision_due_on': 'Rok za odluku o preispitivanju',
    'deadline.board_appeal_due_on': 'Žalba Odboru do', 'deadline.deemed_seized_on': 'Smatra se oduzetim od',
    'doc.seizure-record': 'Zapisnik o oduzimanju', 'doc.receipt': 'Potvrda o prijemu', 'doc.extension-notice': 'Obaveštenje o produženju', 'doc.seizure-notice': 'Obaveštenje o oduzimanju',
    'action.extend': 'Produži zadržavanje', 'action.decide': 'Odluči o vraćanju ili oduzimanju', 'action.record_notification': 'Evidentiraj obaveštenje',
    'action.request_review': 'Evidentiraj zahtev za preispitivanje', 'action.decide_review': 'Evidentiraj odluku o preispitivanju',
    'action.appeal': 'Evidentiraj žalbu', 'action.dispose': 'Odluči o raspolaganju',
    'fieldLabel.days': 'Dodatni dani (najviše 60)', 'fieldLabel.reason': 'Razlozi', 'fieldLabel.decided_on': 'Datum odluke',
    'fieldLabel.method': 'Način obaveštavanja', 'fieldLabel.sent_on': 'Poslato ili uručeno', 'fieldLabel.received_on': 'Primljeno',
    'fieldLabel.recipient': 'Primalac', 'fieldLabel.address': 'Adresa', 'fieldLabel.outcome': 'Ishod', 'fieldLabel.reasons': 'Razlozi',
    'fieldLabel.conditions': 'Uslovi', 'fieldLabel.document': 'Dokument', 'fieldLabel.requested_on': 'Zatraženo',
    'fieldLabel.review_id': 'Preispitivanje', 'fieldLabel.level': 'Pred', 'fieldLabel.lodged_on': 'Podneto', 'fieldLabel.kind': 'Raspolaganje',
    'fieldLabel.amount_eur': 'Iznos (EUR)',
    'method.hand': 'Lično', 'method.post': 'Poštom', 'method.agent': 'Zastupniku', 'method.electronic': 'Elektronski',
    'outcome.return': 'Vraćanje bez uslova', 'outcome.return_conditionally': 'Vraćanje pod uslovima', 'outcome.seize': 'Oduzimanje',
    'document.extension': 'Obaveštenje o produženju', 'document.seizure': 'Obaveštenje o oduzimanju', 'document.decision': 'Odluka o zadržanim stvarima',
    'document.review_decision': 'Odluka o preispitivanju',
    'reviewOutcome.upheld': 'Potvrđeno', 'reviewOutcome.annulled': 'Poništeno', 'reviewOutcome.amended': 'Izmenjeno',
    'forum.board': 'Nezavisni odbor za razmatranje', 'forum.court': 'Sud',
    'disposal.return_on_payment': 'Vraćanje uz plaćanje', 'disposal.official_use': 'Zadržavanje za službenu upotrebu',
    'disposal.sale': 'Prodaja (prihod u Kosovski fond)', 'disposal.destruction': 'Uništenje',
    'disposal.perishable_sale': 'Prodaja (kvarljivo)', 'disposal.perishable_destruction': 'Uništenje (kvarljivo)',

    'board.title': 'Obaveštenja o oduzimanju',
    'board.intro': 'Važeća obaveštenja o oduzimanju koja objavljuje Carina Kosova (član 251(7) Carinskog i akciznog zakonika).',
    'board.filter': 'Pretraži obaveštenja', 'board.loading': 'Učitavam…',
    'board.count': { one: '{count} obaveštenje', few: '{count} obaveštenja', other: '{count} obaveštenja' }, 'board.empty': 'Nema važećih obaveštenja.',
    'board.number': 'Obaveštenje {number}', 'board.seizedOn': 'Oduzeto', 'board.place': 'Mesto', 'board.goods': 'Roba',
    'board.legalBasis': 'Pravni osnov', 'board.reviewDeadline': 'Preispitivanje se može zatražiti do', 'board.status': 'Stanje',
    'board.feed': 'Pretplatite se (Atom feed)',
    'noticeStatus.current': 'Važeće', 'noticeStatus.review_window_open': 'Otvoreno za zahteve za preispitivanje',
    'noticeStatus.review_requested': 'Zatraženo preispitivanje', 'noticeStatus.review_pending': 'Preispitivanje u toku',
    'noticeStatus.appealable': 'Moguća žalba', 'noticeStatus.appeal_pending': 'Žalba u toku', 'noticeStatus.final': 'Konačno',

    'allowances.title': 'Olakšice za putnike',
    'allowances.intro': 'Šta možete uneti na Kosovo bez plaćanja dažbina (članovi 45–48 Carinskog i akciznog zakonika).',
    'allowances.age': 'Starost putnika', 'allowances.item': 'Stavka {n}', 'allowances.kind': 'Roba', 'allowances.quantity': 'Količina',
    'allowances.unit': 'Jedinica', 'allowances.value': 'Vrednost (EUR)', 'allowances.abv': 'Alkohol (% vol)',
    'allowances.description': 'Opis (nije obavezan)', 'allowances.remove': 'Ukloni', 'allowances.add': 'Dodaj robu',
    'allowances.check': 'Izračunaj', 'allowances.missing': 'Upišite starost i količinu za svaku stavku.',
    'allowances.resultCaption': 'Rezultat', 'allowances.relieved': 'Bez dažbina', 'allowances.dutiable': 'Podleže dažbinama',
    'kind.cigarettes': 'Cigarete', 'kind.cigarillos': 'Cigarilosi (najviše 3 g po komadu)', 'kind.cigars': 'Cigare',
    'kind.smoking_tobacco': 'Duvan za pušenje', 'kind.spirits': 'Žestoka pića preko 22% vol',
    'kind.intermediate': 'Pića do 22% vol, penušavo ili likersko vino', 'kind.still_wine': 'Mirno vino',
    'kind.perfume': 'Parfem', 'kind.toilet_water': 'Toaletna voda', 'kind.medicine': 'Lekovi', 'kind.other': 'Ostala roba',

    'settings.title': 'Podešavanja', 'settings.language': 'Jezik',
    'settings.shareLocation': 'Šalji moju približnu lokaciju uz skeniranja',
    'settings.shareLocationHint': 'Zaokruženo na oko 1 km. Pomaže Carini da pronađe kopirane markice.',
    'settings.offline': 'Bez mreže', 'settings.queued': { one: '{count} stavka čeka slanje.', few: '{count} stavke čekaju slanje.', other: '{count} stavki čeka slanje.' },
    'settings.nothingQueued': 'Ništa ne čeka slanje.', 'settings.sendNow': 'Pošalji sada',
    'settings.keys': 'Ključevi za potpis za proveru bez mreže: {count} (ažurirano {when}).',
    'settings.noKeys': 'Još nema sačuvanih ključeva: povežite se jednom da biste mogli da proveravate bez mreže.', 'settings.refreshKeys': 'Ažuriraj ključeve',
    'settings.account': 'Nalog službenika',
  },
};
