// Cases: open a case by number, the cases the server lists, and those opened on this phone.
import { h, append, field } from '../dom.js';
import { t, tOr, formatDate } from '../i18n.js';
import { go, link } from '../router.js';
import { api } from '../api.js';
import { recentCases } from '../case-common.js';
import { requireSession, sessionEnded } from '../session.js';
import { errorNotice } from '../errors.js';

function caseList(cases) {
  return h('ul', { class: 'choice-list' }, cases.map((c) => h('li', {},
    h('a', { class: 'choice', href: link('case', c.id) },
      h('strong', { text: c.number || `#${c.id}` }),
      c.status ? h('span', { class: `status status-${c.status}`, text: tOr(`status.${c.status}`, c.status) }) : null,
      c.detained_on ? h('span', { class: 'small', text: formatDate(c.detained_on) }) : null))));
}

export async function render(root) {
  if (!requireSession(root)) return;
  const input = h('input', { name: 'case', autocomplete: 'off' });
  const form = h('form', { class: 'form form-inline' }, field(t('cases.openLabel'), input), h('button', { class: 'button', type: 'submit' }, t('cases.open')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) go('case', input.value.trim());
  });
  const serverList = h('div', { 'aria-live': 'polite' });
  const recent = recentCases();
  append(root,
    h('h1', { text: t('cases.title') }),
    h('div', { class: 'button-row' }, h('a', { class: 'button button-primary', href: '#/case/new', text: t('cases.new') })),
    form,
    h('h2', { text: t('cases.server') }), serverList,
    recent.length ? [h('h2', { text: t('cases.recent') }), caseList(recent)] : null);
  try {
    const answer = await api.cases();
    const cases = Array.isArray(answer) ? answer : answer.cases || answer.items || [];
    serverList.replaceChildren(cases.length ? caseList(cases) : h('p', { text: t('cases.none') }));
  } catch (err) {
    if (sessionEnded(root, err)) return;
    serverList.replaceChildren(err.status === 404 || err.status === 405 ? h('p', { text: t('cases.noList') }) : errorNotice(err));
  }
}
