using System.Security.Cryptography;
using Collaboration.Reports.Export;

namespace Collaboration.Reports.Fragments;

/// <summary>
/// A short hash of an item's published results (as the export writes them, after disclosure control): equal numbers
/// give an equal hash, any changed count, share or label a different one. Not a secret, only a fingerprint.
/// </summary>
internal static class ContentHash
{
    // 64 bits tell a changed result from an unchanged one with no practical chance of a collision among one series' items.
    private const int Length = 16;

    public static string Of(ItemResults results) =>
        Convert.ToHexStringLower(SHA256.HashData(ReportJson.SerializeResults(results)))[..Length];

    public static bool IsWellFormed(string? hash) => hash is { Length: Length } && hash.All(char.IsAsciiHexDigitLower);
}
