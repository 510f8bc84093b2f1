// Renders any form the plugin publishes as JSON Schema 2020-12 plus an "x-ui" block
// (labels, help, widgets, order, groups, showWhen/requiredWhen conditions). The host knows
// no field of the form: everything comes from the schema. read() returns the document.
import { h, uid } from './dom.js';

export function schemaForm(schema, initial) {
  const ui = schema['x-ui'];
  const root = h('div', { class: 'schema-form' });
  const topControls = {};
  const state = { entries: [] };
  const entryUi = ui.entry;
  let entriesBox = null;

  for (const name of ui.order) {
    const field = ui.fields[name];
    if (field.widget === 'checkbox') {
      const id = uid();
      const box = h('input', { type: 'checkbox', id, checked: initial?.[name] === true });
      topControls[name] = { read: () => box.checked, input: box };
      root.append(h('div', { class: 'card' },
        h('label', { class: 'choice', for: id }, box, field.label),
        field.help ? h('p', { class: 'help' }, field.help) : null));
      box.addEventListener('change', refresh);
    } else if (field.widget === 'repeater') {
      entriesBox = h('div', { class: 'entries' });
      const add = h('button', { type: 'button', class: 'secondary' }, field.addLabel || 'Add');
      add.addEventListener('click', () => { addEntry({}); refresh(); });
      const wrapper = h('section', { 'aria-label': field.label },
        h('h2', {}, field.label), field.help ? h('p', { class: 'help' }, field.help) : null, entriesBox, add);
      topControls[name] = { read: () => state.entries.map(e => e.read()), wrapper, showWhen: field.showWhen };
      root.append(wrapper);
    }
  }

  function addEntry(value) {
    const entry = renderEntry(entryUi, value, state.entries.length, () => {
      state.entries.splice(state.entries.indexOf(entry), 1);
      entry.node.remove();
      renumber();
    });
    state.entries.push(entry);
    entriesBox.append(entry.node);
    renumber();
  }

  function renumber() {
    state.entries.forEach((entry, i) => entry.setIndex(i));
  }

  function refresh() {
    for (const [name, control] of Object.entries(topControls)) {
      if (control.showWhen && control.wrapper) {
        const other = topControls[control.showWhen.field];
        control.wrapper.hidden = !matches(control.showWhen, { [control.showWhen.field]: other?.read() });
      }
    }
    state.entries.forEach(e => e.refresh());
  }

  for (const value of initial?.entries || []) addEntry(value);
  refresh();

  return {
    node: root,
    read() {
      const doc = {};
      for (const [name, control] of Object.entries(topControls)) {
        if (control.wrapper && control.wrapper.hidden) continue;
        doc[name] = control.read();
      }
      if (doc.entries === undefined && topControls.entries) doc.entries = [];
      return doc;
    },
    addEntry: () => { addEntry({}); refresh(); },
  };
}

export function matches(condition, values) {
  const value = values[condition.field];
  if ('equals' in condition) return value === condition.equals || (condition.equals === false && value === undefined);
  if ('in' in condition) return condition.in.includes(value);
  if ('contains' in condition) return Array.isArray(value) && value.includes(condition.contains);
  return true;
}

function renderEntry(entryUi, value, index, onRemove) {
  const controls = {};
  const heading = h('legend', {});
  const node = h('fieldset', { class: 'entry card' }, heading);
  for (const group of entryUi.groups) {
    const box = h('fieldset', {}, h('legend', {}, group.label), group.help ? h('p', { class: 'help' }, group.help) : null);
    for (const name of group.fields) {
      const control = renderField(name, entryUi.fields[name], value?.[name], () => refresh());
      controls[name] = control;
      box.append(control.node);
    }
    node.append(box);
  }
  const remove = h('button', { type: 'button', class: 'secondary' }, 'Remove this disclosure');
  remove.addEventListener('click', onRemove);
  node.append(h('div', { class: 'actions' }, remove));

  function current() {
    const values = {};
    for (const [name, control] of Object.entries(controls)) values[name] = control.read();
    return values;
  }

  function refresh() {
    const values = current();
    for (const [name, control] of Object.entries(controls)) {
      const field = entryUi.fields[name];
      control.node.hidden = field.showWhen ? !matches(field.showWhen, values) : false;
      if (control.markRequired) {
        control.markRequired(field.required || (field.requiredWhen ? matches(field.requiredWhen, values) : false));
      }
      if (field.fixedWhen && matches(field.fixedWhen.when, values) && control.set) control.set(field.fixedWhen.value);
      if (control.refresh) control.refresh();
    }
  }

  return {
    node,
    refresh,
    setIndex(i) { heading.textContent = `Disclosure ${i + 1}`; node.dataset.index = String(i); },
    read() {
      const out = {};
      for (const [name, control] of Object.entries(controls)) {
        if (control.node.hidden) continue;
        const v = control.read();
        if (v === undefined || v === '' || v === null) continue;
        out[name] = v;
      }
      return out;
    },
  };
}

function renderField(name, field, value, changed) {
  switch (field.widget) {
    case 'radio': return radio(name, field, value, changed);
    case 'yesNo': return radio(name, { ...field, options: [{ value: true, label: 'Yes' }, { value: false, label: 'No' }] }, value, changed);
    case 'textarea': return textarea(name, field, value, changed);
    case 'checkboxes': return checkboxes(name, field, value, changed);
    case 'riskGrid': return riskGrid(name, field, value, changed);
    case 'group': return group(name, field, value, changed);
    default: return textarea(name, field, value, changed);
  }
}

function labelled(field, inner, legendTag = true) {
  const star = h('span', { class: 'req', 'aria-hidden': 'true' });
  const node = h('fieldset', { 'data-field': field.name },
    h('legend', {}, field.label, star),
    field.help ? h('p', { class: 'help' }, field.help) : null, inner);
  return { node, star };
}

function radio(name, field, value, changed) {
  const group = uid('r');
  const inputs = field.options.map(option => {
    const id = uid();
    const input = h('input', { type: 'radio', name: group, id, value: String(option.value), checked: value === option.value });
    input.addEventListener('change', changed);
    return { input, option, node: h('label', { class: 'choice', for: id, title: option.help || null }, input, option.label) };
  });
  const { node, star } = labelled({ ...field, name }, inputs.map(i => i.node));
  return {
    node,
    read: () => inputs.find(i => i.input.checked)?.option.value,
    set: v => inputs.forEach(i => { i.input.checked = i.option.value === v; }),
    markRequired: on => { star.textContent = on ? ' (required)' : ''; },
  };
}

function textarea(name, field, value, changed) {
  const id = uid();
  const input = h('textarea', { id, name, maxlength: field.maxLength || null });
  input.value = value ?? '';
  input.addEventListener('input', changed);
  const star = h('span', { class: 'req' });
  const node = h('div', { 'data-field': name },
    h('label', { for: id }, field.label, star),
    field.help ? h('p', { class: 'help', id: `${id}-help` }, field.help) : null, input);
  if (field.help) input.setAttribute('aria-describedby', `${id}-help`);
  return {
    node,
    read: () => (input.value.trim() === '' ? undefined : input.value),
    markRequired: on => { star.textContent = on ? ' (required)' : ''; },
  };
}

function checkboxes(name, field, value, changed) {
  const chosen = new Set(value || []);
  const inputs = field.options.map(option => {
    const id = uid();
    const input = h('input', { type: 'checkbox', id, value: option.value, checked: chosen.has(option.value) });
    input.addEventListener('change', changed);
    return { input, option, node: h('label', { class: 'choice', for: id, title: option.help || null }, input, option.label) };
  });
  const { node, star } = labelled({ ...field, name }, inputs.map(i => i.node));
  return {
    node,
    read: () => { const v = inputs.filter(i => i.input.checked).map(i => i.option.value); return v.length ? v : undefined; },
    markRequired: on => { star.textContent = on ? ' (required)' : ''; },
  };
}

function riskGrid(name, field, value, changed) {
  const rows = field.risks.map(risk => {
    const level = radio(`${name}.${risk.id}`, { label: risk.label, help: risk.help, options: field.levels },
      value?.[risk.id]?.level, () => { refreshNote(); changed(); });
    const note = textarea(`${name}.${risk.id}.note`, field.note, value?.[risk.id]?.note, changed);
    function refreshNote() { note.node.hidden = !matches(field.note.showWhen, { level: level.read() }); }
    refreshNote();
    return { risk, level, note, refreshNote, node: h('div', { class: 'risk' }, level.node, note.node) };
  });
  const { node } = labelled({ ...field, name }, rows.map(r => r.node));
  return {
    node,
    refresh: () => rows.forEach(r => r.refreshNote()),
    read() {
      const out = {};
      for (const row of rows) {
        const level = row.level.read();
        if (level === undefined) continue;
        out[row.risk.id] = { level };
        const note = row.note.node.hidden ? undefined : row.note.read();
        if (note) out[row.risk.id].note = note;
      }
      return Object.keys(out).length ? out : undefined;
    },
  };
}

function group(name, field, value, changed) {
  const text = textarea(`${name}.text`, field.text, value?.text, changed);
  const rating = radio(`${name}.rating`, field.rating, value?.rating, changed);
  const { node } = labelled({ ...field, name }, [text.node, rating.node]);
  return {
    node,
    read() {
      const out = {};
      const t = text.read();
      const r = rating.read();
      if (t !== undefined) out.text = t;
      if (r !== undefined) out.rating = r;
      return Object.keys(out).length ? out : undefined;
    },
  };
}
