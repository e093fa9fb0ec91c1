using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Collaboration.Forums.Templates;

/// <summary>Series templates: the built-in ones shipped with the product and template files in JSON or YAML.</summary>
public static class SeriesTemplates
{
    /// <summary>Logical name prefix of the embedded templates (see the csproj).</summary>
    private const string ResourcePrefix = "templates/";
    private const string ResourceSuffix = ".yaml";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A misspelt field would otherwise vanish silently and the series would lack what the author meant.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The names of the built-in templates (e.g. "rdz-salzlandkreis").</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = typeof(SeriesTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The built-in template's text, or null for an unknown name.</summary>
    public static string? ReadBuiltIn(string name)
    {
        if (!BuiltIn.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = typeof(SeriesTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name + ResourceSuffix);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses a template (JSON when it starts with '{', otherwise YAML) and checks it; never throws for bad input.</summary>
    public static Outcome<SeriesTemplate> Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Invalid("the template is empty");
        }

        // Every character is at least one UTF-8 byte, so a long string is refused without counting it.
        if (text.Length > TemplateLimits.MaxBytes || Encoding.UTF8.GetByteCount(text) > TemplateLimits.MaxBytes)
        {
            return new Rejection(RejectionCode.TemplateTooLarge, TemplateLimits.MaxBytes / 1024);
        }

        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var read = trimmed.StartsWith('{') ? ReadJson(trimmed) : ReadYaml(trimmed);
        if (!read.Succeeded)
        {
            return read;
        }

        var compiled = TemplateCompiler.Compile(read.Value);
        return compiled.Succeeded ? read : compiled.Rejection;
    }

    /// <summary>Builds a new series (all forums in draft) from a checked template.</summary>
    /// <exception cref="ArgumentException">The template does not pass <see cref="Parse"/>'s checks.</exception>
    public static ForumSeries Instantiate(SeriesTemplate template, string createdBy, DateTimeOffset now, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        ArgumentNullException.ThrowIfNull(newId);

        var compiled = TemplateCompiler.Compile(template);
        if (!compiled.Succeeded)
        {
            throw new ArgumentException($"The template is invalid: {compiled.Rejection}", nameof(template));
        }

        var t = compiled.Value;
        var seriesId = newId();
        var forums = t.Forums.Select(f => new Forum(newId(), f.Number, f.Title, f.Description, ForumStatus.Draft,
            f.Items.Select((d, i) => new ForumItem(newId(), d.Key, i + 1, d.Prompt, d.Spec, d.Anonymous, ItemStatus.Draft, d.CarryOver, d.Help))));
        return new ForumSeries(seriesId, t.Title, t.Goal, createdBy, now, t.Groups, t.Topics, forums, [], t.MinGroupSize, t.ImplementationPath, t.RetentionMonths, t.Minimisation);
    }

    private static Outcome<SeriesTemplate> Invalid(string message) => Outcome<SeriesTemplate>.Failure(RejectionCode.TemplateInvalid, message);

    private static Outcome<SeriesTemplate> ReadJson(string text)
    {
        try
        {
            var template = JsonSerializer.Deserialize<SeriesTemplate>(text, JsonOptions);
            return template is null ? Invalid("the template is empty") : Outcome<SeriesTemplate>.Success(template);
        }
        catch (JsonException e)
        {
            return Invalid($"JSON at {e.Path ?? "$"} (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    private static Outcome<SeriesTemplate> ReadYaml(string text)
    {
        try
        {
            if (FirstAnchorOrAlias(text) is { } line)
            {
                return new Rejection(RejectionCode.TemplateAliasesRefused, line);
            }

            var template = Yaml.Deserialize<SeriesTemplate?>(text);
            return template is null ? Invalid("the template is empty") : Outcome<SeriesTemplate>.Success(template);
        }
        catch (YamlException e)
        {
            // The outer message only says "error while deserializing"; the inner one names the field or value.
            var reason = e.InnerException is { } inner ? inner.Message : e.Message;
            return Invalid($"YAML line {e.Start.Line}, column {e.Start.Column}: {reason}");
        }
    }

    /// <summary>
    /// The line of the first anchor (&amp;a) or alias (*a) in the document, or null when it has none. Read from the
    /// parser's event stream, before anything is deserialised: an alias makes the deserialiser build the anchored node
    /// again for each use, so a few lines of nested aliases ("billion laughs") would expand to billions of objects.
    /// A template never needs them: every value can be written out.
    /// </summary>
    private static long? FirstAnchorOrAlias(string text)
    {
        var parser = new Parser(new StringReader(text));
        var readUpTo = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
                {
                    return parser.Current.Start.Line;
                }

                readUpTo = parser.Current!.End;
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections ("[unclosed" then "{");
            // it is bad input all the same, reported where reading stopped.
            throw new YamlException(readUpTo, readUpTo, "the text is not valid YAML after this point");
        }

        return null;
    }
}
