// Pieces shared by several views: badges, flags, comments, history.
import { h } from '../dom.js';

export function stateBadge(state) {
  return state ? h('span', { class: `badge state-${state}` }, state.replaceAll('_', ' ').toLowerCase()) : h('span', { class: 'muted' }, 'not submitted');
}

export function flagList(flags) {
  if (!flags || flags.length === 0) return h('p', { class: 'muted' }, 'No flags.');
  return h('ul', { class: 'flags' }, flags.map(flag => h('li', {},
    h('span', { class: `badge sev-${flag.severity}` }, flag.severity.replaceAll('_', ' ').toLowerCase()), ' ',
    h('strong', {}, flag.ruleId), flag.entryIndex >= 0 ? ` (disclosure ${flag.entryIndex + 1})` : '', ': ', flag.explanation)));
}

export function commentThread(comments) {
  if (!comments || comments.length === 0) return h('p', { class: 'muted' }, 'No comments yet.');
  const byParent = new Map();
  for (const c of comments) {
    const key = c.parentId || '';
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key).push(c);
  }
  const render = parent => (byParent.get(parent) || []).map(c => h('div', { class: 'comment', 'data-comment': c.id },
    h('div', { class: 'meta' }, `${c.authorId} · ${new Date(c.at).toLocaleString()}`,
      c.entryIndex >= 0 ? ` · on disclosure ${c.entryIndex + 1}` : ''),
    h('div', { class: 'comment-text' }, c.text), render(c.id)));
  return h('div', {}, render(''));
}

export function historyTable(history) {
  if (!history || history.length === 0) return h('p', { class: 'muted' }, 'No history yet.');
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Who'),
    h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'To'))),
  h('tbody', {}, history.map(e => h('tr', {}, h('td', {}, new Date(e.at).toLocaleString()), h('td', {}, e.actorId),
    h('td', {}, e.from || '–'), h('td', {}, e.to)))));
}

export function sectionSummary(section) {
  if (!section) return h('p', { class: 'muted' }, 'No self-disclosure section saved.');
  const doc = section.document;
  if (doc.noSelfDisclosure) return h('p', {}, 'The clinician attests there was no self-disclosure this session.');
  return h('div', {}, (doc.entries || []).map((entry, i) => h('div', { class: 'card entry-view', 'data-entry': i },
    h('h3', {}, `Disclosure ${i + 1}`),
    h('dl', {}, Object.entries(entry).map(([key, value]) => [h('dt', {}, key), h('dd', {}, display(value))])))));
}

function display(value) {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${k}: ${typeof v === 'object' ? Object.values(v).join(' – ') : v}`).join('; ');
  }
  return String(value);
}
