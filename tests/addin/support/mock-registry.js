// office-addin-mock models one object tree; items of a collection are plain array values to it. The fakes create
// their item objects as mocks of their own and keep them here, so that context.sync() settles every pending load,
// as Office's sync does, and a property read before load and sync still fails as it would in Office.
import { OfficeMockObject } from 'office-addin-mock';

export class MockRegistry {
  #mocks = [];

  create(data, host) {
    return this.add(new OfficeMockObject(data, host));
  }

  add(mock) {
    this.#mocks.push(mock);
    return mock;
  }

  async syncAll() {
    for (const mock of this.#mocks) await mock.sync();
    // The mock's sync updates properties in callbacks it does not await; let them finish.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The base64 the fakes take as an Office file: a JSON description, so tests say what the server's document holds. */
export function fakeFile(content) {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64');
}

/** Reads a fakeFile; throws as Office does for a file it cannot open. */
export function readFakeFile(base64) {
  try {
    return JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    throw Object.assign(new Error('The file is corrupt or not a valid Office document.'), { code: 'InvalidArgument' });
  }
}
