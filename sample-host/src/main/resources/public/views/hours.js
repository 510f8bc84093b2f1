// The hours log (only present attendees earn hours) with the board check beside it, and the
// packet export with progress.
import { api, download } from '../api.js';
import { h, clear, announce, whileBusy, table } from '../dom.js';
import { t, tn, date, number, todayIn, shiftDays } from '../i18n.js';
import { label, codes, personName, peopleWith } from '../vocabulary.js';
import { errorBinder, problemBox } from '../errors.js';
import { boardCheck } from './licensure.js';

// Whose hours a user may look at: a supervisor their supervisees (and, if they also practise,
// themselves), an admin every clinician of the practice, a clinician themselves.
function superviseePicker(id, me) {
  const list = [];
  if (me.roles.includes('SUPERVISOR')) list.push(...peopleWith(p => p.supervisee));
  else if (me.roles.includes('ADMIN')) list.push(...peopleWith(p => (p.roles || []).includes('CLINICIAN')));
  if (me.roles.includes('CLINICIAN') && !list.some(p => p.userId === me.userId)) list.push({ userId: me.userId, displayName: me.displayName });
  return h('select', { id }, list.map(p => h('option', { value: p.userId }, p.displayName)));
}

export async function hoursView(me) {
  const today = me.today || todayIn(me.timeZone);
  const supervisee = superviseePicker('hours-supervisee', me);
  const from = h('input', { type: 'date', id: 'hours-from', value: shiftDays(today, -90) });
  const to = h('input', { type: 'date', id: 'hours-to', value: today });
  const out = h('div', { id: 'hours-result', 'aria-live': 'polite' });
  const summary = h('div');
  const errors = errorBinder(summary);
  errors.add('/supervisee', supervisee, t('hours.supervisee'));
  errors.add('/from', from, t('hours.from'));
  errors.add('/to', to, t('hours.to'));
  const show = h('button', { type: 'submit', id: 'hours-show' }, t('hours.show'));
  const form = h('form', { class: 'card filters', 'aria-label': t('hours.period'), novalidate: true },
    h('div', {}, h('label', { for: 'hours-supervisee' }, t('hours.supervisee')), supervisee),
    h('div', {}, h('label', { for: 'hours-from' }, t('hours.from')), from),
    h('div', {}, h('label', { for: 'hours-to' }, t('hours.to')), to),
    h('div', {}, show));
  const load = () => whileBusy(show, t('app.working'), async () => {
    errors.clear();
    try {
      const log = await api('GET', `/api/hours?${new URLSearchParams({ supervisee: supervisee.value, from: from.value, to: to.value })}`);
      const board = await boardCheck(supervisee.value, from.value, to.value,
        me.roles.includes('SUPERVISOR') && supervisee.value !== me.userId);
      clear(out, hoursTables(log), board);
      announce(tn('hours.shown', Number(log.totalHours), { who: personName(log.superviseeId) }));
    } catch (error) { errors.show(error); clear(out); }
  });
  form.addEventListener('submit', e => { e.preventDefault(); load(); });
  if (supervisee.value) await load();
  return h('div', {}, h('h1', {}, t('hours.title')), summary, form, out);
}

function hoursTables(log) {
  const totals = (log.totals || []).map(x => [label('MeetingFormat', x.format), label('Modality', x.modality), number(x.meetings), number(Number(x.hours))]);
  const meetings = (log.meetings || []).map(m => [date(m.date), label('MeetingFormat', m.format), label('Modality', m.modality),
    m.attendance ? label('Attendance', m.attendance) : (m.present ? t('common.yes') : t('common.no')), number(Number(m.hours))]);
  return h('div', {},
    h('p', { id: 'hours-total', class: 'total' }, tn('hours.total', Number(log.totalHours))),
    h('h2', {}, t('hours.totals')),
    totals.length ? table('hours-totals', null, [t('hours.format'), t('hours.modality'), t('hours.meetings'), t('hours.hours')], totals) : h('p', { class: 'muted' }, t('hours.none')),
    h('h2', {}, t('hours.meetingsTitle')),
    meetings.length ? table('hours-meetings', null, [t('hours.date'), t('hours.format'), t('hours.modality'), t('hours.present'), t('hours.hours')], meetings) : h('p', { class: 'muted' }, t('hours.none')));
}

export async function packetView(me) {
  const today = me.today || todayIn(me.timeZone);
  const people = peopleWith(p => p.supervisee);
  const picks = people.map(p => {
    const box = h('input', { type: 'checkbox', id: `packet-supervisee-${p.userId}`, value: p.userId, checked: true });
    return { box, node: h('label', { class: 'choice', for: box.id }, box, p.displayName) };
  });
  const supervisees = h('fieldset', { id: 'packet-supervisees' }, h('legend', {}, t('packet.supervisees')), picks.map(p => p.node));
  const from = h('input', { type: 'date', id: 'packet-from', value: shiftDays(today, -28) });
  const to = h('input', { type: 'date', id: 'packet-to', value: today });
  const identity = h('select', { id: 'packet-identity' }, codes('IdentityMode').map(v => h('option', { value: v }, label('IdentityMode', v))));
  const locale = h('select', { id: 'packet-locale' }, h('option', { value: 'en', lang: 'en' }, t('language.en')), h('option', { value: 'es', lang: 'es' }, t('language.es')));
  const summary = h('div');
  const errors = errorBinder(summary);
  errors.add('/supervisees', picks[0]?.box || supervisees, t('packet.supervisees'), supervisees.querySelector('legend'));
  errors.add('/from', from, t('packet.from'));
  errors.add('/to', to, t('packet.to'));
  errors.add('/identity', identity, t('packet.identity'));
  const submit = h('button', { type: 'submit', id: 'packet-export' }, t('packet.export'));
  const result = h('div', { id: 'packet-result' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'packet-title', novalidate: true },
    h('h1', { id: 'packet-title' }, t('packet.title')), summary, supervisees,
    h('label', { for: 'packet-from' }, t('packet.from')), from,
    h('label', { for: 'packet-to' }, t('packet.to')), to,
    h('label', { for: 'packet-identity' }, t('packet.identity')), identity,
    h('p', { class: 'help' }, t('packet.identityHelp')),
    h('label', { for: 'packet-locale' }, t('packet.language')), locale,
    h('div', { class: 'actions' }, submit), result);
  form.addEventListener('submit', e => {
    e.preventDefault();
    whileBusy(submit, t('packet.exporting'), async () => {
      errors.clear();
      clear(result);
      try {
        const file = await download('/api/packets', {
          supervisees: picks.filter(p => p.box.checked).map(p => p.box.value),
          from: from.value, to: to.value, identity: identity.value, locale: locale.value,
        }, 'packet.pdf');
        announce(t('packet.downloaded', { name: file.name, size: number(Math.ceil(file.size / 1024)) }));
      } catch (error) {
        if (error.errors) errors.show(error); else clear(result, problemBox(error));
        announce(t('packet.failed'), 'bad');
      }
    });
  });
  return form;
}
