// Supervision meetings: upcoming and past, a planning form with a supervisee picker, and one
// meeting with attendance, agenda, the supervisor's case notes, action items and signing.
// Case-note text is saved before any other action on the page, so nothing typed is lost.
import { api } from '../api.js';
import { h, clear, announce, announceOnNextPage, refreshView, whileBusy, table } from '../dom.js';
import { t, dateTime, todayIn, shiftDays } from '../i18n.js';
import { label, codes, personName, peopleWith } from '../vocabulary.js';
import { errorBinder } from '../errors.js';
import { pager, numberedPage, PAGE_SIZE } from './common.js';

export async function meetingsView(me) {
  const today = me.today || todayIn(me.timeZone);
  const load = number => api('GET', `/api/meetings?${new URLSearchParams({ from: shiftDays(today, -366), to: shiftDays(today, 366), page: number, pageSize: PAGE_SIZE })}`).then(numberedPage);
  const page = await load(1);
  const now = Date.now();
  const upcomingBox = h('div', { id: 'upcoming-box' });
  const pastBox = h('div', { id: 'past-box' });
  const all = [];
  const headings = [t('meetings.when'), t('meetings.format'), t('meetings.modality'), t('meetings.supervisees'), t('meetings.status'), t('meetings.open')];
  const draw = () => {
    const rows = list => list.map(m => ({ attrs: { 'data-meeting': m.id }, cells: [dateTime(m.startsAt), label('MeetingFormat', m.format),
      label('Modality', m.modality), (m.attendees || []).map(a => personName(a.superviseeId)).join(', '),
      label('MeetingStatus', m.status), h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, t('meetings.openMeeting', { when: dateTime(m.startsAt) }))] }));
    const upcoming = all.filter(m => new Date(m.startsAt).getTime() >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const past = all.filter(m => new Date(m.startsAt).getTime() < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    clear(upcomingBox, upcoming.length ? table('upcoming-meetings', null, headings, rows(upcoming)) : h('p', { class: 'muted' }, t('meetings.noneUpcoming')));
    clear(pastBox, past.length ? table('past-meetings', null, headings, rows(past)) : h('p', { class: 'muted' }, t('meetings.nonePast')));
  };
  all.push(...page.items);
  draw();
  return h('div', {}, h('h1', {}, t('meetings.title')), me.roles.includes('SUPERVISOR') ? planForm(today) : null,
    h('section', { 'aria-labelledby': 'upcoming-title' }, h('h2', { id: 'upcoming-title' }, t('meetings.upcoming')), upcomingBox),
    h('section', { 'aria-labelledby': 'past-title' }, h('h2', { id: 'past-title' }, t('meetings.past')), pastBox),
    pager(page.next, load, items => { all.push(...items); draw(); }));
}

function planForm(today) {
  const people = peopleWith(p => p.supervisee);
  const picks = people.map(p => {
    const box = h('input', { type: 'checkbox', id: `plan-supervisee-${p.userId}`, value: p.userId });
    return { box, node: h('label', { class: 'choice', for: box.id }, box, p.displayName) };
  });
  const supervisees = h('fieldset', { id: 'plan-supervisees' }, h('legend', {}, t('meetings.supervisees')),
    picks.length ? picks.map(p => p.node) : h('p', { class: 'muted' }, t('meetings.noSupervisees')));
  const starts = h('input', { type: 'datetime-local', id: 'plan-starts', value: `${today}T15:00` });
  const minutes = h('input', { type: 'number', id: 'plan-minutes', value: '60', min: '1', inputmode: 'numeric' });
  const format = h('select', { id: 'plan-format' }, codes('MeetingFormat').map(v => h('option', { value: v }, label('MeetingFormat', v))));
  const modality = h('select', { id: 'plan-modality' }, codes('Modality').map(v => h('option', { value: v }, label('Modality', v))));
  const summary = h('div');
  const errors = errorBinder(summary);
  for (const pointer of ['/supervisees', '/superviseeIds']) errors.add(pointer, picks[0]?.box || supervisees, t('meetings.supervisees'), supervisees.querySelector('legend'));
  errors.add('/startsAt', starts, t('meetings.startsAt'));
  errors.add('/durationMinutes', minutes, t('meetings.minutes'));
  errors.add('/format', format, t('meetings.format'));
  errors.add('/modality', modality, t('meetings.modality'));
  const submit = h('button', { type: 'submit', id: 'plan-submit' }, t('meetings.plan'));
  const form = h('form', { class: 'card', 'aria-labelledby': 'plan-title', novalidate: true }, h('h2', { id: 'plan-title' }, t('meetings.planTitle')),
    summary, supervisees,
    h('label', { for: 'plan-starts' }, t('meetings.startsAt')), starts, h('label', { for: 'plan-minutes' }, t('meetings.minutes')), minutes,
    h('label', { for: 'plan-format' }, t('meetings.format')), format, h('label', { for: 'plan-modality' }, t('meetings.modality')), modality,
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', e => {
    e.preventDefault();
    whileBusy(submit, t('app.working'), async () => {
      try {
        const meeting = await api('POST', '/api/meetings', {
          supervisees: picks.filter(p => p.box.checked).map(p => p.box.value), startsAt: starts.value,
          durationMinutes: Number(minutes.value), format: format.value, modality: modality.value,
        });
        announceOnNextPage(t('meetings.planned'));
        location.hash = `#/meetings/${encodeURIComponent(meeting.id)}`;
      } catch (error) { errors.show(error); }
    });
  });
  return form;
}

export { meetingView } from './meeting.js';
