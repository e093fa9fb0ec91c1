// The inputs for one item kind, as native controls with labels (fieldset and legend for every group), filled with the
// person's earlier answer; read() gives the answer in the contract's shape. The server validates; the page only helps.
import { h, uniqueId } from './dom.js';
import { formatNumber, t } from './i18n.js';

const builders = {
  singleChoice, multipleChoice, rating, points, matrix, matrixChoice: matrix, matrixRating, openText, text: openText, needs, ranking,
};

export function answerInputs(item, mine) {
  const build = builders[item.kind];
  if (!build) throw new Error(`Unknown item kind ${item.kind}`);
  return build(item, mine ?? null);
}

const question = (item) => item.question ?? item.title;

function group(legend, ...children) {
  return h('fieldset', {}, h('legend', {}, legend), ...children);
}

function option(type, name, value, label, checked) {
  const id = uniqueId('opt');
  return h('div', { class: 'option' },
    h('input', { type, id, name, value, checked }),
    h('label', { for: id }, label));
}

function singleChoice(item, mine) {
  const name = uniqueId('choice');
  const element = group(question(item), item.choices.map((c) => option('radio', name, c.key, c.label, mine?.choice === c.key)));
  return {
    element,
    read: () => ({ choice: element.querySelector(`input[name="${name}"]:checked`)?.value ?? '' }),
  };
}

function multipleChoice(item, mine) {
  const name = uniqueId('choices');
  const chosen = new Set(mine?.choices ?? []);
  const hintId = uniqueId('hint');
  const max = item.maxChoices;
  const hint = max ? (item.minChoices > 1 ? t('answer.choicesRange', { min: item.minChoices, max }) : t('answer.maxChoices', { max })) : null;
  const element = group(question(item),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    item.choices.map((c) => option('checkbox', name, c.key, c.label, chosen.has(c.key))));
  if (hint) element.setAttribute('aria-describedby', hintId);
  return {
    element,
    read: () => ({ choices: [...element.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value) }),
  };
}

function scaleLabel(item, value) {
  const { scale } = item;
  if (value === scale.min && scale.minLabel) return t('answer.scaleMin', { value, label: scale.minLabel });
  if (value === scale.max && scale.maxLabel) return t('answer.scaleMax', { value, label: scale.maxLabel });
  return String(value);
}

function rating(item, mine) {
  const name = uniqueId('rating');
  const values = [];
  for (let value = item.scale.min; value <= item.scale.max; value += 1) values.push(value);
  const element = group(question(item),
    h('div', { class: 'scale' }, values.map((value) => option('radio', name, value, scaleLabel(item, value), mine?.value === value))));
  return {
    element,
    read: () => ({ value: Number(element.querySelector(`input[name="${name}"]:checked`)?.value ?? Number.NaN) }),
  };
}

function points(item, mine) {
  const budget = item.budget;
  const remaining = h('output', { class: 'budget', 'aria-live': 'polite' });
  const rows = item.choices.map((c) => {
    const id = uniqueId('points');
    const input = h('input', { type: 'number', id, min: 0, max: budget, step: 1, inputmode: 'numeric', 'data-key': c.key, value: mine?.points?.[c.key] ?? 0 });
    return h('div', { class: 'points-row' }, h('label', { for: id }, c.label), input);
  });
  const element = group(question(item), h('p', { class: 'hint' }, t('answer.budget', { budget })), rows, h('p', {}, remaining));
  const inputs = () => [...element.querySelectorAll('input[type="number"]')];
  const update = () => {
    const used = inputs().reduce((sum, input) => sum + (Number.parseInt(input.value, 10) || 0), 0);
    const left = budget - used;
    remaining.textContent = left >= 0
      ? t('answer.remaining', { remaining: formatNumber(left, 0), budget })
      : t('answer.overBudget', { over: formatNumber(-left, 0) });
    remaining.classList.toggle('over', left < 0);
  };
  element.addEventListener('input', update);
  update();
  return {
    element,
    read: () => ({
      points: Object.fromEntries(inputs()
        .map((input) => [input.dataset.key, Number.parseInt(input.value, 10) || 0])
        .filter(([, value]) => value !== 0)),
    }),
  };
}

/** A table of radios, one group per row; every radio is named by its row and column headers. */
function matrix(item, mine) {
  const ids = headerIds(item);
  const names = new Map(item.rows.map((row) => [row.key, uniqueId('row')]));
  const table = h('table', { class: 'choice-matrix' },
    h('thead', {}, h('tr', {}, h('td', {}), item.columns.map((column) => h('th', { scope: 'col', id: ids.column(column.key) }, column.label)))),
    h('tbody', {}, item.rows.map((row) => h('tr', {},
      h('th', { scope: 'row', id: ids.row(row.key) }, row.label),
      item.columns.map((column) => h('td', {},
        h('input', {
          type: 'radio',
          name: names.get(row.key),
          value: column.key,
          checked: mine?.cells?.[row.key] === column.key,
          'aria-label': t('answer.cellLabel', { row: row.label, column: column.label }),
        })))))));
  const element = group(question(item), table);
  return {
    element,
    read: () => ({
      cells: Object.fromEntries(item.rows
        .map((row) => [row.key, element.querySelector(`input[name="${names.get(row.key)}"]:checked`)?.value])
        .filter(([, value]) => value)),
    }),
  };
}

/** A table of selects (one rating per row and column). */
function matrixRating(item, mine) {
  const ids = headerIds(item);
  const min = item.scale?.min ?? 1;
  const max = item.scale?.max ?? 5;
  const values = [];
  for (let value = min; value <= max; value += 1) values.push(value);
  const table = h('table', { class: 'choice-matrix' },
    h('thead', {}, h('tr', {}, h('td', {}), item.columns.map((column) => h('th', { scope: 'col', id: ids.column(column.key) }, column.label)))),
    h('tbody', {}, item.rows.map((row) => h('tr', {},
      h('th', { scope: 'row', id: ids.row(row.key) }, row.label),
      item.columns.map((column) => {
        const earlier = mine?.cells?.[row.key]?.[column.key];
        return h('td', {},
          h('select', {
            'data-row': row.key,
            'data-column': column.key,
            'aria-label': t('answer.cellLabel', { row: row.label, column: column.label }),
          },
          h('option', { value: '' }, t('answer.noRating')),
          values.map((value) => h('option', { value, selected: earlier === value }, String(value)))));
      })))));
  const element = group(question(item), table);
  return {
    element,
    read: () => {
      const cells = {};
      for (const select of element.querySelectorAll('select')) {
        if (select.value === '') continue;
        cells[select.dataset.row] ??= {};
        cells[select.dataset.row][select.dataset.column] = Number(select.value);
      }
      return { cells };
    },
  };
}

function openText(item, mine) {
  const id = uniqueId('text');
  const countId = uniqueId('count');
  const max = item.maxLength ?? 2000;
  const area = h('textarea', { id, name: 'text', maxlength: max, 'aria-describedby': countId });
  area.value = mine?.text ?? '';
  const count = h('p', { class: 'hint', id: countId });
  const update = () => { count.textContent = t('answer.charsLeft', { left: formatNumber(max - area.value.length, 0) }); };
  area.addEventListener('input', update);
  update();
  const element = h('div', { class: 'field' }, h('label', { for: id }, question(item)), area, count);
  return { element, read: () => ({ text: area.value }) };
}

function needs(item) {
  const kindName = uniqueId('kind');
  const topicId = uniqueId('topic');
  const textId = uniqueId('need');
  const max = item.maxLength ?? 500;
  // One key per entry, kept when a failed send is tried again, so the server files it once.
  let clientKey = newKey();
  const element = h('div', {},
    h('p', { class: 'question' }, question(item)),
    group(t('answer.needKind'), (item.needKinds ?? []).map((kind, index) => option('radio', kindName, kind.key, kind.label, index === 0))),
    h('div', { class: 'field' },
      h('label', { for: topicId }, t('answer.needTopic')),
      h('select', { id: topicId }, (item.topics ?? []).map((topic) => h('option', { value: topic.key }, topic.label)))),
    h('div', { class: 'field' },
      h('label', { for: textId }, t('answer.needText')),
      h('textarea', { id: textId, maxlength: max }),
      h('p', { class: 'hint' }, t('answer.textHint', { max }))));
  return {
    element,
    read: () => ({
      kind: element.querySelector(`input[name="${kindName}"]:checked`)?.value ?? '',
      topic: element.querySelector(`#${topicId}`).value,
      text: element.querySelector(`#${textId}`).value,
      clientKey,
    }),
    reset: () => {
      element.querySelector(`#${textId}`).value = '';
      clientKey = newKey();
    },
  };
}

function headerIds(item) {
  const prefix = uniqueId('m');
  const rowIds = new Map(item.rows.map((row, index) => [row.key, `${prefix}-r${index}`]));
  const columnIds = new Map(item.columns.map((column, index) => [column.key, `${prefix}-c${index}`]));
  return { row: (key) => rowIds.get(key), column: (key) => columnIds.get(key) };
}

/** An idempotency key per submitted need, so a retried request does not file it twice. */
function newKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One labelled select per place, best first; a place left empty ends nothing (later places still count, in order).
 * problem() names an option put on two places before anything is sent; the server checks the same.
 */
function ranking(item, mine) {
  const earlier = mine?.ranking ?? [];
  const hintId = uniqueId('hint');
  const selects = Array.from({ length: item.places }, (_, place) => {
    const id = uniqueId('place');
    const select = h('select', { id, 'data-place': place + 1 },
      h('option', { value: '' }, t('answer.rankingNone')),
      item.choices.map((c) => h('option', { value: c.key, selected: earlier[place] === c.key }, c.label)));
    return { id, select };
  });
  const element = group(question(item),
    h('p', { class: 'hint', id: hintId }, t('answer.rankingHint', { places: item.places })),
    selects.map(({ id, select }, place) => h('div', { class: 'ranking-row' },
      h('label', { for: id }, t('answer.rankingPlace', { place: place + 1 })), select)));
  element.setAttribute('aria-describedby', hintId);
  const chosen = () => selects.map(({ select }) => select.value).filter((key) => key !== '');
  return {
    element,
    read: () => ({ ranking: chosen() }),
    problem: () => {
      const keys = chosen();
      const twice = keys.find((key, index) => keys.indexOf(key) !== index);
      if (twice === undefined) return null;
      const label = item.choices.find((c) => c.key === twice)?.label ?? twice;
      return t('answer.rankingTwice', { option: label });
    },
  };
}
