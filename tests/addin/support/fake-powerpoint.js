// A presentation behind office-addin-mock's PowerPoint objects: slides with ids and tags, a slide selection, and the
// calls the pane makes (getSelectedSlides, slides.getItemOrNullObject, insertSlidesFromBase64, slide.delete, tags).
// Inserted decks are fakeFile({ slides: [{ title, tags }] }); a deck that cannot be read throws and changes nothing.
import { OfficeMockObject } from 'office-addin-mock';
import { MockRegistry, readFakeFile } from './mock-registry.js';

const HOST = 'powerpoint';

export function fakePresentation(slides, { selected = [] } = {}) {
  const registry = new MockRegistry();
  const state = { slides: slides.map((s) => ({ ...s, tags: { ...(s.tags ?? {}) } })), selected: [...selected], nextId: 1000, inserts: [] };
  const slideMocks = new Map();

  function slideMock(slide) {
    if (!slideMocks.has(slide.id)) {
      const mock = registry.create({
        id: slide.id,
        tags: { items: [] },
        delete() {
          const at = state.slides.findIndex((s) => s.id === slide.id);
          if (at < 0) throw Object.assign(new Error('ItemNotFound'), { code: 'ItemNotFound' });
          state.slides.splice(at, 1);
          state.selected = state.selected.filter((id) => id !== slide.id);
          refresh();
        },
      }, HOST);
      mock.isNullObject = false;
      slideMocks.set(slide.id, mock);
    }
    const mock = slideMocks.get(slide.id);
    mock.tags.setValue('items', Object.entries(slide.tags).map(([key, value]) => registry.create({ key, value }, HOST)));
    return mock;
  }

  function collection() {
    return registry.create({ items: [] }, HOST);
  }

  const selectedCollection = collection();
  // The namespace itself is not registered: its context's sync is the registry's, which would call itself.
  const namespace = new OfficeMockObject({
    context: {
      presentation: {
        slides: {
          items: [],
          getItemOrNullObject(id) {
            const slide = state.slides.find((s) => s.id === id);
            if (slide) return slideMock(slide);
            const missing = registry.create({ id: undefined }, HOST);
            missing.isNullObject = true;
            return missing;
          },
        },
        getSelectedSlides() {
          selectedCollection.setValue('items', state.selected.map((id) => slideMock(state.slides.find((s) => s.id === id))));
          return selectedCollection;
        },
        insertSlidesFromBase64(base64, options) {
          const deck = readFakeFile(base64);
          let at = 0;
          if (options?.targetSlideId !== undefined) {
            at = state.slides.findIndex((s) => s.id === options.targetSlideId) + 1;
            if (at === 0) throw Object.assign(new Error('SlideNotFound'), { code: 'SlideNotFound' });
          }
          const fresh = deck.slides.map((s) => ({ id: `${(state.nextId += 1)}#`, title: s.title, tags: { ...s.tags } }));
          state.slides.splice(at, 0, ...fresh);
          state.inserts.push({ options, count: fresh.length });
          refresh();
        },
      },
      sync: async () => registry.syncAll(),
    },
    async run(callback) {
      return callback(this.context);
    },
  }, HOST);

  registry.add(namespace.context.presentation);

  function refresh() {
    namespace.context.presentation.slides.setValue('items', state.slides.map(slideMock));
  }
  refresh();

  return {
    PowerPoint: namespace,
    state,
    /** The deck as [title, …], in order. */
    titles: () => state.slides.map((s) => s.title),
  };
}
