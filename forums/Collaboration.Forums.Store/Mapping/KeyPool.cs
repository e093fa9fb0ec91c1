using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Collaboration.Forums.Store.Mapping;

/// <summary>
/// One string instance per option key read from stored answers. A matrix answer names its 4 rows and 24 cells by
/// key, and a report of 58,000 such answers held 1.6 million copies of the same few dozen strings. The keys an item's
/// answers use are its options' keys (answers are checked against the item before they are stored), so the pool
/// stays small; it is bounded anyway, and a key beyond the bound is simply not shared.
/// </summary>
internal static class KeyPool
{
    private const int MaxKeys = 8192;

    // Keys longer than this are read as they are: option keys are short, and the stack buffer stays small.
    private const int MaxPooledBytes = 128;

    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string at the reader's current property name or string value, shared when it is a pooled key.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledBytes)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var key = chars[..length];
        if (BySpan.TryGetValue(key, out var pooled))
        {
            return pooled;
        }

        var created = key.ToString();
        return Keys.Count < MaxKeys ? Keys.GetOrAdd(created, created) : created;
    }
}
