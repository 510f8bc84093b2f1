// The UI's language: English or Spanish, following the browser unless the user picked one.
// Chrome strings come from i18n/<lang>.json; dates and numbers are formatted by Intl in the
// chosen language. A key without a message is recorded (window.__srMissingText) so a test fails.
export const LANGUAGES = ['en', 'es'];
const STORAGE_KEY = 'sr.lang';

let lang = 'en';
let messages = {};
const missing = new Set();
window.__srMissingText = missing;

export function chooseLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored)) return stored;
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

export async function loadLanguage(chosen) {
  const response = await fetch(`/i18n/${chosen}.json`, { credentials: 'same-origin' });
  messages = await response.json();
  lang = chosen;
  document.documentElement.lang = chosen;
  document.title = t('app.title');
}

export function rememberLanguage(chosen) {
  localStorage.setItem(STORAGE_KEY, chosen);
}

export function language() { return lang; }

/** The message of a key with {name} placeholders filled in. */
export function t(key, vars = {}) {
  const message = messages[key];
  if (typeof message !== 'string') {
    missing.add(key);
    return `⟦${key}⟧`;
  }
  return message.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? format(vars[name]) : whole));
}

/** A counted message: key.one / key.other chosen by the language's plural rules. */
export function tn(key, count, vars = {}) {
  const form = new Intl.PluralRules(lang).select(count);
  const full = messages[`${key}.${form}`] !== undefined ? `${key}.${form}` : `${key}.other`;
  return t(full, { count, ...vars });
}

function format(value) {
  return typeof value === 'number' ? number(value) : String(value);
}

export function number(value, options) {
  return new Intl.NumberFormat(lang, options).format(value);
}

/** A calendar date (YYYY-MM-DD) in the user's language, without time-zone shifts. */
export function date(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in the user's language and the browser's time zone. */
export function dateTime(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** Today's calendar date in a time zone (the practice's), as YYYY-MM-DD. */
export function todayIn(timeZone, now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || undefined, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const get = type => parts.find(p => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function shiftDays(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function hasText(key) {
  return typeof messages[key] === 'string';
}
