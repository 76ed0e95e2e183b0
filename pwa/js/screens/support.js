// Support (#/support): any signed-in user (Customs staff, a company's users) asks the Customs for
// help (POST /support-requests, docs/support.md) and sees their own requests and where each
// stands, in words. The answer comes by mail or phone.
import { h, append, field, notice } from '../dom.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { request } from '../api.js';
import { errorNotice } from '../errors.js';
import { requireSession, sessionEnded } from '../session.js';
import { uuid } from '../offline.js';
import { fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { listOf } from '../portal.js';

const MAX = { subject: 200, body: 5000 };

export const supportApi = {
  send: (body, idempotencyKey) => request('POST', '/support-requests', { json: body, idempotencyKey }),
  list: () => request('GET', '/support-requests?limit=100'),
};

export const supportStatusName = (status) => tOr(`support.status.${status}`, t('support.status.other'));

function requestItem(item) {
  return h('li', { class: 'card support-request', 'data-request': String(item.id) },
    h('p', {}, h('strong', { text: item.subject }), ' ',
      h('span', { class: `status status-${item.status}`, text: supportStatusName(item.status) })),
    h('p', { class: 'small', text: t('support.sentOn', { date: formatDateTime(item.created_at) }) }),
    h('details', {}, h('summary', { text: t('support.yourMessage') }), h('p', { class: 'support-body', text: item.body })));
}

export async function render(root) {
  const session = requireSession(root);
  if (!session) return;
  const fields = {
    subject: field(t('support.subject'), h('input', { name: 'subject', autocomplete: 'off', maxlength: String(MAX.subject) })),
    body: field(t('support.body'), h('textarea', { name: 'body', rows: '6', maxlength: String(MAX.body) }), t('support.bodyHint')),
  };
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('support.send'));
  const form = h('form', { class: 'form', novalidate: true, id: 'support-form' }, fields.subject, fields.body, status, submit);
  const listStatus = h('div', { 'aria-live': 'polite' });
  const list = h('ul', { class: 'plain-list support-requests' });
  const draw = async () => {
    try {
      const found = listOf(await supportApi.list(), 'requests')
        .filter((item) => item.user?.id === undefined || item.user.id === session.user.id);
      list.replaceChildren(...(found.length ? found.map(requestItem) : [h('li', { text: t('support.none') })]));
    } catch (err) {
      if (!sessionEnded(root, err)) listStatus.replaceChildren(errorNotice(err));
    }
  };
  let idempotencyKey = uuid();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = { subject: fields.subject.control.value.trim(), body: fields.body.control.value.trim() };
    const problems = Object.entries(values).filter(([, value]) => !value).map(([name]) => [fields[name], t('form.required')]);
    showFieldErrors(Object.values(fields), problems);
    if (problems.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: problems.length })));
      return;
    }
    submit.disabled = true;
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      await supportApi.send(values, idempotencyKey);
      idempotencyKey = uuid();
      form.reset();
      status.replaceChildren(notice('ok', t('support.sent', { email: session.user.email })));
      await draw();
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = fieldErrorsOf(err).map(([path, message]) => [fields[path], message]).filter(([target]) => target);
      showFieldErrors(Object.values(fields), located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
    } finally {
      submit.disabled = false;
    }
  });
  append(root,
    h('h1', { text: t('support.title') }),
    h('p', { class: 'lead', text: t('support.intro') }),
    h('section', { class: 'card', 'aria-labelledby': 'support-new' }, h('h2', { id: 'support-new', text: t('support.newTitle') }), form),
    h('section', { class: 'card', 'aria-labelledby': 'support-list' }, h('h2', { id: 'support-list', text: t('support.listTitle') }), listStatus, list),
    h('p', {}, h('a', { href: '#/manual', text: t('portal.manualLink') })));
  await draw();
}
