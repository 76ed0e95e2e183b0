// Result screen: the verdict, why, and the product card; an offline answer upgrades itself to
// the server's verdict when the queued scan has been sent.
import { h, append, icon, notice } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { currentResult, upgradeCurrent } from '../verify.js';
import { verdictBanner, reasonList, productCard, categoryName, categoryOfSerial } from '../verdict.js';

function serverView(record) {
  const { verdict, reasons, stamp } = record.answer;
  return [
    verdictBanner(verdict, t(`verdict.${verdict}`), t(`verdict.${verdict}.explain`)),
    record.was_offline ? notice('info', t('result.checkedAfterOffline')) : null,
    reasons?.length ? h('section', { class: 'card', 'aria-labelledby': 'why-heading' },
      h('h2', { id: 'why-heading', text: t('result.why') }), reasonList(reasons)) : null,
    productCard(stamp),
  ];
}

function localView(record) {
  const { status, reason } = record.local;
  const headline = t(`local.${status}`);
  const explanation = t(`local.${status}.explain`);
  return [
    verdictBanner(status, headline, explanation),
    reason ? h('section', { class: 'card', 'aria-labelledby': 'why-heading' },
      h('h2', { id: 'why-heading', text: t('result.why') }), reasonList([{ code: reason }])) : null,
    record.queue_id ? h('p', { class: 'pending' }, icon('clock'), t('result.pending')) : null,
    record.serial ? h('section', { class: 'card' },
      h('h2', { text: t('product.heading') }),
      h('dl', { class: 'facts' },
        h('dt', { text: t('product.serial') }), h('dd', { class: 'mono', text: record.serial }),
        categoryOfSerial(record.serial) ? [h('dt', { text: t('product.category') }),
          h('dd', { text: categoryName(categoryOfSerial(record.serial)) })] : null)) : null,
  ];
}

export async function render(root) {
  const record = await currentResult();
  if (!record) {
    append(root, h('h1', { text: t('result.none') }), h('p', {}, h('a', { href: '#/scan', text: t('result.scanAnother') })));
    return null;
  }
  const body = h('div', { class: 'result', role: 'region', 'aria-live': 'polite' });
  const draw = (current) => {
    body.replaceChildren(
      ...(current.source === 'server' ? serverView(current) : localView(current)).filter(Boolean),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button button-primary', onclick: () => go('scan') }, t('result.scanAnother')),
        h('button', { type: 'button', class: 'button', onclick: () => go('report', null, { code: current.code }) }, t('result.report'))));
  };
  draw(record);
  append(root, body);

  const onSent = ({ detail }) => {
    if (detail.id !== record.queue_id || !detail.result) return;
    const upgraded = upgradeCurrent(detail.id, detail.result);
    if (!upgraded) return;
    draw(upgraded);
    body.querySelector('h1')?.focus();
  };
  window.addEventListener('queue-sent', onSent);
  return () => window.removeEventListener('queue-sent', onSent);
}
