using Collaboration.Forums.Series;
using Collaboration.Forums.Validation;

namespace Collaboration.Forums.Templates;

/// <summary>Series templates: the built-in ones shipped with the product and template files in JSON or YAML.</summary>
public static class SeriesTemplates
{
    /// <summary>The names of the built-in templates (e.g. "rdz-salzlandkreis").</summary>
    public static IReadOnlyList<string> BuiltIn => throw new NotImplementedException();

    /// <summary>The built-in template's text, or null for an unknown name.</summary>
    public static string? ReadBuiltIn(string name) => throw new NotImplementedException();

    /// <summary>Parses a template (JSON when it starts with '{', otherwise YAML) and checks it; never throws for bad input.</summary>
    public static Outcome<SeriesTemplate> Parse(string text) => throw new NotImplementedException();

    /// <summary>Builds a new series (all forums in draft) from a checked template.</summary>
    public static ForumSeries Instantiate(SeriesTemplate template, string createdBy, DateTimeOffset now, Func<Guid> newId) => throw new NotImplementedException();
}
