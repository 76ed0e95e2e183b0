// Recent checks (#/checks): every stamp checked on this phone, newest first, each with its final
// verdict; a check made offline takes the server's verdict when its scan has been sent, so a
// revoked stamp is never hidden behind a later genuine one.
import { h, append, icon } from '../dom.js';
import { t, formatDateTime } from '../i18n.js';
import { recentChecks, markSeen, checkKind, clearFinishedChecks } from '../verify.js';
import { verdictBadge } from '../verdict.js';

/**
 * One line per check: verdict badge, serial (or what was typed), when, and its state; `isNew`
 * flags the verdicts not seen before.
 */
export function checkList(checks, isNew = (check) => check.unseen) {
  return h('ul', { class: 'check-list' }, checks.map((check) => {
    const kind = checkKind(check);
    const pending = check.source === 'local' && check.queue_id;
    const fresh = isNew(check);
    return h('li', { class: `check-row${fresh ? ' check-new' : ''}`, 'data-kind': kind },
      h('a', { href: `#/result/${check.id}` },
        verdictBadge(kind),
        h('span', { class: 'mono check-serial', text: check.serial || check.code }),
        fresh ? h('strong', { class: 'check-flag', text: t('checks.new') }) : null),
      h('span', { class: 'small' }, formatDateTime(check.at),
        pending ? [' · ', icon('clock'), ' ', t('checks.waiting')] : null,
        !pending && check.was_offline ? [' · ', t('checks.checkedLater')] : null));
  }));
}

export async function render(root) {
  const status = h('p', { class: 'small', 'aria-live': 'polite' });
  const list = h('div');
  const clear = h('button', { type: 'button', class: 'button button-small' }, t('checks.clear'));
  append(root,
    h('h1', { text: t('checks.title') }),
    h('p', { class: 'lead', text: t('checks.intro') }),
    list, status, clear);

  // Verdicts that arrive while the list is shown are seen at once, and flagged as new in it.
  const arrived = new Set();
  const draw = async () => {
    const checks = await recentChecks();
    const isNew = (check) => check.unseen || arrived.has(check.id);
    list.replaceChildren(checks.length ? checkList(checks, isNew) : h('p', { text: t('checks.none') }));
    clear.hidden = !checks.some((check) => !(check.source === 'local' && check.queue_id));
    // Shown here with their final verdicts: no longer news.
    markSeen(checks.filter((check) => check.unseen).map((check) => check.id));
  };
  clear.addEventListener('click', () => {
    clearFinishedChecks();
    status.textContent = t('checks.cleared');
  });
  const onSettled = ({ detail }) => {
    arrived.add(detail.check.id);
    markSeen([detail.check.id]);
  };
  window.addEventListener('check-settled', onSettled);
  window.addEventListener('checks-changed', draw);
  await draw();
  return () => {
    window.removeEventListener('check-settled', onSettled);
    window.removeEventListener('checks-changed', draw);
  };
}
