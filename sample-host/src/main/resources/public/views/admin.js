// The admin's page: the audit trail's state and the review policy, edited through a form
// rendered from the policy's own JSON Schema by the same renderer as the disclosure form.
import { api } from '../api.js';
import { h, announce, whileBusy } from '../dom.js';
import { t, tn, number, language } from '../i18n.js';
import { objectForm } from '../schema-form.js';
import { errorBinder } from '../errors.js';
import { guardUnsaved } from './unsaved.js';

export async function adminView(me) {
  if (!me.roles.includes('ADMIN')) {
    return h('div', {}, h('h1', {}, t('admin.title')), h('p', { class: 'card' }, t('admin.notAdmin')));
  }
  const [policy, schema, audit] = await Promise.all([api('GET', '/api/policy'),
    api('GET', `/api/policy/schema?locale=${encodeURIComponent(language())}`), api('GET', '/api/audit/verify')]);
  let version = policy.version;
  const form = objectForm(schema, policy.document);
  const summary = h('div');
  const errors = errorBinder(summary);
  errors.resolveWith(pointer => form.fieldAt(pointer.replace(/^\/document(?=\/|$)/, '')));
  let saved = JSON.stringify(form.read());
  guardUnsaved(() => JSON.stringify(form.read()) !== saved);
  const heading = h('h2', { id: 'policy-title' }, t('admin.policy', { version: number(version) }));
  const save = h('button', { type: 'button', id: 'policy-save' }, t('admin.save'));
  save.addEventListener('click', () => whileBusy(save, t('app.working'), async () => {
    errors.clear();
    try {
      const document = form.read();
      const result = await api('PUT', '/api/policy', { expectedVersion: version, document });
      version = result.version;
      saved = JSON.stringify(document);
      heading.textContent = t('admin.policy', { version: number(version) });
      announce(t('admin.saved', { version: number(version) }));
    } catch (error) { errors.show(error); announce(t('admin.notSaved'), 'bad'); }
  }));
  return h('div', {}, h('h1', {}, t('admin.title')),
    h('section', { class: 'card', id: 'audit-status', 'aria-labelledby': 'audit-title' }, h('h2', { id: 'audit-title' }, t('admin.audit')),
      h('p', {}, audit.intact ? tn('admin.auditIntact', audit.eventCount) : t('admin.auditBroken', { message: audit.message }))),
    h('section', { 'aria-labelledby': 'policy-title', id: 'policy' }, heading, schema.description ? h('p', { class: 'help' }, schema.description) : null,
      summary, form.node, h('div', { class: 'actions' }, save)));
}
