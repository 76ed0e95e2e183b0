// Result screen (#/result/<check id>, or the newest check): the verdict, why, and the product
// card; a check made offline upgrades itself to the server's verdict when its scan was sent.
import { h, append, icon, notice } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { getCheck, markSeen, checkKind, explanationKey } from '../verify.js';
import { verdictBanner, reasonList, productCard, categoryName, categoryOfSerial, isAdvice } from '../verdict.js';

function whyCard(reasons) {
  return h('section', { class: 'card', 'aria-labelledby': 'why-heading' },
    h('h2', { id: 'why-heading', text: t('result.why') }), reasonList(reasons));
}

/** Advice beside the verdict (advisory reasons): compare the product, report it if it differs. */
function adviceCard(reasons) {
  return h('section', { class: 'card advice', 'aria-labelledby': 'advice-heading' },
    h('h2', { id: 'advice-heading', text: t('result.advice') }), reasonList(reasons));
}

function serialCard(serial) {
  if (!serial) return null;
  const category = categoryOfSerial(serial);
  return h('section', { class: 'card' },
    h('h2', { text: t('product.heading') }),
    h('dl', { class: 'facts' },
      h('dt', { text: t('product.serial') }), h('dd', { class: 'mono', text: serial }),
      category ? [h('dt', { text: t('product.category') }), h('dd', { text: categoryName(category) })] : null));
}

function checkView(check) {
  const kind = checkKind(check);
  const headline = t(check.source === 'local' && kind !== 'unrecognised' ? `local.${kind}` : `verdict.${kind}`);
  const banner = verdictBanner(kind, headline, t(explanationKey(check)));
  if (kind === 'unrecognised') {
    return [banner, h('p', {}, t('result.youEntered'), ' ', h('span', { class: 'mono', text: check.code }))];
  }
  if (check.source === 'failed') {
    const refusal = check.error?.error && check.error.error !== 'http_error' ? check.error.message : t('error.generic');
    return [banner, notice('error', refusal), serialCard(check.serial)];
  }
  if (check.source === 'local') {
    const { reason } = check.local;
    return [
      banner,
      reason ? whyCard([{ code: reason }]) : null,
      check.queue_id ? h('p', { class: 'pending' }, icon('clock'), t('result.pending')) : null,
      serialCard(check.serial),
    ];
  }
  const { reasons = [], stamp } = check.answer;
  const advice = reasons.filter(isAdvice);
  const why = reasons.filter((reason) => !isAdvice(reason));
  return [
    banner,
    check.was_offline ? notice('info', t('result.checkedAfterOffline')) : null,
    why.length ? whyCard(why) : null,
    advice.length ? adviceCard(advice) : null,
    productCard(stamp),
  ];
}

function buttons(check) {
  const retry = checkKind(check) === 'unrecognised';
  return h('div', { class: 'button-row' },
    retry
      ? h('button', { type: 'button', class: 'button button-primary', onclick: () => go('scan', null, { code: check.code }) }, t('result.retry'))
      : h('button', { type: 'button', class: 'button button-primary', onclick: () => go('scan') }, t('result.scanAnother')),
    h('button', { type: 'button', class: 'button', onclick: () => go('report', null, { code: check.code }) }, t('result.report')));
}

export async function render(root, route) {
  const check = await getCheck(route.args[0]);
  if (!check) {
    append(root, h('h1', { text: t('result.none') }), h('p', {}, h('a', { href: '#/scan', text: t('result.scanAnother') })));
    return null;
  }
  const body = h('div', { class: 'result', role: 'region', 'aria-live': 'polite' });
  const draw = (current) => {
    if (current.source !== 'local') markSeen([current.id]);
    body.replaceChildren(...checkView(current).filter(Boolean), buttons(current),
      h('p', { class: 'small' }, h('a', { href: '#/checks', text: t('checks.link') })));
  };
  draw(check);
  append(root, body);

  const onSettled = ({ detail }) => {
    if (detail.check.id !== check.id) return;
    draw(detail.check);
    body.querySelector('h1')?.focus();
  };
  window.addEventListener('check-settled', onSettled);
  return () => window.removeEventListener('check-settled', onSettled);
}
