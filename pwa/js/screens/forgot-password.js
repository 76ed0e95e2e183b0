// "Forgot your password?": ask for a reset link by email. The answer is the same whether or not
// an account uses the address (the server tells nobody which addresses have accounts).
import { h, append, field, fieldError, notice } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { errorText } from '../errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function heading(text) {
  return h('h1', { tabindex: '-1', text });
}

function showSent(root, email) {
  root.replaceChildren(
    heading(t('forgot.sentTitle')),
    notice('ok', t('forgot.sent', { email })),
    h('p', { class: 'small', text: t('forgot.nothingCame') }),
    h('div', { class: 'button-row' }, h('a', { class: 'button', href: '#/login', text: t('forgot.back') })));
  const h1 = root.querySelector('h1');
  document.title = `${h1.textContent} · Banderola Inspect`;
  h1.focus();
}

export async function render(root) {
  const status = h('div', { 'aria-live': 'polite' });
  const email = field(t('login.email'),
    h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true, maxlength: '254' }));
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('forgot.submit'));
  const form = h('form', { class: 'form', novalidate: true }, email, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const address = email.control.value.trim();
    const problem = !address ? t('forgot.emailMissing') : (!EMAIL.test(address) ? t('forgot.emailFormat') : null);
    fieldError(email, problem);
    if (problem) {
      email.control.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api.passwordReset(address);
      showSent(root, address);
    } catch (err) {
      if (err.status === 422) {
        fieldError(email, t('forgot.emailFormat'));
        email.control.focus();
      } else {
        status.replaceChildren(notice('error', errorText(err)));
      }
      submit.disabled = false;
    }
  });
  append(root,
    heading(t('forgot.title')),
    h('p', { class: 'lead', text: t('forgot.intro') }),
    status,
    form,
    h('p', {}, h('a', { href: '#/login', text: t('forgot.back') })));
}
