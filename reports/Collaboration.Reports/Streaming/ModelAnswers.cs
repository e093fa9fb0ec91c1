namespace Collaboration.Reports.Streaming;

/// <summary>The open answers a report model holds (read from an export or built whole): they complete without waiting.</summary>
internal sealed class ModelAnswers : IOpenAnswerSource
{
    public static readonly ModelAnswers Instance = new();

    public IAsyncEnumerable<string> ReadAsync(ItemReport item, CancellationToken cancellationToken) =>
        (item.Results is TextResults texts ? texts.Answers : []).ToAsyncEnumerable();
}
