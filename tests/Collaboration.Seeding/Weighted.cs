namespace Collaboration.Seeding;

/// <summary>Draws from a discrete distribution; the benchmark's answers follow weights, not a flat die.</summary>
internal static class Weighted
{
    public static int Index(Random random, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var point = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Distinct indices, each drawn by weight from the ones left.</summary>
    public static List<int> Distinct(Random random, IReadOnlyList<double> weights, int count)
    {
        var left = weights.ToArray();
        var picked = new List<int>();
        while (picked.Count < Math.Min(count, left.Length) && left.Any(w => w > 0))
        {
            var index = Index(random, left);
            picked.Add(index);
            left[index] = 0;
        }

        return picked;
    }

    /// <summary>Zipf-like preferences (1, 1/2, 1/3 …) in a shuffled order: a few options are popular, most are not.</summary>
    public static double[] Preferences(Random random, int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / rank).ToArray();
        random.Shuffle(weights);
        return weights;
    }
}
