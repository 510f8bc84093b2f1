// The board check beside the hours log: each week (California) or month (Texas, Florida, New
// York) of the supervisee's board rule pack, each rule met, not met or not known, with the
// figures it rests on, the plugin's plain-words explanation (in the UI's language) and the
// rule's citation. Outcomes are labelled from the vocabulary; figures from this UI's messages.
import { api, download } from '../api.js';
import { h, clear, announce, whileBusy } from '../dom.js';
import { t, date, number, hasText, language } from '../i18n.js';
import { label } from '../vocabulary.js';
import { problemText, problemBox } from '../errors.js';

const CLASS_FIGURE = /^(.+)(Hours|Share)$/;

/** The figure's name in words: its own message, else "<class> hours/share" for a pack's class. */
function figureName(name) {
  if (hasText(`licensure.figure.${name}`)) return t(`licensure.figure.${name}`);
  const parts = CLASS_FIGURE.exec(name);
  if (parts) {
    const kind = parts[2] === 'Hours' ? 'classHours' : 'classShare';
    const cls = hasText(`licensure.class.${parts[1]}`) ? t(`licensure.class.${parts[1]}`) : parts[1];
    return t(`licensure.figure.${kind}`, { class: cls });
  }
  return t(`licensure.figure.${name}`);
}

function figureValue(name, value) {
  const n = Number(value);
  if (name.endsWith('Share')) return t('licensure.percent', { value: number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  if (name === 'sessions') return number(n);
  return number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function periodTitle(pack, period) {
  if (pack.period === 'MONTH') {
    const [y, m] = period.first.split('-').map(Number);
    return t('licensure.month', { month: new Intl.DateTimeFormat(document.documentElement.lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1))) });
  }
  return t('licensure.week', { first: date(period.first), last: date(period.last) });
}

function overall(period) {
  if (period.rules.every(r => r.outcome === 'MET')) return ['MET', t('licensure.allMet')];
  if (period.rules.some(r => r.outcome === 'NOT_MET')) return ['NOT_MET', t('licensure.notAllMet')];
  return ['UNKNOWN', t('licensure.notKnown')];
}

function citation(c) {
  const source = c.url ? h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.source) : h('span', {}, c.source);
  return h('span', { class: 'citation' }, source, ' ',
    h('span', { class: `badge ${c.verified ? 'cite-verified' : 'cite-unverified'}` }, c.verified ? t('licensure.verified') : t('licensure.unverified')));
}

function periodCard(pack, period, index) {
  const [state, words] = overall(period);
  const headingId = `licensure-period-${index}`;
  const figures = Object.entries(period.figures || {});
  const headings = [t('licensure.rule'), t('licensure.outcome'), t('licensure.explanation'), t('licensure.source')];
  return h('section', { class: 'card licensure-period', 'aria-labelledby': headingId, 'data-first': period.first, 'data-state': state },
    h('h3', { id: headingId }, periodTitle(pack, period), ' ',
      h('span', { class: `badge outcome-${state.toLowerCase()}` }, words)),
    figures.length ? h('dl', { class: 'facts licensure-figures' },
      figures.map(([name, value]) => [h('dt', {}, figureName(name)), h('dd', { 'data-figure': name }, figureValue(name, value))])) : null,
    h('table', { class: 'cards licensure-rules' },
      h('thead', {}, h('tr', {}, headings.map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, period.rules.map(rule => h('tr', { 'data-rule': rule.ruleId, 'data-outcome': rule.outcome },
        [h('span', {}, rule.label),
          h('span', { class: `badge outcome-${rule.outcome.toLowerCase()}` }, label('RuleOutcome', rule.outcome)),
          h('span', {}, rule.explanation),
          citation(rule.citation)].map((cell, i) => h('td', { 'data-label': headings[i] }, cell)))))));
}

/**
 * The board check of one supervisee over the days given, as a block for the hours view.
 *
 * @param {string} supervisee the supervisee's user id
 * @param {string} from first day (YYYY-MM-DD)
 * @param {string} to last day (YYYY-MM-DD)
 * @param {boolean} canSign whether the user is a supervisor, who may sign the board statement
 * @returns {Promise<HTMLElement>} the block; a problem (no pack, not allowed) is shown in words
 */
/**
 * The supervisor's signing of the board statement for the days shown: the attestation they make,
 * their password (an electronic signature), and the PDF downloaded when it is signed.
 */
function statementForm(supervisee, from, to) {
  const password = h('input', { type: 'password', id: 'statement-password', autocomplete: 'current-password' });
  const result = h('div', { id: 'statement-result' });
  const sign = h('button', { type: 'submit', id: 'statement-sign' }, t('licensure.sign'));
  const form = h('form', { class: 'card', id: 'statement-form', 'aria-labelledby': 'statement-title', novalidate: true },
    h('h3', { id: 'statement-title' }, t('licensure.statementTitle')),
    h('p', { class: 'help' }, t('licensure.statementHelp')),
    h('label', { for: 'statement-password' }, t('cosign.password')), password,
    h('div', { class: 'actions' }, sign), result);
  form.addEventListener('submit', e => {
    e.preventDefault();
    whileBusy(sign, t('app.working'), async () => {
      clear(result);
      try {
        const file = await download('/api/licensure/board-statement',
          { supervisee, from, to, locale: language(), password: password.value }, 'board-statement.pdf');
        password.value = '';
        announce(t('licensure.signed', { name: file.name }));
      } catch (error) {
        clear(result, problemBox(error));
        announce(t('licensure.signFailed'), 'bad');
      }
    });
  });
  return form;
}

export async function boardCheck(supervisee, from, to, canSign = false) {
  const title = h('h2', { id: 'licensure-title' }, t('licensure.title'));
  let check;
  try {
    check = await api('GET', `/api/licensure/check?${new URLSearchParams({ supervisee, from, to })}`);
  } catch (error) {
    return h('section', { id: 'licensure', 'aria-labelledby': 'licensure-title' }, title,
      h('p', { class: 'muted', id: 'licensure-problem' }, problemText(error)));
  }
  const pack = check.pack;
  return h('section', { id: 'licensure', 'aria-labelledby': 'licensure-title', 'data-pack': pack.id }, title,
    h('p', { id: 'licensure-pack' }, t('licensure.pack', {
      board: pack.board, licence: pack.licence, version: number(pack.version),
      period: label('CheckPeriod', pack.period), from: date(pack.effectiveFrom),
    })),
    h('p', { class: 'help' }, t('licensure.disclaimer')),
    check.periods.length ? check.periods.map((p, i) => periodCard(pack, p, i)) : h('p', { class: 'muted' }, t('licensure.none')),
    canSign && check.periods.length ? statementForm(supervisee, from, to) : null);
}
