// The sample host's web UI: a small router over views; every view talks to /api.
import { api, setCsrfToken, ApiError } from './api.js';
import { h, clear, problemList } from './dom.js';
import { notesView, noteView } from './views/notes.js';
import { queueView, reviewView } from './views/review.js';
import { meetingsView, meetingView } from './views/meetings.js';
import { hoursView, packetView, adminView } from './views/admin.js';

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

function navigation() {
  const links = [];
  if (me.roles.includes('CLINICIAN')) links.push(['#/notes', 'My notes']);
  if (me.roles.includes('SUPERVISOR')) links.push(['#/queue', 'Review queue'], ['#/meetings', 'Meetings'], ['#/packet', 'Export packet']);
  links.push(['#/hours', 'Hours log']);
  if (me.roles.includes('ADMIN')) links.push(['#/admin', 'Policy & audit']);
  const here = location.hash.split('/').slice(0, 2).join('/');
  clear(document.getElementById('nav'), links.map(([href, text]) =>
    h('a', { href, 'aria-current': here === href ? 'page' : null }, text)));
  const logout = h('button', { type: 'button', class: 'secondary', id: 'logout' }, 'Sign out');
  logout.addEventListener('click', async () => { await api('POST', '/api/logout'); me = null; setCsrfToken(null); location.hash = ''; start(); });
  clear(document.getElementById('who'), h('span', {}, `${me.displayName} · ${me.organisationId}`), logout);
}

async function render() {
  if (!me) return;
  if (!location.hash || location.hash === '#' || location.hash === '#/') { location.hash = home(); return; }
  navigation();
  for (const [pattern, view] of routes) {
    const match = pattern.exec(location.hash);
    if (match) {
      clear(main, h('p', { class: 'muted' }, 'Loading…'));
      try {
        clear(main, await view(...match.slice(1)));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) { me = null; return loginView(); }
        clear(main, h('h1', {}, 'Could not load this page'), problemList(error));
      }
      main.focus();
      return;
    }
  }
  clear(main, h('h1', {}, 'Not found'));
}

function loginView() {
  clear(document.getElementById('nav'));
  clear(document.getElementById('who'));
  const user = h('input', { type: 'text', id: 'login-user', name: 'userId', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', id: 'login-password', name: 'password', autocomplete: 'current-password', required: true });
  const errors = h('div');
  const form = h('form', { class: 'card login', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Sign in'),
    h('label', { for: 'login-user' }, 'User id'), user,
    h('label', { for: 'login-password' }, 'Password'), password,
    errors,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'login-submit' }, 'Sign in')),
    h('p', { class: 'help' }, 'Demo users: clinician-1, supervisor-1, supervisor-2, admin-1, org2-supervisor (password: demo).'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      me = await api('POST', '/api/login', { userId: user.value, password: password.value });
      setCsrfToken(me.csrfToken);
      location.hash = home();
      render();
    } catch (error) {
      clear(errors, problemList(error));
    }
  });
  clear(main, form);
  user.focus();
}

async function start() {
  try {
    me = await api('GET', '/api/me');
    setCsrfToken(me.csrfToken);
    render();
  } catch (error) {
    loginView();
  }
}

window.addEventListener('hashchange', render);
start();
