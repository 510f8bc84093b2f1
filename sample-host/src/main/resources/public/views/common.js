// Pieces shared by several views: badges, flags, comments, history, the section read-out,
// paging. Every domain value is a label from the vocabulary or the published form.
import { h } from '../dom.js';
import { t, tn, date, dateTime } from '../i18n.js';
import { label, personName } from '../vocabulary.js';

export function stateBadge(state) {
  return state ? h('span', { class: `badge state-${state.toLowerCase()}` }, label('ReviewState', state))
    : h('span', { class: 'badge' }, t('review.notSubmitted'));
}

export function flagList(flags) {
  if (!flags || flags.length === 0) return h('p', { class: 'muted' }, t('flags.none'));
  return h('ul', { class: 'flags' }, flags.map(flag => h('li', { 'data-rule': flag.ruleId },
    h('span', { class: `badge sev-${String(flag.severity).toLowerCase()}` }, label('Severity', flag.severity)), ' ',
    h('strong', {}, label('FlagRule', flag.ruleId)),
    flag.entryIndex >= 0 ? ` (${t('disclosure.number', { n: flag.entryIndex + 1 })})` : '', ': ', flag.explanation)));
}

export function commentThread(comments) {
  if (!comments || comments.length === 0) return h('p', { class: 'muted' }, t('comments.none'));
  const byParent = new Map();
  for (const c of comments) {
    const key = c.parentId || '';
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key).push(c);
  }
  const render = parent => (byParent.get(parent) || []).map(c => h('div', { class: 'comment', 'data-comment': c.id },
    h('p', { class: 'meta' }, `${personName(c.authorId)} · ${dateTime(c.at)}`,
      c.entryIndex >= 0 ? ` · ${t('comments.onDisclosure', { n: c.entryIndex + 1 })}` : ''),
    h('div', { class: 'comment-text', 'data-user': '' }, c.text), render(c.id)));
  return h('div', {}, render(''));
}

export function historyTable(history) {
  if (!history || history.length === 0) return h('p', { class: 'muted' }, t('history.none'));
  const headings = [t('history.when'), t('history.who'), t('history.from'), t('history.to')];
  return h('table', { class: 'cards', id: 'history' }, h('thead', {}, h('tr', {}, headings.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, history.map(e => h('tr', {},
      [dateTime(e.at), personName(e.actorId), e.from ? label('ReviewState', e.from) : '–', label('ReviewState', e.to)]
        .map((cell, i) => h('td', { 'data-label': headings[i] }, cell))))));
}

/** The section in the clinic's words: every field name and value is the published form's label. */
export function sectionSummary(section, schema) {
  if (!section) return h('p', { class: 'muted', id: 'no-section' }, t('section.missing'));
  const doc = section.document;
  if (doc.noSelfDisclosure) return h('p', { id: 'no-disclosure' }, t('section.attested'));
  const ui = schema['x-ui'].entry;
  return h('div', {}, (doc.entries || []).map((entry, i) => h('div', { class: 'card entry-view', 'data-entry': i },
    h('h3', {}, t('disclosure.title', { n: i + 1 })),
    h('dl', { class: 'facts' }, ui.order.filter(name => entry[name] !== undefined && entry[name] !== null)
      .map(name => [h('dt', {}, ui.fields[name].label), h('dd', {}, answer(ui.fields[name], entry[name]))])))));
}

function optionLabel(options, value) {
  const found = (options || []).find(o => o.value === value);
  if (found) return found.label;
  label('formOption', value);
  return String(value);
}

function answer(field, value) {
  switch (field.widget) {
    case 'yesNo': return value ? t('common.yes') : t('common.no');
    case 'radio': return optionLabel(field.options, value);
    case 'checkboxes': return (value || []).map(v => optionLabel(field.options, v)).join(', ');
    case 'riskGrid': return h('ul', { class: 'plain' }, field.risks.filter(r => value[r.id]).map(r => h('li', {},
      h('span', {}, `${r.label}: `), h('strong', {}, optionLabel(field.levels, value[r.id].level)),
      value[r.id].note ? ` – ${value[r.id].note}` : '')));
    case 'group': return [value.text ? h('span', {}, value.text) : null,
      value.rating ? h('span', { class: 'muted' }, `${value.text ? ' · ' : ''}${field.rating.label}: ${optionLabel(field.rating.options, value.rating)}`) : null];
    default: return String(value);
  }
}

/** "Show more" for lists paged by cursor: fetches the next page and hands its items over. */
export function pager(next, loadPage, onItems) {
  let cursor = next;
  const more = h('button', { type: 'button', class: 'secondary more', hidden: !cursor }, t('paging.more'));
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await loadPage(cursor);
      cursor = page.next;
      onItems(page.items);
    } finally {
      more.disabled = false;
      more.hidden = !cursor;
    }
  });
  return h('div', { class: 'actions pager' }, more);
}

/** A numbered page of the API ({items, total, page, pages}) as the pager reads it: next page or null. */
export function numberedPage(data) {
  if (Array.isArray(data)) return { items: data, next: null, total: data.length };
  return { ...data, next: data.page && data.pages && data.page < data.pages ? data.page + 1 : (data.next ?? null) };
}

export const PAGE_SIZE = 20;

export function countText(key, shown) {
  return tn(key, shown);
}

export { date };

// Electronic signatures as stored when made: the fixed "Electronically signed by" statement (the
// legal record, in English), the signer's licence, the attestation signed and, for a late co-sign,
// the late-signature attestation. The words around them are the screen's own.
export function signatureList(signatures, id) {
  if (!signatures || signatures.length === 0) return null;
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, t('signature.title')),
    signatures.map(s => h('div', { class: 'signature', 'data-kind': s.kind },
      h('h3', {}, t(`signature.kind.${s.kind}`)),
      h('p', { class: 'signature-line', lang: 'en' }, s.signatureLine),
      h('p', { class: 'muted' }, t('signature.signer', { who: s.signerName, credentials: s.credentials || t('signature.none') }),
        ' · ', s.licence ? t('signature.licence', { type: s.licence.type, number: s.licence.number, state: s.licence.jurisdiction })
          : t('signature.noLicence'), ' · ', t('signature.signedOn', { when: date(s.signedOn) })),
      h('p', {}, h('strong', {}, `${t('signature.attestation')}: `), h('span', { lang: 'en' }, s.attestationText)),
      s.late ? h('p', { class: 'late-signature', role: 'note' }, h('span', { class: 'badge sev-review_required' }, t('signature.late')), ' ',
        h('span', { lang: 'en' }, s.lateAttestation)) : null)));
}
