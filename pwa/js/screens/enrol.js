// Two-step sign-in enrolment for officers, supervisors and admins who signed in with the
// password alone (a token of scope `mfa_enrolment`): QR code and key for the authenticator app,
// a code to confirm, then the ten one-time recovery codes, shown once.
import { h, append, field, notice } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { api, getSession, setSession, needsEnrolment, homeHash } from '../api.js';
import { errorText, errorNotice } from '../errors.js';
import { signOut } from '../session.js';

// The answer of POST /auth/mfa/enrol for this token, kept in memory only: drawing the screen
// again (language switch) must not replace a secret the user may already have scanned.
let pending = null;

/** "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP": easier to type by hand. */
export const groupsOfFour = (secret) => (secret || '').replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') || '';

const nextHash = () => new URLSearchParams(location.hash.split('?')[1] || '').get('next');

function heading(text) {
  return h('h1', { tabindex: '-1', text });
}

function showHeading(root) {
  const h1 = root.querySelector('h1');
  if (!h1) return;
  document.title = `${h1.textContent} · Banderola Inspect`;
  h1.focus();
}

function signOutButton() {
  return h('button', { type: 'button', class: 'button', onclick: () => { pending = null; signOut(); go('login'); } }, t('login.signOut'));
}

/** The recovery codes, once, with what to do with them; then on to the officer's home. */
function drawRecoveryCodes(root, codes) {
  const list = h('ol', { class: 'recovery-codes' },
    codes.map((code) => h('li', { class: 'recovery-code', text: code })));
  const copied = h('p', { class: 'small', role: 'status', 'aria-live': 'polite' });
  const copy = navigator.clipboard ? h('button', {
    type: 'button',
    class: 'button',
    onclick: () => navigator.clipboard.writeText(codes.join('\n'))
      .then(() => { copied.textContent = t('enrol.copied'); })
      .catch(() => { copied.textContent = t('enrol.copyFailed'); }),
  }, t('enrol.copy')) : null;
  const done = h('button', {
    type: 'button',
    class: 'button button-primary',
    onclick: () => { location.hash = nextHash() || homeHash(); },
  }, t('enrol.saved'));
  root.replaceChildren(
    heading(t('enrol.codesTitle')),
    notice('ok', t('enrol.enabled')),
    h('section', { class: 'card', 'aria-labelledby': 'codes-heading' },
      h('h2', { id: 'codes-heading', text: t('enrol.codesHeading') }),
      h('p', { text: t('enrol.codesExplain') }),
      h('p', { class: 'strong', text: t('enrol.codesOnce') }),
      list,
      copied),
    h('div', { class: 'button-row' }, done, copy));
  showHeading(root);
}

export async function render(root) {
  const session = getSession();
  if (!session) {
    append(root, heading(t('login.required')),
      h('p', {}, h('a', { class: 'button button-primary', href: '#/login', text: t('login.title') })));
    return;
  }
  if (!needsEnrolment(session)) {
    append(root, heading(t('enrol.alreadyTitle')), h('p', { text: t('enrol.alreadyText') }),
      h('p', {}, h('a', { class: 'button button-primary', href: homeHash(), text: t(homeHash() === '#/portal' ? 'portal.title' : 'nav.inspection') })));
    return;
  }

  const status = h('div', { class: 'enrol-status', 'aria-live': 'polite' });
  append(root,
    heading(t('enrol.title')),
    h('p', { class: 'lead', text: t('enrol.intro', { email: session.user?.email || '' }) }),
    status);

  if (pending?.token !== session.access_token) {
    status.replaceChildren(h('p', { role: 'status', text: t('enrol.loading') }));
    try {
      pending = { token: session.access_token, answer: await api.mfaEnrol() };
    } catch (err) {
      pending = null;
      status.replaceChildren(errorNotice(err, err.status === 409 ? t('enrol.conflict') : errorText(err)));
      append(root, h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button button-primary', onclick: () => go('enrol', null, nextHash() ? { next: nextHash() } : undefined) }, t('enrol.retry')),
        signOutButton()));
      return;
    }
    status.replaceChildren();
  }
  const { secret, otpauth_uri: uri, qr_svg: qr, digits = 6, period_s: period = 30 } = pending.answer;

  const code = h('input', {
    name: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}',
    maxlength: '7', required: true,
  });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('enrol.confirm'));
  const form = h('form', { class: 'form', novalidate: true },
    field(t('enrol.code'), code, t('enrol.codeHint', { digits, period })),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const otp = code.value.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(otp)) {
      status.replaceChildren(notice('error', t('enrol.codeFormat')));
      code.setAttribute('aria-invalid', 'true');
      code.focus();
      return;
    }
    submit.disabled = true;
    try {
      const answer = await api.mfaConfirm(otp);
      pending = null;
      // The same token now has the full scope (docs/accounts.md).
      setSession({ ...session, ...getSession(), scope: 'full', user: answer.user || { ...session.user, mfa_required: false, mfa_enabled: true } });
      drawRecoveryCodes(root, answer.recovery_codes || []);
    } catch (err) {
      status.replaceChildren(errorNotice(err));
      code.setAttribute('aria-invalid', 'true');
      code.select();
      code.focus();
      submit.disabled = false;
    }
  });

  append(root,
    h('ol', { class: 'steps' },
      h('li', { class: 'card' },
        h('h2', { text: t('enrol.step1') }),
        h('p', { text: t('enrol.scanQr') }),
        typeof qr === 'string' && qr.startsWith('data:image/svg+xml')
          ? h('img', { class: 'qr', src: qr, alt: t('enrol.qrAlt'), width: '200', height: '200' }) : null,
        typeof uri === 'string' && uri.startsWith('otpauth://')
          ? h('p', {}, h('a', { class: 'button', href: uri, text: t('enrol.openApp') })) : null,
        h('p', { text: t('enrol.manual') }),
        h('p', { class: 'secret', text: groupsOfFour(secret) }),
        h('p', { class: 'hint', text: t('enrol.manualHint', { digits, period }) })),
      h('li', { class: 'card' },
        h('h2', { text: t('enrol.step2') }),
        form)),
    h('div', { class: 'button-row' }, signOutButton()));
}
