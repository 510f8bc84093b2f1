// Builds DOM nodes from data. Text is only ever set as text, never parsed as HTML, so
// anything a user typed is shown as typed and cannot run as script.
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'value') node.value = value;
    else if (key === 'checked') node.checked = !!value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : displayed(node, String(child)));
  }
}

// Explicit bidi embeddings and overrides: U+202A LRE, U+202B RLE, U+202C PDF, U+202D LRO, U+202E RLO.
const OVERRIDES = /[\u202A-\u202E]/g;
// Elements whose content is plain text only: no element may go inside them.
const TEXT_ONLY = new Set(['OPTION', 'TEXTAREA', 'TITLE', 'SCRIPT', 'STYLE']);

/**
 * The one display rule for text on a page, the same as the plugin's api.text.DisplayText:
 * explicit embeddings and overrides (U+202A..U+202E) are removed, so text cannot reorder
 * itself ("abc\u202Egpj.exe" shows as typed, not as "abcexe.jpg"). Isolates and marks stay.
 * Only what is shown changes: the stored text, and what a form field holds, stay as typed.
 */
export function displayText(value) {
  return String(value).replace(OVERRIDES, '');
}

// Every text a view shows passes here (h and clear): neutralised, and isolated in a <bdi>
// (direction from its own first strong letter, as dir=auto) so it cannot reorder the text
// around it, except inside elements that hold plain text only.
function displayed(parent, text) {
  const shown = document.createTextNode(displayText(text));
  if (TEXT_ONLY.has(parent.tagName)) return shown;
  const isolate = document.createElement('bdi');
  isolate.append(shown);
  return isolate;
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

let ids = 0;
export function uid(prefix = 'f') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Says what just happened in the page's status region (read out by screen readers). */
export function announce(message, kind = 'ok') {
  const box = document.getElementById('status');
  clear(box, h('p', { class: `msg msg-${kind}` }, message));
}

let pending = null;

/** Says something on the page the user is being taken to (the status clears on navigation). */
export function announceOnNextPage(message) {
  pending = message;
}

export function clearAnnouncement() {
  if (pending) announce(pending); else clear(document.getElementById('status'));
  pending = null;
}

/**
 * Runs a long action with its button disabled and a progress message until it ends, so a
 * second click cannot start it twice.
 */
export async function whileBusy(button, progressText, action) {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  const box = document.getElementById('status');
  clear(box, h('p', { class: 'msg msg-busy' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), progressText));
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** A table whose rows become labelled cards on narrow screens (see app.css). */
export function table(id, caption, headings, rows) {
  return h('table', { id, class: 'cards' }, caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headings.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(row => (Array.isArray(row) ? { cells: row } : row)).map(row => h('tr', row.attrs || {},
      row.cells.map((cell, i) => h('td', { 'data-label': headings[i] || null }, cell))))));
}

/** Draws the current page again from the server after an action (no browser reload). */
export function refreshView() {
  window.dispatchEvent(new Event('sr:refresh'));
}
