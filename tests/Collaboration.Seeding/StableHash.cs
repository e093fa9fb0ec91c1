using System.Text;

namespace Collaboration.Seeding;

/// <summary>
/// FNV-1a over UTF-8: the same number for the same text in every process (string.GetHashCode is randomised per
/// process), so preferences derived from item and option keys are reproducible from the seed.
/// </summary>
public static class StableHash
{
    public static uint Of(params string[] parts)
    {
        var hash = 2166136261u;
        foreach (var part in parts)
        {
            foreach (var b in Encoding.UTF8.GetBytes(part))
            {
                hash = (hash ^ b) * 16777619u;
            }

            hash = (hash ^ 0x1F) * 16777619u;
        }

        return hash;
    }

    /// <summary>A number in [0, 1) derived from the parts.</summary>
    public static double Unit(params string[] parts) => Of(parts) / ((double)uint.MaxValue + 1);

    /// <summary>A seed for a <see cref="Random"/> that depends only on the run's seed and the parts.</summary>
    public static int Seed(int runSeed, params string[] parts) => (int)(Of([.. parts, runSeed.ToString(System.Globalization.CultureInfo.InvariantCulture)]) & 0x7FFFFFFF);
}
