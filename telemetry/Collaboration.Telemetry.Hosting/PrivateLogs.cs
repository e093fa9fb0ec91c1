using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using OpenTelemetry.Logs;

namespace Collaboration.Telemetry.Hosting;

/// <summary>
/// Redacts log records before any exporter sees them: a value whose [LoggerMessage] parameter carries a data
/// classification goes through the redactor registered for that class (personal data is erased); ASP.NET Core's
/// request logs and HttpClient's keep a template of the path and lose the query. The formatted message is never exported (it would
/// hold the values again): the template and the redacted fields are.
/// </summary>
internal sealed class PrivateLogs(IRedactorProvider redactors) : BaseProcessor<LogRecord>
{
    private readonly Lazy<IReadOnlyDictionary<string, DataClassification>> _classified = new(() => ClassifiedLogFields.Read(ClassifiedLogFields.Product()));

    public override void OnEnd(LogRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.FormattedMessage = null;
        if (data.Attributes is not { Count: > 0 } attributes)
        {
            return;
        }

        List<KeyValuePair<string, object?>>? redacted = null;
        for (var i = 0; i < attributes.Count; i++)
        {
            var (key, value) = attributes[i];
            var replaced = Redact(key, value);
            if (!ReferenceEquals(replaced, value))
            {
                redacted ??= [.. attributes];
                redacted[i] = new(key, replaced);
            }
        }

        if (redacted is not null)
        {
            data.Attributes = redacted;
        }
    }

    private object? Redact(string key, object? value)
    {
        if (value is null || key == "{OriginalFormat}")
        {
            return value;
        }

        if (_classified.Value.TryGetValue(key, out var classification))
        {
            return redactors.GetRedactor(classification).Redact(value.ToString());
        }

        return key switch
        {
            "Path" or "RequestPath" => UrlTemplates.Path(value.ToString()),
            // HttpClient's request logs (Information, off in appsettings.json) name the URL: the connector's has the chat.
            "Uri" when Uri.TryCreate(value.ToString(), UriKind.RelativeOrAbsolute, out var uri) => UrlTemplates.Full(uri),
            "QueryString" => string.Empty,
            _ => value,
        };
    }
}
