using System.Collections.Frozen;

namespace Collaboration.Bot.Wire;

/// <summary>
/// The wire strings of an enum-like vocabulary: each member's name in camelCase, so the enum is the one list and a
/// string read back can only become a member that exists.
/// </summary>
internal sealed class WireName<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _names;
    private readonly FrozenDictionary<string, T> _members;

    public WireName(string prefix)
    {
        _names = Enum.GetValues<T>().ToFrozenDictionary(m => m, m => prefix + CamelCase(m.ToString()));
        _members = _names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    public string Of(T member) =>
        _names.TryGetValue(member, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(member), member, "Not a member of the vocabulary.");

    public bool TryRead(string? wire, out T member)
    {
        member = default;
        return wire is not null && _members.TryGetValue(wire, out member);
    }

    private static string CamelCase(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
}
