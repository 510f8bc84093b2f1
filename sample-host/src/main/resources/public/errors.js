// Problems from the API (RFC 9457 documents with an errors[] of {pointer, code, detail})
// shown where they belong: a summary at the top of the form with a link to each field, and
// the message beside the field itself, marked aria-invalid and tied by aria-describedby.
import { h, clear, uid } from './dom.js';
import { t, tn, hasText } from './i18n.js';

/** The words for one problem: the UI's message for its code, else the server's own sentence. */
export function problemText(problem) {
  const key = `problem.${problem.code}`;
  return hasText(key) ? t(key) : (problem.detail || t('problem.generic'));
}

// Problems that concern one field although the API sends no pointer (a wrong password).
const FIELD_OF_CODE = { 'signature.password': '/password', 'signature.locked': '/password' };

export function errorBinder(summary) {
  const fields = [];
  const resolvers = [];
  let marked = [];

  function find(pointer) {
    for (const resolve of resolvers) {
      const found = resolve(pointer);
      if (found) return found;
    }
    let best = null;
    for (const field of fields) {
      if ((pointer === field.pointer || pointer.startsWith(`${field.pointer}/`)) && (!best || field.pointer.length > best.pointer.length)) best = field;
    }
    return best;
  }

  function unmark() {
    for (const { control, note, describedBy } of marked) {
      control.removeAttribute('aria-invalid');
      if (describedBy) control.setAttribute('aria-describedby', describedBy); else control.removeAttribute('aria-describedby');
      note.remove();
    }
    marked = [];
    clear(summary);
  }

  return {
    /** A field at a JSON pointer: its focusable control, the box the message goes under, its label. */
    add(pointer, control, label, box = control) {
      fields.push({ pointer, control, label, box });
    },
    /** A function that finds fields by pointer itself (for forms rendered from a schema). */
    resolveWith(resolve) { resolvers.push(resolve); },
    clear: unmark,
    show(error) {
      unmark();
      const field = FIELD_OF_CODE[error.code];
      const problems = error.errors && error.errors.length ? error.errors
        : (field && find(field) ? [{ pointer: field, code: error.code, detail: error.detail }] : []);
      const items = [];
      for (const problem of problems) {
        const field = find(problem.pointer || '');
        const text = problemText(problem);
        if (!field) { items.push(h('li', {}, text)); continue; }
        if (!field.control.id) field.control.id = uid('c');
        const noteId = uid('err');
        const note = h('p', { class: 'field-error', id: noteId }, text);
        field.box.after(note);
        const describedBy = field.control.getAttribute('aria-describedby');
        field.control.setAttribute('aria-invalid', 'true');
        field.control.setAttribute('aria-describedby', [describedBy, noteId].filter(Boolean).join(' '));
        marked.push({ control: field.control, note, describedBy });
        items.push(h('li', {}, h('a', { href: `#${field.control.id}`, 'data-focus': field.control.id }, `${field.label}: ${text}`)));
      }
      const heading = problems.length ? tn('problems.heading', problems.length) : messageOf(error);
      clear(summary, h('div', { class: 'problems', role: 'alert', tabindex: '-1' },
        h('p', { class: 'problems-title' }, heading), items.length ? h('ul', {}, items) : null));
      summary.querySelectorAll('a[data-focus]').forEach(a => a.addEventListener('click', event => {
        event.preventDefault();
        document.getElementById(a.dataset.focus)?.focus();
      }));
    },
  };
}

/** A problem without fields, in words: the UI's message for its code, else the server's. */
export function messageOf(error) {
  if (error && error.code && hasText(`problem.${error.code}`)) return t(`problem.${error.code}`);
  if (error && error.status === 0) return t('problem.network');
  return (error && (error.detail || error.title)) || t('problem.generic');
}

/** A problem shown as a box on its own, for actions without a form. */
export function problemBox(error) {
  return h('div', { class: 'problems', role: 'alert' }, h('p', { class: 'problems-title' }, messageOf(error)),
    error.errors && error.errors.length ? h('ul', {}, error.errors.map(p => h('li', {}, problemText(p)))) : null);
}
