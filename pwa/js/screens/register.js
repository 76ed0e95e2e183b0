// Registering a company for the operators' portal: the company, its licence, its premises, a
// contact, and the first company administrator's sign-in. The Customs review it and answer by
// e-mail; nothing here says whether an address or a tax number is known already.
import { h, append, field, notice, select } from '../dom.js';
import { t, lang } from '../i18n.js';
import { uuid } from '../offline.js';
import { errorNotice } from '../errors.js';
import { CATEGORIES, municipalityOptions, fieldErrorsOf, showFieldErrors } from '../case-common.js';
import { portalApi, LICENCE_KINDS, PREMISES_KINDS, categoryName } from '../portal.js';

const NUI_PATTERN = /^\d{9}$/;

function checkboxGroup(name, legend, options) {
  const fieldset = h('fieldset', { class: 'field checkbox-group', id: `register-${name}` },
    h('legend', { text: legend }),
    options.map(([value, label]) => h('label', { class: 'checkbox' },
      h('input', { type: 'checkbox', name, value }), ' ', label)));
  fieldset.values = () => [...fieldset.querySelectorAll('input:checked')].map((box) => box.value);
  return fieldset;
}

/**
 * The field errors of a refused registration as [path, message]. The shape's errors carry a
 * translated message per field; a refusal of the rules names its fields, with translated
 * sentences (the password policy's) or with codes ("format", a municipality's slug) that the
 * refusal's message explains.
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

export async function render(root) {
  const input = (name, attrs = {}) => h('input', { name, autocomplete: 'off', ...attrs });
  const fields = {
    company_name: field(t('register.companyName'), input('company_name', { autocomplete: 'organization', maxlength: '200' })),
    nui: field(t('register.nui'), input('nui', { inputmode: 'numeric', maxlength: '9' }), t('register.nuiHint')),
    licence_number: field(t('register.licenceNumber'), input('licence_number', { maxlength: '40' })),
    licence_valid_from: field(t('register.validFrom'), input('licence_valid_from', { type: 'date' })),
    licence_valid_to: field(t('register.validTo'), input('licence_valid_to', { type: 'date' })),
    contact_name: field(t('register.contactName'), input('contact_name', { autocomplete: 'name', maxlength: '200' })),
    contact_phone: field(t('register.contactPhone'), input('contact_phone', { type: 'tel', autocomplete: 'tel', maxlength: '40' })),
    contact_email: field(t('register.contactEmail'), input('contact_email', { type: 'email', autocomplete: 'email', maxlength: '254' })),
    admin_email: field(t('register.adminEmail'), input('admin_email', { type: 'email', autocomplete: 'username', maxlength: '254' }), t('register.adminEmailHint')),
    admin_password: field(t('register.adminPassword'), input('admin_password', { type: 'password', autocomplete: 'new-password', maxlength: '200' }), t('register.passwordHint')),
  };
  const kinds = checkboxGroup('licence_kinds', t('register.licenceKinds'), LICENCE_KINDS.map((kind) => [kind, t(`portal.kind.${kind}`)]));
  const categories = checkboxGroup('categories', t('register.categories'), CATEGORIES.map((category) => [category, categoryName(category)]));
  // Where a field of the request is said on the form (paths as in the JSON body).
  const targetOf = {
    company_name: fields.company_name, nui: fields.nui, licence_number: fields.licence_number,
    licence_kinds: kinds, categories, licence_valid_from: fields.licence_valid_from,
    licence_valid_to: fields.licence_valid_to, 'contact.name': fields.contact_name,
    'contact.phone': fields.contact_phone, 'contact.email': fields.contact_email,
    'admin.email': fields.admin_email, 'admin.password': fields.admin_password,
  };
  // The premises: one group to start with, more on request (the API takes up to 50).
  const municipalities = municipalityOptions();
  const places = [];
  const placesBox = h('div', { class: 'premises-list' });
  const addPlace = () => {
    const number = places.length + 1;
    const place = {
      name: field(t('register.premisesName'), input('premises_name', { maxlength: '200' }), t('register.premisesNameHint')),
      kind: field(t('register.premisesKind'), select('premises_kind', PREMISES_KINDS.map((kind) => [kind, t(`portal.premisesKind.${kind}`)]), 'warehouse')),
      address: field(t('register.premisesAddress'), input('premises_address', { autocomplete: 'street-address', maxlength: '300' })),
      municipality: field(t('register.premisesMunicipality'), select('premises_municipality', [['', t('register.choose')]])),
    };
    municipalities.then((options) => place.municipality.control.append(...options.map(([value, label]) => h('option', { value }, label))));
    const remove = number > 1 ? h('button', {
      type: 'button', class: 'button button-small',
      onclick: () => {
        places.splice(places.indexOf(place), 1);
        place.group.remove();
        places.forEach((other, index) => { other.group.querySelector('legend').textContent = t('register.premisesNumber', { number: index + 1 }); });
        addButton.focus();
      },
    }, t('register.removePremises')) : null;
    place.group = h('fieldset', { class: 'field premises-group' },
      h('legend', { text: t('register.premisesNumber', { number }) }),
      place.name, place.kind, place.address, place.municipality, remove);
    places.push(place);
    placesBox.append(place.group);
    return place;
  };
  const addButton = h('button', { type: 'button', class: 'button', onclick: () => addPlace().address.control.focus() }, t('register.addPremises'));
  addPlace();
  const placeFields = () => places.flatMap((place) => [place.name, place.kind, place.address, place.municipality]);
  /** A path of the request ("premises.1.address", "premises") to its field on the form. */
  const target = (path, details) => {
    const parts = path.split('.');
    if (parts[0] !== 'premises') return targetOf[path] || targetOf[parts[0]];
    if (parts.length === 3) return places[Number(parts[1])]?.[parts[2]];
    // The rules name the unknown municipalities: said beside the first premises with one.
    const unknown = places.find((place) => (details || []).includes(place.municipality.control.value));
    return (unknown || places[0]).municipality;
  };
  const all = () => [...Object.values(fields), kinds, categories, ...placeFields()];
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('register.submit'));
  const form = h('form', { class: 'form', novalidate: true },
    h('h2', { text: t('register.companyHeading') }),
    fields.company_name, fields.nui,
    h('h2', { text: t('register.licenceHeading') }),
    fields.licence_number, kinds, categories, fields.licence_valid_from, fields.licence_valid_to,
    h('h2', { text: t('register.premisesHeading') }),
    placesBox, h('p', {}, addButton),
    h('h2', { text: t('register.contactHeading') }),
    fields.contact_name, fields.contact_phone, fields.contact_email,
    h('h2', { text: t('register.adminHeading') }),
    fields.admin_email, fields.admin_password,
    status, submit);
  const idempotencyKey = uuid(); // a second press, or a retry, sends the same registration

  const value = (wrapper) => wrapper.control.value.trim();
  function localErrors() {
    const errors = [];
    for (const wrapper of [...Object.values(fields), ...places.flatMap((place) => [place.address, place.municipality])]) {
      if (!value(wrapper)) errors.push([wrapper, t('form.required')]);
    }
    if (value(fields.nui) && !NUI_PATTERN.test(value(fields.nui))) errors.push([fields.nui, t('register.nuiFormat')]);
    if (!kinds.values().length) errors.push([kinds, t('register.chooseOne')]);
    if (!categories.values().length) errors.push([categories, t('register.chooseOne')]);
    const from = value(fields.licence_valid_from);
    const to = value(fields.licence_valid_to);
    if (from && to && to < from) errors.push([fields.licence_valid_to, t('register.validToBefore')]);
    return errors;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const found = localErrors();
    showFieldErrors(all(), found);
    if (found.length) {
      status.replaceChildren(notice('error', t('form.checkFields', { count: found.length })));
      return;
    }
    status.replaceChildren(notice('info', t('register.sending')));
    submit.disabled = true;
    const body = {
      company_name: value(fields.company_name),
      nui: value(fields.nui),
      licence_number: value(fields.licence_number),
      licence_kinds: kinds.values(),
      categories: categories.values(),
      licence_valid_from: value(fields.licence_valid_from),
      licence_valid_to: value(fields.licence_valid_to),
      premises: places.map((place) => ({
        ...(value(place.name) ? { name: value(place.name) } : {}),
        kind: value(place.kind), address: value(place.address), municipality: value(place.municipality),
      })),
      contact: { name: value(fields.contact_name), phone: value(fields.contact_phone), email: value(fields.contact_email) },
      admin: { email: value(fields.admin_email), password: fields.admin_password.control.value },
      language: lang(),
    };
    try {
      await portalApi.register(body, idempotencyKey);
      root.replaceChildren(
        h('h1', { text: t('register.receivedTitle') }),
        notice('ok', t('register.received', { email: body.contact.email })),
        h('p', {}, h('a', { class: 'button', href: '#/login', text: t('register.toSignIn') })));
    } catch (err) {
      const located = serverFieldErrors(err)
        .map(([path, message]) => [target(path, err.errors?.[path]), message])
        .filter(([target]) => target);
      // A NUI already pending or registered: said beside the NUI, where the applicant looks.
      if (err?.status === 409) located.push([fields.nui, t('register.nuiTaken')]);
      showFieldErrors(all(), located);
      status.replaceChildren(errorNotice(err, located.length ? t('form.checkFields', { count: located.length }) : undefined));
      if (!located.length) status.scrollIntoView({ block: 'center' });
    } finally {
      submit.disabled = false;
    }
  });

  append(root,
    h('h1', { text: t('register.title') }),
    h('p', { class: 'lead', text: t('register.intro') }),
    form,
    h('p', { class: 'small' }, h('a', { href: '#/login', text: t('register.haveAccount') })));
}
