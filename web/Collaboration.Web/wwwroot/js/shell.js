// What every page shares around its content: the title, the "open in Teams" refusal, the alert region for errors,
// the status region for confirmations, and a note when running in local mode.
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';

export function shell() {
  const main = document.getElementById('main');
  const title = document.getElementById('title');
  const alert = document.getElementById('alert');
  const status = document.getElementById('status');
  const content = document.getElementById('content');

  return {
    main,
    content,
    setTitle(text) {
      title.textContent = text;
      document.title = `${text} – ${t('app.name')}`;
    },
    /** Shows the server's (or our) message in the alert region, which screen readers read at once. */
    showError(error) {
      // The region stays in the page while empty: screen readers announce what is put into an existing alert region.
      replaceChildren(alert, error?.message ?? String(error));
    },
    clearError() {
      replaceChildren(alert);
    },
    say(text) {
      replaceChildren(status, text);
    },
    refuse() {
      this.setTitle(t('shell.openInTeams'));
      replaceChildren(content, h('p', {}, t('shell.openInTeamsDetail')));
      replaceChildren(status);
    },
    markLocal(host) {
      if (host.mode === 'local') {
        main.before(h('p', { class: 'local-note' }, t('shell.localMode', { name: host.userName })));
      }
    },
  };
}
