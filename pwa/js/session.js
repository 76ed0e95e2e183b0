// The officer's session as the screens need it: signing out, and the detour through the login
// (or enrolment) screen for a screen that needs a session.
import { h, append } from './dom.js';
import { t } from './i18n.js';
import { api, getSession, clearSession, needsEnrolment } from './api.js';

/**
 * Revoke the token on the server (best effort), forget it here, and delete the user's drafts
 * (drafts.js: phones are shared). Resolves when the drafts are gone.
 */
export function signOut() {
  const user = getSession()?.user?.id;
  api.logout().catch(() => {});
  clearSession();
  if (user === undefined) return Promise.resolve();
  return import('./drafts.js').then((drafts) => drafts.deleteDraftsOf(user)).catch(() => {});
}

/**
 * For officer screens: the session, or a detour through the login (or enrolment) screen;
 * `why` says what happened (the session ended).
 */
export function requireSession(root, why) {
  const session = getSession();
  if (session && needsEnrolment(session)) {
    append(root, h('h1', { text: t('enrol.requiredTitle') }),
      h('p', { text: t('enrol.requiredText') }),
      h('p', {}, h('a', { class: 'button button-primary', href: `#/enrol?next=${encodeURIComponent(location.hash)}`, text: t('enrol.start') })));
    return null;
  }
  if (session) return session;
  append(root, h('h1', { text: t('login.required') }),
    why ? h('p', { text: why }) : null,
    h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent(location.hash)}`, text: t('login.title') })));
  return null;
}

/** A request of an officer screen answered 401: the screen becomes "sign in again" (true). */
export function sessionEnded(root, err) {
  if (err?.status !== 401) return false;
  root.replaceChildren();
  requireSession(root, t('login.expired'));
  return true;
}
