using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Collaboration.Forums.Store.Mapping;

/// <summary>
/// A read-only dictionary of a stored answer's few keys (an answer's row, cell or option keys: a handful each) in two
/// arrays, searched in order. A <see cref="Dictionary{TKey,TValue}"/> of six entries takes about 330 bytes, these
/// arrays and their holder about 150; a tally of distinct answers holds one per answer and row. Enumerates in the
/// stored order, so an answer written back is the same JSON.
/// </summary>
internal sealed class CompactDictionary<TValue>(string[] keys, TValue[] values) : IReadOnlyDictionary<string, TValue>
{
    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<TValue> Values => values;

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, TValue>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
