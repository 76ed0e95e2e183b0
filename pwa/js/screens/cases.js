// Cases: open a case by number, the cases the server lists, and those opened on this phone.
import { h, append, field } from '../dom.js';
import { t, tOr, formatDate } from '../i18n.js';
import { go, link } from '../router.js';
import { api, getSession } from '../api.js';
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

// The supervisor's work queue: what is due in the next DUE_DAYS days, first date first.
const DUE_DAYS = 7;

function dueList(cases) {
  return h('ul', { class: 'choice-list due-list' }, cases.map((c) => h('li', {},
    h('a', { class: 'choice', href: link('case', c.id) },
      h('strong', { text: c.number }),
      c.status ? h('span', { class: `status status-${c.status}`, text: tOr(`status.${c.status}`, c.status) }) : null,
      h('ul', { class: 'due-items' }, c.due.map((item) => h('li', {},
        h('span', { text: tOr(`due.${item.what}`, item.label || '') }), ' ',
        h('time', { datetime: item.on, text: formatDate(item.on) }))))))));
}

async function showDue(dueBox) {
  try {
    const answer = await api.dueCases(DUE_DAYS);
    const cases = answer.cases || [];
    dueBox.replaceChildren(cases.length ? dueList(cases) : h('p', { text: t('due.none', { days: DUE_DAYS }) }));
  } catch (err) {
    dueBox.replaceChildren(errorNotice(err));
  }
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
  const supervisor = (getSession()?.user?.roles || []).includes('supervisor');
  const dueBox = supervisor ? h('div', { 'aria-live': 'polite' }, h('p', { text: t('due.loading') })) : null;
  append(root,
    h('h1', { text: t('cases.title') }),
    supervisor ? [h('h2', { text: t('due.title', { days: DUE_DAYS }) }), dueBox] : null,
    h('div', { class: 'button-row' }, h('a', { class: 'button button-primary', href: '#/case/new', text: t('cases.new') })),
    form,
    h('h2', { text: t('cases.server') }), serverList,
    recent.length ? [h('h2', { text: t('cases.recent') }), caseList(recent)] : null);
  if (supervisor) await showDue(dueBox);
  try {
    const answer = await api.cases();
    const cases = Array.isArray(answer) ? answer : answer.cases || answer.items || [];
    serverList.replaceChildren(cases.length ? caseList(cases) : h('p', { text: t('cases.none') }));
  } catch (err) {
    if (sessionEnded(root, err)) return;
    serverList.replaceChildren(err.status === 404 || err.status === 405 ? h('p', { text: t('cases.noList') }) : errorNotice(err));
  }
}
