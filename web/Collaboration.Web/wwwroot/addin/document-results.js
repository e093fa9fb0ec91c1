// The open document as the pane sees it: a PowerPoint deck takes slides (POST /slides), a Word document a section
// (POST /section). Both offer insert, find the placed results and refresh one; the Office calls themselves are in
// powerpoint-results.js and word-results.js.
import { findPlacedSlides, insertSlides, refreshSlide } from './powerpoint-results.js';
import { findPlacedSections, insertSection, refreshSection } from './word-results.js';

/** The document of the host ("PowerPoint" | "Word"), or null elsewhere (outside Office nothing is inserted). */
export function documentFor(host) {
  if (host === 'PowerPoint' && globalThis.PowerPoint) {
    const powerPoint = globalThis.PowerPoint;
    return {
      endpoint: '/slides',
      insertLabel: 'addin.insertSlides',
      insert: (base64) => insertSlides(powerPoint, base64),
      find: async () => (await findPlacedSlides(powerPoint)).map((p) => ({ id: p.slideId, source: p.source })),
      refresh: (placed, base64) => refreshSlide(powerPoint, placed.id, placed.source.itemId, base64),
    };
  }
  if (host === 'Word' && globalThis.Word) {
    const word = globalThis.Word;
    return {
      endpoint: '/section',
      insertLabel: 'addin.insertSection',
      insert: (base64) => insertSection(word, base64),
      find: async () => (await findPlacedSections(word)).map((p) => ({ id: p.controlId, source: p.source })),
      refresh: (placed, base64) => refreshSection(word, placed.id, placed.source.itemId, base64),
    };
  }
  return null;
}

/** POST /check answers one state per placed source in the order asked; matched by position, else by series and item. */
export function statesFor(placed, states) {
  const list = Array.isArray(states) ? states : [];
  return placed.map((p, index) => {
    const byIndex = list[index];
    const same = (s) => String(s?.seriesId).toLowerCase() === p.source.seriesId && String(s?.itemId).toLowerCase() === p.source.itemId;
    const state = same(byIndex) ? byIndex : list.find(same);
    return { ...p, state: state?.state ?? 'unknown' };
  });
}
