// Settings: language, location sharing, what waits to be sent, keys for offline checks, sign-out.
import { h, append, field, select } from '../dom.js';
import { t, lang, setLang, LANGUAGES, formatDateTime } from '../i18n.js';
import { getSession, clearSession } from '../api.js';
import { queuedItems, flushQueue, cachedKeys, refreshKeys } from '../offline.js';
import { shareLocationEnabled, setShareLocation } from '../geo.js';
import { go } from '../router.js';

export async function render(root) {
  const language = select('language', LANGUAGES, lang());
  language.addEventListener('change', () => setLang(language.value));
  const share = h('input', { type: 'checkbox', id: 'share-location', checked: shareLocationEnabled() });
  share.addEventListener('change', () => setShareLocation(share.checked));

  const queueLine = h('p', { 'aria-live': 'polite' });
  const drawQueue = async () => {
    const items = await queuedItems();
    queueLine.textContent = items.length ? t('settings.queued', { count: items.length }) : t('settings.nothingQueued');
  };
  const keys = cachedKeys();
  const session = getSession();
  append(root,
    h('h1', { text: t('settings.title') }),
    h('section', { class: 'card' }, field(t('settings.language'), language)),
    h('section', { class: 'card' },
      h('div', { class: 'check' }, share, h('label', { for: 'share-location', text: t('settings.shareLocation') })),
      h('p', { class: 'hint', text: t('settings.shareLocationHint') })),
    h('section', { class: 'card' }, h('h2', { text: t('settings.offline') }),
      queueLine,
      h('button', { type: 'button', class: 'button', onclick: () => flushQueue().then(drawQueue) }, t('settings.sendNow')),
      h('p', { class: 'small', text: keys ? t('settings.keys', { count: keys.keys.length, when: formatDateTime(keys.fetched_at) }) : t('settings.noKeys') }),
      h('button', { type: 'button', class: 'button button-small', onclick: () => refreshKeys().then(() => go('settings')) }, t('settings.refreshKeys'))),
    h('section', { class: 'card' }, h('h2', { text: t('settings.account') }),
      session
        ? [h('p', { text: session.user.email }), h('button', { type: 'button', class: 'button', onclick: () => { clearSession(); go('settings'); } }, t('login.signOut'))]
        : h('a', { class: 'button', href: '#/login', text: t('login.title') })),
    h('p', { class: 'small', text: 'Banderola Inspect' }));
  window.addEventListener('queue-changed', drawQueue);
  await drawQueue();
  return () => window.removeEventListener('queue-changed', drawQueue);
}
