// Typed text is never lost silently: a view that holds unsaved text registers a check, and
// leaving the page (another link, sign out, closing the tab) asks first.
import { t } from '../i18n.js';

let isDirty = null;

export function guardUnsaved(check) { isDirty = check; }

export function releaseUnsaved() { isDirty = null; }

export function hasUnsaved() { return !!(isDirty && isDirty()); }

export function confirmLeaving() {
  if (!hasUnsaved()) return true;
  const leave = window.confirm(t('unsaved.confirm'));
  if (leave) releaseUnsaved();
  return leave;
}

window.addEventListener('beforeunload', event => {
  if (hasUnsaved()) {
    event.preventDefault();
    event.returnValue = '';
  }
});
