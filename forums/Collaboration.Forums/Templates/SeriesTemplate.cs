namespace Collaboration.Forums.Templates;

/// <summary>A parsed series template (the file format is documented in docs/templates.md).</summary>
public sealed class SeriesTemplate
{
}
