using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

namespace Collaboration.Telemetry.Hosting;

/// <summary>
/// The names of the [LoggerMessage] parameters that carry a data classification (<see cref="PersonalDataAttribute"/>),
/// read from the product's assemblies: the attribute on the parameter is the rule, so a new log line that may carry
/// personal data is redacted by marking it, not by editing a list here.
/// </summary>
internal static class ClassifiedLogFields
{
    public static IReadOnlyDictionary<string, DataClassification> Read(IEnumerable<Assembly> assemblies)
    {
        var fields = new Dictionary<string, DataClassification>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
        {
            foreach (var type in LoadableTypes(assembly))
            {
                foreach (var method in type.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (method.GetCustomAttribute<LoggerMessageAttribute>() is null)
                    {
                        continue;
                    }

                    foreach (var parameter in method.GetParameters())
                    {
                        if (parameter.GetCustomAttribute<DataClassificationAttribute>() is { } classified && parameter.Name is { } name)
                        {
                            fields[name] = classified.Classification;
                        }
                    }
                }
            }
        }

        return fields;
    }

    /// <summary>The product's own assemblies loaded now (the hosts have loaded them all by the time they log).</summary>
    public static IEnumerable<Assembly> Product() =>
        AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Collaboration", StringComparison.Ordinal) == true || a.GetName().Name == "graph-sync");

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            // A type whose dependency is absent (the SDK's SharePoint card type without AdaptiveCards) has no logs of ours.
            return partial.Types.OfType<Type>();
        }
    }
}
