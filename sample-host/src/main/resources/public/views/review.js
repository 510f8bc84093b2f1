// The supervisor's side: the review queue with filters, paging and batch co-sign, and the
// review page with the note, its section in the form's own labels, flags, comments and the
// review actions. Co-signing shows the policy's attestation before asking for the password.
import { api } from '../api.js';
import { h, clear, announce, refreshView, whileBusy, uid } from '../dom.js';
import { t, tn, date, language } from '../i18n.js';
import { label, codes, personName, peopleWith } from '../vocabulary.js';
import { errorBinder, problemBox, messageOf } from '../errors.js';
import { stateBadge, flagList, commentThread, historyTable, sectionSummary, pager, signatureList } from './common.js';

// The policy's attestation, which every co-signature attests to; any signed-in user may read the policy.
async function policyAttestation() {
  const policy = await api('GET', '/api/policy');
  return policy?.document?.coSign?.attestationText || '';
}

export async function queueView(me) {
  if (!me.roles.includes('SUPERVISOR')) {
    return h('div', {}, h('h1', {}, t('queue.title')),
      h('section', { class: 'card', id: 'queue-not-for-you' }, h('p', {}, t('queue.notSupervisor')),
        me.roles.includes('ADMIN') ? h('p', {}, h('a', { href: '#/admin' }, t('queue.goAdmin'))) : null));
  }
  const supervisee = h('select', { id: 'filter-supervisee' }, h('option', { value: '' }, t('queue.anySupervisee')),
    peopleWith(p => p.supervisee).map(p => h('option', { value: p.userId }, p.displayName)));
  const state = h('select', { id: 'filter-state' }, h('option', { value: '' }, t('queue.open')),
    codes('ReviewState').filter(s => s !== 'DRAFT').map(s => h('option', { value: s }, label('ReviewState', s))));
  const flagged = h('input', { type: 'checkbox', id: 'filter-flagged' });
  const overdue = h('input', { type: 'checkbox', id: 'filter-overdue' });
  const results = h('div', { id: 'queue-results' });
  const more = h('div');
  const summary = h('div');
  const errors = errorBinder(summary);
  const password = h('input', { type: 'password', id: 'batch-password', autocomplete: 'current-password' });
  errors.add('/password', password, t('cosign.password'));
  const batch = h('button', { type: 'button', id: 'batch-co-sign' }, t('queue.batchCoSign'));
  const picked = h('p', { id: 'batch-picked', class: 'muted' });
  let selected = new Map();
  const shown = new Map();
  let attestation = await policyAttestation();
  const attestationBox = h('blockquote', { class: 'attestation', id: 'batch-attestation' });

  const updatePicked = () => clear(picked, tn('queue.picked', selected.size));

  function query(after) {
    const params = new URLSearchParams();
    if (supervisee.value) params.set('supervisee', supervisee.value);
    if (state.value) params.set('state', state.value);
    if (flagged.checked) params.set('flagged', 'true');
    if (overdue.checked) params.set('overdue', 'true');
    if (after) params.set('after', after);
    return api('GET', `/api/queue?${params}`);
  }

  async function load() {
    selected = new Map();
    updatePicked();
    try {
      const page = await query();
      if (page.attestationText) attestation = page.attestationText;
      clear(attestationBox, attestation);
      attestationBox.hidden = !attestation;
      const tbody = h('tbody');
      const headings = [t('queue.pick'), t('queue.due'), t('queue.session'), t('queue.clinician'), t('queue.client'), t('queue.state'), t('queue.flags'), t('queue.why'), t('queue.open.column')];
      const addRows = items => items.forEach(item => { shown.set(item.noteId, item); tbody.append(row(item, headings)); });
      addRows(page.items);
      clear(results, page.items.length === 0 ? h('p', { class: 'muted', id: 'queue-empty' }, t('queue.empty'))
        : h('table', { id: 'queue', class: 'cards' }, h('thead', {}, h('tr', {}, headings.map(x => h('th', { scope: 'col' }, x)))), tbody));
      clear(more, pager(page.next, query, addRows));
    } catch (error) { clear(results, problemBox(error)); }
  }

  function row(item, headings) {
    const id = uid();
    const pick = h('input', { type: 'checkbox', id, 'aria-label': t('queue.pickNote', { date: date(item.sessionDate), client: item.clientName }) });
    pick.addEventListener('change', () => { if (pick.checked) selected.set(item.noteId, item.version); else selected.delete(item.noteId); updatePicked(); });
    const cells = [pick,
      [item.dueDate ? date(item.dueDate) : '', item.overdue ? h('span', { class: 'badge sev-review_required' }, t('queue.overdue')) : ''],
      date(item.sessionDate), personName(item.clinicianId), item.clientName, stateBadge(item.state),
      item.flagged ? h('span', { class: 'badge sev-warning' }, (item.flagRules || []).map(r => label('FlagRule', r)).join(', ') || t('queue.flagged')) : t('notes.noFlags'),
      item.coSignReason ? label('SampleReason', item.coSignReason) : t('queue.whyBeforeSampling'),
      h('a', { href: `#/review/${encodeURIComponent(item.noteId)}` }, t('queue.review', { date: date(item.sessionDate) }))];
    return h('tr', { 'data-note': item.noteId }, cells.map((cell, i) => h('td', { 'data-label': headings[i] }, cell)));
  }

  batch.addEventListener('click', () => whileBusy(batch, tn('queue.coSigning', selected.size), async () => {
    errors.clear();
    if (selected.size === 0) { announce(t('queue.pickFirst'), 'bad'); return; }
    try {
      const result = await api('POST', '/api/queue/co-sign', { notes: [...selected].map(([noteId, version]) => ({ noteId, version })), password: password.value });
      password.value = '';
      announce(tn('queue.coSigned', result.outcomes.length));
      await load();
    } catch (error) {
      const refused = (error.outcomes || []).filter(o => o.reason);
      if (refused.length) {
        clear(summary, h('div', { class: 'problems', role: 'alert', id: 'batch-refused' }, h('p', { class: 'problems-title' }, t('queue.batchRefused')),
          h('ul', {}, refused.map(o => {
            const item = shown.get(o.noteId) || o;
            const why = messageOf({ code: o.reasonCode || o.code, detail: o.reason });
            return h('li', {}, `${t('queue.noteOf', { date: date(item.sessionDate) })} · ${item.clientName || ''}: ${why}`);
          }))));
      } else errors.show(error);
      announce(t('queue.nothingCoSigned'), 'bad');
    }
  }));
  const filters = h('form', { class: 'card filters', 'aria-label': t('queue.filters') },
    h('div', {}, h('label', { for: 'filter-supervisee' }, t('queue.supervisee')), supervisee),
    h('div', {}, h('label', { for: 'filter-state' }, t('queue.state')), state),
    h('div', {}, h('label', { class: 'choice', for: 'filter-flagged' }, flagged, t('queue.flaggedOnly'))),
    h('div', {}, h('label', { class: 'choice', for: 'filter-overdue' }, overdue, t('queue.overdueOnly'))),
    h('div', {}, h('button', { type: 'submit', id: 'apply-filters' }, t('queue.apply'))));
  filters.addEventListener('submit', e => { e.preventDefault(); load(); });
  await load();
  return h('div', {}, h('h1', {}, t('queue.title')), filters, results, more,
    h('section', { class: 'card', 'aria-labelledby': 'batch-title' }, h('h2', { id: 'batch-title' }, t('queue.batchTitle')),
      h('p', { class: 'help' }, t('queue.batchHelp')), picked,
      h('p', {}, t('cosign.attestationIntro')), attestationBox,
      summary, h('label', { for: 'batch-password' }, t('cosign.password')), password,
      h('div', { class: 'actions' }, batch)));
}

export async function reviewView(me, noteId) {
  const path = `/api/notes/${encodeURIComponent(noteId)}`;
  const [view, schema, policyText] = await Promise.all([api('GET', path),
    api('GET', `/api/schema/self-disclosure?locale=${encodeURIComponent(language())}`), policyAttestation()]);
  const { note, section, review } = view;
  // Signatures and the co-sign selection are read by whoever may read the review (a note never
  // submitted has neither); they fill their place once read, so the page is drawn without waiting.
  const signed = h('div', { id: 'signatures-slot' });
  if (review) {
    Promise.all([api('GET', `${path}/signatures`).catch(() => []), api('GET', `${path}/co-sign-selection`).catch(() => null)])
      .then(([signatures, selection]) => clear(signed, selectionLine(selection), signatureList(signatures, 'note-signatures')));
  }
  const summary = h('div', { id: 'review-errors' });
  const errors = errorBinder(summary);
  const comment = h('textarea', { id: 'comment-text' });
  const entry = h('select', { id: 'comment-entry' }, h('option', { value: '' }, t('comments.wholeNote')),
    (section?.document.entries || []).map((_, i) => h('option', { value: String(i) }, t('disclosure.title', { n: i + 1 }))));
  const reason = h('textarea', { id: 'return-reason' });
  const password = h('input', { type: 'password', id: 'co-sign-password', autocomplete: 'current-password' });
  errors.add('/text', comment, t('comments.new'));
  errors.add('/reason', reason, t('review.reason'));
  errors.add('/password', password, t('cosign.password'));
  const act = (button, action, body, done) => whileBusy(button, t('app.working'), async () => {
    errors.clear();
    try {
      await api('POST', `${path}/review/${action}`, { version: review.version, ...body });
      announce(done);
      refreshView();
    } catch (error) { errors.show(error); announce(messageOf(error), 'bad'); }
  });
  const addComment = h('button', { type: 'button', id: 'add-comment' }, t('comments.add'));
  addComment.addEventListener('click', () => whileBusy(addComment, t('app.working'), async () => {
    errors.clear();
    try {
      await api('POST', `${path}/comments`, { version: review ? review.version : 0, text: comment.value, entryIndex: entry.value === '' ? null : Number(entry.value) });
      announce(t('comments.added'));
      refreshView();
    } catch (error) { errors.show(error); }
  }));
  const state = review?.state;
  const buttons = [];
  const decision = [];
  if (state === 'SUBMITTED') buttons.push(button('start-review', t('review.start'), b => act(b, 'start', {}, t('review.started'))));
  if (state === 'IN_REVIEW') {
    decision.push(h('label', { for: 'return-reason' }, t('review.reason')), reason);
    buttons.push(button('request-changes', t('review.requestChanges'), b => act(b, 'request-changes', { reason: reason.value }, t('review.returnedDone')), 'secondary'));
  }
  if (state === 'IN_REVIEW' || state === 'SUBMITTED') {
    const attestation = view.attestationText || review.attestationText || policyText;
    decision.push(h('h3', {}, t('cosign.title')), h('p', {}, t('cosign.attestationIntro')),
      h('blockquote', { class: 'attestation', id: 'co-sign-attestation' }, attestation || t('cosign.attestationMissing')),
      h('label', { for: 'co-sign-password' }, t('cosign.password')), password);
    buttons.push(button('co-sign', t('cosign.button'), b => act(b, 'co-sign', { password: password.value }, t('cosign.done'))));
  }
  return h('div', {},
    h('h1', {}, t('review.heading', { date: date(note.sessionDate), client: note.clientName })),
    h('p', { id: 'review-state' }, `${t('review.clinician')} ${personName(note.clinicianId)} · ${t('review.stateLabel')} `, stateBadge(state),
      review?.dueDate ? ` · ${t('review.due', { date: date(review.dueDate) })}` : '',
      review?.changedAfterCoSign ? h('span', { class: 'badge sev-review_required' }, t('review.changedAfterCoSign')) : ''),
    review?.coSign ? h('section', { class: 'card', id: 'co-sign-record' }, h('h2', {}, t('cosign.recorded')),
      h('p', {}, t('cosign.by', { who: personName(review.coSign.signerId), when: date(String(review.coSign.at || '').slice(0, 10)) })),
      review.coSign.attestationText ? h('blockquote', { class: 'attestation' }, review.coSign.attestationText) : null) : null,
    signed,
    h('section', { class: 'card' }, h('h2', {}, t('note.progressNote')), h('p', { class: 'muted', 'data-user': '' }, note.service), h('div', { class: 'note-text', 'data-user': '' }, note.text)),
    h('section', { class: 'card', id: 'section-view' }, h('h2', {}, schema.title), sectionSummary(section, schema)),
    h('section', { class: 'card' }, h('h2', {}, t('flags.title')), flagList(review?.flags || section?.flags)),
    h('section', { class: 'card', 'aria-labelledby': 'comments-title' }, h('h2', { id: 'comments-title' }, t('comments.title')), commentThread(review?.comments),
      h('label', { for: 'comment-text' }, t('comments.new')), comment,
      h('label', { for: 'comment-entry' }, t('comments.about')), entry, h('div', { class: 'actions' }, addComment)),
    buttons.length ? h('section', { class: 'card', 'aria-labelledby': 'decision-title' }, h('h2', { id: 'decision-title' }, t('review.decision')),
      summary, decision, h('div', { class: 'actions' }, buttons)) : summary,
    h('section', { class: 'card' }, h('h2', {}, t('history.title')), historyTable(review?.history)));
}

function selectionLine(selection) {
  if (!selection) return null;
  const drawn = selection.reason === 'SAMPLED' || selection.reason === 'NOT_SAMPLED';
  return h('p', { id: 'co-sign-selection', class: 'muted' },
    t(selection.required ? 'sampling.required' : 'sampling.notRequired', { reason: label('SampleReason', selection.reason) }),
    drawn ? ` ${t('sampling.draw', { draw: selection.draw, percent: selection.percent })}` : '');
}

function button(id, text, onclick, kind) {
  const b = h('button', { type: 'button', id, class: kind || null }, text);
  b.addEventListener('click', () => onclick(b));
  return b;
}
