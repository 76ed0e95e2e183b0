// The officer's session as the screens need it: signing out, and the detour through the login
// (or enrolment) screen for a screen that needs a session.
import { h, append } from './dom.js';
import { t } from './i18n.js';
import { api, getSession, clearSession, needsEnrolment } from './api.js';

/** Revoke the token on the server (best effort) and forget it here. */
export function signOut() {
  api.logout().catch(() => {});
  clearSession();
}

/** For officer screens: the session, or a detour through the login (or enrolment) screen. */
export function requireSession(root) {
  const session = getSession();
  if (session && needsEnrolment(session)) {
    append(root, h('h1', { text: t('enrol.requiredTitle') }),
      h('p', { text: t('enrol.requiredText') }),
      h('p', {}, h('a', { class: 'button button-primary', href: `#/enrol?next=${encodeURIComponent(location.hash)}`, text: t('enrol.start') })));
    return null;
  }
  if (session) return session;
  append(root, h('h1', { text: t('login.required') }),
    h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent(location.hash)}`, text: t('login.title') })));
  return null;
}
