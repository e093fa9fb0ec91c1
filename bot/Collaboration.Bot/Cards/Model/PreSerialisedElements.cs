using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// Card elements whose JSON was written once and is copied as it is into every card that holds the same element
/// instance (see <see cref="CardBodyConverter"/>). Only for elements that are never changed after they were built,
/// which every card element is (records with init-only properties); the JSON lives as long as the element does.
/// </summary>
internal static class PreSerialisedElements
{
    private static readonly ConditionalWeakTable<CardElement, byte[]> Json = new();

    /// <summary>Writes the element's JSON now, with the one set of card options, so later cards copy it.</summary>
    public static CardElement Serialised(CardElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Json.AddOrUpdate(element, JsonSerializer.SerializeToUtf8Bytes(element, CardJson.Options));
        return element;
    }

    public static bool TryGet(CardElement element, out byte[] json) => Json.TryGetValue(element, out json!);
}
