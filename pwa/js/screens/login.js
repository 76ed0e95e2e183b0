// Officer and supervisor sign-in: email, password and the six-digit TOTP code.
import { h, append, field, notice, formValues } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { api, getSession, setSession, clearSession } from '../api.js';
import { errorText } from './scan.js';
import { cacheOfficerScreens } from '../offline.js';

export async function render(root) {
  const session = getSession();
  if (session) {
    append(root,
      h('h1', { text: t('login.signedInTitle') }),
      h('p', { text: t('login.signedInAs', { email: session.user.email, roles: session.user.roles.map((r) => t(`role.${r}`)).join(', ') }) }),
      h('div', { class: 'button-row' },
        h('a', { class: 'button button-primary', href: '#/inspection', text: t('nav.inspection') }),
        h('a', { class: 'button', href: '#/cases', text: t('nav.cases') }),
        h('button', { type: 'button', class: 'button', onclick: () => { clearSession(); go('login'); } }, t('login.signOut'))));
    return;
  }
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('login.submit'));
  const form = h('form', { class: 'form', novalidate: true },
    field(t('login.email'), h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true })),
    field(t('login.password'), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    field(t('login.otp'), h('input', { name: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: '6' }), t('login.otpHint')),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    if (!values.email || !values.password) {
      status.replaceChildren(notice('error', t('login.missing')));
      return;
    }
    submit.disabled = true;
    try {
      setSession(await api.login(values));
      cacheOfficerScreens();
      const next = new URLSearchParams(location.hash.split('?')[1] || '').get('next');
      location.hash = next || '#/inspection';
    } catch (err) {
      status.replaceChildren(notice('error', errorText(err)));
      submit.disabled = false;
    }
  });
  append(root, h('h1', { text: t('login.title') }), h('p', { class: 'lead', text: t('login.intro') }), status, form);
}

/** For officer screens: the session, or a detour through the login screen. */
export function requireSession(root) {
  const session = getSession();
  if (session) return session;
  append(root, h('h1', { text: t('login.required') }),
    h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent(location.hash)}`, text: t('login.title') })));
  return null;
}
