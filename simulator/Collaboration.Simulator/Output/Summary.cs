namespace Collaboration.Simulator.Output;

/// <summary>The lines a run ends with: what was played, what the store holds, where the documents are.</summary>
internal static class Summary
{
    public static void Write(SimulationResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Create(c, $"series {result.SeriesId}: {result.Participants} participants, {result.Activities} activities in {result.Duration.TotalSeconds:0.0} s ({result.Activities / Math.Max(0.001, result.Duration.TotalSeconds):0} per s)"));
        if (result.Check is { } check)
        {
            output.WriteLine(string.Create(c, $"participants onboarded: {check.Participants}"));
            foreach (var item in check.Items)
            {
                var traced = item.SamePerRespondent switch { true => ", each respondent's own", false => ", RESPONDENTS DIFFER", null => string.Empty };
                output.WriteLine(string.Create(c, $"  forum {item.Forum} {item.Key,-26} sent {item.Sent,6}  stored {item.Stored,6}  {(item.SameAnswers ? "same answers" : "ANSWERS DIFFER")}{traced}"));
            }

            output.WriteLine(string.Create(c, $"answers: {check.AnswersStored} stored of {check.AnswersSent} confirmed ({result.AnswersSent} submissions sent, changed answers included)"));
            output.WriteLine(string.Create(c, $"needs: {check.NeedsStored} stored of {check.NeedsSent} filed; supports: {check.SupportsStored} stored of {check.SupportsSent} given"));
            output.WriteLine($"results fingerprint: counts {check.CountsFingerprint}, respondents {check.RespondentsFingerprint}");
        }
        else
        {
            output.WriteLine("store not compared (no store given for the external endpoint)");
        }

        output.WriteLine(string.Create(c, $"errors: {result.Failures} failed activities, {result.Refusals} refusals"));
        foreach (var problem in result.Problems)
        {
            output.WriteLine("  " + problem);
        }

        if (result.Deck is not null)
        {
            output.WriteLine(string.Create(c, $"deck:   {result.Deck.FullName} ({result.Deck.Length / 1024} KiB)"));
        }

        if (result.Report is not null)
        {
            output.WriteLine(string.Create(c, $"report: {result.Report.FullName} ({result.Report.Length / 1024} KiB)"));
        }

        output.WriteLine(result.Passed ? "OK: everything sent is stored, nothing else."
            : result.Check is null ? "NOT VERIFIED: give --store-provider and --store-connection to compare the store."
            : "FAILED: see above.");
    }
}
