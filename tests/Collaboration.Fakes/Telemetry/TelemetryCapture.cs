using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Collaboration.Fakes.Telemetry;

/// <summary>
/// Everything a host exports, caught in memory: spans and metrics through OpenTelemetry's in-memory exporter, log
/// records as the text an exporter would send (records are pooled and reused once exported, so they are read at the
/// moment of export). Registered after the host's own processors, so it sees what an exporter sees: redacted.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "The log processor is handed to the host's logger provider, which disposes it with the host.")]
public sealed class TelemetryCapture
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly LogText _logs = new();

    /// <summary>The settings that make a host collect without an exporter of its own.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Telemetry:CollectWithoutExporter"] = "true",
        // Information and up, as an operator would run it, so the scan sees every log line a vote writes.
        ["Logging:LogLevel:Default"] = "Information",
        // HttpClient's request lines name each URL (the connector's carry the chat); appsettings.json keeps them off.
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Information",
    };

    public void Register(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
        services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddProcessor(_logs));
    }

    /// <summary>Spans ended so far (the exporter is simple: a span is here as soon as it ends).</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    public IReadOnlyList<LogLine> Logs => _logs.Lines;

    /// <summary>Collects the metrics now and returns the latest snapshot of each.</summary>
    public IReadOnlyDictionary<string, MetricSnapshot> CollectMetrics(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _metrics.Clear();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        return _metrics.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>The sum of a counter's points whose tags include <paramref name="tag"/> (all points when null).</summary>
    public static long Sum(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name, KeyValuePair<string, object?>? tag = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (!metrics.TryGetValue(name, out var metric))
        {
            return 0;
        }

        long sum = 0;
        foreach (var point in metric.MetricPoints)
        {
            if (tag is null || Tags(point).Contains(tag.Value))
            {
                sum += point.GetSumLong();
            }
        }

        return sum;
    }

    /// <summary>How many values a histogram recorded.</summary>
    public static long Count(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        long count = 0;
        if (metrics.TryGetValue(name, out var metric))
        {
            foreach (var point in metric.MetricPoints)
            {
                count += point.GetHistogramCount();
            }
        }

        return count;
    }

    /// <summary>
    /// Every string that would leave the process: span names, status texts, attributes, events and links; metric
    /// names and every tag; log categories, bodies, attributes and exceptions. For the scan for personal data.
    /// </summary>
    public IEnumerable<string> ExportedText(IReadOnlyDictionary<string, MetricSnapshot> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var span in Spans)
        {
            yield return span.DisplayName;
            yield return span.OperationName;
            yield return span.StatusDescription ?? string.Empty;
            foreach (var tag in span.TagObjects)
            {
                yield return $"{tag.Key}={Text(tag.Value)}";
            }

            foreach (var spanEvent in span.Events)
            {
                yield return spanEvent.Name;
                foreach (var tag in spanEvent.Tags)
                {
                    yield return $"{tag.Key}={Text(tag.Value)}";
                }
            }

            foreach (var baggage in span.Baggage)
            {
                yield return $"{baggage.Key}={baggage.Value}";
            }
        }

        foreach (var metric in metrics.Values)
        {
            yield return metric.Name;
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in Tags(point))
                {
                    yield return $"{tag.Key}={Text(tag.Value)}";
                }
            }
        }

        foreach (var line in Logs)
        {
            yield return line.Text;
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IEnumerable<object?> many => string.Join(",", many.Select(Text)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>One exported log record as text, with the trace it belongs to.</summary>
    public sealed record LogLine(ActivityTraceId TraceId, string Category, string Text);

    private sealed class LogText : BaseProcessor<LogRecord>
    {
        private readonly List<LogLine> _lines = [];

        public IReadOnlyList<LogLine> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public override void OnEnd(LogRecord data)
        {
            var parts = new List<string> { data.CategoryName ?? string.Empty, data.Body ?? string.Empty, data.FormattedMessage ?? string.Empty };
            parts.AddRange((data.Attributes ?? []).Select(a => $"{a.Key}={Text(a.Value)}"));
            if (data.Exception is { } exception)
            {
                parts.Add(exception.ToString());
            }

            lock (_lines)
            {
                _lines.Add(new LogLine(data.TraceId, data.CategoryName ?? string.Empty, string.Join(" | ", parts)));
            }
        }
    }
}
