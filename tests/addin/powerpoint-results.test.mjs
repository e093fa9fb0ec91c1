import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlacedSlides, insertSlides, refreshSlide } from '../../web/Collaboration.Web/wwwroot/addin/powerpoint-results.js';
import { fakeFile } from './support/mock-registry.js';
import { fakePresentation } from './support/fake-powerpoint.js';
import { ITEM, OTHER_ITEM, slideTags } from './support/sources.js';

const OLD = '0000000000000001';
const NEW = '00000000000000ff';

function deckOf(...slides) {
  return fakeFile({ slides });
}

/** A deck the user built: a title slide, our result for ITEM, a hand-made slide, our result for another item. */
function usersDeck(selected = ['2#']) {
  return fakePresentation([
    { id: '1#', title: 'Titel' },
    { id: '2#', title: 'Bedeutung (alt)', tags: slideTags(ITEM, OLD) },
    { id: '3#', title: 'Eigene Folie', tags: { OWNER: 'referat-3' } },
    { id: '4#', title: 'Rolle des Zentrums', tags: slideTags(OTHER_ITEM, OLD) },
  ], { selected });
}

test('Insert puts the server slides after the selected slide, keeping their formatting', async () => {
  const deck = fakePresentation([{ id: '1#', title: 'Titel' }, { id: '2#', title: 'Agenda' }], { selected: ['1#'] });

  await insertSlides(deck.PowerPoint, deckOf({ title: 'Bedeutung', tags: slideTags(ITEM, OLD) }));

  assert.deepEqual(deck.titles(), ['Titel', 'Bedeutung', 'Agenda']);
  assert.deepEqual(deck.state.inserts[0].options, { formatting: 'KeepSourceFormatting', targetSlideId: '1#' });
});

test('Insert with several slides selected goes after the last of them, and with none at the start', async () => {
  const several = fakePresentation([{ id: '1#', title: 'A' }, { id: '2#', title: 'B' }, { id: '3#', title: 'C' }], { selected: ['1#', '2#'] });
  await insertSlides(several.PowerPoint, deckOf({ title: 'Neu', tags: {} }));
  assert.deepEqual(several.titles(), ['A', 'B', 'Neu', 'C']);

  const none = fakePresentation([{ id: '1#', title: 'A' }], { selected: [] });
  await insertSlides(none.PowerPoint, deckOf({ title: 'Neu', tags: {} }));
  assert.deepEqual(none.titles(), ['Neu', 'A']);
  assert.equal('targetSlideId' in none.state.inserts[0].options, false);
});

test('Inserted slides are found again by their tags; hand-made slides are not', async () => {
  const deck = usersDeck();

  const placed = await findPlacedSlides(deck.PowerPoint);

  assert.deepEqual(placed.map((p) => [p.slideId, p.source.itemId, p.source.hash]), [['2#', ITEM, OLD], ['4#', OTHER_ITEM, OLD]]);
  assert.equal(placed[0].source.asOf, '2026-12-01T10:00:00Z');
});

test('Refresh replaces exactly the tagged slide in its place; the hand-made and the other placed slides stay', async () => {
  const deck = usersDeck();

  await refreshSlide(deck.PowerPoint, '2#', ITEM, deckOf({ title: 'Bedeutung (neu)', tags: slideTags(ITEM, NEW, '2026-12-05T18:00:00Z') }));

  assert.deepEqual(deck.titles(), ['Titel', 'Bedeutung (neu)', 'Eigene Folie', 'Rolle des Zentrums']);
  assert.deepEqual(deck.state.slides[2].tags, { OWNER: 'referat-3' });
  const placed = await findPlacedSlides(deck.PowerPoint);
  assert.deepEqual(placed.map((p) => [p.source.itemId, p.source.hash]), [[ITEM, NEW], [OTHER_ITEM, OLD]]);
});

test('Refresh refuses a hand-made slide, a slide of another item and a slide that is gone, and changes nothing', async () => {
  for (const [slideId, itemId] of [['3#', ITEM], ['4#', ITEM], ['99#', ITEM]]) {
    const deck = usersDeck();
    const before = structuredClone(deck.state.slides);

    await assert.rejects(refreshSlide(deck.PowerPoint, slideId, itemId, deckOf({ title: 'Neu', tags: slideTags(ITEM, NEW) })), { code: 'notPlaced' });

    assert.deepEqual(deck.state.slides, before, `slide ${slideId}`);
  }
});

test('A deck PowerPoint cannot read leaves the presentation unchanged, on insert and on refresh', async () => {
  const deck = usersDeck();
  const before = structuredClone(deck.state.slides);

  await assert.rejects(insertSlides(deck.PowerPoint, 'kein-pptx'));
  await assert.rejects(refreshSlide(deck.PowerPoint, '2#', ITEM, 'kein-pptx'));

  assert.deepEqual(deck.state.slides, before);
});

test('A slide read before it was loaded fails, as in PowerPoint (the mock enforces load and sync)', async () => {
  const deck = usersDeck();
  await deck.PowerPoint.run(async (context) => {
    const slides = context.presentation.slides;
    assert.notDeepEqual(slides.items, deck.state.slides);
    slides.load('items');
    await context.sync();
    assert.equal(slides.items.length, 4);
    assert.match(String(slides.items[0].id), /not loaded/i);
  });
});
