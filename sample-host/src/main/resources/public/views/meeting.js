// One supervision meeting. The supervisor records attendance per supervisee, writes case notes
// per agenda item, adds action items and signs with their password under the attestation; an
// action item's owner marks it done. Typed case notes are saved before any other action.
import { api } from '../api.js';
import { h, clear, announce, refreshView, whileBusy, table } from '../dom.js';
import { t, date, dateTime, number } from '../i18n.js';
import { label, codes, personName } from '../vocabulary.js';
import { errorBinder, messageOf } from '../errors.js';
import { guardUnsaved } from './unsaved.js';
import { signatureList } from './common.js';

export async function meetingView(me, id) {
  const path = `/api/meetings/${encodeURIComponent(id)}`;
  const meeting = await api('GET', path);
  // The stored signature fills its place once read, so the page is drawn without waiting.
  const signed = h('div', { id: 'meeting-signature-slot' });
  if (meeting.status === 'SIGNED') {
    api('GET', `${path}/signature`).then(s => clear(signed, signatureList([s], 'meeting-signature'))).catch(() => null);
  }
  const summary = h('div', { id: 'meeting-errors' });
  const errors = errorBinder(summary);
  const mine = me.userId === meeting.supervisorId;
  const editing = mine && meeting.status === 'HELD';
  let version = meeting.version;

  const notes = new Map();
  const overall = h('textarea', { id: 'overall-feedback' });
  overall.value = meeting.overallFeedback || '';
  const caseNotes = () => ({
    overallFeedback: overall.value,
    items: [...notes].map(([agendaItemId, n]) => ({ agendaItemId, discussion: n.discussion.value, feedback: n.feedback.value })),
  });
  let savedNotes = '';
  const dirty = () => editing && JSON.stringify(caseNotes()) !== savedNotes;

  async function saveNotesIfChanged() {
    if (!dirty()) return;
    const saved = await api('PUT', `${path}/case-notes`, { version, ...caseNotes() });
    version = saved.version;
    savedNotes = JSON.stringify(caseNotes());
  }

  // Every action saves typed case notes first, then acts on the version that save produced.
  const act = (button, method, suffix, body, done) => whileBusy(button, t('app.working'), async () => {
    errors.clear();
    try {
      await saveNotesIfChanged();
      await api(method, `${path}${suffix}`, { version, ...body });
      announce(done);
      refreshView();
    } catch (error) { errors.show(error); announce(messageOf(error), 'bad'); }
  });

  // One entry per note: a note proposed for several reasons is shown once, with all of them.
  const byNote = new Map();
  const items = [];
  for (const item of meeting.agenda || []) {
    const first = item.noteId ? byNote.get(item.noteId) : null;
    if (first) {
      first.allReasons.push(...(item.reasons || (item.reason ? [item.reason] : [])));
      first.allRules = [...new Set([...first.allRules, ...(item.flagRuleIds || [])])];
      continue;
    }
    const entry = { ...item, allReasons: [...(item.reasons || (item.reason ? [item.reason] : []))], allRules: [...(item.flagRuleIds || [])] };
    if (item.noteId) byNote.set(item.noteId, entry);
    items.push(entry);
  }
  const agenda = items.map(item => {
    const discussion = h('textarea', { id: `discussion-${item.id}` });
    discussion.value = item.discussion || '';
    const feedback = h('textarea', { id: `feedback-${item.id}` });
    feedback.value = item.feedback || '';
    if (editing) notes.set(item.id, { discussion, feedback });
    const reasons = [...new Set(item.allReasons)];
    const title = item.topic ? h('span', { 'data-user': '' }, item.topic)
      : item.noteId ? h('a', { href: `#/review/${encodeURIComponent(item.noteId)}` }, t('meeting.noteOf', { date: date(item.sessionDate), who: personName(item.superviseeId) }))
        : label('AgendaItemKind', item.kind);
    return h('li', { class: 'card agenda-item', 'data-item': item.id },
      h('p', { class: 'agenda-head' }, h('span', { class: 'badge' }, label('AgendaItemKind', item.kind)), ' ', h('strong', {}, title)),
      reasons.length ? h('p', { class: 'muted' }, reasons.map(r => label('AgendaReason', r)).join(' · ')) : null,
      item.allRules.length ? h('p', {}, item.allRules.map(r => h('span', { class: 'badge sev-warning' }, label('FlagRule', r)))) : null,
      editing ? [h('label', { for: `discussion-${item.id}` }, t('meeting.discussion')), discussion,
        h('label', { for: `feedback-${item.id}` }, t('meeting.feedback')), feedback]
        : [item.discussion ? h('p', { class: 'note-text', 'data-user': '' }, item.discussion) : null,
          item.feedback ? h('p', {}, h('em', {}, `${t('meeting.feedback')}: `), h('span', { 'data-user': '' }, item.feedback)) : null]);
  });

  savedNotes = JSON.stringify(caseNotes());
  const attendance = attendanceSection(meeting, mine && meeting.status !== 'SIGNED', act);
  const actions = (meeting.actionItems || []).map(a => {
    // The owner marks their own item done at any time; the supervisor closes it in a later meeting.
    const own = a.ownerId === me.userId;
    const carried = mine && meeting.status !== 'SIGNED' && a.raisedInMeetingId && a.raisedInMeetingId !== meeting.id;
    const canClose = !a.closedInMeetingId && !a.closedAt && (own || carried);
    const done = h('button', { type: 'button', class: 'secondary small', 'data-complete': a.id }, t('meeting.markDone'));
    done.addEventListener('click', () => (own
      ? whileBusy(done, t('app.working'), async () => {
        errors.clear();
        try {
          await api('POST', `/api/action-items/${encodeURIComponent(a.id)}/done`, {});
          announce(t('meeting.actionDone'));
          refreshView();
        } catch (error) { errors.show(error); announce(messageOf(error), 'bad'); }
      })
      : act(done, 'POST', `/action-items/${encodeURIComponent(a.id)}/complete`, {}, t('meeting.actionDone'))));
    return [h('span', { 'data-user': '' }, a.text), personName(a.ownerId), a.dueDate ? date(a.dueDate) : '', a.closedInMeetingId || a.closedAt ? t('meeting.done') : (canClose ? done : t('meeting.openItem'))];
  });
  const controls = [];
  if (mine && meeting.status === 'PLANNED') {
    const topic = h('input', { type: 'text', id: 'new-topic' });
    errors.add('/topic', topic, t('meeting.topic'));
    controls.push(button('propose-agenda', t('meeting.propose'), b => act(b, 'POST', '/agenda/propose', {}, t('meeting.proposed'))),
      h('label', { for: 'new-topic' }, t('meeting.topic')), topic,
      h('div', { class: 'actions' }, button('add-topic', t('meeting.addTopic'), b => act(b, 'POST', '/agenda/topics', { topic: topic.value }, t('meeting.topicAdded')), 'secondary')),
      h('div', { class: 'actions' }, button('mark-held', t('meeting.markHeld'), b => act(b, 'POST', '/held', {}, t('meeting.held')))));
  }
  if (editing) controls.push(...heldControls(meeting, overall, errors, act, whileBusySave));
  guardUnsaved(dirty);

  function whileBusySave(b) {
    return whileBusy(b, t('app.working'), async () => {
      errors.clear();
      try { await api('PUT', `${path}/case-notes`, { version, ...caseNotes() }); announce(t('meeting.notesSaved')); refreshView(); } catch (error) { errors.show(error); }
    });
  }

  return h('div', {}, h('h1', {}, t('meeting.heading', { when: dateTime(meeting.startsAt) })),
    h('p', { id: 'meeting-facts' }, [label('MeetingFormat', meeting.format), label('Modality', meeting.modality),
      t('meeting.minutes', { n: number(meeting.durationMinutes) }), label('MeetingStatus', meeting.status)].join(' · '),
    meeting.supervisorId ? ` · ${t('meeting.supervisor', { who: personName(meeting.supervisorId) })}` : ''),
    summary, signed, attendance,
    h('h2', {}, t('meeting.agenda')), agenda.length ? h('ol', { id: 'agenda', class: 'plain' }, agenda) : h('p', { class: 'muted' }, t('meeting.noAgenda')),
    !editing && meeting.overallFeedback ? h('section', { class: 'card' }, h('h2', {}, t('meeting.overall')), h('p', { 'data-user': '' }, meeting.overallFeedback)) : null,
    h('h2', {}, t('meeting.actionItems')),
    actions.length ? table('action-items', null, [t('meeting.action'), t('meeting.owner'), t('meeting.due'), t('meeting.status')], actions)
      : h('p', { class: 'muted' }, t('meeting.noActions')),
    controls.length ? h('section', { class: 'card', 'aria-labelledby': 'controls-title' }, h('h2', { id: 'controls-title' }, t('meeting.supervisorActions')), controls) : null);
}

function attendanceSection(meeting, editable, act) {
  const rows = (meeting.attendees || []).map(a => {
    const name = personName(a.superviseeId);
    const choices = codes('Attendance').map(code => {
      const input = h('input', { type: 'radio', name: `attendance-${a.superviseeId}`, value: code, id: `attendance-${a.superviseeId}-${code}`, checked: a.attendance === code, disabled: !editable });
      return { input, node: h('label', { class: 'choice', for: input.id }, input, label('Attendance', code)) };
    });
    return { a, choices, node: h('fieldset', { class: 'inline', 'data-attendee': a.superviseeId }, h('legend', {}, name), choices.map(c => c.node)) };
  });
  const save = button('save-attendance', t('meeting.saveAttendance'), b => act(b, 'PUT', '/attendance', {
    attendance: Object.fromEntries(rows.map(r => [r.a.superviseeId, r.choices.find(c => c.input.checked)?.input.value || r.a.attendance])),
  }, t('meeting.attendanceSaved')), 'secondary');
  return h('section', { class: 'card', id: 'attendance', 'aria-labelledby': 'attendance-title' }, h('h2', { id: 'attendance-title' }, t('meeting.attendance')),
    rows.map(r => r.node), editable ? h('div', { class: 'actions' }, save) : null);
}

function heldControls(meeting, overall, errors, act, saveNotes) {
  const text = h('input', { type: 'text', id: 'action-text' });
  const owner = h('select', { id: 'action-owner' }, (meeting.attendees || []).map(a => h('option', { value: a.superviseeId }, personName(a.superviseeId))));
  const due = h('input', { type: 'date', id: 'action-due' });
  const password = h('input', { type: 'password', id: 'meeting-password', autocomplete: 'current-password' });
  errors.add('/text', text, t('meeting.action'));
  errors.add('/ownerId', owner, t('meeting.owner'));
  errors.add('/dueDate', due, t('meeting.due'));
  errors.add('/password', password, t('cosign.password'));
  errors.add('/overallFeedback', overall, t('meeting.overall'));
  return [h('label', { for: 'overall-feedback' }, t('meeting.overall')), overall,
    h('div', { class: 'actions' }, button('save-case-notes', t('meeting.saveNotes'), saveNotes)),
    h('h3', {}, t('meeting.newAction')), h('label', { for: 'action-text' }, t('meeting.action')), text,
    h('label', { for: 'action-owner' }, t('meeting.owner')), owner, h('label', { for: 'action-due' }, t('meeting.due')), due,
    h('div', { class: 'actions' }, button('add-action', t('meeting.addAction'), b => act(b, 'POST', '/action-items', { text: text.value, ownerId: owner.value, dueDate: due.value || null }, t('meeting.actionAdded')), 'secondary')),
    h('h3', {}, t('meeting.signTitle')), h('p', {}, t('meeting.signIntro')),
    h('blockquote', { class: 'attestation', id: 'meeting-attestation' }, meeting.signAttestationText || meeting.attestationText || t('cosign.attestationMissing')),
    h('label', { for: 'meeting-password' }, t('cosign.password')), password,
    h('div', { class: 'actions' }, button('meeting-sign', t('meeting.sign'), b => act(b, 'POST', '/sign', { password: password.value }, t('meeting.signed'))))];
}

function button(id, text, onclick, kind) {
  const b = h('button', { type: 'button', id, class: kind || null }, text);
  b.addEventListener('click', () => onclick(b));
  return b;
}
