// The source an inserted slide or section carries (reports/README.md "Fragments"): series, item, as-of time and a hash
// of the numbers. Slides keep it in four tags, Word content controls in one compact tag "c1.{series}.{item}.{time}.{hash}"
// with both GUIDs in base64url. Both read back into the shape POST /api/addin/check takes.
// No Office or browser object here, so the pane and the node tests share it.

export const SLIDE_TAGS = Object.freeze({
  series: 'COLLABORATION_SERIES',
  item: 'COLLABORATION_ITEM',
  asOf: 'COLLABORATION_ASOF',
  hash: 'COLLABORATION_HASH',
});

export const CONTROL_TAG_PREFIX = 'c1.';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLIDE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const CONTROL_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HASH = /^[0-9a-f]{16}$/;
const BASE64URL_GUID = /^[A-Za-z0-9_-]{22}$/;

/** The source in a slide's tags (keys in any case: PowerPoint upper-cases them); null unless all four are ours and well formed. */
export function sourceFromSlideTags(tags) {
  const byKey = new Map();
  for (const { key, value } of tags) byKey.set(String(key).toUpperCase(), String(value));
  const seriesId = byKey.get(SLIDE_TAGS.series);
  const itemId = byKey.get(SLIDE_TAGS.item);
  const asOf = byKey.get(SLIDE_TAGS.asOf);
  const hash = byKey.get(SLIDE_TAGS.hash);
  if (!GUID.test(seriesId ?? '') || !GUID.test(itemId ?? '') || !SLIDE_TIME.test(asOf ?? '') || !HASH.test(hash ?? '')) return null;
  return { seriesId: seriesId.toLowerCase(), itemId: itemId.toLowerCase(), asOf, hash };
}

/** The source in a content control's tag; null for every tag that is not ours (the user's own controls). */
export function sourceFromControlTag(tag) {
  if (typeof tag !== 'string' || !tag.startsWith(CONTROL_TAG_PREFIX)) return null;
  const fields = tag.split('.');
  if (fields.length !== 5) return null;
  const seriesId = guidFromBase64Url(fields[1]);
  const itemId = guidFromBase64Url(fields[2]);
  const time = CONTROL_TIME.exec(fields[3]);
  if (!seriesId || !itemId || !time || !HASH.test(fields[4])) return null;
  const [, year, month, day, hour, minute, second] = time;
  return { seriesId, itemId, asOf: `${year}-${month}-${day}T${hour}:${minute}:${second}Z`, hash: fields[4] };
}

/**
 * A GUID from the 16 bytes .NET's Guid.ToByteArray writes (as FragmentSource does): the first three fields are stored
 * little-endian, the last eight bytes as they are.
 */
export function guidFromBase64Url(text) {
  if (!BASE64URL_GUID.test(text ?? '')) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==');
  const bytes = Array.from(binary, (c) => c.charCodeAt(0));
  if (bytes.length !== 16) return null;
  const hex = (indices) => indices.map((i) => bytes[i].toString(16).padStart(2, '0')).join('');
  return [hex([3, 2, 1, 0]), hex([5, 4]), hex([7, 6]), hex([8, 9]), hex([10, 11, 12, 13, 14, 15])].join('-');
}

/** The same source twice (as /check compares them): series, item, time and hash all equal. */
export function sameSource(a, b) {
  return a.seriesId === b.seriesId && a.itemId === b.itemId && a.asOf === b.asOf && a.hash === b.hash;
}
