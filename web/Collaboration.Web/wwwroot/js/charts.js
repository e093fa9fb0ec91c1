// One live result (the contract's LiveItem) as a figure for a shared screen: horizontal bars drawn with CSS, a coloured
// matrix table, or a ranked list of needs. Every chart has a real table beside it for screen readers (visually hidden
// unless the viewer asks for tables); the drawn bars themselves are aria-hidden.
import { h } from './dom.js';
import { formatNumber, formatShare, respondents, t } from './i18n.js';

const HEAT_LEVELS = 5;

export function renderLiveItem(item, headingLevel = 2) {
  const withheld = item.withheldBelow !== null && item.withheldBelow !== undefined;
  // Below k the server publishes no number at all (its respondents are 0 then), so the page shows none either.
  const article = h('article', { class: 'result', 'data-item': item.itemId, 'data-kind': item.kind },
    h(`h${headingLevel}`, {}, item.title),
    withheld ? null : h('p', { class: 'respondents' }, respondents(item.respondents ?? 0)));
  article.append(body(item));
  return article;
}

function body(item) {
  if (item.withheldBelow !== null && item.withheldBelow !== undefined) {
    return h('p', { class: 'withheld' }, t('chart.withheld', { k: item.withheldBelow }));
  }
  if (item.kind === 'openText' || item.kind === 'text') {
    return h('p', { class: 'muted' }, t('chart.textOnly'));
  }
  if (item.matrix) return matrixTable(item);
  if (item.kind === 'needs') return needsList(item);
  const bars = item.bars ?? [];
  if (bars.length === 0 || (item.respondents ?? 0) === 0) {
    return h('p', { class: 'muted' }, t('chart.noAnswers'));
  }
  const figure = h('div', { class: 'figure' }, barChart(item), barTable(item));
  if (item.mean !== null && item.mean !== undefined) {
    figure.append(h('p', { class: 'mean' }, t('chart.mean', { mean: formatNumber(item.mean, 2) })));
  }
  return figure;
}

function valueHeader(item) {
  if (item.kind === 'ranking') return t('chart.borda');
  return item.kind === 'points' ? t('chart.points') : t('chart.value');
}

function barChart(item) {
  const chart = h('div', { class: 'bars', 'aria-hidden': 'true' });
  const widest = Math.max(...item.bars.map((bar) => bar.share ?? 0), 0);
  for (const bar of item.bars) {
    const fill = h('span', { class: 'bar-fill' });
    // Scaled to the largest bar so that small differences stay visible on a far-away screen.
    const width = widest > 0 ? (bar.share ?? 0) / widest : 0;
    fill.style.width = `${Math.round(width * 1000) / 10}%`;
    chart.append(h('div', { class: 'bar' },
      fill,
      h('span', { class: 'bar-label' }, bar.label),
      h('span', { class: 'bar-value' }, `${formatNumber(bar.value)} (${formatShare(bar.share ?? 0)})`)));
  }
  return chart;
}

function barTable(item) {
  return h('table', { class: 'alternative' },
    h('caption', {}, t('chart.tableCaption', { title: item.title })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('chart.option')),
      h('th', { scope: 'col' }, valueHeader(item)),
      h('th', { scope: 'col' }, t('chart.share')))),
    h('tbody', {}, item.bars.map((bar) => h('tr', {},
      h('th', { scope: 'row' }, bar.label),
      h('td', {}, formatNumber(bar.value)),
      h('td', {}, formatShare(bar.share ?? 0))))));
}

function needsList(item) {
  const bars = item.bars ?? [];
  if (bars.length === 0) return h('p', { class: 'muted' }, t('chart.noAnswers'));
  return h('ol', { class: 'needs-ranking' }, bars.map((bar) => h('li', {},
    bar.kindLabel ? h('span', { class: 'chip' }, bar.kindLabel) : null,
    h('span', { class: 'need-text' }, bar.label),
    h('span', { class: 'need-support' }, `${formatNumber(bar.value, 0)} ${t('chart.supporters')}`))));
}

function matrixTable(item) {
  const { matrix } = item;
  const values = matrix.rows.flatMap((row) => row.cells).filter((cell) => typeof cell === 'number');
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const level = (value) => (highest > lowest
    ? Math.min(HEAT_LEVELS - 1, Math.floor(((value - lowest) / (highest - lowest)) * HEAT_LEVELS))
    : HEAT_LEVELS - 1);
  const digits = matrix.measure === 'mean' ? 1 : 0;
  return h('table', { class: 'matrix' },
    h('caption', {}, `${item.title}: ${matrix.measure === 'mean' ? t('chart.matrixMean') : t('chart.matrixCount')}`),
    h('thead', {}, h('tr', {}, h('td', {}), matrix.columns.map((column) => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, matrix.rows.map((row) => h('tr', {},
      h('th', { scope: 'row' }, row.label),
      row.cells.map((cell) => (typeof cell === 'number'
        ? h('td', { class: `heat-${level(cell)}` }, formatNumber(cell, digits, digits))
        : h('td', { class: 'suppressed' }, t('chart.suppressed'))))))));
}
