// Scan screen: live camera, "take a photo" (decoded by the server, or on the phone offline) and
// manual entry; every path ends in verifyCode() and the result screen. Below, the latest checks.
import { h, append, field, notice, icon } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { api, NetworkError } from '../api.js';
import { errorNotice } from '../errors.js';
import { verifyCode, recentChecks } from '../verify.js';
import { coarsePosition } from '../geo.js';
import { checkList } from './checks.js';
import { startCamera, decodePhoto, cameraAvailable } from '../scanner.js';

const LATEST_SHOWN = 3;
// Someone who started the camera on this phone before (and so granted it): the installed app
// then opens straight into the camera, as a scanner app does; the button stays, to stop it.
const CAMERA_USED_KEY = 'bi.cameraUsed';
let openedBefore = false;

/**
 * Whether this first drawing of the scan screen since the app was opened starts the camera by
 * itself: the app installed (the service worker in control), the camera used here before, and
 * nothing else asked of the screen (a code to correct, an error to read).
 */
function opensIntoCamera(query, pendingError) {
  const first = !openedBefore;
  openedBefore = true;
  return first && !query.get('code') && !pendingError && cameraAvailable()
    && !!navigator.serviceWorker?.controller && localStorage.getItem(CAMERA_USED_KEY) === '1';
}

/** Whether the camera may be used without asking (the browser says so), else never prompted unasked. */
async function cameraGranted() {
  try {
    return (await navigator.permissions.query({ name: 'camera' })).state === 'granted';
  } catch {
    return false;
  }
}

export async function render(root, { query }) {
  let stopCamera = null;
  let starting = false;
  let busy = false;
  const status = h('p', { class: 'scan-status', role: 'status', 'aria-live': 'polite' });
  const video = h('video', { class: 'camera', muted: true, playsinline: true, 'aria-label': t('scan.cameraLabel'), hidden: true });
  const frame = h('div', { class: 'camera-frame', hidden: true }, video, h('div', { class: 'camera-target', 'aria-hidden': 'true' }));
  const cameraButton = h('button', { type: 'button', class: 'button button-primary button-large' }, t('scan.startCamera'));

  function say(kind, text) {
    status.replaceChildren(kind === 'error' ? notice('error', text) : text);
  }
  const sayError = (err) => status.replaceChildren(errorNotice(err));

  async function check(text, via, answer) {
    if (busy) return;
    busy = true;
    say('info', t('scan.checking'));
    try {
      const done = await verifyCode(text, via, answer);
      go('result', done.id);
    } catch (err) {
      sayError(err);
    } finally {
      busy = false;
    }
  }

  async function toggleCamera() {
    if (starting) return;
    if (stopCamera) {
      stopCamera();
      stopCamera = null;
      frame.hidden = true;
      video.hidden = true;
      cameraButton.textContent = t('scan.startCamera');
      say('info', '');
      return;
    }
    starting = true;
    try {
      // The position is looked up once per use of the camera, not for every frame.
      let position;
      const verifyFields = () => (position ??= coarsePosition());
      stopCamera = await startCamera(video, (text, answer) => check(text, 'camera', answer), { verifyFields });
      localStorage.setItem(CAMERA_USED_KEY, '1');
      if (!root.isConnected) { // the screen was left while the camera was starting
        stopCamera();
        stopCamera = null;
        return;
      }
      frame.hidden = false;
      video.hidden = false;
      cameraButton.textContent = t('scan.stopCamera');
      say('info', t('scan.pointCamera'));
    } catch (err) {
      if (err?.name === 'NotAllowedError') localStorage.removeItem(CAMERA_USED_KEY);
      say('error', err?.name === 'NotAllowedError' ? t('scan.cameraDenied') : t('scan.cameraUnavailable'));
    } finally {
      starting = false;
    }
  }
  cameraButton.addEventListener('click', toggleCamera);

  const photoInput = h('input', { type: 'file', accept: 'image/*', capture: 'environment', class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true', id: 'scan-photo' });
  photoInput.addEventListener('change', async () => {
    const [file] = photoInput.files;
    photoInput.value = '';
    if (!file || busy) return;
    say('info', t('scan.readingPhoto'));
    let codes;
    try {
      codes = (await api.decode(file)).codes.map((code) => code.text);
    } catch (err) {
      if (!(err instanceof NetworkError)) { sayError(err); return; }
      try { codes = await decodePhoto(file); } catch { codes = []; }
    }
    if (codes.length) check(codes[0], 'photo');
    else say('error', t('scan.noCodeInPhoto'));
  });
  const photoButton = h('button', { type: 'button', class: 'button' }, t('scan.takePhoto'));
  photoButton.addEventListener('click', () => photoInput.click());

  // "Try again" from a result comes back here with what was typed, to be corrected.
  const manualInput = h('input', { name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true, placeholder: 'CG26-000123456', value: query.get('code') || '' });
  const manualForm = h('form', { class: 'manual-form', novalidate: true },
    field(t('scan.manualLabel'), manualInput, t('scan.manualHint')),
    h('button', { type: 'submit', class: 'button' }, t('scan.check')));
  manualForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (manualInput.value.trim()) check(manualInput.value, 'typed');
    else { say('error', t('scan.manualEmpty')); manualInput.focus(); }
  });

  const latest = h('section', { class: 'card', 'aria-labelledby': 'latest-heading', hidden: true });
  const pendingError = sessionStorage.getItem('bi.verifyError');
  sessionStorage.removeItem('bi.verifyError');
  // Marked at once, so that nothing presses the button meanwhile (bench/phone.py looks).
  const autoStart = opensIntoCamera(query, pendingError);
  if (autoStart) cameraButton.dataset.camera = 'opening';

  append(root,
    h('h1', { text: t('scan.title') }),
    h('p', { class: 'lead', text: t('scan.intro') }),
    pendingError ? notice('error', pendingError) : null,
    h('div', { class: 'scan-actions' },
      cameraAvailable() ? cameraButton : null,
      frame,
      status,
      photoButton, photoInput),
    h('section', { class: 'card', 'aria-labelledby': 'manual-heading' },
      h('h2', { id: 'manual-heading' }, icon('shield'), ' ', t('scan.manualHeading')),
      manualForm),
    latest,
    h('p', { class: 'small' }, h('a', { href: '#/report', text: t('scan.reportLink') })));
  if (autoStart) {
    cameraGranted().then(async (granted) => {
      if (granted && !stopCamera && root.isConnected) await toggleCamera();
      delete cameraButton.dataset.camera;
    });
  }
  if (query.get('code')) {
    // Back from "Try again": the typed text is ready to be corrected (app.js focuses it).
    manualInput.dataset.focus = '';
    manualInput.select();
  }

  const drawLatest = async () => {
    const checks = await recentChecks();
    latest.hidden = !checks.length;
    latest.replaceChildren(
      h('h2', { id: 'latest-heading', text: t('checks.title') }),
      checkList(checks.slice(0, LATEST_SHOWN)),
      h('p', { class: 'small' }, h('a', { href: '#/checks', text: t('checks.all', { count: checks.length }) })));
  };
  window.addEventListener('checks-changed', drawLatest);
  await drawLatest();
  return () => {
    stopCamera?.();
    window.removeEventListener('checks-changed', drawLatest);
  };
}
