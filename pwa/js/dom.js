// Tiny DOM helpers: build elements without innerHTML, so no text is ever parsed as markup.

/** h('p', {class: 'x', onclick: fn}, 'text', child) -> HTMLElement. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'text') {
      el.textContent = value;
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  appendAll(el, children);
  return el;
}

/** Append children to el, skipping null/undefined/false and flattening arrays. */
export function append(el, ...children) {
  appendAll(el, children);
}

function appendAll(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendAll(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

const ICON_PATHS = {
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  warn: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  cross: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 11h-5v-2h3V6h2z',
  question: 'M11 18h2v-2h-2v2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z',
  shield: 'M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5l-9-4zm-2 16-4-4 1.4-1.4 2.6 2.6 6.6-6.6L18 9l-8 8z',
};

/** A decorative SVG icon (aria-hidden: the words next to it carry the meaning). */
export function icon(name, className = 'icon') {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICON_PATHS[name]);
  svg.append(path);
  return svg;
}

/** A labelled form field; returns the wrapper, the control is reachable as wrapper.control. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  const wrapper = h('div', { class: 'field' }, h('label', { for: id, text: label }), control, hintEl);
  wrapper.control = control;
  return wrapper;
}

/**
 * Show `message` as the error of a field made by field() (null clears it): said beside the
 * control, which is marked invalid and described by it.
 */
export function fieldError(wrapper, message) {
  const { control } = wrapper;
  const id = `${control.id}-error`;
  wrapper.querySelector(`#${id}`)?.remove();
  const described = (control.getAttribute('aria-describedby') || '').split(' ').filter((part) => part && part !== id);
  if (message) {
    wrapper.append(h('p', { class: 'field-error', id, text: message }));
    described.push(id);
    control.setAttribute('aria-invalid', 'true');
  } else {
    control.removeAttribute('aria-invalid');
  }
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  else control.removeAttribute('aria-describedby');
}

/** A <select> from [value, label] pairs. */
export function select(name, options, selected) {
  return h('select', { name }, options.map(([value, label]) =>
    h('option', { value, selected: value === selected }, label)));
}

/** A message box; kind is 'error', 'info' or 'ok'. role=alert for errors so they are announced. */
export function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, children);
}

/** Form values as a plain object (last value wins; empty strings dropped). */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    values[name] = typeof value === 'string' ? value.trim() : value;
  }
  return values;
}

/**
 * Show a short message (optionally a link) that screen readers announce. A sticky one stays,
 * with a close button, until it is closed or its link followed: for what must not be missed.
 */
export function toast(message, href, { sticky = false, closeLabel = '' } = {}) {
  const box = document.getElementById('toast');
  const hide = () => box.classList.remove('toast-visible');
  const text = href ? h('a', { href, text: message, onclick: hide }) : h('span', { text: message });
  box.replaceChildren(text);
  if (sticky) box.append(h('button', { type: 'button', class: 'toast-close', 'aria-label': closeLabel, onclick: hide }, '×'));
  box.classList.toggle('toast-sticky', sticky);
  box.classList.add('toast-visible');
  clearTimeout(toast.timer);
  if (!sticky) toast.timer = setTimeout(hide, 8000);
}
