// The live results in a page: a snapshot from GET /results, then the live stream; used by the stage and the console.
import { createApi } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { resultsView } from './results-view.js';

/** The live results in a page's content; the stage shows them, and the console to participants who are not moderators. */
export async function showLiveResults(view, connected, itemId) {
  const api = createApi(connected);
  const query = itemId ? `item=${encodeURIComponent(itemId)}` : 'forum=current';
  const toggle = h('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false' }, t('stage.showTables'));
  toggle.addEventListener('click', () => {
    const pressed = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(pressed));
    document.body.classList.toggle('show-tables', pressed);
  });
  view.content.replaceChildren(h('div', { class: 'toolbar' }, toggle));
  const results = resultsView(view.content);
  async function loadSnapshot() {
    const snapshot = await api.get(`/results?${query}`);
    view.setTitle(snapshot.forum?.title ?? t('stage.title'));
    results.clear();
    results.showAll(snapshot.items ?? []);
  }
  try {
    await loadSnapshot();
  } catch (error) {
    view.showError(error);
    return;
  }
  view.say(results.count === 0 ? t('stage.noForum') : t('stage.connecting'));
  results.follow({
    host: connected,
    query,
    // Another forum started or the running one ended: its items replace the old ones.
    onForum: () => loadSnapshot().catch((error) => view.showError(error)),
    onState(state, error) {
      if (state === 'open') {
        view.clearError();
        view.say(results.count === 0 ? t('stage.noForum') : t('stage.live'));
      } else if (state === 'failed') {
        view.showError(error);
      } else {
        view.say(t('stage.reconnecting'));
      }
    },
  });
}
