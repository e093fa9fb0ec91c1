namespace Collaboration.Manifest.Packaging;

/// <summary>The app package was not written because the manifest, a localisation file or an icon breaks a rule.</summary>
public sealed class PackagingRefusedException : Exception
{
    public PackagingRefusedException()
    {
    }

    public PackagingRefusedException(string message)
        : base(message)
    {
    }

    public PackagingRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PackagingRefusedException(string reason, IEnumerable<string> problems)
        : base(Describe(reason, problems))
    {
    }

    private static string Describe(string reason, IEnumerable<string> problems) =>
        $"The app package was not written: {reason}{string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"))}";
}
