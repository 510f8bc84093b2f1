// The clinician's side: their notes, a new note, and the note editor with the
// self-disclosure section rendered from the plugin's published form.
import { api } from '../api.js';
import { h, clear, problemList, toast } from '../dom.js';
import { schemaForm } from '../schema-form.js';
import { stateBadge, flagList, commentThread } from './common.js';

export async function notesView() {
  const [notes, clients] = await Promise.all([api('GET', '/api/notes'), api('GET', '/api/clients')]);
  const client = h('select', { id: 'new-client' }, clients.map(c => h('option', { value: c.clientId }, c.name)));
  const date = h('input', { type: 'date', id: 'new-date', value: new Date().toISOString().slice(0, 10) });
  const service = h('input', { type: 'text', id: 'new-service', value: 'Individual psychotherapy, 53 min (90837)' });
  const text = h('textarea', { id: 'new-text' });
  text.value = 'S: \nO: \nA: \nP: ';
  const errors = h('div');
  const create = h('form', { class: 'card', 'aria-labelledby': 'new-title' },
    h('h2', { id: 'new-title' }, 'New progress note'),
    h('label', { for: 'new-client' }, 'Client'), client,
    h('label', { for: 'new-date' }, 'Session date'), date,
    h('label', { for: 'new-service' }, 'Service'), service,
    h('label', { for: 'new-text' }, 'Note (SOAP)'), text, errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'new-note' }, 'Create note')));
  create.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const note = await api('POST', '/api/notes', { clientId: client.value, sessionDate: date.value, service: service.value, text: text.value });
      location.hash = `#/notes/${encodeURIComponent(note.noteId)}`;
    } catch (error) { clear(errors, problemList(error)); }
  });
  const rows = notes.map(n => h('tr', {},
    h('td', {}, n.sessionDate), h('td', {}, n.clientName),
    h('td', {}, stateBadge(n.reviewState)), h('td', {}, n.flagCount ? `${n.flagCount} flag(s)` : ''),
    h('td', {}, h('a', { href: `#/notes/${encodeURIComponent(n.noteId)}` }, 'Open'))));
  return h('div', {}, h('h1', {}, 'My notes'), create,
    h('table', { id: 'my-notes' }, h('caption', { class: 'muted' }, `${notes.length} notes, newest first`),
      h('thead', {}, h('tr', {}, ['Date', 'Client', 'Review', 'Flags', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)));
}

export async function noteView(me, noteId) {
  const [view, schema] = await Promise.all([
    api('GET', `/api/notes/${encodeURIComponent(noteId)}`),
    api('GET', `/api/schema/self-disclosure?locale=${encodeURIComponent(navigator.language || 'en')}`),
  ]);
  const { note, section, review } = view;
  const form = schemaForm(schema, section ? section.document : { noSelfDisclosure: false, entries: [{}] });
  const flags = h('div', { id: 'flags' }, flagList(section?.flags));
  const errors = h('div', { id: 'section-errors' });
  let version = section ? section.version : 0;
  const editable = !review || ['DRAFT', 'CHANGES_REQUESTED', 'WITHDRAWN'].includes(review.state);

  const save = h('button', { type: 'button', id: 'save-section', disabled: !editable }, 'Save section');
  save.addEventListener('click', async () => {
    try {
      const saved = await api('PUT', `/api/notes/${encodeURIComponent(noteId)}/disclosure`, { expectedVersion: version, section: form.read() });
      version = saved.version;
      clear(errors);
      clear(flags, flagList(saved.flags));
      toast(`Saved. ${saved.flags.length} flag(s).`);
    } catch (error) { clear(errors, problemList(error)); }
  });
  const submit = h('button', { type: 'button', id: 'submit-review', disabled: !editable }, 'Submit for review');
  submit.addEventListener('click', async () => {
    try {
      await api('POST', `/api/notes/${encodeURIComponent(noteId)}/review/submit`, { version: review ? review.version : 0 });
      toast('Submitted for review.');
      location.reload();
    } catch (error) { clear(errors, problemList(error)); }
  });

  return h('div', {},
    h('h1', {}, `Note of ${note.sessionDate} · ${note.clientName}`),
    h('p', {}, 'Review: ', stateBadge(review?.state), review?.dueDate ? ` · co-sign due ${review.dueDate}` : ''),
    review && review.state === 'CHANGES_REQUESTED' ? h('div', { class: 'card', id: 'returned' },
      h('h2', {}, 'Returned by your supervisor'), h('p', {}, review.returnReason || ''), commentThread(review.comments)) : null,
    h('section', { class: 'card' }, h('h2', {}, 'Progress note'), h('p', { class: 'muted' }, note.service),
      h('div', { class: 'note-text' }, note.text)),
    h('section', { 'aria-labelledby': 'sd-title' }, h('h2', { id: 'sd-title' }, schema.title || 'Self-disclosure'),
      form.node, errors, h('h2', {}, 'Flags after save'), flags,
      h('div', { class: 'actions' }, save, submit)));
}
