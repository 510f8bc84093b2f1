// Hours log, packet export and the admin's policy and audit page.
import { api, download } from '../api.js';
import { h, clear, problemList, toast } from '../dom.js';

function isoDaysAgo(days) {
  return new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
}

export async function hoursView(me) {
  const supervisee = h('input', { type: 'text', id: 'hours-supervisee', value: me.roles.includes('CLINICIAN') && !me.roles.includes('SUPERVISOR') ? me.userId : 'clinician-1' });
  const from = h('input', { type: 'date', id: 'hours-from', value: isoDaysAgo(90) });
  const to = h('input', { type: 'date', id: 'hours-to', value: isoDaysAgo(0) });
  const out = h('div', { id: 'hours-result' });
  const form = h('form', { class: 'card filters', 'aria-label': 'Period' },
    h('div', {}, h('label', { for: 'hours-supervisee' }, 'Supervisee'), supervisee),
    h('div', {}, h('label', { for: 'hours-from' }, 'From'), from),
    h('div', {}, h('label', { for: 'hours-to' }, 'To'), to),
    h('div', {}, h('button', { type: 'submit', id: 'hours-show' }, 'Show')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const log = await api('GET', `/api/hours?${new URLSearchParams({ supervisee: supervisee.value, from: from.value, to: to.value })}`);
      clear(out, hoursTables(log));
    } catch (error) { clear(out, problemList(error)); }
  });
  return h('div', {}, h('h1', {}, 'Supervision hours'), form, out);
}

function hoursTables(log) {
  return h('div', {},
    h('table', { id: 'hours-totals' }, h('caption', {}, 'Totals'),
      h('thead', {}, h('tr', {}, ['Format', 'Modality', 'Meetings', 'Hours'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, (log.totals || []).map(t => h('tr', {}, h('td', {}, t.format), h('td', {}, t.modality),
        h('td', {}, t.meetings), h('td', {}, t.hours)))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: 3 }, 'All'), h('td', {}, log.totalHours)))),
    h('h2', {}, 'Meetings'),
    h('table', {}, h('thead', {}, h('tr', {}, ['Date', 'Format', 'Modality', 'Present', 'Hours'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, (log.meetings || []).map(m => h('tr', {}, h('td', {}, m.date), h('td', {}, m.format),
        h('td', {}, m.modality), h('td', {}, m.present ? 'yes' : 'no'), h('td', {}, m.hours))))));
}

export async function packetView(me) {
  const supervisees = h('input', { type: 'text', id: 'packet-supervisees', value: 'clinician-1' });
  const from = h('input', { type: 'date', id: 'packet-from', value: isoDaysAgo(28) });
  const to = h('input', { type: 'date', id: 'packet-to', value: isoDaysAgo(0) });
  const identity = h('select', { id: 'packet-identity' }, ['CODED', 'INITIALS', 'FULL'].map(v => h('option', { value: v }, v.toLowerCase())));
  const locale = h('select', { id: 'packet-locale' }, h('option', { value: 'en' }, 'English'), h('option', { value: 'es' }, 'Español'));
  const errors = h('div');
  const form = h('form', { class: 'card', 'aria-labelledby': 'packet-title' },
    h('h1', { id: 'packet-title' }, 'Export a review packet'),
    h('label', { for: 'packet-supervisees' }, 'Supervisee ids (comma separated)'), supervisees,
    h('label', { for: 'packet-from' }, 'From'), from,
    h('label', { for: 'packet-to' }, 'To'), to,
    h('label', { for: 'packet-identity' }, 'Client identity'), identity,
    h('p', { class: 'help' }, 'Coded replaces client names with a stable code that cannot be reversed without the practice key.'),
    h('label', { for: 'packet-locale' }, 'Language'), locale, errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'packet-export' }, 'Export PDF')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const file = await download('/api/packets', {
        supervisees: supervisees.value.split(',').map(s => s.trim()).filter(Boolean),
        from: from.value, to: to.value, identity: identity.value, locale: locale.value,
      }, 'packet.pdf');
      clear(errors);
      toast(`Downloaded ${file.name} (${file.size} bytes).`);
    } catch (error) { clear(errors, problemList(error)); }
  });
  return form;
}

export async function adminView() {
  const [policy, audit] = await Promise.all([api('GET', '/api/policy'), api('GET', '/api/audit/verify')]);
  const text = h('textarea', { id: 'policy-json', rows: 18 });
  text.value = JSON.stringify(policy.document, null, 2);
  const errors = h('div');
  const save = h('button', { type: 'button', id: 'policy-save' }, 'Save policy');
  save.addEventListener('click', async () => {
    try {
      let document;
      try { document = JSON.parse(text.value); } catch (parse) { throw { detail: `Not valid JSON: ${parse.message}` }; }
      const saved = await api('PUT', '/api/policy', { expectedVersion: policy.version, document });
      toast(`Policy version ${saved.version} saved.`);
      clear(errors);
    } catch (error) { clear(errors, problemList(error)); }
  });
  return h('div', {}, h('h1', {}, 'Policy and audit'),
    h('section', { class: 'card', id: 'audit-status' }, h('h2', {}, 'Audit trail'),
      h('p', {}, audit.intact ? `Chain intact: ${audit.eventCount} events.` : `Chain broken: ${audit.message}`)),
    h('section', { class: 'card' }, h('h2', {}, `Review policy (version ${policy.version})`),
      h('label', { for: 'policy-json' }, 'Policy document (JSON)'), text, errors, h('div', { class: 'actions' }, save)));
}
