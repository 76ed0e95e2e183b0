// The public board of current Notices of Seizure (Art. 251(7)); never shows a person's name.
import { h, append, field } from '../dom.js';
import { t, tOr, lang, formatDate, formatDaysLeft, formatAmount, articleRef } from '../i18n.js';
import { api } from '../api.js';
import { errorNotice } from '../errors.js';

/** "Spirits 0.7 l … — 240 bottles" for each line of goods. */
const goodsText = (goods) => (goods || []).map((line) =>
  [line.description, line.quantity === undefined ? '' : formatAmount(line.quantity, line.unit)].filter(Boolean).join(' — ')).join('; ');

function noticeCard(item) {
  return h('li', { class: 'card notice-card' },
    h('h2', { text: t('board.number', { number: item.number }) }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('board.seizedOn') }), h('dd', { text: formatDate(item.seized_on) }),
      h('dt', { text: t('board.place') }), h('dd', { text: [item.place?.description, item.place?.municipality].filter(Boolean).join(', ') }),
      h('dt', { text: t('board.goods') }), h('dd', { text: goodsText(item.goods) }),
      h('dt', { text: t('board.legalBasis') }), h('dd', { text: (item.legal_basis || []).map(articleRef).join('; ') }),
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
    h('p', { class: 'small' }, h('a', { href: `/notices.atom?lang=${lang()}`, text: t('board.feed') })));
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
