// The user guide (#/manual, #/manual/<role>): GET /manuals/{role}?lang= in the app's language
// (docs/manuals.md). The signed-in user's guide by default (their highest role), the
// consumer's without signing in (linked from Settings). The server renders the Markdown with
// raw HTML off, so the HTML it answers holds no markup of anyone's typing: it is trusted output
// of our own server and goes into the page as HTML (no script runs from innerHTML, and the CSP
// allows no inline script anyway).
import { h, append, notice } from '../dom.js';
import { t, lang } from '../i18n.js';
import { request, getSession, needsEnrolment } from '../api.js';
import { errorNotice } from '../errors.js';

const ROLES = ['consumer', 'officer', 'supervisor', 'operator', 'admin'];
// The guide a signed-in user sees first: the one of what they do most.
const PREFERENCE = ['admin', 'supervisor', 'officer', 'operator'];

export const manualsApi = {
  manual: (role) => request('GET', `/manuals/${encodeURIComponent(role)}?lang=${lang()}`),
  index: () => request('GET', `/manuals?lang=${lang()}`),
};

/** The guide to show: the route's, else the signed-in user's, else the consumer's. */
export function manualRole(arg, session) {
  if (ROLES.includes(arg)) return arg;
  const roles = session && !needsEnrolment(session) ? session.user?.roles || [] : [];
  return PREFERENCE.find((role) => roles.includes(role)) || 'consumer';
}

export async function render(root, route) {
  const session = getSession();
  const signedIn = !!session && !needsEnrolment(session);
  const role = manualRole(route.args[0], session);
  if (role !== 'consumer' && !signedIn) {
    append(root, h('h1', { text: t('manual.title') }), notice('info', t('manual.signIn')),
      h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent(location.hash)}`, text: t('login.title') })),
      h('p', {}, h('a', { href: '#/manual/consumer', text: t('manual.consumer') })));
    return;
  }
  let manual;
  try {
    manual = await manualsApi.manual(role);
  } catch (err) {
    append(root, h('h1', { text: t('manual.title') }), errorNotice(err));
    return;
  }
  const article = h('article', { class: 'manual', lang: manual.lang === 'sr' ? 'sr-Latn' : manual.lang, 'data-role': manual.role });
  article.innerHTML = manual.html;
  if (!article.querySelector('h1')) article.prepend(h('h1', { text: manual.title }));
  append(root, article);
  if (!signedIn) return;
  // Signed-in users may read every guide (a supervisor reads the officers' too).
  const others = await manualsApi.index().catch(() => []);
  const links = (Array.isArray(others) ? others : []).filter((entry) => entry.role !== role);
  if (!links.length) return;
  const chooser = h('ul', { class: 'plain-list' }, links.map((entry) =>
    h('li', {}, h('a', { href: `#/manual/${entry.role}`, text: entry.title }))));
  append(root, h('nav', { class: 'card', 'aria-labelledby': 'other-guides' },
    h('h2', { id: 'other-guides', text: t('manual.others') }), chooser));
}
