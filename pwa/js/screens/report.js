// Report a suspicious product: description, shop, optional photo and coarse location.
// Offline, the report (photo included) waits in IndexedDB and is sent later with the same key.
import { h, append, field, notice, formValues } from '../dom.js';
import { t } from '../i18n.js';
import { api, NetworkError } from '../api.js';
import { enqueue, uuid } from '../offline.js';
import { coarsePosition } from '../geo.js';
import { errorNotice } from '../errors.js';

export async function render(root, { query }) {
  const status = h('div', { 'aria-live': 'polite' });
  const photo = h('input', { type: 'file', name: 'photo', accept: 'image/*', capture: 'environment' });
  const withLocation = h('input', { type: 'checkbox', name: 'with_location', id: 'report-location' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('report.send'));
  const form = h('form', { class: 'form', novalidate: true },
    field(t('report.code'), h('input', { name: 'code', value: query.get('code') || '', autocomplete: 'off', spellcheck: 'false' }), t('report.codeHint')),
    field(t('report.description'), h('textarea', { name: 'description', rows: '4', required: true, maxlength: '2000' }), t('report.descriptionHint')),
    field(t('report.premises'), h('input', { name: 'premises_name', autocomplete: 'off', maxlength: '200' })),
    field(t('report.photo'), photo, t('report.photoHint')),
    h('div', { class: 'check' }, withLocation, h('label', { for: 'report-location', text: t('report.location') })),
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    if (!values.description) {
      status.replaceChildren(notice('error', t('report.descriptionMissing')));
      form.elements.description.focus();
      return;
    }
    submit.disabled = true;
    const fields = {
      code: values.code, description: values.description, premises_name: values.premises_name,
      photo: photo.files[0] || null,
      ...(withLocation.checked ? await coarsePosition(true) : {}),
    };
    delete fields.accuracy_m;
    const idempotencyKey = uuid();
    let message;
    try {
      const answer = await api.report(fields, idempotencyKey);
      message = notice('ok', t('report.received', { id: answer.id }));
    } catch (err) {
      if (!(err instanceof NetworkError)) {
        status.replaceChildren(errorNotice(err));
        submit.disabled = false;
        return;
      }
      await enqueue({ kind: 'report', fields, idempotencyKey });
      message = notice('ok', t('report.queued'));
    }
    form.replaceWith(h('div', { class: 'done' }, message,
      h('p', {}, h('a', { class: 'button', href: '#/scan', text: t('result.scanAnother') }))));
    status.replaceChildren();
    root.querySelector('.notice')?.focus?.();
  });

  append(root, h('h1', { text: t('report.title') }), h('p', { class: 'lead', text: t('report.intro') }), status, form);
}
