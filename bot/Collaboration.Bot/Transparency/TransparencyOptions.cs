namespace Collaboration.Bot.Transparency;

/// <summary>
/// The "Transparency" section: what the privacy notice and the terms say about the operator (DSGVO Art. 13). Each text
/// has a German and an optional English version; a missing one shows as "not specified", so a gap is visible.
/// </summary>
public sealed class TransparencyOptions
{
    public const string Section = "Transparency";

    /// <summary>The controller: name and postal address of the administration running the forums.</summary>
    public PageText Controller { get; set; } = new();

    /// <summary>How to reach the data-protection officer (postal address, e-mail).</summary>
    public PageText ProtectionOfficer { get; set; } = new();

    /// <summary>Purposes of the processing; the product's own description is shown when empty.</summary>
    public PageText Purposes { get; set; } = new();

    /// <summary>Legal basis, e.g. Art. 6 (1) e DSGVO with the state law that assigns the task.</summary>
    public PageText LegalBasis { get; set; } = new();

    /// <summary>Recipients and processors (e.g. Microsoft as processor for Teams and SharePoint).</summary>
    public PageText Recipients { get; set; } = new();

    /// <summary>The supervisory authority a complaint goes to.</summary>
    public PageText SupervisoryAuthority { get; set; } = new();
}

/// <summary>A configured text in German and, optionally, English.</summary>
public sealed class PageText
{
    public string? De { get; set; }

    public string? En { get; set; }

    public string? In(bool english) => english && !string.IsNullOrWhiteSpace(En) ? En : string.IsNullOrWhiteSpace(De) ? null : De;
}
