import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guidFromBase64Url, sourceFromControlTag, sourceFromSlideTags } from '../../web/Collaboration.Web/wwwroot/addin/source-tags.js';
import { ITEM, ITEM_COMPACT, SERIES, SERIES_COMPACT, controlTag, slideTags } from './support/sources.js';

const tagList = (tags) => Object.entries(tags).map(([key, value]) => ({ key, value }));

test('A Word tag reads back into the same series, item, time and hash the slide tags carry', () => {
  assert.equal(guidFromBase64Url(SERIES_COMPACT), SERIES);
  assert.equal(guidFromBase64Url(ITEM_COMPACT), ITEM);
  assert.deepEqual(sourceFromControlTag(controlTag('0123456789abcdef')), sourceFromSlideTags(tagList(slideTags(ITEM, '0123456789abcdef'))));
});

test('Slide tag keys are read in any case, as PowerPoint upper-cases them', () => {
  const lower = tagList(slideTags(ITEM, '0123456789abcdef')).map(({ key, value }) => ({ key: key.toLowerCase(), value }));
  assert.equal(sourceFromSlideTags(lower)?.itemId, ITEM);
});

test('Tags that are not completely ours are no source', () => {
  const tags = slideTags(ITEM, '0123456789abcdef');
  for (const key of Object.keys(tags)) {
    const { [key]: _, ...incomplete } = tags;
    assert.equal(sourceFromSlideTags(tagList(incomplete)), null, `without ${key}`);
  }
  assert.equal(sourceFromSlideTags(tagList({ ...tags, COLLABORATION_HASH: 'NOT-HEX-AT-ALL!!' })), null);
  assert.equal(sourceFromSlideTags(tagList({ ...tags, COLLABORATION_ITEM: 'item-1' })), null);
  for (const tag of ['', 'c1', 'my-own-control', 'c2.' + controlTag('0123456789abcdef').slice(3), controlTag('0123456789ABCDEF'),
    `c1.${SERIES_COMPACT}.short.20261201T100000Z.0123456789abcdef`, `c1.${SERIES_COMPACT}.${ITEM_COMPACT}.2026-12-01.0123456789abcdef`]) {
    assert.equal(sourceFromControlTag(tag), null, tag);
  }
});
