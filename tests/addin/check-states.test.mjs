import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statesFor } from '../../web/Collaboration.Web/wwwroot/addin/document-results.js';
import { findPlacedSlides } from '../../web/Collaboration.Web/wwwroot/addin/powerpoint-results.js';
import { fakePresentation } from './support/fake-powerpoint.js';
import { ITEM, OTHER_ITEM, SERIES, slideTags } from './support/sources.js';

test('Outdated slides are found: the placed results read from the deck get the states POST /check answers', async () => {
  const deck = fakePresentation([
    { id: '1#', title: 'Bedeutung', tags: slideTags(ITEM, '0000000000000001') },
    { id: '2#', title: 'Eigene Folie' },
    { id: '3#', title: 'Rolle', tags: slideTags(OTHER_ITEM, '0000000000000002') },
  ]);
  const placed = (await findPlacedSlides(deck.PowerPoint)).map((p) => ({ id: p.slideId, source: p.source }));
  // The server names ids as .NET writes them (any case); it answers in the order asked.
  const states = [
    { seriesId: SERIES.toUpperCase(), itemId: ITEM.toUpperCase(), state: 'outdated' },
    { seriesId: SERIES, itemId: OTHER_ITEM, state: 'current' },
  ];

  const checked = statesFor(placed, states);

  assert.deepEqual(checked.map((p) => [p.id, p.state]), [['1#', 'outdated'], ['3#', 'current']]);
  assert.deepEqual(checked.filter((p) => p.state === 'outdated').map((p) => p.id), ['1#']);
});

test('A state for another item is not taken for a placed result; without an answer a result stays unchecked', () => {
  const placed = [
    { id: 'a', source: { seriesId: SERIES, itemId: ITEM, asOf: '2026-12-01T10:00:00Z', hash: '0000000000000001' } },
    { id: 'b', source: { seriesId: SERIES, itemId: OTHER_ITEM, asOf: '2026-12-01T10:00:00Z', hash: '0000000000000001' } },
  ];

  const checked = statesFor(placed, [{ seriesId: SERIES, itemId: OTHER_ITEM, state: 'gone' }]);

  assert.deepEqual(checked.map((p) => [p.id, p.state]), [['a', 'unknown'], ['b', 'gone']]);
  assert.deepEqual(statesFor(placed, undefined).map((p) => p.state), ['unknown', 'unknown']);
});
