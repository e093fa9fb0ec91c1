// The pane's PowerPoint calls. Every function takes the PowerPoint namespace (its run()), so node tests drive them with
// office-addin-mock. API sets: insertSlidesFromBase64 and slide.delete() PowerPointApi 1.2, slide.tags PowerPointApi 1.3,
// getSelectedSlides() PowerPointApi 1.5 (docs/office-addin.md).
import { loadItems } from './office-collections.js';
import { sourceFromSlideTags } from './source-tags.js';

// The deck's own look (master, theme) comes along, so a slide refreshed later looks like the one it replaces.
const FORMATTING = 'KeepSourceFormatting';

async function tagsOf(context, slide) {
  const tags = await loadItems(context, slide.tags, 'key,value');
  return tags.map((tag) => ({ key: tag.key, value: tag.value }));
}

/**
 * Inserts the server's slides after the last selected slide (at the start of an empty selection, as PowerPoint does
 * without a target). The base64 deck is in hand before this is called, so a failed request never leaves half an insertion.
 */
export async function insertSlides(powerPoint, base64) {
  await powerPoint.run(async (context) => {
    const selected = await loadItems(context, context.presentation.getSelectedSlides(), 'id');
    const options = { formatting: FORMATTING };
    if (selected.length > 0) options.targetSlideId = selected[selected.length - 1].id;
    context.presentation.insertSlidesFromBase64(base64, options);
    await context.sync();
  });
}

/** Every slide that carries a complete source of ours: [{ slideId, source }] in the deck's order. */
export async function findPlacedSlides(powerPoint) {
  return powerPoint.run(async (context) => {
    const slides = await loadItems(context, context.presentation.slides, 'id');
    const placed = [];
    for (const slide of slides) {
      const source = sourceFromSlideTags(await tagsOf(context, slide));
      if (source) placed.push({ slideId: slide.id, source });
    }
    return placed;
  });
}

/**
 * Replaces one placed slide by the fresh one in base64: the new slide goes in right after the old one, then the old one
 * is deleted, in one batch (Office stops a batch at its first failure, so a failed insertion deletes nothing). Only a
 * slide that still carries our source for the same item is touched; anything else is refused with an Error whose code
 * is "notPlaced" and the deck stays as it was.
 */
export async function refreshSlide(powerPoint, slideId, itemId, base64) {
  await powerPoint.run(async (context) => {
    const slide = context.presentation.slides.getItemOrNullObject(slideId);
    slide.load('id');
    await context.sync();
    const source = slide.isNullObject ? null : sourceFromSlideTags(await tagsOf(context, slide));
    if (!source || source.itemId !== itemId) {
      throw Object.assign(new Error(`slide ${slideId} is no placed result of item ${itemId}`), { code: 'notPlaced' });
    }
    context.presentation.insertSlidesFromBase64(base64, { formatting: FORMATTING, targetSlideId: slideId });
    slide.delete();
    await context.sync();
  });
}
