// Supervision meetings: the list with a planning form, and one meeting with agenda, the
// supervisor's case notes, action items and signing. What each user sees is the plugin's rule.
import { api } from '../api.js';
import { h, clear, problemList, toast } from '../dom.js';

export async function meetingsView(me) {
  const meetings = await api('GET', '/api/meetings');
  const list = h('table', { id: 'meetings' },
    h('thead', {}, h('tr', {}, ['When', 'Format', 'Modality', 'Supervisees', 'Status', ''].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, meetings.map(m => h('tr', {}, h('td', {}, new Date(m.startsAt).toLocaleString()), h('td', {}, m.format),
      h('td', {}, m.modality), h('td', {}, (m.attendees || []).map(a => a.superviseeId).join(', ')), h('td', {}, m.status),
      h('td', {}, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, 'Open'))))));
  return h('div', {}, h('h1', {}, 'Supervision meetings'), me.roles.includes('SUPERVISOR') ? planForm() : null, list);
}

function planForm() {
  const supervisees = h('input', { type: 'text', id: 'plan-supervisees', value: 'clinician-1' });
  const starts = h('input', { type: 'datetime-local', id: 'plan-starts' });
  const minutes = h('input', { type: 'number', id: 'plan-minutes', value: '60', min: '1' });
  const format = h('select', { id: 'plan-format' }, ['INDIVIDUAL', 'GROUP', 'TRIADIC'].map(v => h('option', { value: v }, v.toLowerCase())));
  const modality = h('select', { id: 'plan-modality' }, ['IN_PERSON', 'VIDEO', 'PHONE'].map(v => h('option', { value: v }, v.replace('_', ' ').toLowerCase())));
  const errors = h('div');
  const form = h('form', { class: 'card', 'aria-labelledby': 'plan-title' }, h('h2', { id: 'plan-title' }, 'Plan a meeting'),
    h('label', { for: 'plan-supervisees' }, 'Supervisees (comma separated ids)'), supervisees,
    h('label', { for: 'plan-starts' }, 'Starts at'), starts, h('label', { for: 'plan-minutes' }, 'Minutes'), minutes,
    h('label', { for: 'plan-format' }, 'Format'), format, h('label', { for: 'plan-modality' }, 'Modality'), modality, errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'plan-submit' }, 'Plan meeting')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const meeting = await api('POST', '/api/meetings', {
        supervisees: supervisees.value.split(',').map(s => s.trim()).filter(Boolean), startsAt: starts.value,
        durationMinutes: Number(minutes.value), format: format.value, modality: modality.value,
      });
      location.hash = `#/meetings/${encodeURIComponent(meeting.id)}`;
    } catch (error) { clear(errors, problemList(error)); }
  });
  return form;
}

export async function meetingView(me, id) {
  const path = `/api/meetings/${encodeURIComponent(id)}`;
  const meeting = await api('GET', path);
  const errors = h('div', { id: 'meeting-errors' });
  const mine = me.userId === meeting.supervisorId;
  const act = async (method, suffix, body) => {
    try { await api(method, `${path}${suffix}`, { version: meeting.version, ...body }); toast('Saved.'); location.reload(); } catch (error) { clear(errors, problemList(error)); }
  };
  const editing = mine && meeting.status === 'HELD';
  const notes = new Map();
  const agenda = (meeting.agenda || []).map(item => {
    const discussion = h('textarea', { id: `discussion-${item.id}` });
    discussion.value = item.discussion || '';
    const feedback = h('textarea', { id: `feedback-${item.id}` });
    feedback.value = item.feedback || '';
    notes.set(item.id, { discussion, feedback });
    return h('li', { class: 'card', 'data-item': item.id },
      h('strong', {}, item.topic || (item.sessionDate ? `Note of ${item.sessionDate} (${item.superviseeId})` : item.kind)),
      item.reason ? h('span', { class: 'muted' }, ` · ${item.reason.replaceAll('_', ' ').toLowerCase()}`) : '',
      item.flagRuleIds && item.flagRuleIds.length ? h('span', { class: 'badge sev-WARNING' }, ` ${item.flagRuleIds.join(', ')}`) : '',
      editing ? [h('label', { for: `discussion-${item.id}` }, 'Discussion'), discussion, h('label', { for: `feedback-${item.id}` }, 'Feedback'), feedback]
        : [item.discussion ? h('p', { class: 'note-text' }, item.discussion) : null,
          item.feedback ? h('p', {}, h('em', {}, 'Feedback: '), item.feedback) : null]);
  });
  const overall = h('textarea', { id: 'overall-feedback' });
  overall.value = meeting.overallFeedback || '';
  const actions = (meeting.actionItems || []).map(a => {
    const done = h('button', { type: 'button', class: 'secondary', 'data-complete': a.id }, 'Mark done');
    done.addEventListener('click', () => act('POST', `/action-items/${encodeURIComponent(a.id)}/complete`, {}));
    return h('tr', {}, h('td', {}, a.text), h('td', {}, a.ownerId), h('td', {}, a.dueDate || ''),
      h('td', {}, a.closedInMeetingId ? 'done' : (mine && meeting.status !== 'SIGNED' ? done : 'open')));
  });
  const controls = [];
  if (mine && meeting.status === 'PLANNED') {
    const topic = h('input', { type: 'text', id: 'new-topic' });
    controls.push(button('propose-agenda', 'Propose agenda from recent notes', () => act('POST', '/agenda/propose', {})),
      h('label', { for: 'new-topic' }, 'Free topic'), topic,
      button('add-topic', 'Add topic', () => act('POST', '/agenda/topics', { topic: topic.value }), 'secondary'),
      button('mark-held', 'Mark held', () => act('POST', '/held', {})));
  }
  if (editing) {
    const text = h('input', { type: 'text', id: 'action-text' });
    const owner = h('input', { type: 'text', id: 'action-owner', value: (meeting.attendees[0] || {}).superviseeId || '' });
    const due = h('input', { type: 'date', id: 'action-due' });
    controls.push(h('label', { for: 'overall-feedback' }, 'Overall feedback'), overall,
      button('save-case-notes', 'Save case notes', () => act('PUT', '/case-notes', {
        overallFeedback: overall.value,
        items: [...notes].map(([agendaItemId, n]) => ({ agendaItemId, discussion: n.discussion.value, feedback: n.feedback.value })),
      })),
      h('h3', {}, 'New action item'), h('label', { for: 'action-text' }, 'Action'), text,
      h('label', { for: 'action-owner' }, 'Owner'), owner, h('label', { for: 'action-due' }, 'Due'), due,
      button('add-action', 'Add action item', () => act('POST', '/action-items', { text: text.value, ownerId: owner.value, dueDate: due.value }), 'secondary'),
      button('meeting-sign', 'Sign meeting', () => act('POST', '/sign', {})));
  }
  return h('div', {}, h('h1', {}, `Meeting of ${new Date(meeting.startsAt).toLocaleString()}`),
    h('p', {}, `${meeting.format} · ${meeting.modality} · ${meeting.durationMinutes} min · ${meeting.status}`),
    h('p', {}, 'Attendees: ', (meeting.attendees || []).map(a => `${a.superviseeId} (${a.attendance.toLowerCase()})`).join(', ')),
    h('h2', {}, 'Agenda and case notes'), h('ol', { id: 'agenda' }, agenda),
    !editing && meeting.overallFeedback ? h('section', { class: 'card' }, h('h2', {}, 'Overall feedback'), h('p', {}, meeting.overallFeedback)) : null,
    h('h2', {}, 'Action items'),
    h('table', { id: 'action-items' }, h('thead', {}, h('tr', {}, ['Action', 'Owner', 'Due', 'Status'].map(t => h('th', { scope: 'col' }, t)))), h('tbody', {}, actions)),
    controls.length ? h('section', { class: 'card' }, h('h2', {}, 'Supervisor actions'), controls) : null, errors);
}

function button(id, text, onclick, kind) {
  const b = h('button', { type: 'button', id, class: kind || null }, text);
  b.addEventListener('click', onclick);
  return b;
}
