// Loading an Office.js collection's items and then their properties, in two syncs. One shape of load that both the
// real Office.js and office-addin-mock understand ("items/key" paths are not modelled by the mock).

/** Loads collection.items, then `properties` of every item; returns the items. */
export async function loadItems(context, collection, properties) {
  collection.load('items');
  await context.sync();
  const items = collection.items ?? [];
  for (const item of items) item.load(properties);
  await context.sync();
  return items;
}
