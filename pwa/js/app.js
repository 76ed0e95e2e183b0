// Start-up and the screen switcher: routes, language, network status, service worker, sync.
import { t, lang } from './i18n.js';
import { currentRoute, go } from './router.js';
import { h, toast } from './dom.js';
import { refreshKeys, startSync, queuedItems, cacheOfficerScreens } from './offline.js';
import { getSession } from './api.js';
import { verifyCode, upgradeCurrent } from './verify.js';

const SCREENS = {
  scan: () => import('./screens/scan.js'),
  result: () => import('./screens/result.js'),
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
  board: () => import('./screens/board.js'),
  allowances: () => import('./screens/allowances.js'),
  settings: () => import('./screens/settings.js'),
};
const OFFICER_SCREENS = ['login', 'enrol', 'forgot-password', 'reset-password', 'inspection', 'stamp', 'case', 'case-new', 'cases'];

let cleanup = null;
let renderCount = 0;

async function show({ focus = true } = {}) {
  const route = currentRoute();
  let name = route.name in SCREENS ? route.name : 'scan';
  if (name === 'case' && route.args[0] === 'new') name = 'case-new';
  const ticket = ++renderCount;
  const module = await SCREENS[name]();
  if (ticket !== renderCount) return;
  cleanup?.();
  cleanup = null;
  const screen = h('section', { class: `screen screen-${name}` });
  document.getElementById('main').replaceChildren(screen);
  markTab(OFFICER_SCREENS.includes(name) ? 'officer' : name);
  cleanup = (await module.render(screen, route)) || null;
  const heading = screen.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Banderola Inspect` : 'Banderola Inspect';
  if (focus && heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
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
    await verifyCode(code);
  } catch (err) {
    sessionStorage.setItem('bi.verifyError', err.message);
  }
  return true;
}

function onQueueSent({ detail }) {
  if (detail.kind !== 'verification' || !detail.result) return;
  const upgraded = upgradeCurrent(detail.id, detail.result);
  if (upgraded && currentRoute().name === 'result') return; // the result screen redraws itself
  const serial = detail.item.serial || '';
  toast(t('toast.verdictReady', { serial, verdict: t(`verdict.${detail.result.verdict}`) }), '#/result');
}

async function start() {
  translateShell();
  window.addEventListener('hashchange', () => show());
  window.addEventListener('app-language', () => { translateShell(); updateNetStatus(); show(); });
  window.addEventListener('online', updateNetStatus);
  window.addEventListener('offline', updateNetStatus);
  window.addEventListener('queue-changed', updateNetStatus);
  window.addEventListener('queue-sent', onQueueSent);
  window.addEventListener('session-expired', () => toast(t('login.expired')));
  // A token limited to enrolment reached another endpoint: set up two-step sign-in first.
  window.addEventListener('mfa-required', () => { if (currentRoute().name !== 'enrol') go('enrol'); });
  const opened = await verifyOpenedCode();
  await show({ focus: opened });
  updateNetStatus();
  refreshKeys();
  startSync();
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
  if (getSession()) cacheOfficerScreens();
  document.documentElement.dataset.ready = lang();
}

start();
