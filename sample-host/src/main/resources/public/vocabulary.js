// Every domain value a person sees (review states, meeting formats and modalities, attendance,
// agenda kinds, flag rules, severities) is labelled from the plugin's vocabulary in the UI's
// language; people are shown by display name. A code without a label is recorded
// (window.__srMissingLabels) so a test fails rather than a raw code reaching a person.
import { api } from './api.js';

let groups = {};
let people = new Map();
const missing = new Set();
window.__srMissingLabels = missing;

export async function loadVocabulary(lang) {
  const [vocabulary, directory] = await Promise.all([
    api('GET', `/api/vocabulary?locale=${encodeURIComponent(lang)}`).catch(() => ({})),
    api('GET', '/api/people').catch(() => []),
  ]);
  // The plugin's labels: group (an API enum's simple name, FlagRule, field) → code → label.
  groups = vocabulary.groups || vocabulary.labels || Object.fromEntries(Object.entries(vocabulary).filter(([, v]) => v && typeof v === 'object'));
  people = new Map((Array.isArray(directory) ? directory : directory.items || []).map(p => [p.userId, p]));
}

export function label(group, code) {
  if (code === null || code === undefined || code === '') return '';
  const text = groups[group]?.[code];
  if (typeof text === 'string') return text;
  missing.add(`${group}.${code}`);
  return String(code);
}

/** The codes of a group in the vocabulary's order, for selects and radio groups. */
export function codes(group) {
  return Object.keys(groups[group] || {});
}

export function personName(userId) {
  if (!userId) return '';
  const person = people.get(userId);
  if (person) return person.displayName;
  missing.add(`person.${userId}`);
  return userId;
}

/** The people of the directory the current user may pick, optionally only those with a role. */
export function peopleWith(predicate = () => true) {
  return [...people.values()].filter(predicate);
}
