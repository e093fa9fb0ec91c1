// The pages' API client (base /api/forum, or /api/addin for the Office add-in): the host's sign-in headers on every
// call, JSON both ways, and every failure as an ApiError that carries the server's message in the user's language.
import { t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, code, message, retryAfter = null) {
    super(message);
    this.status = status;
    this.code = code;
    // Seconds from a 429's Retry-After header, for pages that say when to try again.
    this.retryAfter = retryAfter;
  }
}

function retryAfterOf(response) {
  const seconds = Number.parseInt(response.headers?.get?.('Retry-After') ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** The ApiError for a failed response: the server's {code, message}, or a sentence of our own when there is none. */
export async function errorFrom(response) {
  try {
    const body = await response.json();
    if (body && typeof body.message === 'string') {
      return new ApiError(response.status, body.code ?? 'error', body.message, retryAfterOf(response));
    }
  } catch {
    // Not JSON (a proxy's error page, or no API at all): fall through to our own sentence.
  }
  const message = response.status === 404 || response.status >= 500
    ? t('error.unavailable')
    : t('error.generic', { status: response.status });
  return new ApiError(response.status, 'http', message, retryAfterOf(response));
}

export function createApi(host, base = '/api/forum') {
  async function request(method, path, body) {
    const headers = { Accept: 'application/json', ...(await host.headers()) };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, 'network', t('error.network'));
    }
    if (!response.ok) throw await errorFrom(response);
    return response.status === 204 ? null : response.json();
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body = {}) => request('POST', path, body),
  };
}
