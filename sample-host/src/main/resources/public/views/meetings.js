// Supervision meetings: the list, and one meeting with agenda, case notes and action items.
import { api } from '../api.js';
import { h, clear, problemList, toast } from '../dom.js';

export async function meetingsView() {
  const meetings = await api('GET', '/api/meetings');
  return h('div', {}, h('h1', {}, 'Supervision meetings'),
    h('table', { id: 'meetings' }, h('thead', {}, h('tr', {}, ['When', 'Format', 'Modality', 'Supervisees', 'Status', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, meetings.map(m => h('tr', {}, h('td', {}, new Date(m.startsAt).toLocaleString()), h('td', {}, m.format),
        h('td', {}, m.modality), h('td', {}, (m.attendees || []).map(a => a.superviseeId).join(', ')), h('td', {}, m.status),
        h('td', {}, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, 'Open')))))));
}

export async function meetingView(me, id) {
  const meeting = await api('GET', `/api/meetings/${encodeURIComponent(id)}`);
  const errors = h('div');
  const agenda = (meeting.agenda || []).map(item => h('li', { class: 'card' },
    h('strong', {}, item.topic || (item.sessionDate ? `Note of ${item.sessionDate} (${item.superviseeId})` : item.kind)),
    item.reason ? h('span', { class: 'muted' }, ` · ${item.reason.replaceAll('_', ' ').toLowerCase()}`) : '',
    item.flagRuleIds && item.flagRuleIds.length ? h('span', { class: 'badge sev-WARNING' }, ` ${item.flagRuleIds.join(', ')}`) : '',
    item.discussion ? h('p', { class: 'note-text' }, item.discussion) : null,
    item.feedback ? h('p', {}, h('em', {}, 'Feedback: '), item.feedback) : null));
  const actions = (meeting.actionItems || []).map(a => h('tr', {}, h('td', {}, a.text), h('td', {}, a.ownerId),
    h('td', {}, a.dueDate || ''), h('td', {}, a.closedInMeetingId ? 'done' : 'open')));
  const sign = h('button', { type: 'button', id: 'meeting-sign' }, 'Sign meeting');
  sign.addEventListener('click', async () => {
    try { await api('POST', `/api/meetings/${encodeURIComponent(id)}/sign`, { version: meeting.version }); toast('Signed.'); location.reload(); } catch (error) { clear(errors, problemList(error)); }
  });
  return h('div', {}, h('h1', {}, `Meeting of ${new Date(meeting.startsAt).toLocaleString()}`),
    h('p', {}, `${meeting.format} · ${meeting.modality} · ${meeting.durationMinutes} min · ${meeting.status}`),
    h('p', {}, 'Attendees: ', (meeting.attendees || []).map(a => `${a.superviseeId} (${a.attendance.toLowerCase()})`).join(', ')),
    h('h2', {}, 'Agenda and case notes'), h('ol', { id: 'agenda' }, agenda),
    meeting.overallFeedback ? h('section', { class: 'card' }, h('h2', {}, 'Overall feedback'), h('p', {}, meeting.overallFeedback)) : null,
    h('h2', {}, 'Action items'),
    h('table', { id: 'action-items' }, h('thead', {}, h('tr', {}, ['Action', 'Owner', 'Due', 'Status'].map(t => h('th', { scope: 'col' }, t)))), h('tbody', {}, actions)),
    errors, meeting.status === 'HELD' && me.userId === meeting.supervisorId ? h('div', { class: 'actions' }, sign) : null);
}
