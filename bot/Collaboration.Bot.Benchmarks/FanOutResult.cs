namespace Collaboration.Bot.Benchmarks;

/// <summary>What one fan-out run measured, against the tenant limit the fake enforced.</summary>
internal sealed record FanOutResult(
    int Members,
    int Unreachable,
    int TenantLimit,
    TimeSpan Elapsed,
    int AdmittedRequests,
    int Throttled,
    int Duplicates,
    int Missed,
    int ReportedUnreachable,
    CommandTimes Commands)
{
    /// <summary>Requests Teams let through per second, as a share of the per-tenant limit: the bot's use of its budget.</summary>
    public double ShareOfLimit => AdmittedRequests / Elapsed.TotalSeconds / TenantLimit;

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"members {Members:N0} ({Unreachable:N0} unreachable) · tenant limit {TenantLimit}/s enforced by the fake"));
        output.WriteLine(string.Create(c, $"elapsed {Elapsed.TotalSeconds:F1} s · requests admitted {AdmittedRequests:N0} · {AdmittedRequests / Elapsed.TotalSeconds:F1}/s"));
        output.WriteLine(string.Create(c, $"achieved rate / limit  {ShareOfLimit:F3}   (target >= 0.9)"));
        output.WriteLine(string.Create(c, $"cards per second       {(Members - Unreachable) / Elapsed.TotalSeconds:F1}"));
        output.WriteLine(string.Create(c, $"429 answers            {Throttled}"));
        output.WriteLine(string.Create(c, $"duplicates             {Duplicates}   (must be 0)"));
        output.WriteLine(string.Create(c, $"missed reachable       {Missed}   (must be 0)"));
        output.WriteLine(string.Create(c, $"reported unreachable   {ReportedUnreachable} of {Unreachable}"));
        Commands.Print(output);
    }
}
