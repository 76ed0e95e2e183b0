// The officer screens' gate: a signed-in session, or a detour through sign-in or enrolment.
import { h, append } from './dom.js';
import { t } from './i18n.js';
import { getSession, needsEnrolment } from './api.js';

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
