// Start-up and the screen switcher: routes, language, network status, service worker, sync.
import { t, lang, loadAllStrings } from './i18n.js';
import { currentRoute, go } from './router.js';
import { h, toast } from './dom.js';
import { errorText } from './errors.js';
import { refreshKeys, startSync, queuedItems, cacheOfficerScreens } from './offline.js';
import { getSession, hasRole } from './api.js';
import { verifyCode, settleCheck, recentChecks, checkKind, KINDS_BY_SEVERITY } from './verify.js';
import { requireSession } from './session.js';

const SCREENS = {
  scan: () => import('./screens/scan.js'),
  result: () => import('./screens/result.js'),
  checks: () => import('./screens/checks.js'),
  report: () => import('./screens/report.js'),
  login: () => import('./screens/login.js'),
  enrol: () => import('./screens/enrol.js'),
  'forgot-password': () => import('./screens/forgot-password.js'),
  'reset-password': () => import('./screens/reset-password.js'),
  inspection: () => import('./screens/inspection.js'),
  stamp: () => import('./screens/stamp.js'),
  case: () => import('./screens/case.js'),
  'case-new': () => import('./screens/case-new.js'),
  cases: () => import('./screens/cases.js'),
  targets: () => import('./screens/targets.js'),
  dashboard: () => import('./screens/dashboard.js'),
  board: () => import('./screens/board.js'),
  allowances: () => import('./screens/allowances.js'),
  settings: () => import('./screens/settings.js'),
  register: () => import('./screens/register.js'),
  portal: () => import('./screens/portal.js'),
  'portal-report': () => import('./screens/portal-report.js'),
  'portal-users': () => import('./screens/portal-users.js'),
  support: () => import('./screens/support.js'),
  manual: () => import('./screens/manual.js'),
};
// Drawn with the strings index.html carries when built; every other screen waits for the rest.
const FIRST_SCREENS = ['scan', 'result', 'checks'];
const OFFICER_SCREENS = ['login', 'enrol', 'forgot-password', 'reset-password', 'inspection', 'stamp', 'case', 'case-new', 'cases', 'register', 'portal',
  'portal-report', 'portal-users', 'support', 'targets', 'dashboard'];
// Screens for signed-in staff only: without a session they are never downloaded (nor cached for
// consumers, so offline they could not be), and the sign-in screen is offered instead.
const STAFF_SCREENS = ['inspection', 'stamp', 'case', 'case-new', 'cases', 'portal', 'portal-report', 'portal-users', 'support', 'targets', 'dashboard'];

/** A screen of its own for what cannot be shown (its code could not be loaded, e.g. offline). */
const unavailable = {
  render(root) {
    root.append(h('h1', { text: t('app.unavailableTitle') }),
      h('p', { text: t(navigator.onLine ? 'app.unavailable' : 'app.unavailableOffline') }),
      h('p', {}, h('a', { class: 'button', href: '#/scan', text: t('nav.scan') })));
  },
};
const signInFirst = { render: (root) => { requireSession(root); } };

async function loadScreen(name) {
  if (STAFF_SCREENS.includes(name) && !getSession()) return signInFirst;
  try {
    if (!FIRST_SCREENS.includes(name)) {
      // Its strings before its code runs (a module may use them as it loads); its code fetched
      // meanwhile, not run.
      const href = `/js/screens/${name}.js`;
      if (!document.querySelector(`link[href="${href}"]`)) document.head.append(h('link', { rel: 'modulepreload', href }));
      await loadAllStrings();
    }
    return await SCREENS[name]();
  } catch {
    return unavailable;
  }
}

let cleanup = null;
let renderCount = 0;

async function show({ focus = true } = {}) {
  const route = currentRoute();
  let name = route.name in SCREENS ? route.name : 'scan';
  if (name === 'case' && route.args[0] === 'new') name = 'case-new';
  const ticket = ++renderCount;
  const module = await loadScreen(name);
  if (ticket !== renderCount) return;
  cleanup?.();
  cleanup = null;
  const screen = h('section', { class: `screen screen-${name}` });
  document.getElementById('main').replaceChildren(screen);
  staffTab();
  markTab(OFFICER_SCREENS.includes(name) ? 'officer' : name === 'checks' ? 'scan' : name === 'manual' ? 'settings' : name);
  try {
    cleanup = (await module.render(screen, route)) || null;
  } catch (err) {
    console.error(err);
    screen.replaceChildren();
    unavailable.render(screen);
  }
  if (name === 'result') window.dispatchEvent(new Event('verdict-shown'));
  const heading = screen.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Banderola Inspect` : 'Banderola Inspect';
  const target = screen.querySelector('[data-focus]');
  if (focus && target) target.focus();
  else if (focus && heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/** The third tab leads officers to the inspection, and an operator's users to their portal. */
function staffTab() {
  const tab = document.querySelector('#tabbar a[data-route="officer"]');
  const operator = hasRole('operator') && !hasRole('officer', 'supervisor', 'admin');
  const key = operator ? 'nav.portal' : 'nav.officer';
  tab.setAttribute('href', operator ? '#/portal' : '#/inspection');
  const label = tab.querySelector('[data-i18n]');
  label.dataset.i18n = key;
  label.textContent = t(key);
}

function markTab(active) {
  for (const tab of document.querySelectorAll('#tabbar a')) {
    if (tab.dataset.route === active) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

function translateShell() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  document.getElementById('tabbar').setAttribute('aria-label', t('nav.label'));
}

async function updateNetStatus() {
  const status = document.getElementById('net-status');
  const waiting = (await queuedItems().catch(() => [])).length;
  const parts = [];
  if (!navigator.onLine) parts.push(t('net.offline'));
  if (waiting) parts.push(t('net.waiting', { count: waiting }));
  status.textContent = parts.join(' · ');
  status.hidden = parts.length === 0;
}

/** A phone's camera app opened /v/<serial>/<kid>/<sig>: verify that code straight away. */
async function verifyOpenedCode() {
  const match = location.pathname.match(/^\/v\/[^/]+\/[^/]+\/[^/]+\/?$/);
  if (!match) return false;
  const code = location.origin + location.pathname;
  history.replaceState(null, '', '/#/result');
  try {
    await verifyCode(code, 'link');
  } catch (err) {
    sessionStorage.setItem('bi.verifyError', errorText(err));
  }
  return true;
}

function onQueueSent({ detail }) {
  if (detail.kind !== 'verification') return;
  settleCheck(detail.id, detail.result ? { result: detail.result } : { error: detail.error });
}

/**
 * After the queue was sent: every check whose full verdict nobody has seen yet, worst first, in
 * one message that stays until closed when any of them is not genuine. Nothing is overwritten
 * by a later scan's message, since each summary counts all that are still unseen.
 */
async function announceVerdicts() {
  const unseen = (await recentChecks()).filter((check) => check.unseen);
  if (!unseen.length) return;
  const kinds = unseen.map(checkKind).sort((a, b) => KINDS_BY_SEVERITY.indexOf(a) - KINDS_BY_SEVERITY.indexOf(b));
  const sticky = kinds[0] !== 'genuine';
  const options = { sticky, closeLabel: t('toast.close') };
  if (unseen.length === 1) {
    const [check] = unseen;
    toast(t('toast.verdictReady', { serial: check.serial || check.code, verdict: t(`verdict.${kinds[0]}`) }), `#/result/${check.id}`, options);
    return;
  }
  const counts = KINDS_BY_SEVERITY.filter((kind) => kinds.includes(kind))
    .map((kind) => `${t(`verdict.${kind}`)}: ${kinds.filter((k) => k === kind).length}`);
  toast(t('toast.verdictsReady', { count: unseen.length, verdicts: counts.join(', ') }), '#/checks', options);
}

// Work the first screen and a first verdict do not need: the signing keys' refresh and the
// service worker (which on a first visit downloads the whole shell and the decoder again, for
// offline use). On a slow network each would take a connection and the phone's CPU while the
// user's first scan is on its way, so they wait for the first verdict on the screen, or for the
// app to have been open this long without one.
const LATER_WORK_DELAY_MS = 4000;

function afterFirstVerdict(work) {
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    window.removeEventListener('verdict-shown', soon);
    clearTimeout(timer);
    work();
  };
  // The verdict is drawn first; the work starts once the browser is free again.
  const soon = () => setTimeout(begin, 0);
  const timer = setTimeout(begin, LATER_WORK_DELAY_MS);
  window.addEventListener('verdict-shown', soon);
}

async function start() {
  translateShell();
  window.addEventListener('hashchange', () => show());
  window.addEventListener('app-language', () => { translateShell(); updateNetStatus(); show(); });
  window.addEventListener('online', updateNetStatus);
  window.addEventListener('offline', updateNetStatus);
  window.addEventListener('queue-changed', updateNetStatus);
  window.addEventListener('queue-sent', onQueueSent);
  window.addEventListener('queue-flushed', ({ detail }) => { if (detail.sent) announceVerdicts(); });
  window.addEventListener('session-expired', () => toast(t('login.expired')));
  // A token limited to enrolment reached another endpoint: set up two-step sign-in first.
  window.addEventListener('mfa-required', () => { if (currentRoute().name !== 'enrol') go('enrol'); });
  const opened = await verifyOpenedCode();
  await show({ focus: opened });
  updateNetStatus();
  startSync();
  document.documentElement.dataset.ready = lang();
  afterFirstVerdict(() => {
    refreshKeys();
    loadAllStrings().then(() => import('./updates.js')).then(({ watchForUpdates }) => watchForUpdates()).catch(() => {});
    if (getSession()) cacheOfficerScreens();
  });
}

start();
