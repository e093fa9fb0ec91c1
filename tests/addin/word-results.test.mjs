import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlacedSections, insertSection, refreshSection } from '../../web/Collaboration.Web/wwwroot/addin/word-results.js';
import { fakeFile } from './support/mock-registry.js';
import { fakeDocument } from './support/fake-word.js';
import { ITEM, controlTag } from './support/sources.js';

const OLD = '0000000000000001';
const NEW = '00000000000000ff';

function sectionOf(tag, text) {
  return fakeFile({ blocks: [{ tag, text }] });
}

/** A report the user wrote: their text, our section, their own content control, their closing words. */
function usersReport() {
  return fakeDocument([
    { text: 'Einleitung der Referentin' },
    { tag: controlTag(OLD), text: 'Bedeutung: 7 Antworten' },
    { tag: 'unterschrift', text: 'Dr. Beispiel' },
    { tag: 'c1.entwurf', text: 'Eigener Baustein mit c1-Präfix' },
    { text: 'Schlusswort' },
  ]);
}

test('Insert at a cursor puts the section there', async () => {
  const doc = fakeDocument([{ text: 'Eins' }, { text: 'Zwei' }], { cursor: 1 });

  await insertSection(doc.Word, sectionOf(controlTag(OLD), 'Bedeutung'));

  assert.deepEqual(doc.lines(), ['Eins', `[${controlTag(OLD)}] Bedeutung`, 'Zwei']);
});

test('Insert over selected text keeps the text and puts the section after it', async () => {
  const doc = fakeDocument([{ text: 'Eins' }, { text: 'Zwei' }], { selectedBlock: 0 });

  await insertSection(doc.Word, sectionOf(controlTag(OLD), 'Bedeutung'));

  assert.deepEqual(doc.lines(), ['Eins', `[${controlTag(OLD)}] Bedeutung`, 'Zwei']);
});

test('Placed sections are found by their c1 tag; the user own controls are not, even one whose tag starts with c1.', async () => {
  const placed = await findPlacedSections(usersReport().Word);

  assert.deepEqual(placed.map((p) => [p.tag, p.source.itemId, p.source.hash, p.source.asOf]), [[controlTag(OLD), ITEM, OLD, '2026-12-01T10:00:00Z']]);
});

test('Refresh replaces only our control, in its place; the user text and controls stay as they were', async () => {
  const doc = usersReport();
  const [placed] = await findPlacedSections(doc.Word);

  await refreshSection(doc.Word, placed.controlId, ITEM, sectionOf(controlTag(NEW, '20261205T180000Z'), 'Bedeutung: 9 Antworten'));

  assert.deepEqual(doc.lines(), [
    'Einleitung der Referentin',
    `[${controlTag(NEW, '20261205T180000Z')}] Bedeutung: 9 Antworten`,
    '[unterschrift] Dr. Beispiel',
    '[c1.entwurf] Eigener Baustein mit c1-Präfix',
    'Schlusswort',
  ]);
});

test('Refresh refuses a foreign control, another item and a control that is gone, and changes nothing', async () => {
  const ids = usersReport().state.blocks.filter((b) => b.tag !== undefined).map((b) => b.id);
  for (const [controlId, itemId] of [[ids[1], ITEM], [ids[2], ITEM], [ids[0], '11111111-2222-4333-8444-555555555555'], [9999, ITEM]]) {
    const doc = usersReport();
    const before = doc.lines();

    await assert.rejects(refreshSection(doc.Word, controlId, itemId, sectionOf(controlTag(NEW), 'Neu')), { code: 'notPlaced' });

    assert.deepEqual(doc.lines(), before, `control ${controlId}`);
  }
});

test('A file Word cannot read leaves the document unchanged, on insert and on refresh', async () => {
  const doc = usersReport();
  const before = doc.lines();
  const [placed] = await findPlacedSections(doc.Word);

  await assert.rejects(insertSection(doc.Word, 'kein-docx'));
  await assert.rejects(refreshSection(doc.Word, placed.controlId, ITEM, 'kein-docx'));

  assert.deepEqual(doc.lines(), before);
});
