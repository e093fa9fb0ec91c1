namespace Collaboration.Forums.Text;

/// <summary>A text written by a moderator or a template, German with an optional English version beside it.</summary>
public sealed record LocalizedText(string De, string? En = null)
{
    /// <summary>The text in the asked language; German when no English version was written.</summary>
    public string In(Language language) =>
        language == Language.En && !string.IsNullOrWhiteSpace(En) ? En : De;

    public override string ToString() => De;
}
