// The supervisor's side: the review queue with filters and batch co-sign, and the review
// page with the note, its section, flags, comment threads and the review actions.
import { api } from '../api.js';
import { h, clear, problemList, toast, uid } from '../dom.js';
import { stateBadge, flagList, commentThread, historyTable, sectionSummary } from './common.js';

export async function queueView() {
  const supervisee = h('input', { type: 'text', id: 'filter-supervisee', placeholder: 'any' });
  const state = h('select', { id: 'filter-state' }, ['', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'CO_SIGNED']
    .map(s => h('option', { value: s }, s ? s.replaceAll('_', ' ').toLowerCase() : 'open (submitted or in review)')));
  const flagged = h('input', { type: 'checkbox', id: 'filter-flagged' });
  const overdue = h('input', { type: 'checkbox', id: 'filter-overdue' });
  const results = h('div', { id: 'queue-results' });
  const errors = h('div');
  const password = h('input', { type: 'password', id: 'batch-password', autocomplete: 'current-password' });
  const batch = h('button', { type: 'button', id: 'batch-co-sign' }, 'Co-sign selected');
  let selected = new Map();

  async function load() {
    const params = new URLSearchParams();
    if (supervisee.value) params.set('supervisee', supervisee.value);
    if (state.value) params.set('state', state.value);
    if (flagged.checked) params.set('flagged', 'true');
    if (overdue.checked) params.set('overdue', 'true');
    selected = new Map();
    try {
      const page = await api('GET', `/api/queue?${params}`);
      clear(results, table(page.items));
    } catch (error) { clear(results, problemList(error)); }
  }

  function table(items) {
    if (items.length === 0) return h('p', { class: 'muted' }, 'Nothing waiting.');
    return h('table', { id: 'queue' },
      h('thead', {}, h('tr', {}, ['', 'Due', 'Session', 'Clinician', 'Client', 'State', 'Flags', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map(item => {
        const id = uid();
        const pick = h('input', { type: 'checkbox', id, 'aria-label': `Select note of ${item.sessionDate}` });
        pick.addEventListener('change', () => (pick.checked ? selected.set(item.noteId, item.version) : selected.delete(item.noteId)));
        return h('tr', { 'data-note': item.noteId },
          h('td', {}, pick), h('td', {}, item.dueDate || '', item.overdue ? h('span', { class: 'badge sev-REVIEW_REQUIRED' }, ' overdue') : ''),
          h('td', {}, item.sessionDate), h('td', {}, item.clinicianId), h('td', {}, item.clientName),
          h('td', {}, stateBadge(item.state)),
          h('td', {}, item.flagged ? h('span', { class: 'badge sev-WARNING' }, (item.flagRules || []).join(', ') || 'flagged') : ''),
          h('td', {}, h('a', { href: `#/review/${encodeURIComponent(item.noteId)}` }, 'Review')));
      })));
  }

  batch.addEventListener('click', async () => {
    try {
      const result = await api('POST', '/api/queue/co-sign', { notes: [...selected].map(([noteId, version]) => ({ noteId, version })), password: password.value });
      clear(errors);
      toast(`${result.outcomes.length} note(s) co-signed.`);
      load();
    } catch (error) {
      const refused = (error.outcomes || []).filter(o => o.reason);
      clear(errors, refused.length ? h('div', { class: 'problems', role: 'alert', id: 'batch-refused' }, h('strong', {}, error.detail),
        h('ul', {}, refused.map(o => h('li', {}, `${o.noteId}: ${o.reason}`)))) : problemList(error));
    }
  });
  const filters = h('form', { class: 'card filters', 'aria-label': 'Filters' },
    h('div', {}, h('label', { for: 'filter-supervisee' }, 'Supervisee'), supervisee),
    h('div', {}, h('label', { for: 'filter-state' }, 'State'), state),
    h('div', {}, h('label', { class: 'choice', for: 'filter-flagged' }, flagged, 'Flagged only')),
    h('div', {}, h('label', { class: 'choice', for: 'filter-overdue' }, overdue, 'Overdue only')),
    h('div', {}, h('button', { type: 'submit', id: 'apply-filters' }, 'Apply')));
  filters.addEventListener('submit', e => { e.preventDefault(); load(); });
  await load();
  return h('div', {}, h('h1', {}, 'Review queue'), filters, results,
    h('div', { class: 'card' }, h('h2', {}, 'Batch co-sign'),
      h('p', { class: 'help' }, 'Notes with flags that need individual review are refused, and then nothing is co-signed.'),
      h('label', { for: 'batch-password' }, 'Your password (electronic signature)'), password, errors,
      h('div', { class: 'actions' }, batch)));
}

export async function reviewView(me, noteId) {
  const path = `/api/notes/${encodeURIComponent(noteId)}`;
  const view = await api('GET', path);
  const { note, section, review } = view;
  const errors = h('div', { id: 'review-errors' });
  const act = async (action, body) => {
    try {
      await api('POST', `${path}/review/${action}`, { version: review.version, ...body });
      toast('Done.');
      location.reload();
    } catch (error) { clear(errors, problemList(error)); }
  };
  const comment = h('textarea', { id: 'comment-text' });
  const entry = h('select', { id: 'comment-entry' }, h('option', { value: '' }, 'the whole note'),
    (section?.document.entries || []).map((_, i) => h('option', { value: String(i) }, `disclosure ${i + 1}`)));
  const addComment = h('button', { type: 'button', id: 'add-comment' }, 'Add comment');
  addComment.addEventListener('click', async () => {
    try {
      await api('POST', `${path}/comments`, { version: review ? review.version : 0, text: comment.value, entryIndex: entry.value === '' ? null : Number(entry.value) });
      location.reload();
    } catch (error) { clear(errors, problemList(error)); }
  });
  const reason = h('textarea', { id: 'return-reason' });
  const password = h('input', { type: 'password', id: 'co-sign-password', autocomplete: 'current-password' });
  const buttons = [];
  const state = review?.state;
  if (state === 'SUBMITTED') buttons.push(button('start-review', 'Start review', () => act('start')));
  if (state === 'IN_REVIEW') {
    buttons.push(button('request-changes', 'Request changes', () => act('request-changes', { reason: reason.value }), 'secondary'));
  }
  if (state === 'IN_REVIEW' || state === 'SUBMITTED') {
    buttons.push(button('co-sign', 'Co-sign', () => act('co-sign', { password: password.value })));
  }
  return h('div', {},
    h('h1', {}, `Review: ${note.sessionDate} · ${note.clientName}`),
    h('p', {}, 'State: ', stateBadge(state), review?.dueDate ? ` · due ${review.dueDate}` : '',
      review?.changedAfterCoSign ? h('span', { class: 'badge sev-REVIEW_REQUIRED' }, ' changed after co-sign') : ''),
    h('section', { class: 'card' }, h('h2', {}, 'Progress note'), h('div', { class: 'note-text' }, note.text)),
    h('section', { class: 'card' }, h('h2', {}, 'Self-disclosure'), sectionSummary(section)),
    h('section', { class: 'card' }, h('h2', {}, 'Flags'), flagList(review?.flags || section?.flags)),
    h('section', { class: 'card' }, h('h2', {}, 'Comments'), commentThread(review?.comments),
      h('label', { for: 'comment-text' }, 'New comment'), comment,
      h('label', { for: 'comment-entry' }, 'About'), entry, h('div', { class: 'actions' }, addComment)),
    buttons.length ? h('section', { class: 'card' }, h('h2', {}, 'Decision'),
      h('label', { for: 'return-reason' }, 'Reason for returning (required to request changes)'), reason,
      h('label', { for: 'co-sign-password' }, 'Your password (required to co-sign)'), password,
      review?.attestationText ? h('p', { class: 'help' }, review.attestationText) : null,
      errors, h('div', { class: 'actions' }, buttons)) : errors,
    h('section', { class: 'card' }, h('h2', {}, 'History'), historyTable(review?.history)));
}

function button(id, text, onclick, kind) {
  const b = h('button', { type: 'button', id, class: kind || null }, text);
  b.addEventListener('click', onclick);
  return b;
}
