// The sample host's web UI: a small router over views; every view talks to /api.
// Chrome text comes from i18n/<lang>.json, domain labels from the plugin's vocabulary.
import { api, setCsrfToken, ApiError } from './api.js';
import { h, clear, clearAnnouncement } from './dom.js';
import { chooseLanguage, loadLanguage, rememberLanguage, language, t, LANGUAGES } from './i18n.js';
import { loadVocabulary } from './vocabulary.js';
import { problemBox, errorBinder } from './errors.js';
import { notesView, noteView } from './views/notes.js';
import { queueView, reviewView } from './views/review.js';
import { meetingsView, meetingView } from './views/meetings.js';
import { hoursView, packetView } from './views/hours.js';
import { adminView } from './views/admin.js';
import { confirmLeaving, releaseUnsaved } from './views/unsaved.js';

const main = document.getElementById('main');
let me = null;

const routes = [
  [/^#\/notes$/, () => notesView(me)],
  [/^#\/notes\/([^/]+)$/, id => noteView(me, decodeURIComponent(id))],
  [/^#\/queue$/, () => queueView(me)],
  [/^#\/review\/([^/]+)$/, id => reviewView(me, decodeURIComponent(id))],
  [/^#\/meetings$/, () => meetingsView(me)],
  [/^#\/meetings\/([^/]+)$/, id => meetingView(me, decodeURIComponent(id))],
  [/^#\/hours$/, () => hoursView(me)],
  [/^#\/packet$/, () => packetView(me)],
  [/^#\/admin$/, () => adminView(me)],
];

function home() {
  if (me.roles.includes('SUPERVISOR')) return '#/queue';
  if (me.roles.includes('CLINICIAN')) return '#/notes';
  return '#/admin';
}

function chrome() {
  clear(document.getElementById('skip'), t('app.skip'));
  clear(document.getElementById('brand'), t('app.title'));
  document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
}

function languageSwitch() {
  const select = h('select', { id: 'language', 'aria-label': t('language.label') },
    LANGUAGES.map(code => h('option', { value: code, lang: code, selected: code === language() }, t(`language.${code}`))));
  select.addEventListener('change', async () => {
    delete main.dataset.shown;
    rememberLanguage(select.value);
    await loadLanguage(select.value);
    if (me) await loadVocabulary(select.value);
    chrome();
    if (me) render(); else loginView();
  });
  return select;
}

function navigation() {
  const links = [];
  if (me.roles.includes('CLINICIAN')) links.push(['#/notes', t('nav.notes')]);
  if (me.roles.includes('SUPERVISOR')) links.push(['#/queue', t('nav.queue')]);
  if (me.roles.includes('SUPERVISOR') || me.roles.includes('CLINICIAN')) links.push(['#/meetings', t('nav.meetings')]);
  if (me.roles.includes('SUPERVISOR')) links.push(['#/packet', t('nav.packet')]);
  links.push(['#/hours', t('nav.hours')]);
  if (me.roles.includes('ADMIN')) links.push(['#/admin', t('nav.admin')]);
  const here = location.hash.split('/').slice(0, 2).join('/');
  const matchHere = href => here === href || (href === '#/queue' && here === '#/review');
  clear(document.getElementById('nav'), links.map(([href, text]) =>
    h('a', { href, 'aria-current': matchHere(href) ? 'page' : null }, text)));
  const logout = h('button', { type: 'button', class: 'secondary small', id: 'logout' }, t('nav.signOut'));
  logout.addEventListener('click', async () => {
    if (!confirmLeaving()) return;
    await api('POST', '/api/logout');
    me = null;
    setCsrfToken(null);
    history.replaceState(null, '', '#');
    clearAnnouncement();
    loginView();
  });
  clear(document.getElementById('who'), h('span', { class: 'who-name' }, me.displayName), languageSwitch(), logout);
}

async function render(event) {
  if (!me) return;
  const refreshing = event && event.type === 'sr:refresh';
  if (!location.hash || location.hash === '#' || location.hash === '#/') { location.hash = home(); return; }
  shownHash = location.hash;
  delete main.dataset.shown;
  releaseUnsaved();
  navigation();
  for (const [pattern, view] of routes) {
    const match = pattern.exec(location.hash);
    if (match) {
      const scroll = window.scrollY;
      main.setAttribute('aria-busy', 'true');
      try {
        clear(main, await view(...match.slice(1)));
        main.removeAttribute('aria-busy');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) { me = null; return loginView(); }
        if (!(error instanceof ApiError)) console.error(error);
        main.removeAttribute('aria-busy');
        clear(main, h('h1', {}, t('app.loadFailed')), problemBox(error));
      }
      if (refreshing) window.scrollTo(0, scroll); else main.focus();
      main.dataset.shown = location.hash;
      return;
    }
  }
  clear(main, h('h1', {}, t('app.notFound')));
  main.dataset.shown = location.hash;
}

function loginView() {
  clear(document.getElementById('nav'));
  clear(document.getElementById('who'), languageSwitch());
  const user = h('input', { type: 'text', id: 'login-user', name: 'userId', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', id: 'login-password', name: 'password', autocomplete: 'current-password', required: true });
  const summary = h('div');
  const errors = errorBinder(summary);
  errors.add('/userId', user, t('login.user'));
  errors.add('/password', password, t('login.password'));
  const form = h('form', { class: 'card login', 'aria-labelledby': 'login-title', novalidate: true },
    h('h1', { id: 'login-title' }, t('login.title')), summary,
    h('label', { for: 'login-user' }, t('login.user')), user,
    h('label', { for: 'login-password' }, t('login.password')), password,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'login-submit' }, t('login.submit'))),
    h('p', { class: 'help' }, t('login.demo')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      me = await api('POST', '/api/login', { userId: user.value, password: password.value });
      setCsrfToken(me.csrfToken);
      await loadVocabulary(language());
      if (location.hash && location.hash !== '#' && location.hash !== '#/') render(); else location.hash = home();
    } catch (error) {
      errors.show(error);
    }
  });
  clear(main, form);
  main.dataset.shown = 'login';
  user.focus();
}

async function start() {
  await loadLanguage(chooseLanguage());
  chrome();
  try {
    me = await api('GET', '/api/me');
    setCsrfToken(me.csrfToken);
    await loadVocabulary(language());
    render();
  } catch (error) {
    loginView();
  }
}

let shownHash = location.hash;
window.addEventListener('hashchange', () => {
  if (!confirmLeaving()) { history.replaceState(null, '', shownHash); return; }
  clearAnnouncement();
  render();
});
// A view asks to be drawn again after an action; the status message it gave stays.
window.addEventListener('sr:refresh', render);
start();
