// Merging duplicate needs of a needs item: tick the needs that mean the same, choose the one that stays, optionally
// give it a new text. Merged needs show their sources and can be taken apart again.
import { h, replaceChildren, uniqueId } from './dom.js';
import { formatNumber, t } from './i18n.js';

function supporters(count) {
  return count === 1 ? t('merge.supportersOne') : t('merge.supporters', { count: formatNumber(count, 0) });
}

export async function mergeView(api, view, item, region) {
  // Sources carry only their kind's key; the label comes from any listed need of that kind.
  let kindLabels = new Map();
  replaceChildren(region, h('p', {}, t('common.loading')));
  try {
    render(await api.get(`/items/${item.id}/needs`));
  } catch (error) {
    replaceChildren(region);
    view.showError(error);
  }

  function render(answer) {
    kindLabels = new Map((answer.needs ?? []).filter((need) => need.kindLabel).map((need) => [need.kind, need.kindLabel]));
    const needs = (answer.needs ?? []).filter((need) => !need.mergedInto);
    const headingId = uniqueId('merge-title');
    if (needs.length === 0) {
      replaceChildren(region, h('h3', { id: headingId }, t('merge.title', { title: item.title })), h('p', {}, t('merge.empty')));
      return;
    }
    const pickName = uniqueId('pick');
    const keepName = uniqueId('keep');
    const textId = uniqueId('merge-text');
    const problem = h('p', { class: 'hint', id: uniqueId('merge-problem') });
    const form = h('form', { 'aria-labelledby': headingId },
      h('fieldset', {},
        h('legend', {}, t('merge.legend')),
        needs.map((need) => needRow(need, pickName))),
      h('fieldset', {},
        h('legend', {}, t('merge.keepLegend')),
        needs.map((need) => {
          const id = uniqueId('keep');
          return h('div', { class: 'option' },
            h('input', { type: 'radio', id, name: keepName, value: need.id }),
            h('label', { for: id }, t('merge.keep', { text: need.text })));
        })),
      h('div', { class: 'field' },
        h('label', { for: textId }, t('merge.text')),
        h('input', { type: 'text', id: textId, name: 'text', maxlength: 500 })),
      problem,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('merge.submit'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const picked = [...form.querySelectorAll(`input[name="${pickName}"]:checked`)].map((input) => input.value);
      const keep = form.querySelector(`input[name="${keepName}"]:checked`)?.value;
      if (!keep || picked.filter((id) => id !== keep).length === 0) {
        replaceChildren(problem, t('merge.needTwo'));
        return;
      }
      const text = form.querySelector(`#${textId}`).value.trim();
      const body = { keep, merge: picked.filter((id) => id !== keep) };
      if (text) body.text = text;
      view.clearError();
      try {
        render(await api.post(`/items/${item.id}/needs/merge`, body));
        view.say(t('merge.merged'));
      } catch (error) {
        view.showError(error);
      }
    });
    replaceChildren(region, h('h3', { id: headingId }, t('merge.title', { title: item.title })), form);
  }

  function needRow(need, pickName) {
    const id = uniqueId('need');
    const row = h('div', { class: 'need' },
      h('div', { class: 'option' },
        h('input', { type: 'checkbox', id, name: pickName, value: need.id }),
        h('label', { for: id },
          h('span', { class: 'chip' }, need.kindLabel ?? need.kind),
          need.topic ? `${need.topic}: ` : '',
          need.text,
          ' ',
          h('span', { class: 'muted' }, `(${supporters(need.supporters ?? 0)})`))));
    const sources = need.sources ?? [];
    if (sources.length > 0) {
      // Undo works per source: the server takes that one need out of the merge, and it counts on its own again.
      row.append(h('div', { class: 'sources' },
        h('p', {}, t('merge.sources')),
        h('ul', {}, sources.map((source) => h('li', {},
          kindLabels.has(source.kind) ? h('span', { class: 'chip' }, kindLabels.get(source.kind)) : null,
          source.text,
          ' ',
          h('button', {
            type: 'button',
            'aria-label': `${t('merge.undo')}: ${source.text}`,
            onclick: async () => {
              view.clearError();
              try {
                render(await api.post(`/needs/${source.id}/unmerge`));
                view.say(t('merge.undone'));
              } catch (error) {
                view.showError(error);
              }
            },
          }, t('merge.undo')))))));
    }
    return row;
  }
}
