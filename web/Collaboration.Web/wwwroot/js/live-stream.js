// The live results stream (GET /api/forum/live, Server-Sent Events) read with fetch, because EventSource cannot send
// the Authorization header. Reconnects with growing, jittered pauses so that a restart of the server is not met by
// every viewer at the same moment.
import { errorFrom } from './api.js';

const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30000;

const sleep = (ms, signal) => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

/** Splits an event stream into events; calls onEvent(name, data) for each complete one. */
function eventParser(onEvent) {
  let buffer = '';
  let name = 'message';
  let data = [];
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (data.length) onEvent(name, data.join('\n'));
        name = 'message';
        data = [];
      } else if (line.startsWith(':')) {
        // A comment (the server's ping).
      } else {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
      }
    }
  };
}

/**
 * Follows the stream at url until signal aborts. onItem(liveItem) for every "results" event, onForum() when the
 * running forum changed (the page then loads the new forum's snapshot); onState(state, error)
 * with "open", "reconnecting" or "failed" (a refusal that a retry would not change: 400, 403, 404).
 */
export async function followLive({ url, headers, onItem, onForum, onState, signal }) {
  let pause = FIRST_PAUSE_MS;
  while (!signal?.aborted) {
    try {
      const response = await fetch(url, {
        headers: { ...(await headers()), Accept: 'text/event-stream' },
        cache: 'no-store',
        signal,
      });
      if (!response.ok) {
        const error = await errorFrom(response);
        if ([400, 403, 404].includes(response.status)) {
          onState('failed', error);
          return;
        }
        throw error;
      }
      onState('open');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parse = eventParser((name, data) => {
        if (name === 'forum') onForum?.();
        if (name !== 'results') return;
        pause = FIRST_PAUSE_MS;
        onItem(JSON.parse(data));
      });
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parse(value);
      }
    } catch (error) {
      if (signal?.aborted) return;
      onState('reconnecting', error);
    }
    if (signal?.aborted) return;
    onState('reconnecting');
    await sleep(pause / 2 + Math.random() * pause / 2, signal);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}
