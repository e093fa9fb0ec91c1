using System.Diagnostics.CodeAnalysis;

namespace Collaboration.Reports.Export;

/// <summary>The report read from an export, or the message that says why there is none.</summary>
public sealed record ReportRead(SeriesReport? Report, string? Error)
{
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Report is not null;

    internal static ReportRead Fail(string error) => new(null, error);
}
