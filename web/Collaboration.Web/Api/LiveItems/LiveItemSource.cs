using Collaboration.Web.Live;

namespace Collaboration.Web.Api.LiveItems;

/// <summary>
/// Renders an item's live JSON from results computed now (not a card's cached totals): the live feed asks once per
/// change and language however many watch, and a view should show the vote that triggered it.
/// </summary>
internal sealed class LiveItemSource(ResultsService results) : ILiveItemSource
{
    public async Task<ReadOnlyMemory<byte>?> RenderAsync(Guid itemId, Language language, CancellationToken cancellationToken) =>
        await FindAsync(itemId, language, cancellationToken) is { } item ? JsonSerializer.SerializeToUtf8Bytes(item, ApiJson.Options) : null;

    /// <returns>Null when the item no longer exists.</returns>
    public async Task<LiveItem?> FindAsync(Guid itemId, Language language, CancellationToken cancellationToken)
    {
        var view = await results.ViewItemAsync(itemId, null, cancellationToken);
        return view.Succeeded ? LiveItemMapping.Map(view.Value.Item, view.Value.Results, WebText.For(language)) : null;
    }
}
