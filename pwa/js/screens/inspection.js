// Inspection: choose the premises (nearest or from the list), then scan many stamps fast with a
// running tally, sound and vibration; findings lead to a detention case.
import { h, append, field, notice, icon } from '../dom.js';
import { t, formatNumber, formatDateTime, formatDistance } from '../i18n.js';
import { go, link } from '../router.js';
import { api, NetworkError, hasRole } from '../api.js';
import { parseCode, checkSignature, enqueue, uuid } from '../offline.js';
import { position } from '../geo.js';
import { startCamera } from '../scanner.js';
import { unlockAudio, verdictFeedback } from '../feedback.js';
import { verdictBadge, productLabel, categoryName } from '../verdict.js';
import { loadInspection, saveInspection, tally, notAStamp } from '../inspection-state.js';
import { requireSession } from '../session.js';
import { errorText, errorNotice } from '../errors.js';

const listOf = (answer, key) => (Array.isArray(answer) ? answer : answer?.[key] || answer?.items || []);
// Premises' municipality as named in the language the list was fetched in (never the slug).
const municipalityOf = (place) => place.municipality_name || '';

function premisesChooser(root) {
  const status = h('div', { 'aria-live': 'polite' });
  const list = h('ul', { class: 'choice-list' });
  const filter = h('input', { type: 'search', autocomplete: 'off' });
  let all = [];
  let showingNearest = false;

  const draw = (premises) => list.replaceChildren(...premises.map((place) => h('li', {},
    h('button', { type: 'button', class: 'choice', onclick: () => begin(place) },
      h('strong', { text: place.name }),
      h('span', { class: 'small', text: [place.address, municipalityOf(place)].filter(Boolean).join(' · ') }),
      typeof place.distance_km === 'number' ? h('span', { class: 'small', text: t('inspection.distance', { distance: formatDistance(place.distance_km) }) }) : null))));

  async function begin(place) {
    status.replaceChildren(notice('info', t('inspection.starting')));
    try {
      const started = await api.startInspection({ premises_id: place.id }, uuid());
      saveInspection({ id: started.id, premises: place, started_at: started.started_at || new Date().toISOString(), scans: [] });
      go('inspection');
    } catch (err) {
      status.replaceChildren(errorNotice(err));
    }
  }

  async function nearest() {
    status.replaceChildren(notice('info', t('inspection.locating')));
    try {
      const here = await position();
      const found = listOf(await api.premises(here), 'premises');
      status.replaceChildren(found.length ? '' : notice('info', t('inspection.noneNear')));
      showingNearest = found.length > 0;
      if (showingNearest) draw(found);
    } catch (err) {
      status.replaceChildren(errorNotice(err, err.code ? t('inspection.noLocation') : errorText(err)));
    }
  }

  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase();
    draw(all.filter((place) => `${place.name} ${place.address || ''} ${municipalityOf(place)}`.toLowerCase().includes(words)));
  });

  append(root,
    h('h1', { text: t('inspection.startTitle') }),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button button-primary', onclick: nearest }, t('inspection.nearest')),
      h('a', { class: 'button', href: '#/targets', text: t('nav.targets') }),
      h('a', { class: 'button', href: '#/cases', text: t('nav.cases') }),
      hasRole('supervisor', 'admin') ? h('a', { class: 'button', href: '#/dashboard', text: t('nav.dashboard') }) : null),
    status,
    field(t('inspection.filter'), filter),
    list);
  api.premises().then((answer) => { all = listOf(answer, 'premises'); if (!showingNearest) draw(all); })
    .catch((err) => status.replaceChildren(errorNotice(err)));
}

function scanRow(scan, again) {
  if (notAStamp(scan) && (scan.verdict || scan.local)) {
    return h('li', { class: 'scan-row' }, verdictBadge('unrecognised'),
      h('span', { class: 'mono', text: scan.code }),
      h('span', { class: 'small', text: t('inspection.notAStamp') }));
  }
  return h('li', { class: 'scan-row' },
    scan.verdict ? verdictBadge(scan.verdict) : verdictBadge(scan.local || 'unchecked'),
    h('a', { class: 'mono', href: link('stamp', scan.serial || ''), text: scan.serial || scan.code }),
    again ? h('span', { class: 'small', text: t('inspection.scannedAgain') }) : null,
    h('span', { class: 'small', text: [productLabel(scan.product), categoryName(scan.category)].filter(Boolean).join(' · ') }),
    scan.reasons?.length ? h('span', { class: 'small', text: scan.reasons.map((r) => r.message).join(' ') }) : null,
    scan.verdict ? null : h('span', { class: 'small pending' }, icon('clock'), t('inspection.waiting')));
}

function activeInspection(root, inspection) {
  let stopCamera = null;
  const counters = h('dl', { class: 'tally' });
  const list = h('ol', { class: 'scan-list', reversed: true });
  const lastLine = h('p', { class: 'last-scan', role: 'status', 'aria-live': 'polite' });
  const video = h('video', { class: 'camera', muted: true, playsinline: true, hidden: true, 'aria-label': t('scan.cameraLabel') });
  const cameraButton = h('button', { type: 'button', class: 'button button-primary button-large' }, t('inspection.startScanning'));

  function drawTally() {
    const counts = tally(inspection.scans);
    counters.replaceChildren(...['genuine', 'suspicious', 'invalid', 'pending'].map((kind) =>
      h('div', { class: `tally-item tally-${kind}` }, h('dt', { text: t(`tally.${kind}`) }), h('dd', { text: formatNumber(counts[kind]) }))));
    // Newest first; a stamp scanned before in this inspection says so (it is counted once).
    const rows = inspection.scans.map((scan, index) => scanRow(scan,
      !notAStamp(scan) && inspection.scans.slice(0, index).some((earlier) => earlier.serial === scan.serial)));
    list.replaceChildren(...rows.reverse());
  }

  function record(scan) {
    const existing = inspection.scans.findIndex((s) => s.queue_id && s.queue_id === scan.queue_id);
    if (existing >= 0) inspection.scans[existing] = scan;
    else inspection.scans.push(scan);
    saveInspection(inspection);
    drawTally();
  }

  async function onCode(text) {
    const code = text.trim();
    const parsed = parseCode(code);
    const idempotencyKey = uuid();
    try {
      const answer = await api.inspectionScan(inspection.id, { code }, idempotencyKey);
      const scan = fromAnswer(code, parsed, answer);
      record(scan);
      // Not a stamp's code (a typing slip, a barcode): two beeps, and no invalid stamp.
      const kind = notAStamp(scan) ? 'unrecognised' : answer.verdict;
      verdictFeedback(kind === 'unrecognised' ? 'suspicious' : kind);
      lastLine.textContent = `${scan.serial || code}: ${t(`verdict.${kind}`)}`;
    } catch (err) {
      if (!(err instanceof NetworkError)) {
        lastLine.textContent = errorText(err);
        verdictFeedback('invalid');
        return;
      }
      if (!parsed) {
        // No stamp's code: nothing to check later, nothing to queue.
        record({ code, local: 'unrecognised', at: new Date().toISOString() });
        verdictFeedback('suspicious');
        lastLine.textContent = `${code}: ${t('verdict.unrecognised')}`;
        return;
      }
      const local = await checkSignature(parsed);
      const queued = await enqueue({ kind: 'inspection-scan', inspectionId: inspection.id, body: { code }, idempotencyKey, serial: parsed?.serial });
      record({ code, serial: parsed?.serial, local: local.status, at: new Date().toISOString(), queue_id: queued.id });
      verdictFeedback(local.status === 'authentic' ? 'genuine' : local.status === 'invalid' ? 'invalid' : 'suspicious');
      lastLine.textContent = `${parsed?.serial || code}: ${t(`local.${local.status}`)} · ${t('inspection.waiting')}`;
    }
  }

  cameraButton.addEventListener('click', async () => {
    unlockAudio();
    if (stopCamera) {
      stopCamera();
      stopCamera = null;
      video.hidden = true;
      cameraButton.textContent = t('inspection.startScanning');
      return;
    }
    try {
      stopCamera = await startCamera(video, onCode);
      video.hidden = false;
      cameraButton.textContent = t('inspection.stopScanning');
    } catch (err) {
      lastLine.textContent = err?.name === 'NotAllowedError' ? t('scan.cameraDenied') : t('scan.cameraUnavailable');
    }
  });

  const manual = h('input', { name: 'code', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters' });
  const manualForm = h('form', { class: 'manual-form', novalidate: true },
    field(t('scan.manualLabel'), manual), h('button', { type: 'submit', class: 'button' }, t('scan.check')));
  manualForm.addEventListener('submit', (event) => {
    event.preventDefault();
    unlockAudio();
    if (manual.value.trim()) onCode(manual.value).then(() => { manual.value = ''; manual.focus(); });
  });

  const onSent = ({ detail }) => {
    if (detail.kind !== 'inspection-scan' || detail.item.inspectionId !== inspection.id) return;
    const scan = inspection.scans.find((s) => s.queue_id === detail.id);
    if (!scan) return;
    if (detail.result) record({ ...fromAnswer(scan.code, parseCode(scan.code), detail.result), queue_id: detail.id });
    else record({ ...scan, local: 'invalid', reasons: [{ message: detail.error?.message }] });
  };
  window.addEventListener('queue-sent', onSent);

  const end = async () => {
    if (!window.confirm(t('inspection.endConfirm'))) return;
    try { await api.closeInspection(inspection.id, uuid()); } catch { /* closed locally all the same */ }
    saveInspection(null);
    go('inspection');
  };

  append(root,
    h('h1', { text: t('inspection.activeTitle', { name: inspection.premises?.name || inspection.id }) }),
    h('p', { class: 'small', text: t('inspection.startedAt', { when: formatDateTime(inspection.started_at) }) }),
    counters,
    cameraButton, video, lastLine,
    manualForm,
    h('div', { class: 'button-row' },
      h('a', { class: 'button button-primary', href: '#/case/new', text: t('inspection.openCase') }),
      h('button', { type: 'button', class: 'button', onclick: end }, t('inspection.end'))),
    h('h2', { text: t('inspection.scans') }),
    list);
  drawTally();
  return () => { stopCamera?.(); window.removeEventListener('queue-sent', onSent); };
}

function fromAnswer(code, parsed, answer) {
  return {
    code,
    serial: answer.stamp?.serial || parsed?.serial,
    verdict: answer.verdict,
    reasons: answer.reasons || [],
    category: answer.stamp?.category,
    product: answer.stamp?.product || null,
    scan_id: answer.scan_id,
    at: new Date().toISOString(),
  };
}

export async function render(root) {
  if (!requireSession(root)) return null;
  const inspection = loadInspection();
  if (!inspection) return premisesChooser(root);
  return activeInspection(root, inspection);
}
