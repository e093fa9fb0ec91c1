// Series → forum → questions (or the whole forum), from GET /api/addin/series; reports what is chosen as the body the
// preview, slides and section endpoints take: { seriesId, forum } or { seriesId, itemIds }.
import { h, replaceChildren, uniqueId } from '/tab/js/dom.js';
import { t } from '/tab/js/i18n.js';

export function selectionForm(container, seriesList) {
  const seriesId = uniqueId('series');
  const forumId = uniqueId('forum');
  const seriesSelect = h('select', { id: seriesId }, seriesList.map((s) => h('option', { value: s.id }, s.title)));
  const forumSelect = h('select', { id: forumId });
  const whole = h('input', { type: 'checkbox', id: uniqueId('whole'), checked: true });
  const questions = h('div', { class: 'addin-questions' });
  const fieldset = h('fieldset', {}, h('legend', {}, t('addin.questions')),
    h('div', { class: 'option' }, whole, h('label', { for: whole.id }, t('addin.wholeForum'))), questions);
  container.append(
    h('div', { class: 'field' }, h('label', { for: seriesId }, t('addin.series')), seriesSelect),
    h('div', { class: 'field' }, h('label', { for: forumId }, t('addin.forum')), forumSelect),
    fieldset);

  const series = () => seriesList.find((s) => s.id === seriesSelect.value);
  const forum = () => series()?.forums.find((f) => String(f.number) === forumSelect.value);

  function showQuestions() {
    replaceChildren(questions, (forum()?.items ?? []).map((item) => {
      const box = h('input', { type: 'checkbox', id: uniqueId('item'), value: item.id, 'data-item': item.id });
      // Choosing a single question means "not the whole forum".
      box.addEventListener('change', () => { if (box.checked) whole.checked = false; });
      return h('div', { class: 'option' }, box, h('label', { for: box.id }, item.title));
    }));
  }
  function showForums() {
    replaceChildren(forumSelect, (series()?.forums ?? []).map((f) =>
      h('option', { value: String(f.number) }, t('addin.forumOption', { number: f.number, title: f.title }))));
    showQuestions();
  }
  whole.addEventListener('change', () => {
    if (whole.checked) for (const box of questions.querySelectorAll('input[type=checkbox]')) box.checked = false;
  });
  seriesSelect.addEventListener('change', showForums);
  forumSelect.addEventListener('change', showQuestions);
  showForums();

  return {
    /** The request body for the current choice, or null when nothing is chosen. */
    body() {
      const chosenSeries = series();
      const chosenForum = forum();
      if (!chosenSeries || !chosenForum) return null;
      if (whole.checked) return { seriesId: chosenSeries.id, forum: chosenForum.number };
      const itemIds = [...questions.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
      return itemIds.length > 0 ? { seriesId: chosenSeries.id, itemIds } : null;
    },
  };
}

/** The title of an item anywhere in the user's series, for naming placed results. */
export function itemTitle(seriesList, itemId) {
  for (const series of seriesList) {
    for (const forum of series.forums) {
      const item = forum.items.find((i) => String(i.id).toLowerCase() === itemId);
      if (item) return item.title;
    }
  }
  return null;
}
