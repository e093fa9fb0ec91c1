namespace Collaboration.Forums.Validation;

/// <summary>How text from users is cleaned before it is checked and stored.</summary>
public static class TextRules
{
    /// <summary>Trims, normalises to NFC and drops control characters other than line breaks and tabs.</summary>
    public static string Normalise(string? text) => throw new NotImplementedException();
}
