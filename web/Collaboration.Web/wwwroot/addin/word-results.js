// The pane's Word calls. Every function takes the Word namespace (its run()), so node tests drive them with
// office-addin-mock. API sets: getSelection, insertFileFromBase64, contentControls, tag and delete WordApi 1.1;
// Range.isEmpty, ContentControl.getRange and contentControls.getByIdOrNullObject WordApi 1.3 (docs/office-addin.md).
import { loadItems } from './office-collections.js';
import { CONTROL_TAG_PREFIX, sourceFromControlTag } from './source-tags.js';

/**
 * Inserts the server's section at the cursor. A cursor (an empty selection) is replaced, which inserts there; a
 * selection with text keeps the text and gets the section after it, so nothing the user wrote is lost.
 */
export async function insertSection(word, base64) {
  await word.run(async (context) => {
    const selection = context.document.getSelection();
    selection.load('isEmpty');
    await context.sync();
    selection.insertFileFromBase64(base64, selection.isEmpty ? 'Replace' : 'After');
    await context.sync();
  });
}

/** Every content control whose tag is one of ours ("c1." and well formed): [{ controlId, tag, source }]. */
export async function findPlacedSections(word) {
  return word.run(async (context) => {
    const controls = await loadItems(context, context.document.contentControls, 'id,tag');
    return controls
      .filter((control) => typeof control.tag === 'string' && control.tag.startsWith(CONTROL_TAG_PREFIX))
      .map((control) => ({ controlId: control.id, tag: control.tag, source: sourceFromControlTag(control.tag) }))
      .filter((placed) => placed.source !== null);
  });
}

/**
 * Replaces one placed section by the fresh one in base64: the new control goes in before the old control's whole range,
 * then the old control is deleted with its content, in one batch (a failed insertion deletes nothing). Inserting into
 * the old control instead would nest the fresh control inside it. Only a control that still carries our source for the
 * same item is touched; anything else is refused with an Error whose code is "notPlaced".
 */
export async function refreshSection(word, controlId, itemId, base64) {
  await word.run(async (context) => {
    const control = context.document.contentControls.getByIdOrNullObject(controlId);
    control.load('id,tag');
    await context.sync();
    const source = control.isNullObject ? null : sourceFromControlTag(control.tag);
    if (!source || source.itemId !== itemId) {
      throw Object.assign(new Error(`control ${controlId} is no placed result of item ${itemId}`), { code: 'notPlaced' });
    }
    control.getRange('Whole').insertFileFromBase64(base64, 'Before');
    control.delete(false);
    await context.sync();
  });
}
