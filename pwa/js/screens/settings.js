// Settings: language, location sharing, what waits to be sent, keys for offline checks, sign-out,
// the app's version. Every button says what it did, or why it could not.
import { h, append, field, select } from '../dom.js';
import { t, lang, setLang, LANGUAGES, formatDateTime } from '../i18n.js';
import { getSession } from '../api.js';
import { signOut } from '../session.js';
import { queuedItems, flushQueue, cachedKeys, refreshKeys } from '../offline.js';
import { shareLocationEnabled, setShareLocation } from '../geo.js';
import { errorText } from '../errors.js';
import { appVersion } from '../updates.js';
import { go } from '../router.js';

function keysLine(keys) {
  return keys ? t('settings.keys', { count: keys.keys.length, when: formatDateTime(keys.fetched_at) }) : t('settings.noKeys');
}

export async function render(root) {
  const language = select('language', LANGUAGES, lang());
  language.addEventListener('change', () => setLang(language.value));
  const share = h('input', { type: 'checkbox', id: 'share-location', checked: shareLocationEnabled() });
  share.addEventListener('change', () => setShareLocation(share.checked));

  const queueLine = h('p');
  const queueStatus = h('p', { class: 'small', role: 'status' });
  const drawQueue = async () => {
    const items = await queuedItems();
    queueLine.textContent = items.length ? t('settings.queued', { count: items.length }) : t('settings.nothingQueued');
    return items.length;
  };
  const sendNow = h('button', { type: 'button', class: 'button' }, t('settings.sendNow'));
  sendNow.addEventListener('click', async () => {
    const waiting = await drawQueue();
    if (!waiting) {
      queueStatus.textContent = t('settings.nothingToSend');
      return;
    }
    if (!navigator.onLine) {
      queueStatus.textContent = t('settings.sendOffline');
      return;
    }
    sendNow.disabled = true;
    queueStatus.textContent = t('settings.sending');
    const { sent, left, stopped } = await flushQueue();
    sendNow.disabled = false;
    await drawQueue();
    queueStatus.textContent = left
      ? `${t('settings.sentSome', { count: sent })} ${stopped ? errorText(stopped) : ''}`.trim()
      : t('settings.sentAll', { count: sent });
  });

  const keysText = h('p', { class: 'small', text: keysLine(cachedKeys()) });
  const keysStatus = h('p', { class: 'small', role: 'status' });
  const updateKeys = h('button', { type: 'button', class: 'button button-small' }, t('settings.refreshKeys'));
  updateKeys.addEventListener('click', async () => {
    if (!navigator.onLine) {
      // The service worker would answer with its saved copy: that is no update.
      keysStatus.textContent = `${t('error.network')} ${cachedKeys() ? t('settings.keysKept') : ''}`.trim();
      return;
    }
    updateKeys.disabled = true;
    keysStatus.textContent = t('settings.keysUpdating');
    const { updated, keys, error } = await refreshKeys();
    updateKeys.disabled = false;
    keysText.textContent = keysLine(keys);
    if (updated) keysStatus.textContent = t('settings.keysUpdated');
    else keysStatus.textContent = `${errorText(error)} ${keys ? t('settings.keysKept') : ''}`.trim();
  });

  const version = h('p', { class: 'small', text: 'Banderola Inspect' });
  const session = getSession();
  append(root,
    h('h1', { text: t('settings.title') }),
    h('section', { class: 'card' }, field(t('settings.language'), language)),
    h('section', { class: 'card' },
      h('div', { class: 'check' }, share, h('label', { for: 'share-location', text: t('settings.shareLocation') })),
      h('p', { class: 'hint', text: t('settings.shareLocationHint') })),
    h('section', { class: 'card' }, h('h2', { text: t('settings.offline') }),
      queueLine, sendNow, queueStatus,
      keysText, updateKeys, keysStatus),
    h('section', { class: 'card' }, h('h2', { text: t('settings.account') }),
      session
        ? [h('p', { text: session.user.email }), h('button', { type: 'button', class: 'button', onclick: () => signOut().then(() => go('settings')) }, t('login.signOut'))]
        : h('a', { class: 'button', href: '#/login', text: t('login.title') })),
    h('section', { class: 'card', 'aria-labelledby': 'help-heading' }, h('h2', { id: 'help-heading', text: t('settings.help') }),
      h('ul', { class: 'plain-list help-links' },
        h('li', {}, h('a', { href: session ? '#/manual' : '#/manual/consumer', text: t('portal.manualLink') })),
        session ? h('li', {}, h('a', { href: '#/support', text: t('portal.supportLink') })) : null)),
    version);
  window.addEventListener('queue-changed', drawQueue);
  await drawQueue();
  appVersion().then((code) => { if (code) version.textContent = `Banderola Inspect · ${t('settings.version', { version: code.slice(0, 8) })}`; });
  return () => window.removeEventListener('queue-changed', drawQueue);
}
