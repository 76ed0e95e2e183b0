// Scan screen: live camera, "take a photo" (decoded by the server, or on the phone offline) and
// manual entry; every path ends in verifyCode() and the result screen.
import { h, append, field, notice, icon } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { api, NetworkError } from '../api.js';
import { verifyCode } from '../verify.js';
import { startCamera, decodePhoto, cameraAvailable } from '../scanner.js';

/** Turn any error into words for the user. */
export function errorText(err) {
  if (err instanceof NetworkError) return t('error.network');
  if (err?.status === 429) return t('error.rateLimited', { seconds: err.retryAfterS || 60 });
  return err?.message || t('error.generic');
}

/**
 * An error box: the words (errorText unless given), and in small print under them the server's
 * reference for the request, so that a report can be matched to the server's log line.
 */
export function errorNotice(err, text = errorText(err)) {
  const reference = err?.requestId
    ? h('small', { class: 'error-reference' }, t('error.reference', { id: err.requestId }))
    : null;
  return notice('error', h('span', { text }), reference);
}

export async function render(root) {
  let stopCamera = null;
  let busy = false;
  const status = h('p', { class: 'scan-status', role: 'status', 'aria-live': 'polite' });
  const video = h('video', { class: 'camera', muted: true, playsinline: true, 'aria-label': t('scan.cameraLabel'), hidden: true });
  const frame = h('div', { class: 'camera-frame', hidden: true }, video, h('div', { class: 'camera-target', 'aria-hidden': 'true' }));
  const cameraButton = h('button', { type: 'button', class: 'button button-primary button-large' }, t('scan.startCamera'));

  function say(kind, text) {
    status.replaceChildren(kind === 'error' ? notice('error', text) : text);
  }
  const sayError = (err) => status.replaceChildren(errorNotice(err));

  async function check(text) {
    if (busy) return;
    busy = true;
    say('info', t('scan.checking'));
    try {
      await verifyCode(text);
      go('result');
    } catch (err) {
      sayError(err);
    } finally {
      busy = false;
    }
  }

  async function toggleCamera() {
    if (stopCamera) {
      stopCamera();
      stopCamera = null;
      frame.hidden = true;
      video.hidden = true;
      cameraButton.textContent = t('scan.startCamera');
      say('info', '');
      return;
    }
    try {
      stopCamera = await startCamera(video, check);
      frame.hidden = false;
      video.hidden = false;
      cameraButton.textContent = t('scan.stopCamera');
      say('info', t('scan.pointCamera'));
    } catch (err) {
      say('error', err?.name === 'NotAllowedError' ? t('scan.cameraDenied') : t('scan.cameraUnavailable'));
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
    if (codes.length) check(codes[0]);
    else say('error', t('scan.noCodeInPhoto'));
  });
  const photoButton = h('button', { type: 'button', class: 'button' }, t('scan.takePhoto'));
  photoButton.addEventListener('click', () => photoInput.click());

  const manualInput = h('input', { name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true, placeholder: 'CG26-000123456' });
  const manualForm = h('form', { class: 'manual-form', novalidate: true },
    field(t('scan.manualLabel'), manualInput, t('scan.manualHint')),
    h('button', { type: 'submit', class: 'button' }, t('scan.check')));
  manualForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (manualInput.value.trim()) check(manualInput.value);
    else { say('error', t('scan.manualEmpty')); manualInput.focus(); }
  });

  const pendingError = sessionStorage.getItem('bi.verifyError');
  sessionStorage.removeItem('bi.verifyError');

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
    h('p', { class: 'small' }, h('a', { href: '#/report', text: t('scan.reportLink') })));

  return () => stopCamera?.();
}
