// Renders any form the plugin publishes as JSON Schema 2020-12 plus an "x-ui" block
// (labels, help, widgets, order, groups, showWhen/requiredWhen conditions). The host knows
// no field of the form: everything comes from the schema. read() returns the document;
// fieldAt(pointer) finds the control a problem's JSON pointer speaks of.
import { h, uid } from './dom.js';
import { t } from './i18n.js';

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
      topControls[name] = { read: () => box.checked, input: box, label: field.label };
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
      topControls[name] = { read: () => state.entries.map(e => e.read()), wrapper, showWhen: field.showWhen, input: add, label: field.label };
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
    onChange(listener) { root.addEventListener('input', listener); root.addEventListener('change', listener); },
    fieldAt(pointer) {
      const parts = pointer.replace(/^\/section(?=\/|$)/, '').split('/').slice(1);
      if (parts.length === 0) return null;
      const top = topControls[parts[0]];
      if (!top) return null;
      if (parts[0] === 'entries' && parts.length > 1) {
        const entry = state.entries[Number(parts[1])];
        if (entry) return entry.fieldAt(parts.slice(2)) || entry.whole();
      }
      return { control: top.input, label: top.label, box: top.input.closest('label') || top.input };
    },
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
  const remove = h('button', { type: 'button', class: 'secondary' }, t('disclosure.remove'));
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
    setIndex(i) { heading.textContent = t('disclosure.title', { n: i + 1 }); node.dataset.index = String(i); },
    whole: () => ({ control: remove, label: heading.textContent, box: heading }),
    fieldAt(path) {
      const control = controls[path[0]];
      if (!control) return null;
      const inner = control.fieldAt ? control.fieldAt(path.slice(1)) : null;
      if (inner) return { ...inner, label: `${heading.textContent} – ${inner.label}` };
      return { control: control.focusable(), label: `${heading.textContent} – ${entryUi.fields[path[0]].label}`, box: control.node.querySelector('legend, label') };
    },
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
    case 'yesNo': return radio(name, { ...field, options: [{ value: true, label: t('common.yes') }, { value: false, label: t('common.no') }] }, value, changed);
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
    markRequired: on => { star.textContent = on ? ` ${t('form.required')}` : ''; },
    focusable: () => inputs[0].input,
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
    markRequired: on => { star.textContent = on ? ` ${t('form.required')}` : ''; },
    focusable: () => input,
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
    markRequired: on => { star.textContent = on ? ` ${t('form.required')}` : ''; },
    focusable: () => inputs[0].input,
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
    focusable: () => rows[0].level.focusable(),
    fieldAt(path) {
      const row = rows.find(r => r.risk.id === path[0]);
      if (!row) return null;
      const part = path[1] === 'note' ? row.note : row.level;
      return { control: part.focusable(), label: `${field.label} – ${row.risk.label}`, box: part.node.querySelector('legend, label') };
    },
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
    focusable: () => text.focusable(),
    fieldAt(path) {
      const part = path[0] === 'rating' ? rating : text;
      const partField = path[0] === 'rating' ? field.rating : field.text;
      return { control: part.focusable(), label: `${field.label} – ${partField.label}`, box: part.node.querySelector('legend, label') };
    },
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

/**
 * A form for any plain JSON Schema object (the policy): nested objects become groups, integers
 * number inputs, strings text areas, booleans check boxes, arrays of enumerated strings check
 * boxes, enumerated strings a select. Labels and help come from each schema's title and description, option labels from
 * x-enumLabels (or oneOf const/title). read() returns the document; fieldAt(pointer) the control.
 */
export function objectForm(schema, value) {
  const byPointer = new Map();
  const root = h('div', { class: 'schema-form object-form' });
  const readers = [];
  for (const [name, sub] of ordered(schema)) {
    const part = property(`/${name}`, name, sub, value?.[name], byPointer);
    readers.push([name, part.read]);
    root.append(part.node);
  }
  return {
    node: root,
    read: () => Object.fromEntries(readers.map(([name, read]) => [name, read()]).filter(([, v]) => v !== undefined)),
    fieldAt(pointer) {
      for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) if (byPointer.has(p)) return byPointer.get(p);
      return null;
    },
    onChange(listener) { root.addEventListener('input', listener); root.addEventListener('change', listener); },
  };
}

// The properties of an object schema in the order its x-ui block gives, else as written.
function ordered(schema) {
  const properties = schema.properties || {};
  const order = schema['x-ui']?.order || Object.keys(properties);
  return order.filter(name => properties[name]).map(name => [name, properties[name]]);
}

function enumOptions(schema) {
  const items = schema.items || {};
  if (items.oneOf) return items.oneOf.map(o => ({ value: o.const, label: o.title || String(o.const) }));
  const labels = schema['x-ui']?.optionLabels || items['x-enumLabels'] || schema['x-enumLabels'] || {};
  return (items.enum || []).map(v => ({ value: v, label: labels[v] || String(v) }));
}

function property(pointer, name, schema, value, byPointer) {
  const title = schema.title || name;
  const help = schema.description ? h('p', { class: 'help', id: uid('help') }, schema.description) : null;
  const type = Array.isArray(schema.type) ? schema.type.find(x => x !== 'null') : schema.type;
  if (type === 'object') {
    const parts = ordered(schema).map(([key, sub]) => [key, property(`${pointer}/${key}`, key, sub, value?.[key], byPointer)]);
    const node = h('fieldset', { class: 'card', 'data-pointer': pointer }, h('legend', {}, title), help, parts.map(([, p]) => p.node));
    return { node, read: () => Object.fromEntries(parts.map(([key, p]) => [key, p.read()]).filter(([, v]) => v !== undefined)) };
  }
  if (type === 'array') {
    const chosen = new Set(value || []);
    const inputs = enumOptions(schema).map(option => {
      const input = h('input', { type: 'checkbox', id: uid(), value: String(option.value), checked: chosen.has(option.value) });
      return { input, option, node: h('label', { class: 'choice', for: input.id }, input, option.label) };
    });
    const legend = h('legend', {}, title);
    const node = h('fieldset', { 'data-pointer': pointer }, legend, help, inputs.map(i => i.node));
    if (inputs.length) byPointer.set(pointer, { control: inputs[0].input, label: title, box: legend });
    return { node, read: () => inputs.filter(i => i.input.checked).map(i => i.option.value) };
  }
  const id = uid();
  let input;
  if (type === 'integer' || type === 'number') {
    input = h('input', { type: 'number', id, min: schema.minimum ?? null, max: schema.maximum ?? null, step: type === 'integer' ? '1' : 'any', value: value ?? '' });
  } else if (type === 'boolean') {
    input = h('input', { type: 'checkbox', id, checked: value === true });
  } else if (schema.format === 'date') {
    input = h('input', { type: 'date', id, value: value ?? '' });
  } else if (Array.isArray(schema.enum)) {
    // One choice among labelled values: the labels are shown, the codes sent.
    const labels = schema['x-ui']?.optionLabels || {};
    input = h('select', { id }, schema.enum.map(v => h('option', { value: String(v), selected: v === value }, labels[v] || String(v))));
  } else {
    input = h('textarea', { id, maxlength: schema.maxLength || null });
    input.value = value ?? '';
  }
  if (help) input.setAttribute('aria-describedby', help.id);
  const labelNode = type === 'boolean' ? h('label', { class: 'choice', for: id }, input, title) : h('label', { for: id }, title);
  byPointer.set(pointer, { control: input, label: title, box: type === 'boolean' ? labelNode : input });
  const node = h('div', { 'data-pointer': pointer }, labelNode, help, type === 'boolean' ? null : input);
  const read = () => {
    if (type === 'boolean') return input.checked;
    if (type === 'integer' || type === 'number') return input.value === '' ? undefined : Number(input.value);
    return input.value === '' ? undefined : input.value;
  };
  return { node, read };
}
