// The company's users and API keys (#/portal-users), for the company administrator
// (docs/accounts.md, "Company roles", "API keys"): the users of the company with their company
// role in words, a new user, a role changed, a user disabled or enabled; the API keys of the
// company's systems: a new key shown once with a copy button and a warning, a key revoked after
// a confirmation. Anyone else of the company is told who manages them.
import { h, append, field, notice, select } from '../dom.js';
import { t, tOr, formatDate } from '../i18n.js';
import { errorNotice } from '../errors.js';
import { requireSession, sessionEnded } from '../session.js';
import { uuid } from '../offline.js';
import { fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { portalApi, listOf } from '../portal.js';

export const COMPANY_ROLES = ['administrator', 'ordering', 'logistics', 'read_only'];
export const KEY_SCOPES = ['epcis', 'orders', 'reports'];

export const companyRoleName = (role) => tOr(`companyRole.${role}`, t('companyRole.none'));
const roleOptions = () => COMPANY_ROLES.map((role) => [role, companyRoleName(role)]);
const isAdministrator = (user) => user?.company_role === 'administrator' || (user?.company_role == null && user?.company_admin === true);

/**
 * A refusal's field errors as [path, message]: the shape's messages per field, and the rules'
 * refusals that name a field (the password policy's sentences, else the refusal's message).
 */
function serverFieldErrors(err) {
  const pairs = fieldErrorsOf(err);
  if (!err?.errors || err.errors.json) return pairs;
  return pairs.map(([path]) => {
    const details = err.errors[path];
    const sentences = Array.isArray(details) && details.every((detail) => typeof detail === 'string' && detail.includes(' '));
    return [path, sentences ? details.join(' ') : err.message];
  });
}

function userStatus(user) {
  if (!user.active) return t(user.disabled_by_customs ? 'users.disabledByCustoms' : 'users.disabled');
  return t(user.mfa_enabled ? 'users.active' : 'users.notEnrolled');
}

/** One user: role and status in words; change the role, disable or enable. */
function userItem(root, user, me, redraw) {
  const status = h('div', { 'aria-live': 'polite' });
  const item = h('li', { class: 'card user-row', 'data-user': String(user.id) },
    h('p', {}, h('strong', { text: user.full_name || user.email }),
      user.full_name ? h('span', { class: 'small', text: ` · ${user.email}` }) : null),
    h('dl', { class: 'facts' },
      h('dt', { text: t('users.role') }), h('dd', { class: 'company-role', text: companyRoleName(user.company_role) }),
      h('dt', { text: t('users.status') }), h('dd', { class: 'user-status', text: userStatus(user) })));
  if (user.id === me.id) {
    append(item, h('p', { class: 'small', text: t('users.yourself') }));
    return item;
  }
  if (user.disabled_by_customs) {
    append(item, h('p', { class: 'small', text: t('users.customsDecided') }));
    return item;
  }
  const act = async (changes, done) => {
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      await portalApi.updateUser(user.id, changes, uuid());
      await redraw(t(done, { email: user.email }));
    } catch (err) {
      if (!sessionEnded(root, err)) status.replaceChildren(errorNotice(err));
    }
  };
  const role = field(t('users.newRole'), select('company_role', roleOptions(), user.company_role));
  append(item,
    h('div', { class: 'field-group' }, role,
      h('button', { type: 'button', class: 'button button-small change-role', onclick: () => {
        if (role.control.value !== user.company_role) act({ company_role: role.control.value }, 'users.roleChanged');
      } }, t('users.changeRole'))),
    h('div', { class: 'button-row' }, user.active
      ? h('button', { type: 'button', class: 'button button-small disable', onclick: () => act({ active: false }, 'users.disabledNow') }, t('users.disable'))
      : h('button', { type: 'button', class: 'button button-small enable', onclick: () => act({ active: true }, 'users.enabledNow') }, t('users.enable'))),
    status);
  return item;
}

function addUserForm(root, redraw) {
  const fields = {
    email: field(t('login.email'), h('input', { name: 'email', type: 'email', autocomplete: 'off', maxlength: '254' })),
    full_name: field(t('users.fullName'), h('input', { name: 'full_name', autocomplete: 'off', maxlength: '200' })),
    password: field(t('users.password'), h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: '200' }), t('users.passwordHint')),
    company_role: field(t('users.role'), select('company_role', roleOptions(), 'read_only'), t('users.roleHint')),
  };
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('users.addSubmit'));
  const form = h('form', { class: 'form', novalidate: true, id: 'user-form' }, ...Object.values(fields), status, submit);
  let idempotencyKey = uuid();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => fields[name].control.value.trim();
    const problems = ['email', 'password'].filter((name) => !value(name)).map((name) => [fields[name], t('form.required')]);
    showFieldErrors(Object.values(fields), problems);
    if (problems.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: problems.length })));
      return;
    }
    const body = { email: value('email'), password: fields.password.control.value, roles: ['operator'], company_role: value('company_role') };
    if (value('full_name')) body.full_name = value('full_name');
    submit.disabled = true;
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      const user = await portalApi.addUser(body, idempotencyKey);
      idempotencyKey = uuid();
      form.reset();
      status.replaceChildren(notice('ok', t('users.added', { email: user.email, role: companyRoleName(user.company_role) })));
      await redraw();
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = serverFieldErrors(err).map(([path, message]) => [fields[path], message]).filter(([target]) => target);
      if (err?.status === 409) located.push([fields.email, err.message]);
      showFieldErrors(Object.values(fields), located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** One key: name, what it may do, its first characters; revoked, or a revoke with confirmation. */
function keyItem(root, key, redraw) {
  const status = h('div', { 'aria-live': 'polite' });
  const scopes = key.scopes.map((scope) => tOr(`keys.scope.${scope}`, scope)).join(', ');
  const item = h('li', { class: 'card key-row', 'data-key': String(key.id) },
    h('p', {}, h('strong', { text: key.name })),
    h('dl', { class: 'facts' },
      h('dt', { text: t('keys.scopes') }), h('dd', { text: scopes }),
      h('dt', { text: t('keys.prefix') }), h('dd', { class: 'mono', text: `${key.prefix}…` }),
      h('dt', { text: t('keys.created') }), h('dd', { text: formatDate(key.created_at) }),
      key.revoked_at ? [h('dt', { text: t('keys.revokedOn') }), h('dd', { class: 'revoked', text: formatDate(key.revoked_at) })] : null));
  if (key.revoked_at) return item;
  const confirmBox = h('div', { class: 'notice notice-error confirm', role: 'alertdialog', 'aria-label': t('keys.revoke'), hidden: true },
    h('p', { text: t('keys.revokeConfirm', { name: key.name }) }),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button button-primary confirm-revoke', onclick: async () => {
        status.replaceChildren(notice('info', t('portal.sending')));
        try {
          await portalApi.revokeApiKey(key.id, uuid());
          await redraw(t('keys.revoked', { name: key.name }));
        } catch (err) {
          if (!sessionEnded(root, err)) status.replaceChildren(errorNotice(err));
        }
      } }, t('keys.revokeYes')),
      h('button', { type: 'button', class: 'button cancel-revoke', onclick: () => { confirmBox.hidden = true; revoke.hidden = false; revoke.focus(); } }, t('keys.cancel'))));
  const revoke = h('button', { type: 'button', class: 'button button-small revoke', onclick: () => {
    confirmBox.hidden = false;
    revoke.hidden = true;
    confirmBox.querySelector('.cancel-revoke').focus();
  } }, t('keys.revoke'));
  append(item, revoke, confirmBox, status);
  return item;
}

/** The new key, shown this once: a copy button and what happens if it is lost. */
function newKeyBox(made) {
  const copied = h('p', { class: 'small copied', 'aria-live': 'polite' });
  const text = h('input', { class: 'new-key mono', readonly: true, value: made.key, 'aria-label': t('keys.theKey'), id: 'new-key' });
  return notice('ok',
    h('p', {}, h('strong', { text: t('keys.madeTitle', { name: made.name }) })),
    h('p', { class: 'key-warning', text: t('keys.onceWarning') }),
    text,
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'button button-primary copy-key', onclick: async () => {
        try {
          await navigator.clipboard.writeText(made.key);
          copied.textContent = t('keys.copied');
        } catch {
          text.select();
          copied.textContent = t('keys.copyByHand');
        }
      } }, t('keys.copy'))),
    copied);
}

function addKeyForm(root, shown, redraw) {
  const name = field(t('keys.name'), h('input', { name: 'name', autocomplete: 'off', maxlength: '100' }), t('keys.nameHint'));
  const boxes = KEY_SCOPES.map((scope) => {
    const id = `scope-${scope}`;
    return h('div', { class: 'check' }, h('input', { type: 'checkbox', name: 'scopes', value: scope, id }),
      h('label', { for: id, text: `${t(`keys.scope.${scope}`)}: ${t(`keys.scopeHint.${scope}`)}` }));
  });
  const scopes = h('fieldset', { id: 'key-scopes' }, h('legend', { text: t('keys.scopes') }), boxes);
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('keys.addSubmit'));
  const form = h('form', { class: 'form', novalidate: true, id: 'key-form' }, name, scopes, status, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll('input[name=scopes]:checked')].map((box) => box.value);
    const problems = [];
    if (!name.control.value.trim()) problems.push([name, t('form.required')]);
    if (!chosen.length) problems.push([scopes, t('keys.scopeRequired')]);
    showFieldErrors([name, scopes], problems);
    if (problems.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: problems.length })));
      return;
    }
    submit.disabled = true;
    status.replaceChildren(notice('info', t('portal.sending')));
    try {
      const made = await portalApi.addApiKey({ name: name.control.value.trim(), scopes: chosen });
      form.reset();
      status.replaceChildren();
      shown.replaceChildren(newKeyBox(made));
      await redraw();
      shown.querySelector('#new-key').focus();
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const located = fieldErrorsOf(err).map(([path, message]) => [path.startsWith('scopes') ? scopes : path === 'name' ? name : null, message]).filter(([target]) => target);
      showFieldErrors([name, scopes], located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export async function render(root) {
  const session = requireSession(root);
  if (!session) return;
  append(root, h('h1', { text: t('users.title') }));
  if (!session.user.roles.includes('operator')) {
    append(root, notice('info', t('portal.operatorsOnly')));
    return;
  }
  if (!isAdministrator(session.user)) {
    append(root, notice('info', t('users.administratorsOnly', { role: companyRoleName(session.user.company_role) })),
      h('p', {}, h('a', { href: '#/portal', text: t('report.back') })));
    return;
  }
  const me = session.user;
  const usersStatus = h('div', { 'aria-live': 'polite' });
  const usersList = h('ul', { class: 'plain-list users' });
  const keysStatus = h('div', { 'aria-live': 'polite' });
  const keysList = h('ul', { class: 'plain-list keys' });
  const shownKey = h('div', { class: 'shown-key' });

  const drawUsers = async (message) => {
    try {
      const users = listOf(await portalApi.users(), 'users');
      usersList.replaceChildren(...users.map((user) => userItem(root, user, me, drawUsers)));
      usersStatus.replaceChildren(message ? notice('ok', message) : '');
    } catch (err) {
      if (!sessionEnded(root, err)) usersStatus.replaceChildren(errorNotice(err));
    }
  };
  const drawKeys = async (message) => {
    try {
      const keys = listOf(await portalApi.apiKeys(), 'keys');
      keysList.replaceChildren(...(keys.length ? keys.map((key) => keyItem(root, key, drawKeys)) : [h('li', { text: t('keys.none') })]));
      keysStatus.replaceChildren(message ? notice('ok', message) : '');
    } catch (err) {
      if (!sessionEnded(root, err)) keysStatus.replaceChildren(errorNotice(err));
    }
  };

  append(root,
    h('p', { class: 'lead', text: t('users.intro') }),
    h('p', {}, h('a', { href: '#/portal', text: t('report.back') })),
    h('section', { class: 'card', 'aria-labelledby': 'users-heading' },
      h('h2', { id: 'users-heading', text: t('users.listTitle') }),
      h('p', { class: 'small', text: t('users.rolesExplained') }),
      usersStatus, usersList,
      h('details', { class: 'new-user' }, h('summary', { text: t('users.addTitle') }), addUserForm(root, drawUsers))),
    h('section', { class: 'card', 'aria-labelledby': 'keys-heading' },
      h('h2', { id: 'keys-heading', text: t('keys.title') }),
      h('p', { class: 'small', text: t('keys.intro') }),
      shownKey, keysStatus, keysList,
      h('details', { class: 'new-key-form' }, h('summary', { text: t('keys.addTitle') }), addKeyForm(root, shownKey, drawKeys))));
  await Promise.all([drawUsers(), drawKeys()]);
  // The key leaves the page with the screen: nothing keeps it.
  return () => shownKey.replaceChildren();
}
