using GermanTexts = Collaboration.Seeding.GermanTexts;
using StableHash = Collaboration.Seeding.StableHash;

namespace Collaboration.Simulator.Play;

/// <summary>
/// Fills in a question card the way a participant of a stakeholder group would. Each option has a general appeal
/// and a group-specific one, both derived from the keys (stable across runs), so results show clear favourites and
/// differences between groups; the participant's own <see cref="Random"/> adds the individual spread. The inputs are
/// found by the ids of the bot's wire vocabulary (<see cref="CardInputs"/>), the same the bot's cards are built from.
/// </summary>
internal static class AnswerPicker
{
    public static PlannedAnswer? Pick(SeriesItem item, CardForm card, SimParticipant who, Random random)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(who);
        var inputs = card.Inputs;
        return item.Kind switch
        {
            "rating" when Find(inputs, CardInput.Rating) is { } scale => RatingOf(item, scale, who, random),
            "singleChoice" when Find(inputs, CardInput.Choice) is { } set => ChoicesOf(item, set, who, random, 1),
            "multipleChoice" when Find(inputs, CardInput.Choice) is { } set => ChoicesOf(item, set, who, random, 1 + random.Next(item.Template?.MaxChoices ?? 3)),
            "openText" when Find(inputs, CardInput.Text) is not null => TextOf(item, random),
            "points" => PointsOf(item, Family(inputs, CardInputFamily.Points), who, random),
            "matrix" => MatrixOf(item, Family(inputs, CardInputFamily.Row), who, random),
            "matrixRating" => MatrixRatingOf(item, Family(inputs, CardInputFamily.Row), who, random),
            _ => null,
        };
    }

    /// <summary>A need of a kind and topic the card offers; the text fits the topic.</summary>
    public static PlannedAnswer? PickNeed(CardForm card, Random random)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(random);
        if (Find(card.Inputs, CardInput.NeedKind) is not { Choices.Count: > 0 } kinds || Find(card.Inputs, CardInput.NeedTopic) is not { Choices.Count: > 0 } topics)
        {
            return null;
        }

        // Needs and obstacles are what people mostly bring; wishes and requirements less often.
        var kind = random.NextDouble() switch { < 0.45 => kinds.Choices[0], < 0.65 => kinds.Choices[^1], _ => kinds.Choices[random.Next(kinds.Choices.Count)] };
        var topic = topics.Choices[Math.Min(topics.Choices.Count - 1, (int)(Math.Pow(random.NextDouble(), 1.3) * topics.Choices.Count))];
        var text = GermanTexts.Need(topic, random);
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal) { [CardInput.NeedKind.Id()] = kind, [CardInput.NeedTopic.Id()] = topic, [CardInput.NeedText.Id()] = text };
        return new PlannedAnswer(inputs, Canonical.Need(kind, topic, text));
    }

    private static FormInput? Find(IReadOnlyList<FormInput> inputs, CardInput input) => inputs.FirstOrDefault(i => i.Id == input.Id());

    /// <summary>The inputs of a family (one per option or row), each with its key.</summary>
    private static List<(FormInput Input, string Key)> Family(IReadOnlyList<FormInput> inputs, CardInputFamily family) =>
        [.. inputs.Select(i => (Input: i, Key: family.KeyOf(i.Id))).Where(i => i.Key is not null).Select(i => (i.Input, i.Key!))];

    private static PlannedAnswer RatingOf(SeriesItem item, FormInput scale, SimParticipant who, Random random)
    {
        var values = scale.Choices.Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var value = Scale(values.Min(), values.Max(), Mean(item.Key, who.GroupKey), random);
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new PlannedAnswer(new Dictionary<string, string>(StringComparer.Ordinal) { [CardInput.Rating.Id()] = text }, Canonical.Rating(value));
    }

    private static PlannedAnswer ChoicesOf(SeriesItem item, FormInput set, SimParticipant who, Random random, int count)
    {
        var weights = set.Choices.Select(c => Appeal(item.Key, c, who.GroupKey)).ToList();
        var chosen = Draw(set.Choices, weights, Math.Min(count, set.Choices.Count), random);
        return new PlannedAnswer(new Dictionary<string, string>(StringComparer.Ordinal) { [CardInput.Choice.Id()] = string.Join(',', chosen) }, Canonical.Choices(chosen));
    }

    private static PlannedAnswer TextOf(SeriesItem item, Random random)
    {
        var text = GermanTexts.OpenAnswer(item.Key, random);
        return new PlannedAnswer(new Dictionary<string, string>(StringComparer.Ordinal) { [CardInput.Text.Id()] = text }, Canonical.Text(text));
    }

    /// <summary>The budget (the inputs' maximum) goes to one to four options, most to the favourite.</summary>
    private static PlannedAnswer? PointsOf(SeriesItem item, List<(FormInput Input, string Key)> inputs, SimParticipant who, Random random)
    {
        if (inputs.Count == 0)
        {
            return null;
        }

        var budget = inputs.Max(i => i.Input.Max ?? 10);
        var keys = inputs.Select(i => i.Key).ToList();
        var chosen = Draw(keys, [.. keys.Select(k => Appeal(item.Key, k, who.GroupKey))], Math.Min(keys.Count, 1 + random.Next(4)), random);
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        var left = budget;
        for (var i = 0; i < chosen.Count; i++)
        {
            var share = i == chosen.Count - 1 ? left : Math.Max(1, (int)Math.Round(left * (0.4 + (0.3 * random.NextDouble()))));
            share = Math.Min(share, left - (chosen.Count - 1 - i));
            if (share > 0)
            {
                points[chosen[i]] = share;
                left -= share;
            }
        }

        var values = points.ToDictionary(p => CardInputFamily.Points.Id(p.Key), p => p.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new PlannedAnswer(values, Canonical.Points(points));
    }

    private static PlannedAnswer? MatrixOf(SeriesItem item, List<(FormInput Input, string Key)> rows, SimParticipant who, Random random)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (row, rowKey) in rows)
        {
            var weights = row.Choices.Select(c => Math.Pow(Appeal(item.Key + "/" + rowKey, c, who.GroupKey), 2)).ToList();
            cells[rowKey] = Draw(row.Choices, weights, 1, random)[0];
        }

        return new PlannedAnswer(cells.ToDictionary(c => CardInputs.MatrixCell(c.Key), c => c.Value, StringComparer.Ordinal), Canonical.Matrix(cells));
    }

    private static PlannedAnswer? MatrixRatingOf(SeriesItem item, List<(FormInput Input, string Key)> cells, SimParticipant who, Random random)
    {
        if (cells.Count == 0)
        {
            return null;
        }

        // "row.column" → value; the mean is keyed by the whole input id, as it always was, so a seed plays the same.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cell, cellKey) in cells)
        {
            var scale = cell.Choices.Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
            values[cellKey] = Scale(scale.Min(), scale.Max(), Mean(item.Key + "/" + cell.Id, who.GroupKey), random).ToString(CultureInfo.InvariantCulture);
        }

        return new PlannedAnswer(values.ToDictionary(v => CardInputFamily.Row.Id(v.Key), v => v.Value, StringComparer.Ordinal), Canonical.MatrixRating(values));
    }

    /// <summary>How much an option appeals in general and to the group: favourites stand out, groups differ.</summary>
    private static double Appeal(string itemKey, string option, string groupKey) =>
        Math.Pow(0.15 + StableHash.Unit(itemKey, option), 2) * (0.6 + (0.8 * StableHash.Unit(itemKey, option, groupKey)));

    /// <summary>The group's mean on a 1–5 scale for this question: most ratings lean positive, as in real forums.</summary>
    private static double Mean(string key, string groupKey) => 2.6 + (1.6 * StableHash.Unit(key)) + (0.8 * (StableHash.Unit(key, groupKey) - 0.5));

    private static int Scale(int min, int max, double mean, Random random)
    {
        // Box–Muller: a normal spread of about one point around the mean.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var scaled = min + ((mean - 1) / 4 * (max - min)) + (normal * 0.9 * (max - min) / 4);
        return Math.Clamp((int)Math.Round(scaled), min, max);
    }

    /// <summary>Draws <paramref name="count"/> different options, each with probability proportional to its weight.</summary>
    private static List<string> Draw(IReadOnlyList<string> options, List<double> weights, int count, Random random)
    {
        var left = options.Select((o, i) => (Option: o, Weight: weights[i])).ToList();
        var chosen = new List<string>(count);
        while (chosen.Count < count && left.Count > 0)
        {
            var roll = random.NextDouble() * left.Sum(l => l.Weight);
            var index = 0;
            while (index < left.Count - 1 && (roll -= left[index].Weight) >= 0)
            {
                index++;
            }

            chosen.Add(left[index].Option);
            left.RemoveAt(index);
        }

        return chosen;
    }
}
