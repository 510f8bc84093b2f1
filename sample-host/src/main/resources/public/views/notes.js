// The clinician's side: their notes (paged), a new note, and the note editor with the
// self-disclosure section rendered from the plugin's published form. A draft may be saved
// incomplete; submitting needs it complete, and the problems are shown at their fields.
import { api } from '../api.js';
import { h, clear, announce, announceOnNextPage, refreshView, table, whileBusy } from '../dom.js';
import { t, tn, date, language, todayIn } from '../i18n.js';
import { schemaForm } from '../schema-form.js';
import { errorBinder, problemText } from '../errors.js';
import { stateBadge, flagList, commentThread, pager, numberedPage, PAGE_SIZE } from './common.js';
import { guardUnsaved } from './unsaved.js';

export async function notesView(me) {
  const loadNotes = number => api('GET', `/api/notes?page=${number}&pageSize=${PAGE_SIZE}`).then(numberedPage);
  const [first, clients, drafts] = await Promise.all([loadNotes(1), api('GET', '/api/clients'),
    api('GET', '/api/drafts').catch(() => ({ items: [] }))]);
  const unfinished = (Array.isArray(drafts) ? drafts : drafts.items || []).filter(d => d.problemCount > 0);
  const page = first;
  const client = h('select', { id: 'new-client' }, clients.map(c => h('option', { value: c.clientId }, c.name)));
  const sessionDate = h('input', { type: 'date', id: 'new-date', value: me.today || todayIn(me.timeZone), max: me.today || null });
  const service = h('input', { type: 'text', id: 'new-service', value: t('note.defaultService') });
  const text = h('textarea', { id: 'new-text' });
  text.value = t('note.defaultText');
  const summary = h('div');
  const errors = errorBinder(summary);
  errors.add('/clientId', client, t('note.client'));
  errors.add('/sessionDate', sessionDate, t('note.sessionDate'));
  errors.add('/service', service, t('note.service'));
  errors.add('/text', text, t('note.text'));
  const create = h('form', { class: 'card', 'aria-labelledby': 'new-title', novalidate: true },
    h('h2', { id: 'new-title' }, t('note.new')), summary,
    h('label', { for: 'new-client' }, t('note.client')), client,
    h('label', { for: 'new-date' }, t('note.sessionDate')), sessionDate,
    h('label', { for: 'new-service' }, t('note.service')), service,
    h('label', { for: 'new-text' }, t('note.text')), text,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'new-note' }, t('note.create'))));
  create.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const note = await api('POST', '/api/notes', { clientId: client.value, sessionDate: sessionDate.value, service: service.value, text: text.value });
      announceOnNextPage(t('note.created'));
      location.hash = `#/notes/${encodeURIComponent(note.noteId)}`;
    } catch (error) { errors.show(error); }
  });
  const shown = [];
  const body = h('div', { id: 'my-notes-box' });
  const caption = h('p', { class: 'muted', id: 'my-notes-count' });
  const draw = () => {
    clear(caption, page.total !== undefined ? tn('notes.shownOfTotal', page.total, { shown: shown.length }) : tn('notes.shown', shown.length));
    clear(body, shown.length ? table('my-notes', null, [t('notes.date'), t('notes.client'), t('notes.review'), t('notes.flags'), t('notes.open')],
      shown.map(n => ({ attrs: { 'data-note': n.noteId }, cells: [date(n.sessionDate), n.clientName, stateBadge(n.reviewState),
        n.flagCount ? tn('notes.flagCount', n.flagCount) : t('notes.noFlags'),
        h('a', { href: `#/notes/${encodeURIComponent(n.noteId)}` }, t('notes.openNote', { date: date(n.sessionDate) }))] })))
      : h('p', { class: 'muted' }, t('notes.none')));
  };
  shown.push(...page.items);
  draw();
  const draftList = unfinished.length ? h('section', { class: 'card warn', id: 'unfinished-drafts', 'aria-labelledby': 'drafts-title' },
    h('h2', { id: 'drafts-title' }, tn('drafts.title', unfinished.length)),
    h('ul', {}, unfinished.map(d => h('li', {}, h('a', { href: `#/notes/${encodeURIComponent(d.noteId)}` },
      t('drafts.item', { date: date(d.sessionDate), client: d.clientName })), ` – ${tn('drafts.missing', d.problemCount)}`)))) : null;
  return h('div', {}, h('h1', {}, t('notes.title')), draftList, create,
    h('section', { 'aria-labelledby': 'list-title' }, h('h2', { id: 'list-title' }, t('notes.list')), caption, body,
      pager(page.next, loadNotes, items => { shown.push(...items); draw(); })));
}

export async function noteView(me, noteId) {
  const [view, schema] = await Promise.all([
    api('GET', `/api/notes/${encodeURIComponent(noteId)}`),
    api('GET', `/api/schema/self-disclosure?locale=${encodeURIComponent(language())}`),
  ]);
  const { note, section, review, draft } = view;
  // An unfinished draft saved after the section is what the clinician was last working on.
  const resumeDraft = draft && (!section || !section.savedAt || !draft.savedAt || draft.savedAt >= section.savedAt);
  const start = resumeDraft ? draft.document : (section ? section.document : { noSelfDisclosure: false, entries: [{}] });
  const form = schemaForm(schema, start);
  const flags = h('div', { id: 'flags' }, flagList(section?.flags));
  const summary = h('div', { id: 'section-errors' });
  const errors = errorBinder(summary);
  errors.resolveWith(pointer => form.fieldAt(pointer));
  const draftProblems = h('div', { id: 'draft-problems' }, resumeDraft ? problemsOfDraft(draft, form) : null);
  let version = section ? section.version : 0;
  let draftVersion = draft ? draft.version : 0;
  let saved = JSON.stringify(form.read());
  const editable = !review || ['DRAFT', 'CHANGES_REQUESTED', 'WITHDRAWN'].includes(review.state);
  guardUnsaved(() => editable && JSON.stringify(form.read()) !== saved);

  // A draft is kept as typed, complete or not, with what is still missing listed.
  async function saveDraft(document) {
    const result = await api('PUT', `/api/notes/${encodeURIComponent(noteId)}/disclosure/draft`, { expectedVersion: draftVersion, section: document });
    draftVersion = result.version;
    saved = JSON.stringify(document);
    clear(draftProblems, problemsOfDraft(result, form));
    return result;
  }

  // The section proper is saved only complete; the plugin computes its flags.
  async function saveSection(document) {
    const result = await api('PUT', `/api/notes/${encodeURIComponent(noteId)}/disclosure`, { expectedVersion: version, section: document });
    version = result.version;
    saved = JSON.stringify(document);
    clear(flags, flagList(result.flags));
    clear(draftProblems);
    return result;
  }

  const save = h('button', { type: 'button', id: 'save-section', disabled: !editable }, t('section.save'));
  save.addEventListener('click', () => whileBusy(save, t('app.working'), async () => {
    errors.clear();
    const document = form.read();
    try {
      const result = await saveDraft(document);
      const open = (result.problems || []).length;
      if (open) { announce(tn('section.savedIncomplete', open)); return; }
      const complete = await saveSection(document);
      announce(tn('section.saved', (complete.flags || []).length));
    } catch (error) { clear(draftProblems); errors.show(error); announce(t('section.notSaved'), 'bad'); }
  }));
  const submit = h('button', { type: 'button', id: 'submit-review', disabled: !editable }, t('review.submit'));
  submit.addEventListener('click', () => whileBusy(submit, t('app.working'), async () => {
    errors.clear();
    const document = form.read();
    try {
      await saveDraft(document);
      await saveSection(document);
      await api('POST', `/api/notes/${encodeURIComponent(noteId)}/review/submit`, { version: review ? review.version : 0 });
      announce(t('review.submitted'));
      refreshView();
    } catch (error) { clear(draftProblems); errors.show(error); announce(t('review.notSubmittedYet'), 'bad'); }
  }));

  return h('div', {},
    h('h1', {}, t('note.heading', { date: date(note.sessionDate), client: note.clientName })),
    h('p', { id: 'review-state' }, `${t('review.stateLabel')} `, stateBadge(review?.state),
      review?.dueDate ? ` · ${t('review.due', { date: date(review.dueDate) })}` : ''),
    review && review.state === 'CHANGES_REQUESTED' ? h('section', { class: 'card', id: 'returned', 'aria-labelledby': 'returned-title' },
      h('h2', { id: 'returned-title' }, t('review.returned')), h('p', { 'data-user': '' }, review.returnReason || ''), commentThread(review.comments)) : null,
    h('section', { class: 'card', 'aria-labelledby': 'note-title' }, h('h2', { id: 'note-title' }, t('note.progressNote')),
      h('p', { class: 'muted', 'data-user': '' }, note.service), h('div', { class: 'note-text', 'data-user': '' }, note.text)),
    h('section', { 'aria-labelledby': 'sd-title' }, h('h2', { id: 'sd-title' }, schema.title),
      schema.description ? h('p', { class: 'help' }, schema.description) : null,
      summary, draftProblems, form.node,
      h('h2', {}, t('flags.afterSave')), flags,
      h('div', { class: 'actions' }, save, submit)));
}

function problemsOfDraft(section, form) {
  const problems = section?.problems || [];
  if (problems.length === 0) return null;
  return h('div', { class: 'card warn' }, h('p', {}, tn('section.stillMissing', problems.length)),
    h('ul', {}, problems.map(p => {
      const field = form.fieldAt(p.pointer || '');
      return h('li', {}, field ? `${field.label}: ${problemText(p)}` : problemText(p));
    })));
}
