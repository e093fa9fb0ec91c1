// The carry-over preview: what forum n would take over from the forum before (nothing stored until confirmed).
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';
import { confirmDialog } from './dialog.js';

/** Shows the preview; resolves to the console view after a confirmed carry-over, else undefined. */
export async function previewCarryOver(api, view, forum) {
  view.clearError();
  let preview;
  try {
    preview = await api.get(`/forums/${forum.number}/carry-over`);
  } catch (error) {
    view.showError(error);
    return undefined;
  }
  const items = preview.items ?? [];
  const content = items.length === 0
    ? h('p', {}, t('carry.none'))
    : h('div', {},
      h('p', {}, t('carry.intro')),
      items.map((item) => h('section', { class: 'carry-item' },
        h('h3', {}, item.title),
        h('p', { class: 'muted' }, t('carry.from', { forum: item.from?.forum, itemKey: item.from?.itemKey })),
        h('ol', {}, (item.choices ?? []).map((choice) => h('li', {},
          t('carry.score', { label: choice.label, score: formatNumber(choice.score) })))))));
  const confirmed = await confirmDialog({
    title: t('carry.title', forum),
    content,
    confirmLabel: items.length === 0 ? t('common.close') : t('carry.confirm'),
  });
  if (!confirmed || items.length === 0) return undefined;
  try {
    return await api.post(`/forums/${forum.number}/carry-over`);
  } catch (error) {
    view.showError(error);
    return undefined;
  }
}
