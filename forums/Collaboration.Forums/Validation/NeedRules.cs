namespace Collaboration.Forums.Validation;

/// <summary>Decides whether a needs entry fits its item: open item, known kind and topic, text present and not too long.</summary>
public static class NeedRules
{
    /// <returns>The normalised text, or the reason the entry is refused.</returns>
    public static Outcome<string> Check(ForumItem item, NeedKind kind, string topicKey, string text, IReadOnlyList<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(topics);
        if (item.Status != ItemStatus.Open)
        {
            return Outcome<string>.Failure(RejectionCode.ItemNotOpen, item.Key);
        }

        if (item.Spec is not NeedsCollectionSpec spec)
        {
            return Outcome<string>.Failure(RejectionCode.WrongAnswerKind, item.Spec.KindName);
        }

        if (!spec.Kinds.Contains(kind))
        {
            return Outcome<string>.Failure(RejectionCode.UnknownNeedKind, kind.ToString());
        }

        if (!topics.Any(t => string.Equals(t.Key, topicKey, StringComparison.Ordinal)))
        {
            return Outcome<string>.Failure(RejectionCode.UnknownTopic, topicKey ?? string.Empty);
        }

        var normalised = TextRules.Normalise(text);
        if (normalised.Length == 0)
        {
            return Outcome<string>.Failure(RejectionCode.TextEmpty);
        }

        return normalised.Length > spec.MaxLength
            ? Outcome<string>.Failure(RejectionCode.TextTooLong, spec.MaxLength)
            : Outcome<string>.Success(normalised);
    }
}
