// The public board of current Notices of Seizure (Art. 251(7)); never shows a person's name.
import { h, append, field } from '../dom.js';
import { t, tOr, formatDate, formatDaysLeft, formatNumber } from '../i18n.js';
import { api } from '../api.js';
import { errorNotice } from './scan.js';

const text = (value) => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    if (value.description) {
      const amount = value.quantity !== undefined ? `${formatNumber(value.quantity)} ${value.unit ? tOr(`unit.${value.unit}`, value.unit) : ''}`.trim() : '';
      return [value.description, amount].filter(Boolean).join(' — ');
    }
    return [value.name, value.municipality].filter(Boolean).join(', ');
  }
  return String(value);
};

function noticeCard(item) {
  return h('li', { class: 'card notice-card' },
    h('h2', { text: t('board.number', { number: item.number }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('board.seizedOn') }), h('dd', { text: formatDate(item.seized_on) }),
      h('dt', { text: t('board.place') }), h('dd', { text: text(item.place) }),
      h('dt', { text: t('board.goods') }), h('dd', { text: text(item.goods) }),
      h('dt', { text: t('board.legalBasis') }), h('dd', { text: text(item.legal_basis) }),
      item.review_deadline ? [h('dt', { text: t('board.reviewDeadline') }),
        h('dd', { text: `${formatDate(item.review_deadline)} · ${formatDaysLeft(item.review_deadline)}` })] : null,
      h('dt', { text: t('board.status') }), h('dd', { text: tOr(`noticeStatus.${item.status}`, tOr(`status.${item.status}`, item.status)) })));
}

export async function render(root) {
  const list = h('ul', { class: 'notice-list' });
  const status = h('div', { 'aria-live': 'polite' }, t('board.loading'));
  const filter = h('input', { type: 'search', autocomplete: 'off' });
  append(root,
    h('h1', { text: t('board.title') }),
    h('p', { class: 'lead', text: t('board.intro') }),
    field(t('board.filter'), filter),
    status, list,
    h('p', { class: 'small' }, h('a', { href: '/notices.atom', text: t('board.feed') })));
  let notices = [];
  const draw = () => {
    const words = filter.value.toLowerCase();
    const shown = notices.filter((item) => !words || JSON.stringify(item).toLowerCase().includes(words));
    list.replaceChildren(...shown.map(noticeCard));
    status.textContent = notices.length ? t('board.count', { count: shown.length }) : t('board.empty');
  };
  filter.addEventListener('input', draw);
  try {
    notices = (await api.notices()).notices || [];
    draw();
  } catch (err) {
    status.replaceChildren(errorNotice(err));
  }
}
