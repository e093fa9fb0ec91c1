namespace Collaboration.Web.Api.Views;

/// <summary>The moderator console: the series' forums and their questions with their state.</summary>
internal sealed record ConsoleView(NamedSeries Series, bool InMeeting, IReadOnlyList<ConsoleForum> Forums);

internal sealed record NamedSeries(Guid Id, string Title);

/// <param name="Status">"planned", "open" or "closed".</param>
internal sealed record ConsoleForum(int Number, string Title, string Status, IReadOnlyList<ItemSummary> Items);

/// <param name="Kind">The domain's kind name (<c>ItemSpec.KindName</c>).</param>
/// <param name="Respondents">As published: 0 while the results are withheld below the series' threshold.</param>
internal sealed record ItemSummary(Guid Id, string Key, string Title, string Kind, string Status, bool Anonymous, int Respondents);
