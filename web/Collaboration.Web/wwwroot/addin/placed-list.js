// The results placed in the open document with their state from POST /check (current / outdated / gone /
// unavailable), a refresh button for each outdated one and one for all outdated. A refresh asks the server for a
// fresh document of that item first and only then touches the document, so a refused request changes nothing.
import { h, replaceChildren } from '/tab/js/dom.js';
import { t } from '/tab/js/i18n.js';
import { statesFor } from './document-results.js';
import { itemTitle } from './selection.js';

const CHECK_LIMIT = 200;

export function placedList(container, { api, officeDocument, seriesList, view, report }) {
  const headingId = 'placed-heading';
  const list = h('ul', { class: 'items', 'aria-labelledby': headingId });
  const checkButton = h('button', { type: 'button' }, t('addin.check'));
  const refreshAllButton = h('button', { type: 'button', class: 'primary' }, t('addin.refreshAll'));
  container.append(h('section', { class: 'addin-placed' },
    h('h2', { id: headingId }, t('addin.placedTitle')),
    h('div', { class: 'actions' }, checkButton, refreshAllButton), list));
  let placed = [];

  const titleOf = (p) => itemTitle(seriesList, p.source.itemId) ?? t('addin.unknownItem', { id: p.source.itemId.slice(0, 8) });

  function render() {
    refreshAllButton.disabled = !placed.some((p) => p.state === 'outdated');
    if (placed.length === 0) {
      replaceChildren(list, h('li', { class: 'muted' }, t('addin.placedNone')));
      return;
    }
    replaceChildren(list, placed.map((p, index) => h('li', { class: 'item', 'data-state': p.state, 'data-item': p.source.itemId },
      h('div', { class: 'item-head' },
        h('span', { class: 'item-title' }, t('addin.placedItem', { number: index + 1, title: titleOf(p) })),
        h('span', { class: 'item-status' }, `(${t(`addin.state.${p.state}`)})`),
        p.state === 'outdated'
          ? h('button', { type: 'button', 'aria-label': t('addin.refreshNamed', { title: titleOf(p) }), onclick: () => run(() => refresh([p])) }, t('addin.refresh'))
          : null))));
  }

  async function check() {
    const found = await officeDocument.find();
    if (found.length === 0) {
      placed = [];
      return;
    }
    const asked = found.slice(0, CHECK_LIMIT);
    const answer = await api.post('/check', { placed: asked.map((p) => p.source) });
    placed = statesFor(asked, answer?.states);
    view.say(t('addin.checked', { outdated: placed.filter((p) => p.state === 'outdated').length, count: placed.length }));
  }

  async function refresh(targets) {
    // One fresh document per item, asked before anything in the document changes.
    const fresh = new Map();
    for (const p of targets) {
      if (!fresh.has(p.source.itemId)) {
        const answer = await api.post(officeDocument.endpoint, { seriesId: p.source.seriesId, itemIds: [p.source.itemId] });
        fresh.set(p.source.itemId, answer.document);
      }
    }
    for (const p of targets) await officeDocument.refresh(p, fresh.get(p.source.itemId));
    await check();
    view.say(t('addin.refreshed', { count: targets.length }));
  }

  async function run(action) {
    view.clearError();
    try {
      await action();
    } catch (error) {
      report(error);
    }
    render();
  }

  checkButton.addEventListener('click', () => run(check));
  refreshAllButton.addEventListener('click', () => run(() => refresh(placed.filter((p) => p.state === 'outdated'))));
  render();
  return { check: () => run(check) };
}
