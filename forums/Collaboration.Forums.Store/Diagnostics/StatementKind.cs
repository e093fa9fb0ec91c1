using System.Text.RegularExpressions;

namespace Collaboration.Forums.Store.Diagnostics;

/// <summary>Whether a statement may change the database, judged from its text: enough for counting, not for security.</summary>
internal static partial class StatementKind
{
    // Whole words only: "updated_at" in a SELECT is a column, not a write. EF's SaveChanges and the upserts start with
    // their verb; the PostgreSQL leases start with WITH ... UPDATE.
    public static bool MayWrite(string commandText) => Writing().IsMatch(commandText);

    [GeneratedRegex(@"\b(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Writing();
}
