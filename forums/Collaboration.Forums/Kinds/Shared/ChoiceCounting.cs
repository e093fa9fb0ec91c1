namespace Collaboration.Forums.Kinds.Shared;

/// <summary>Answers and counts of single and multiple choice items, which differ only in how many options one may pick.</summary>
internal static class ChoiceCounting
{
    public static Outcome<Answer> Check(IReadOnlyList<Choice> options, ChoiceAnswer answer, int maxChoices)
    {
        var keys = answer.ChoiceKeys ?? [];
        if (keys.Count == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.NoChoice);
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!Options.Has(options, key))
            {
                return Outcome<Answer>.Failure(RejectionCode.ChoiceNotInItem, key ?? string.Empty);
            }

            if (!chosen.Add(key!))
            {
                return Outcome<Answer>.Failure(RejectionCode.DuplicateChoice, key!);
            }
        }

        if (chosen.Count > maxChoices)
        {
            return Outcome<Answer>.Failure(RejectionCode.TooManyChoices, maxChoices);
        }

        return Outcome<Answer>.Success(new ChoiceAnswer([.. options.Select(o => o.Key).Where(chosen.Contains)]));
    }

    public static ChoiceResults Count(Guid itemId, IReadOnlyList<Choice> choices, IReadOnlyList<Response> latest)
    {
        var answers = latest.Select(r => r.Answer).OfType<ChoiceAnswer>().Select(a => (a.ChoiceKeys ?? []).ToHashSet(StringComparer.Ordinal)).ToList();
        var tallies = choices
            .Select(c => answers.Count(a => a.Contains(c.Key)))
            .Zip(choices, (count, choice) => new ChoiceTally(choice, count, Options.Share(count, answers.Count)))
            .ToList();
        return new ChoiceResults(itemId, answers.Count, tallies);
    }

    public static ChoiceResults Withhold(ChoiceResults computed) => computed with { Tallies = [] };

    public static IReadOnlyList<Choice> Top(ChoiceResults results, int top) =>
        [.. results.Tallies.Where(t => t.Count > 0).OrderByDescending(t => t.Count).Take(top).Select(t => t.Choice)];
}
