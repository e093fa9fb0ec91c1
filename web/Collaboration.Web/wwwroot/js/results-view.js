// The live results of a forum or one item, kept current from the live stream, with a polite announcement of changed
// totals for screen readers: at most one every ANNOUNCE_EVERY_MS, naming only the items that changed meanwhile.
import { h, replaceChildren } from './dom.js';
import { followLive } from './live-stream.js';
import { renderLiveItem } from './charts.js';
import { t } from './i18n.js';

const ANNOUNCE_EVERY_MS = 10000;

export function resultsView(container, { headingLevel = 2 } = {}) {
  const list = h('div', { class: 'results' });
  const announcer = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  container.append(list, announcer);
  const items = new Map();
  const pending = new Map();
  let lastAnnounced = 0;
  let timer = null;

  function announce() {
    timer = null;
    lastAnnounced = Date.now();
    replaceChildren(announcer, [...pending.values()].join('. '));
    pending.clear();
  }

  function queueAnnouncement(item) {
    pending.set(item.itemId, t('stage.announce', { title: item.title, count: item.respondents }));
    if (timer) return;
    timer = setTimeout(announce, Math.max(0, lastAnnounced + ANNOUNCE_EVERY_MS - Date.now()));
  }

  function show(item, { quiet = false } = {}) {
    const before = items.get(item.itemId);
    const element = renderLiveItem(item, headingLevel);
    if (before) before.element.replaceWith(element);
    else list.append(element);
    items.set(item.itemId, { item, element });
    if (!quiet && before && before.item.respondents !== item.respondents) queueAnnouncement(item);
  }

  return {
    /** The snapshot from GET /results: shown without announcements. */
    showAll(liveItems) {
      for (const item of liveItems) show(item, { quiet: true });
    },
    show,
    get count() {
      return items.size;
    },
    clear() {
      items.clear();
      list.replaceChildren();
    },
    follow({ host, query, onForum, onState, signal }) {
      return followLive({
        url: `/api/forum/live?${query}`,
        headers: () => host.headers(),
        onItem: (item) => show(item, { quiet: !items.has(item.itemId) }),
        onForum,
        onState,
        signal,
      });
    },
  };
}
