// Sign-in of Customs staff and of licensed companies' users: email, password and the six-digit TOTP code or a recovery
// code. Someone who has not set up two-step sign-in yet signs in with the password alone and
// goes on to the enrolment screen (enrol.js).
import { h, append, field, notice, formValues } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { api, getSession, setSession, needsEnrolment, isOperatorUser, hasRole } from '../api.js';
import { errorNotice } from '../errors.js';
import { signOut } from '../session.js';
import { cacheOfficerScreens } from '../offline.js';

/** A TOTP code as typed, or a recovery code (`k7m2p-x9q4r`, any case, hyphen optional). */
export function normaliseCode(text) {
  const compact = (text || '').replace(/\s+/g, '');
  if (/^\d{6}$/.test(compact)) return compact;
  const recovery = compact.toLowerCase().match(/^([a-z0-9]{5})-?([a-z0-9]{5})$/);
  return recovery ? `${recovery[1]}-${recovery[2]}` : null;
}

// An operator company's user (not Customs staff): the portal is their home.
const isOperator = isOperatorUser;

const nextHash = () => new URLSearchParams(location.hash.split('?')[1] || '').get('next');

export async function render(root) {
  const session = getSession();
  if (session && needsEnrolment(session)) {
    location.replace('#/enrol');
    return;
  }
  if (session) {
    append(root,
      h('h1', { text: t('login.signedInTitle') }),
      h('p', { text: t('login.signedInAs', { email: session.user.email, roles: session.user.roles.map((r) => t(`role.${r}`)).join(', ') }) }),
      h('div', { class: 'button-row' },
        ...(isOperator(session) ? [h('a', { class: 'button button-primary', href: '#/portal', text: t('portal.title') })] : [
          h('a', { class: 'button button-primary', href: '#/inspection', text: t('nav.inspection') }),
          h('a', { class: 'button', href: '#/cases', text: t('nav.cases') }),
          hasRole('officer', 'supervisor') ? h('a', { class: 'button', href: '#/targets', text: t('nav.targets') }) : null,
          hasRole('supervisor', 'admin') ? h('a', { class: 'button', href: '#/dashboard', text: t('nav.dashboard') }) : null]),
        h('button', { type: 'button', class: 'button', onclick: () => { signOut(); go('login'); } }, t('login.signOut'))),
      h('ul', { class: 'plain-list help-links' },
        h('li', {}, h('a', { href: '#/support', text: t('portal.supportLink') })),
        h('li', {}, h('a', { href: '#/manual', text: t('portal.manualLink') }))));
    return;
  }
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('login.submit'));
  const code = h('input', {
    name: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', autocapitalize: 'off',
    spellcheck: 'false', maxlength: '12',
  });
  const useRecovery = h('button', { type: 'button', class: 'button button-small' }, t('login.useRecovery'));
  useRecovery.addEventListener('click', () => {
    // Only the keyboard changes: the field takes either kind of code all the time.
    code.setAttribute('inputmode', 'text');
    code.setAttribute('autocomplete', 'off');
    useRecovery.hidden = true;
    code.focus();
  });
  const form = h('form', { class: 'form', novalidate: true },
    field(t('login.email'), h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true })),
    field(t('login.password'), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('div', { class: 'field-group' }, field(t('login.otp'), code, t('login.otpHint')), useRecovery),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    if (!values.email || !values.password) {
      status.replaceChildren(notice('error', t('login.missing')));
      return;
    }
    if (values.otp) {
      const otp = normaliseCode(values.otp);
      if (!otp) {
        status.replaceChildren(notice('error', t('login.codeFormat')));
        code.focus();
        return;
      }
      values.otp = otp;
    }
    submit.disabled = true;
    try {
      const answer = await api.login(values);
      setSession(answer);
      cacheOfficerScreens();
      const next = nextHash();
      if (needsEnrolment(answer)) go('enrol', null, next ? { next } : undefined);
      // A supervisor's home is the work queue on the cases screen, an officer's the inspection,
      // a company user's the portal.
      else location.hash = next || (isOperator(answer) ? '#/portal'
        : (answer.user?.roles || []).includes('supervisor') ? '#/cases' : '#/inspection');
    } catch (err) {
      status.replaceChildren(errorNotice(err));
      submit.disabled = false;
    }
  });
  append(root, h('h1', { text: t('login.title') }), h('p', { class: 'lead', text: t('login.intro') }), status, form,
    h('p', {}, h('a', { href: '#/forgot-password', text: t('login.forgot') })),
    h('p', {}, h('a', { href: '#/register', text: t('register.link') })));
}
