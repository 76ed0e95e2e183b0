// The screen the password reset email links to (#/reset-password?token=...): choose the new
// password. The token is taken out of the address bar at once and kept in memory only.
import { h, append, field, fieldError, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api, clearSession } from '../api.js';
import { errorText } from '../errors.js';

// As the server checks them (app/accounts/service.py); the server's answer has the last word.
const MIN_LENGTH = 10;
const MAX_LENGTH = 200;

let token = null;

function heading(text) {
  return h('h1', { tabindex: '-1', text });
}

function redraw(root, ...children) {
  root.replaceChildren(...children);
  const h1 = root.querySelector('h1');
  document.title = `${h1.textContent} · Banderola Inspect`;
  h1.focus();
}

const askAgain = () => h('div', { class: 'button-row' },
  h('a', { class: 'button button-primary', href: '#/forgot-password', text: t('reset.askAgain') }));

export async function render(root, route) {
  const fromLink = route?.query?.get('token');
  if (fromLink) {
    // Out of the history and of any screenshot of the address bar; a redraw (language switch)
    // keeps it from here.
    token = fromLink;
    history.replaceState(null, '', '#/reset-password');
  }
  if (!token) {
    append(root, heading(t('reset.noLinkTitle')), h('p', { text: t('reset.noLink') }), askAgain());
    return;
  }

  const status = h('div', { 'aria-live': 'polite' });
  const password = field(t('reset.password'),
    h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true }),
    t('reset.passwordHint', { min: MIN_LENGTH }));
  const repeat = field(t('reset.repeat'),
    h('input', { name: 'repeat', type: 'password', autocomplete: 'new-password', required: true }));
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('reset.submit'));
  const form = h('form', { class: 'form', novalidate: true }, password, repeat, submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const value = password.control.value;
    const tooShort = value.length < MIN_LENGTH ? t('reset.tooShort', { min: MIN_LENGTH }) : null;
    const tooLong = value.length > MAX_LENGTH ? t('reset.tooLong', { max: MAX_LENGTH }) : null;
    const mismatch = !tooShort && !tooLong && repeat.control.value !== value ? t('reset.mismatch') : null;
    fieldError(password, tooShort || tooLong);
    fieldError(repeat, mismatch);
    if (tooShort || tooLong || mismatch) {
      (tooShort || tooLong ? password : repeat).control.focus();
      return;
    }
    submit.disabled = true;
    try {
      const answer = await api.passwordResetConfirm(token, value);
      token = null;
      clearSession(); // every session of the account has just ended on the server
      redraw(root,
        heading(t('reset.doneTitle')),
        notice('ok', t('reset.done', { email: answer.email })),
        h('div', { class: 'button-row' }, h('a', { class: 'button button-primary', href: '#/login', text: t('login.submit') })));
    } catch (err) {
      submit.disabled = false;
      if (err.errors?.token) {
        // Used, replaced by a newer link, or expired: this link can do no more.
        token = null;
        redraw(root, heading(t('reset.title')), notice('error', err.message), askAgain());
      } else if (err.errors?.password || err.errors?.json?.password) {
        // The server's own words (in this language): its password rules may be stricter.
        fieldError(password, err.errors.password ? err.message : t('reset.tooShort', { min: MIN_LENGTH }));
        password.control.focus();
      } else {
        status.replaceChildren(notice('error', errorText(err)));
      }
    }
  });

  append(root, heading(t('reset.title')), h('p', { class: 'lead', text: t('reset.intro') }), status, form);
}
