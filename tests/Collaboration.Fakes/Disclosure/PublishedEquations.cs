namespace Collaboration.Fakes.Disclosure;

/// <summary>
/// An attacker's view of published numbers: unknown non-negative integer counts and the linear constraints the outputs
/// give about them (sums equal to a published total, bounded by what is known). <see cref="IsPinned"/> asks whether a
/// linear form of the unknowns (a hidden cell, a hidden group's size) can take only one value, by searching for an
/// integer solution in which it differs from the true value: exhaustive, so a "not pinned" is a witness, not a guess.
/// Sizes are kept small by the tests (tens of people, a dozen or two unknowns).
/// </summary>
public sealed class PublishedEquations
{
    private readonly List<int> _upper = [];
    private readonly List<(int[] Vars, int[] Coefficients, int Low, int High)> _constraints = [];

    public int Count => _upper.Count;

    /// <summary>A new unknown in [0, <paramref name="upper"/>].</summary>
    public int Unknown(int upper)
    {
        _upper.Add(upper);
        return _upper.Count - 1;
    }

    /// <summary>The sum of the unknowns is <paramref name="value"/>.</summary>
    public void SumIs(IEnumerable<int> unknowns, int value) => SumBetween(unknowns, value, value);

    public void SumBetween(IEnumerable<int> unknowns, int low, int high)
    {
        var vars = unknowns.ToArray();
        _constraints.Add((vars, [.. vars.Select(_ => 1)], low, high));
    }

    /// <summary>Σ plus − Σ minus lies in [low, high] (e.g. a group's answers on an item never exceed its members).</summary>
    public void DifferenceBetween(IEnumerable<int> plus, IEnumerable<int> minus, int low, int high)
    {
        var p = plus.ToArray();
        var m = minus.ToArray();
        _constraints.Add(([.. p, .. m], [.. p.Select(_ => 1), .. m.Select(_ => -1)], low, high));
    }

    /// <summary>Whether the true values satisfy every equation: a test that models the outputs wrongly fails here, not silently.</summary>
    public bool Admits(IReadOnlyDictionary<int, int> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return truth.Count == Count && truth.All(t => t.Value >= 0 && t.Value <= _upper[t.Key]) && _constraints.All(c =>
        {
            var sum = c.Vars.Select((v, i) => c.Coefficients[i] * truth[v]).Sum();
            return sum >= c.Low && sum <= c.High;
        });
    }

    /// <summary>Whether every solution gives the sum of <paramref name="form"/> the value <paramref name="truth"/>.</summary>
    public bool IsPinned(IReadOnlyList<int> form, int truth)
    {
        var inForm = form.ToHashSet();
        var order = form.Distinct().Concat(Enumerable.Range(0, Count).Where(v => !inForm.Contains(v))).ToArray();
        var values = new int[Count];
        var assigned = new bool[Count];
        return !Search(0);

        bool Search(int depth)
        {
            if (depth == form.Distinct().Count() && form.Sum(v => values[v]) == truth)
            {
                return false;
            }

            if (depth == order.Length)
            {
                return true;
            }

            var v = order[depth];
            assigned[v] = true;
            for (var value = 0; value <= _upper[v]; value++)
            {
                values[v] = value;
                if (Feasible() && Search(depth + 1))
                {
                    return true;
                }
            }

            assigned[v] = false;
            return false;
        }

        bool Feasible()
        {
            foreach (var (vars, coefficients, low, high) in _constraints)
            {
                int min = 0, max = 0;
                for (var i = 0; i < vars.Length; i++)
                {
                    var c = coefficients[i];
                    if (assigned[vars[i]])
                    {
                        min += c * values[vars[i]];
                        max += c * values[vars[i]];
                    }
                    else if (c > 0)
                    {
                        max += c * _upper[vars[i]];
                    }
                    else
                    {
                        min += c * _upper[vars[i]];
                    }
                }

                if (max < low || min > high)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
