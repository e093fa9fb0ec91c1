// Sources as the server writes them (reports/Collaboration.Reports/Fragments/FragmentSource): slide tags with plain
// GUIDs, and Word tags with the GUIDs as .NET's Guid.ToByteArray in base64url (computed independently for these ids).
export const SERIES = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
export const SERIES_COMPACT = '_xmWb4aLEdC0LQDAT8lk_w';
export const ITEM = '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9';
export const ITEM_COMPACT = 'Pi0cC1BPF0aCg5SltsfY6Q';
export const OTHER_ITEM = '11111111-2222-4333-8444-555555555555';

export function slideTags(itemId, hash, asOf = '2026-12-01T10:00:00Z') {
  return { COLLABORATION_SERIES: SERIES, COLLABORATION_ITEM: itemId, COLLABORATION_ASOF: asOf, COLLABORATION_HASH: hash };
}

export function controlTag(hash, time = '20261201T100000Z') {
  return `c1.${SERIES_COMPACT}.${ITEM_COMPACT}.${time}.${hash}`;
}
