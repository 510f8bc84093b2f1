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
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
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

export function toast(message) {
  const box = document.getElementById('toast');
  const msg = h('div', { class: 'msg' }, message);
  box.append(msg);
  setTimeout(() => msg.remove(), 4000);
}

export function problemList(error) {
  if (!error) return null;
  const items = (error.errors || []).map(p => h('li', {}, h('code', {}, p.pointer || '/'), ' ', p.detail));
  return h('div', { class: 'problems', role: 'alert' },
    h('strong', {}, error.detail || error.title || 'Something went wrong'),
    items.length ? h('ul', {}, items) : null);
}
