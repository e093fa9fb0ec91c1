// A Word document behind office-addin-mock's Word objects: a body of blocks (paragraphs and content controls with a tag),
// a cursor or selected paragraph, and the calls the pane makes (getSelection, insertFileFromBase64, contentControls,
// getByIdOrNullObject, getRange('Whole'), delete). Inserted files are fakeFile({ blocks: [{ tag?, text }] }); blocks
// with a tag become content controls. A file that cannot be read throws and changes nothing.
import { OfficeMockObject } from 'office-addin-mock';
import { MockRegistry, readFakeFile } from './mock-registry.js';

const HOST = 'word';

/**
 * blocks: [{ text } | { tag, text }]; cursor: the index the cursor stands before (an empty selection), or
 * selectedBlock: the index of a selected paragraph.
 */
export function fakeDocument(blocks, { cursor = blocks.length, selectedBlock = null } = {}) {
  const registry = new MockRegistry();
  let nextId = 100;
  const state = {
    blocks: blocks.map((b) => ({ ...b, id: b.tag !== undefined ? (nextId += 1) : undefined })),
    cursor,
    selectedBlock,
  };

  function insertAt(index, base64) {
    const file = readFakeFile(base64);
    const fresh = file.blocks.map((b) => ({ ...b, id: b.tag !== undefined ? (nextId += 1) : undefined }));
    state.blocks.splice(index, 0, ...fresh);
    refresh();
  }

  function controlMock(block) {
    const mock = registry.create({
      id: block.id,
      tag: block.tag,
      text: block.text,
      getRange(location) {
        if (location !== 'Whole') throw new Error(`fake: only the whole range is modelled, not ${location}`);
        return registry.create({
          insertFileFromBase64(base64, where) {
            const at = state.blocks.indexOf(block);
            if (where === 'Before') insertAt(at, base64);
            else if (where === 'After') insertAt(at + 1, base64);
            else throw new Error(`fake: ${where} on a control's range is not modelled`);
          },
        }, HOST);
      },
      delete(keepContent) {
        const at = state.blocks.indexOf(block);
        if (at < 0) throw Object.assign(new Error('ItemNotFound'), { code: 'ItemNotFound' });
        if (keepContent) state.blocks.splice(at, 1, { text: block.text });
        else state.blocks.splice(at, 1);
        refresh();
      },
    }, HOST);
    mock.isNullObject = false;
    return mock;
  }

  // The namespace itself is not registered: its context's sync is the registry's, which would call itself.
  const namespace = new OfficeMockObject({
    context: {
      document: {
        contentControls: {
          items: [],
          getByIdOrNullObject(id) {
            const block = state.blocks.find((b) => b.id === id);
            if (block) return controlMock(block);
            const missing = registry.create({ id: undefined, tag: undefined }, HOST);
            missing.isNullObject = true;
            return missing;
          },
        },
        getSelection() {
          return registry.create({
            isEmpty: state.selectedBlock === null,
            insertFileFromBase64(base64, where) {
              if (where === 'Replace' && state.selectedBlock === null) insertAt(state.cursor, base64);
              else if (where === 'After' && state.selectedBlock !== null) insertAt(state.selectedBlock + 1, base64);
              else throw new Error(`fake: ${where} on ${state.selectedBlock === null ? 'a cursor' : 'a selection'} is not modelled`);
            },
          }, HOST);
        },
      },
      sync: async () => registry.syncAll(),
    },
    async run(callback) {
      return callback(this.context);
    },
  }, HOST);

  registry.add(namespace.context.document);

  function refresh() {
    namespace.context.document.contentControls.setValue('items', state.blocks.filter((b) => b.tag !== undefined).map(controlMock));
  }
  refresh();

  return {
    Word: namespace,
    state,
    /** The body as text lines, a control shown as "[tag] text". */
    lines: () => state.blocks.map((b) => (b.tag !== undefined ? `[${b.tag}] ${b.text}` : b.text)),
  };
}
