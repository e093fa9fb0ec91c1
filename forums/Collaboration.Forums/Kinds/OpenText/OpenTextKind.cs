using Collaboration.Forums.Kinds.Shared;

namespace Collaboration.Forums.Kinds.OpenText;

/// <summary>A free text answer.</summary>
internal sealed class OpenTextKind : ItemKind<OpenTextSpec, TextResults>
{
    /// <summary>Room for a considered paragraph, still one card.</summary>
    public const int DefaultMaxLength = 1000;

    public override string Name => OpenTextSpec.Name;

    public override ItemSpec Build(KindFields fields) => new OpenTextSpec(fields.MaxLength ?? DefaultMaxLength);

    protected override string? CheckDefinition(OpenTextSpec spec, DefinitionContext context) => OptionChecks.MaxLength(spec.MaxLength);

    protected override Outcome<Answer> CheckAnswer(OpenTextSpec spec, Answer answer)
    {
        if (answer is not TextAnswer a)
        {
            return WrongKind();
        }

        var text = TextRules.Normalise(a.Text);
        if (text.Length == 0)
        {
            return Outcome<Answer>.Failure(RejectionCode.TextEmpty);
        }

        return text.Length > spec.MaxLength
            ? Outcome<Answer>.Failure(RejectionCode.TextTooLong, spec.MaxLength)
            : Outcome<Answer>.Success(new TextAnswer(text));
    }

    protected override TextResults Compute(Guid itemId, OpenTextSpec spec, IReadOnlyList<Response> latest)
    {
        var texts = AnswersOf<TextAnswer>(latest);
        return new TextResults(itemId, texts.Count, [.. texts.Select(t => ResultsCalculator.OpenAnswer(t)).OfType<string>()]);
    }

    protected override TextResults Withhold(TextResults computed) => computed with { Answers = [] };
}
