namespace Collaboration.Seeding;

/// <summary>
/// Rows by key in the order they were first written (a replaced row keeps its place), as a table without an ORDER BY
/// returns freshly inserted rows; not thread-safe, <see cref="InMemoryForumStore"/> holds its lock around it.
/// </summary>
internal sealed class OrderedRows<TKey, TRow>
    where TKey : notnull
    where TRow : class
{
    private readonly Dictionary<TKey, int> _index = [];
    private readonly List<TRow> _rows = [];

    public int Count => _rows.Count;

    public TRow? Find(TKey key) => _index.TryGetValue(key, out var at) ? _rows[at] : null;

    public void Put(TKey key, TRow row)
    {
        if (_index.TryGetValue(key, out var at))
        {
            _rows[at] = row;
            return;
        }

        _index[key] = _rows.Count;
        _rows.Add(row);
    }

    /// <summary>A copy, so that a caller may read it while the store takes more writes.</summary>
    public List<TRow> All() => [.. _rows];
}
